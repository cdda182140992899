import { join, resolve } from 'node:path'
import {
  configFileName,
  DEFAULT_CONFIG_FILE,
  diskConfigSource,
  loadRepoConfig,
  readBundledSources,
  type LoadedConfig
} from '../config/index.js'

/**
 * The configuration file from the working tree (the CLI reviews the
 * developer's own change), `--config` or `<root>/.github/demarc.yml`; a
 * default file that is not there is fine, a named one is not.
 */
export function loadCliConfig(root: string, given: string | undefined, cwd: string): Promise<LoadedConfig> {
  const path = given === undefined ? join(root, DEFAULT_CONFIG_FILE) : resolve(cwd, given)
  const file = configFileName(root, path)
  const source = diskConfigSource(root, path, { file, explicit: given !== undefined })
  return loadRepoConfig(source, readBundledSources())
}
