import type { Value } from '../../../model.js'

const NUMERIC = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/

/** A number as Terraform writes it in a string. */
export function numberText(n: number): string {
  return String(n)
}

/** The string a primitive converts to, as Terraform converts it; undefined for anything else. */
export function asString(value: Value): string | undefined {
  switch (value.kind) {
    case 'string':
      return value.value
    case 'number':
      return numberText(value.value)
    case 'bool':
      return value.value ? 'true' : 'false'
    default:
      return undefined
  }
}

export function asNumber(value: Value): number | undefined {
  if (value.kind === 'number') return value.value
  if (value.kind === 'string' && NUMERIC.test(value.value.trim())) return Number(value.value)
  return undefined
}

export function asBool(value: Value): boolean | undefined {
  if (value.kind === 'bool') return value.value
  if (value.kind === 'string' && (value.value === 'true' || value.value === 'false'))
    return value.value === 'true'
  return undefined
}
