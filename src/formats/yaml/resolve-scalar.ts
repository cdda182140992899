import type { Span, Value } from '../../model.js'

/**
 * How untagged plain scalars are read. `core` is YAML 1.2's core schema (what
 * CloudFormation, compose and most tools use); `yaml11` adds YAML 1.1's
 * `yes`/`no`/`on`/`off` booleans, which Kubernetes' YAML reader still
 * honours, so `privileged: yes` means what the cluster will think it means.
 */
export type BooleanReading = 'core' | 'yaml11'

const NULL = /^(?:~|null|Null|NULL)?$/
const TRUE_CORE = /^(?:true|True|TRUE)$/
const FALSE_CORE = /^(?:false|False|FALSE)$/
const TRUE_11 = /^(?:true|True|TRUE|y|Y|yes|Yes|YES|on|On|ON)$/
const FALSE_11 = /^(?:false|False|FALSE|n|N|no|No|NO|off|Off|OFF)$/
const INT = /^[-+]?[0-9]+$/
const OCTAL = /^0o[0-7]+$/
const HEX = /^0x[0-9a-fA-F]+$/
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/
const INFINITY = /^[-+]?\.(?:inf|Inf|INF)$/
const NAN = /^\.(?:nan|NaN|NAN)$/

/** Characters a plain scalar must start with to be anything but a string. */
const SPECIAL_START = new Set('~nNtTfFyYoO0123456789-+.'.split(''))

/** An untagged plain scalar as its schema reads it: null, bool, number or string. */
export function resolvePlain(text: string, span: Span, booleans: BooleanReading): Value {
  if (text !== '' && !SPECIAL_START.has(text[0] as string)) return { kind: 'string', value: text, span }
  if (NULL.test(text)) return { kind: 'null', span }
  const isTrue = booleans === 'yaml11' ? TRUE_11 : TRUE_CORE
  const isFalse = booleans === 'yaml11' ? FALSE_11 : FALSE_CORE
  if (isTrue.test(text)) return { kind: 'bool', value: true, span }
  if (isFalse.test(text)) return { kind: 'bool', value: false, span }
  const number = numberOf(text)
  return number === undefined
    ? { kind: 'string', value: text, span }
    : { kind: 'number', value: number, span }
}

function numberOf(text: string): number | undefined {
  if (INT.test(text) || FLOAT.test(text)) return Number(text)
  if (OCTAL.test(text)) return parseInt(text.slice(2), 8)
  if (HEX.test(text)) return parseInt(text.slice(2), 16)
  if (INFINITY.test(text)) return text.startsWith('-') ? -Infinity : Infinity
  if (NAN.test(text)) return NaN
  return undefined
}

/**
 * A scalar with a standard `!!` tag. Returns undefined when the text does not
 * fit the tag (`!!int abc`), which the caller reports as an error.
 */
export function resolveStandardTag(tag: string, text: string, span: Span): Value | undefined {
  switch (tag) {
    case '!!null':
      return { kind: 'null', span }
    case '!!bool':
      if (TRUE_CORE.test(text)) return { kind: 'bool', value: true, span }
      if (FALSE_CORE.test(text)) return { kind: 'bool', value: false, span }
      return undefined
    case '!!int':
    case '!!float': {
      const number = numberOf(text)
      return number === undefined ? undefined : { kind: 'number', value: number, span }
    }
    default:
      return { kind: 'string', value: text, span }
  }
}
