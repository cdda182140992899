import type { ReadResult } from './snapshot.js'

export const BINARY_REASON = 'binary file (not text)'

/** Git's own test for binary content looks for a NUL in the first 8000 bytes; 8 KiB is as good. */
const SNIFF_BYTES = 8 * 1024

/**
 * File bytes → text. UTF-8 (a BOM is dropped) or UTF-16 with a BOM; a NUL in
 * the first 8 KiB or bytes that are not valid in the encoding make it binary.
 */
export function decodeText(bytes: Uint8Array): ReadResult {
  const utf16 = decodeUtf16(bytes)
  if (utf16 !== undefined) return utf16
  if (bytes.subarray(0, SNIFF_BYTES).includes(0)) return { ok: false, reason: BINARY_REASON }
  return decodeWith('utf-8', bytes)
}

function decodeUtf16(bytes: Uint8Array): ReadResult | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith('utf-16le', bytes)
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith('utf-16le', swapBytePairs(bytes))
  return undefined
}

/** Big-endian UTF-16 → little-endian, so only the decoder every Node build has is needed. */
function swapBytePairs(bytes: Uint8Array): Uint8Array {
  const swapped = new Uint8Array(bytes.length)
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    swapped[i] = bytes[i + 1] as number
    swapped[i + 1] = bytes[i] as number
  }
  if (bytes.length % 2 === 1) swapped[bytes.length - 1] = bytes[bytes.length - 1] as number
  return swapped
}

function decodeWith(encoding: 'utf-8' | 'utf-16le', bytes: Uint8Array): ReadResult {
  let text: string
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes)
  } catch {
    return { ok: false, reason: BINARY_REASON }
  }
  if (text.slice(0, SNIFF_BYTES).includes('\0')) return { ok: false, reason: BINARY_REASON }
  return { ok: true, text }
}
