import type { RuleDocument } from '../engine/index.js'
import type { Snapshot } from '../sources/index.js'
import { ConfigFileError } from './config-file-error.js'

export type ConfigRead = { found: true; text: string } | { found: false }
export type RuleFilesRead = { ok: true; docs: RuleDocument[] } | { ok: false; reason: string }

/**
 * One version of the repository, as far as its configuration goes: the
 * configuration file and the folders of custom controls it names. For a
 * pull request this is the base commit, never the head (see
 * docs/configuration.md); for a whole tree the scanned revision; for the
 * CLI the working tree.
 */
export interface ConfigSource {
  /** The configuration file as messages and the report name it (`.github/demarc.yml`). */
  file: string
  /** Named by the user (`--config`, the `config` input): a missing file is then an error. */
  explicit: boolean
  /** Which version it is read from, for messages: a commit, `working tree`. */
  label: string
  /** The file's text, or that there is none; throws a ConfigFileError when it is there but cannot be read. */
  readConfig(): Promise<ConfigRead>
  /** The `rule.yml` files under a folder (POSIX, from the repository root, '' for the root), sorted. */
  ruleFiles(dir: string): Promise<RuleFilesRead>
}

/**
 * The configuration as one snapshot holds it (a commit through git objects
 * or the API): the file at `file`, custom rules under their folders. The
 * snapshot's rules apply: symbolic links are never followed, sizes are bounded.
 */
export function snapshotConfigSource(
  snapshot: Snapshot,
  location: { file: string; explicit: boolean }
): ConfigSource {
  let listing: ReturnType<Snapshot['list']> | undefined
  const load = () => (listing ??= snapshot.list())
  return {
    ...location,
    label: snapshot.label,
    async readConfig() {
      const { files, skipped } = await load()
      if (!files.includes(location.file)) {
        const reason = skipped.find(s => s.file === location.file)?.reason
        if (reason === undefined) return { found: false }
        throw new ConfigFileError([{ file: location.file, path: '', message: `cannot be read: ${reason}` }])
      }
      const read = await snapshot.read(location.file)
      if (!read.ok)
        throw new ConfigFileError([
          { file: location.file, path: '', message: `cannot be read: ${read.reason}` }
        ])
      return { found: true, text: read.text }
    },
    async ruleFiles(dir) {
      return ruleFilesIn(snapshot, (await load()).files, dir)
    }
  }
}

/** The `rule.yml` files among `files` under `dir`, read from the snapshot; none at all is a mistake worth saying. */
export async function ruleFilesIn(
  snapshot: Snapshot,
  files: readonly string[],
  dir: string
): Promise<RuleFilesRead> {
  const prefix = dir === '' ? '' : `${dir}/`
  const inside = files.filter(f => f.startsWith(prefix))
  if (inside.length === 0) return { ok: false, reason: `no folder '${dir}' with files in ${snapshot.label}` }
  const ruleFiles = inside.filter(f => f === `${prefix}rule.yml` || f.endsWith('/rule.yml'))
  if (ruleFiles.length === 0)
    return { ok: false, reason: `no rule.yml file under '${dir}' in ${snapshot.label}` }
  const docs: RuleDocument[] = []
  for (const file of ruleFiles) {
    const read = await snapshot.read(file)
    if (!read.ok) return { ok: false, reason: `${file} cannot be read: ${read.reason}` }
    docs.push({ file, text: read.text })
  }
  return { ok: true, docs }
}
