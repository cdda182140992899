import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

export const ROOT = fileURLToPath(new URL('../../', import.meta.url))

/** The Node that runs the bundles: DEMARC_NODE (CI sets Node 24, the action's runtime) or this one. */
export const NODE = process.env.DEMARC_NODE ?? process.execPath

export interface BundleRun {
  status: number | null
  stdout: string
  stderr: string
}

/** Runs a bundled entry point (`dist/index.js`, `dist/cli/index.js`) as its own process. */
export function runBundle(
  entry: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv }
): BundleRun {
  const result = spawnSync(NODE, [`${ROOT}${entry}`, ...args], {
    cwd: options.cwd,
    env: options.env ?? process.env,
    encoding: 'utf8',
    timeout: 60_000
  })
  if (result.error !== undefined) throw result.error
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** Commit ids differ on every run; golden files keep their place. */
export function normaliseShas(text: string): string {
  return text.replace(/\b[0-9a-f]{40}\b/g, '<sha>').replace(/\b[0-9a-f]{12}\b/g, '<sha12>')
}
