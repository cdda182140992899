import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { expect } from '@jest/globals'

const OUTPUTS = fileURLToPath(new URL('../__outputs__/', import.meta.url))

/** Compares `actual` with the checked-in golden file; `UPDATE_GOLDEN=1` rewrites it instead. */
export function expectGolden(name: string, actual: string): void {
  const file = `${OUTPUTS}${name}`
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, actual)
  expect(actual).toBe(readFileSync(file, 'utf8'))
}
