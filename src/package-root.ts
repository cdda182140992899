import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * The folder Demarc is installed in (the action's checkout or the npm
 * package): the nearest ancestor of this module holding `rules/matrix.yml`.
 * Works the same from `src/` under tests and from the bundles in `dist/`.
 */
export function packageRoot(from: string = fileURLToPath(import.meta.url)): string {
  let dir = dirname(from)
  for (;;) {
    if (existsSync(join(dir, 'rules', 'matrix.yml'))) return dir
    const parent = dirname(dir)
    if (parent === dir) throw new Error(`Demarc's rules/ folder was not found above ${from}`)
    dir = parent
  }
}
