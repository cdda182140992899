import { describe, expect, test } from '@jest/globals'
import { DEFAULT_MAX_FILE_BYTES, formatBytes, oversizeReason } from '../../src/sources/size-limit.js'

describe('formatBytes', () => {
  test('uses bytes, KB or MB with one decimal', () => {
    expect([formatBytes(0), formatBytes(1023), formatBytes(1536), formatBytes(6 * 1024 * 1024)]).toEqual([
      '0 bytes',
      '1023 bytes',
      '1.5 KB',
      '6.0 MB'
    ])
  })
})

describe('oversizeReason', () => {
  test('accepts a file at the limit and refuses one above it', () => {
    expect(oversizeReason(DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_FILE_BYTES)).toBeUndefined()
    expect(oversizeReason(6 * 1024 * 1024, DEFAULT_MAX_FILE_BYTES)).toBe(
      '6.0 MB is larger than the 5.0 MB limit per file'
    )
  })

  test('gives exact byte counts when rounding would make size and limit look equal', () => {
    expect(oversizeReason(DEFAULT_MAX_FILE_BYTES + 1, DEFAULT_MAX_FILE_BYTES)).toBe(
      '5242881 bytes is larger than the 5242880-byte limit per file'
    )
  })
})
