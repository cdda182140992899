import { Tagged, type Node } from './yaml-emitter.js'

// CloudFormation's intrinsic functions, written once as YAML short forms (`!Ref X`) and turned into the
// long forms of JSON templates (`{ "Ref": "X" }`, `{ "Fn::GetAtt": ["X", "Arn"] }`) for the JSON corpus.

export const ref = (name: string): Tagged => new Tagged('!Ref', name)
export const sub = (text: string): Tagged => new Tagged('!Sub', text)
export const getAtt = (resource: string, attribute: string): Tagged =>
  new Tagged('!GetAtt', `${resource}.${attribute}`)
export const iff = (condition: string, yes: Node, no: Node): Tagged => new Tagged('!If', [condition, yes, no])
export const join = (separator: string, parts: Node[]): Tagged => new Tagged('!Join', [separator, parts])
export const select = (index: number, list: Node): Tagged => new Tagged('!Select', [index, list])
export const getAZs = (): Tagged => new Tagged('!GetAZs', '')
export const findInMap = (map: string, first: Node, second: string): Tagged =>
  new Tagged('!FindInMap', [map, first, second])
export const equals = (a: Node, b: Node): Tagged => new Tagged('!Equals', [a, b])
export const not = (condition: Node): Tagged => new Tagged('!Not', [condition])
export const importValue = (name: Node): Tagged => new Tagged('!ImportValue', nested(name))
export const base64 = (value: Node): Tagged => new Tagged('!Base64', nested(value))

/** YAML allows one tag on a node: a short form inside another is written long (`!Base64` then `Fn::Sub: …`). */
function nested(value: Node): Node {
  return value instanceof Tagged ? { [longName(value.tag)]: value.value } : value
}

function longName(tag: string): string {
  const name = tag.slice(1)
  return name === 'Ref' || name === 'Condition' ? name : `Fn::${name}`
}

/** The long form of every short form in a template, as JSON templates write them. */
export function longForm(node: Node): unknown {
  if (node instanceof Tagged) {
    if (node.tag === '!GetAtt' && typeof node.value === 'string') {
      const dot = node.value.indexOf('.')
      return { 'Fn::GetAtt': [node.value.slice(0, dot), node.value.slice(dot + 1)] }
    }
    return { [longName(node.tag)]: longForm(node.value) }
  }
  if (Array.isArray(node)) return node.map(longForm)
  if (node !== null && typeof node === 'object')
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, longForm(v)]))
  return node
}
