import { lstat } from 'node:fs/promises'
import path from 'node:path'
import { fsSnapshot } from '../sources/index.js'
import { resolveScanPath } from '../sources/resolve-scan-path.js'
import { readRegularFile } from '../sources/read-regular-file.js'
import { ConfigFileError } from './config-file-error.js'
import { ruleFilesIn, type ConfigSource, type RuleFilesRead } from './config-source.js'
import { MAX_CONFIG_BYTES } from './parse-config-yaml.js'

/**
 * The configuration in the working tree, for the CLI: the file at
 * `configPath` (absolute), custom rules under `root`. The developer
 * running the CLI reviews their own change, so the file on disk is theirs.
 */
export function diskConfigSource(
  root: string,
  configPath: string,
  location: { file: string; explicit: boolean }
): ConfigSource {
  return {
    ...location,
    label: 'the working tree',
    async readConfig() {
      const exists = await lstat(configPath).then(
        () => true,
        (error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? false : Promise.reject(error))
      )
      if (!exists) return { found: false }
      const read = await readRegularFile(configPath, MAX_CONFIG_BYTES)
      if (!read.ok)
        throw new ConfigFileError([
          { file: location.file, path: '', message: `cannot be read: ${read.reason}` }
        ])
      return { found: true, text: read.text }
    },
    ruleFiles: dir => ruleFilesOnDisk(root, dir)
  }
}

async function ruleFilesOnDisk(root: string, dir: string): Promise<RuleFilesRead> {
  let start: string
  try {
    start = resolveScanPath(root, dir === '' ? '.' : dir)
  } catch {
    return { ok: false, reason: `'${dir}' is outside the repository` }
  }
  const stats = await lstat(path.join(root, ...start.split('/'))).catch(() => undefined)
  if (stats?.isSymbolicLink() === true)
    return { ok: false, reason: `'${dir}' is a symbolic link (not followed)` }
  if (stats === undefined || !stats.isDirectory())
    return { ok: false, reason: `no folder '${dir}' in the working tree` }
  const snapshot = fsSnapshot(root, [start === '' ? '.' : start])
  return ruleFilesIn(snapshot, (await snapshot.list()).files, start)
}

/** How the file is named in messages and in the report: from the repository root when inside it, else by its name. */
export function configFileName(root: string, configPath: string): string {
  const relative = path.relative(path.resolve(root), configPath)
  const outside = relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)
  const inside = relative !== '' && !outside
  return inside ? relative.split(path.sep).join('/') : path.basename(configPath)
}
