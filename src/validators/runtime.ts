// The two helpers of ajv's runtime that the generated validators call (scripts/generate-validators.mjs
// stands these in for ajv's `require("ajv/dist/runtime/…")`), written out so that the validators
// load nothing of ajv. __tests__/validators/runtime.test.ts holds them to ajv's own.

/** Deep equality of JSON data (`const`, `enum`, `uniqueItems`): fast-deep-equal's algorithm, as ajv uses it. */
export function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
    if (a.constructor !== b.constructor) return false
    if (Array.isArray(a)) {
      const other = b as unknown[]
      return a.length === other.length && a.every((item, i) => equal(item, other[i]))
    }
    if (a.constructor === RegExp) {
      const [x, y] = [a as RegExp, b as RegExp]
      return x.source === y.source && x.flags === y.flags
    }
    if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf()
    if (a.toString !== Object.prototype.toString) return a.toString() === b.toString()
    const keys = Object.keys(a)
    if (keys.length !== Object.keys(b).length) return false
    if (!keys.every(key => Object.prototype.hasOwnProperty.call(b, key))) return false
    const [x, y] = [a as Record<string, unknown>, b as Record<string, unknown>]
    return keys.every(key => equal(x[key], y[key]))
  }
  // both NaN
  return a !== a && b !== b
}

/** A string's length in code points (`minLength`, `maxLength`): a surrogate pair counts once, as in ajv. */
export function ucs2length(text: string): number {
  let length = 0
  let pos = 0
  while (pos < text.length) {
    length++
    const value = text.charCodeAt(pos++)
    if (value >= 0xd800 && value <= 0xdbff && pos < text.length && (text.charCodeAt(pos) & 0xfc00) === 0xdc00)
      pos++
  }
  return length
}
