import type { Value } from '../../model.js'

/** Longest expression text kept in an unknown value. */
export const MAX_EXPR = 80

const BARE = /^[A-Za-z0-9_:./-]+$/

/**
 * An intrinsic (or any value) as short text in the YAML short form
 * (`!Ref Bucket`, `!GetAtt Role.Arn`, `!Join ["-", [a, !Ref Env]]`), the same
 * whether the template was YAML or JSON. Stops early past `max` characters,
 * so a huge value (through aliases) costs no more than a small one.
 */
export function exprText(value: Value, max = MAX_EXPR): string {
  const out = { text: '', max }
  write(value, out)
  return out.text.length > max ? `${out.text.slice(0, max - 1)}…` : out.text
}

interface Out {
  text: string
  max: number
}

function write(value: Value, out: Out): void {
  if (out.text.length > out.max) return
  switch (value.kind) {
    case 'string':
      out.text += BARE.test(value.value) ? value.value : JSON.stringify(value.value)
      return
    case 'number':
    case 'bool':
      out.text += String(value.value)
      return
    case 'null':
      out.text += 'null'
      return
    case 'unknown':
      out.text += value.expr
      return
    case 'list':
      writeList(value.items, out)
      return
    case 'map':
      writeMap(value.entries, out)
  }
}

function writeList(items: readonly Value[], out: Out): void {
  out.text += '['
  items.forEach((item, i) => {
    if (out.text.length > out.max) return
    if (i > 0) out.text += ', '
    write(item, out)
  })
  out.text += ']'
}

function writeMap(entries: ReadonlyMap<string, Value>, out: Out): void {
  const [first] = entries
  if (entries.size === 1 && first !== undefined && isFunctionName(first[0])) {
    writeCall(first[0], first[1], out)
    return
  }
  out.text += '{'
  let i = 0
  for (const [key, item] of entries) {
    if (out.text.length > out.max) break
    out.text += `${i++ > 0 ? ', ' : ''}${BARE.test(key) ? key : JSON.stringify(key)}: `
    write(item, out)
  }
  out.text += '}'
}

function isFunctionName(name: string): boolean {
  return name === 'Ref' || name === 'Condition' || name.startsWith('Fn::')
}

/** `!Name arg`; `!GetAtt a.b` for the attribute of a resource. */
function writeCall(name: string, arg: Value, out: Out): void {
  out.text += `!${name.startsWith('Fn::') ? name.slice(4) : name} `
  if (name === 'Fn::GetAtt' && arg.kind === 'list' && arg.items.every(i => i.kind === 'string')) {
    out.text += arg.items.map(i => (i as { value: string }).value).join('.')
    return
  }
  write(arg, out)
}
