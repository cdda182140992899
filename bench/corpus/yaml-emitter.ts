// Data → block YAML as people write it (two-space indentation, lists under their key, `|` for multi-line
// text, quotes only where YAML needs them, CloudFormation's short-form tags inline when they are short).
// Small on purpose: the generators only need maps, lists, scalars and tags.

/** A value written with a YAML tag: `!Ref Bucket`, `!GetAtt Role.Arn`, `!If [Cond, a, b]`. */
export class Tagged {
  constructor(
    readonly tag: string,
    readonly value: Node
  ) {}
}

export type Node = string | number | boolean | null | Tagged | Node[] | { [key: string]: Node }

const PLAIN = /^[\w/][\w\-./@: ]*$/
/** What YAML would read as a number, a date or a sexagesimal: such strings keep their quotes. */
const NUMBER_LIKE =
  /^[-+]?(?:[\d_]+(?:\.[\d_]*)?(?:e[-+]?\d+)?|0x[\da-f]+|0o[0-7]+)$|^\d{4}-\d\d-\d\d|^\d+(?::\d+)+$/i
const PLAIN_KEY = /^[A-Za-z_][\w\-./]*$/
const RESERVED = /^(?:true|false|yes|no|on|off|null|y|n)$/i
const FLOW_WIDTH = 72
/** Lists of a few short scalars stay on one line (`drop: [ALL]`), as people write them. */
const SHORT_LIST = 40

function isMap(node: Node): node is { [key: string]: Node } {
  return node !== null && typeof node === 'object' && !Array.isArray(node) && !(node instanceof Tagged)
}

/** A string as a YAML scalar: plain when YAML would read it back as the same string, single-quoted otherwise. */
export function scalar(node: string | number | boolean | null): string {
  if (node === null) return 'null'
  if (typeof node !== 'string') return String(node)
  const plain = PLAIN.test(node) && !RESERVED.test(node) && !NUMBER_LIKE.test(node) && !/[ :]$/.test(node)
  if (plain && !node.includes(' #') && !node.includes(': ')) return node
  return `'${node.replaceAll("'", "''")}'`
}

function key(name: string): string {
  return PLAIN_KEY.test(name) ? name : scalar(name)
}

/** The node on one line, or undefined when it holds a map or multi-line text. */
function flow(node: Node): string | undefined {
  if (node instanceof Tagged) {
    const inner = flow(node.value)
    return inner === undefined ? undefined : `${node.tag} ${inner}`
  }
  if (Array.isArray(node)) {
    const items = node.map(flow)
    return items.some(i => i === undefined) ? undefined : `[${items.join(', ')}]`
  }
  if (isMap(node)) return Object.keys(node).length === 0 ? '{}' : undefined
  if (typeof node === 'string' && node.includes('\n')) return undefined
  return scalar(node)
}

/** What follows `key:` or `- `: the value on the same line, or a newline and the value's block below. */
function after(node: Node, indent: number): string {
  const pad = ' '.repeat(indent)
  if (typeof node === 'string' && node.includes('\n')) {
    const chomp = node.endsWith('\n') ? '' : '-'
    const lines = node.replace(/\n$/, '').split('\n')
    return ` |${chomp}\n${lines.map(l => (l === '' ? '' : pad + l)).join('\n')}\n`
  }
  const inline = flow(node)
  if (node instanceof Tagged) {
    if (inline !== undefined && inline.length <= FLOW_WIDTH) return ` ${inline}\n`
    return ` ${node.tag}${after(node.value, indent)}`
  }
  if (isMap(node) && Object.keys(node).length > 0) return `\n${block(node, indent)}`
  if (
    Array.isArray(node) &&
    node.length > 0 &&
    (inline === undefined || inline.length > SHORT_LIST || node.length > 3)
  )
    return `\n${block(node, indent)}`
  return ` ${inline}\n`
}

/** A map or list as a block at `indent` spaces. */
export function block(node: Node, indent = 0): string {
  const pad = ' '.repeat(indent)
  if (Array.isArray(node)) {
    return node
      .map(item => {
        if (isMap(item) && Object.keys(item).length > 0)
          return `${pad}- ${block(item, indent + 2).slice(indent + 2)}`
        return `${pad}-${after(item, indent + 2)}`
      })
      .join('')
  }
  if (isMap(node))
    return Object.entries(node)
      .map(([name, value]) => `${pad}${key(name)}:${after(value, indent + 2)}`)
      .join('')
  return `${pad}${flow(node) ?? ''}\n`
}
