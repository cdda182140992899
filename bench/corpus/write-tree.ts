import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { SourceFile } from '../../src/formats/format.js'

/** Writes files under `dir`, emptied first. */
export function writeTree(dir: string, files: readonly SourceFile[]): void {
  rmSync(dir, { recursive: true, force: true })
  const made = new Set<string>()
  for (const file of files) {
    const target = join(dir, file.path)
    const parent = dirname(target)
    if (!made.has(parent)) mkdirSync(parent, { recursive: true })
    made.add(parent)
    writeFileSync(target, file.text)
  }
}
