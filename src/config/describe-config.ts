import type { LoadedConfig } from './load-repo-config.js'

/** One line for the log: which file was read from which version, and what it changes. */
export function describeConfig(loaded: LoadedConfig, file: string, revision: string): string {
  const config = loaded.config
  if (config === undefined) return `No ${file} in ${revision}: the built-in defaults and the options apply`
  const off = config.rules.filter(r => !r.enabled).map(r => r.id)
  const graded = config.rules
    .filter(r => r.enabled && r.severity !== undefined)
    .map(r => `${r.id}: ${r.severity}`)
  const owners = loaded.matrix.rows.filter(r => r.ownerOverride !== undefined).map(r => `${r.id}: ${r.owner}`)
  const ignores = config.ignores.length
  const parts = [
    off.length > 0 ? `turned off: ${off.join(', ')}` : undefined,
    graded.length > 0 ? `severity changed: ${graded.join(', ')}` : undefined,
    owners.length > 0 ? `owners set: ${owners.join(', ')}` : undefined,
    ignores > 0 ? `${ignores} ignore entr${ignores === 1 ? 'y' : 'ies'}` : undefined,
    config.ruleDirs.length > 0 ? `own controls from ${config.ruleDirs.join(', ')}` : undefined
  ].filter(p => p !== undefined)
  return `Configuration: ${config.file} as of ${revision}${parts.length > 0 ? ` (${parts.join('; ')})` : ''}`
}
