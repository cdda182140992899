import {
  applyIgnores,
  loadRepoConfig,
  mergeSettings,
  readBundledSources,
  snapshotConfigSource,
  type BundledSources,
  type GivenOptions,
  type LoadedConfig
} from '../../src/config/index.js'
import type { Report } from '../../src/model.js'
import { scan } from '../../src/scan.js'
import type { ChangedFile } from '../../src/scope/index.js'
import { comparePaths } from '../../src/sources/snapshot.js'
import { memorySnapshot, type Files } from '../helpers/scan-texts.js'

export const CONFIG = '.github/demarc.yml'
export const BASE_SHA = 'a'.repeat(40)
export const HEAD_SHA = 'b'.repeat(40)

let bundled: BundledSources | undefined

/** Demarc's own matrix and rule files, read once for the whole test file. */
export function bundledSources(): BundledSources {
  return (bundled ??= readBundledSources())
}

/** The configuration `.github/demarc.yml` (or `file`) of files held in memory, loaded as the scan would. */
export function loadFrom(files: Files, file = CONFIG, explicit = false): Promise<LoadedConfig> {
  return loadRepoConfig(
    snapshotConfigSource(memorySnapshot(files, 'base'), { file, explicit }),
    bundledSources()
  )
}

export interface ConfigScanOptions {
  /** Options given on the command line or as inputs. */
  given?: GivenOptions
  /** Today, YYYY-MM-DD. */
  today?: string
}

/**
 * The whole pipeline on two versions held in memory, with the configuration
 * read from base (as the action reads it for a pull request): the rules and
 * matrix it shapes, the settings merged with `given`, its ignores applied.
 */
export async function scanWithConfig(
  base: Files,
  head: Files,
  options: ConfigScanOptions = {}
): Promise<Report> {
  const loaded = await loadFrom(base)
  const settings = mergeSettings(options.given ?? {}, loaded.config)
  const report = await scan(
    {
      mode: 'changes',
      base: memorySnapshot(base, 'base'),
      head: memorySnapshot(head, 'head'),
      changed: changedFiles(base, head),
      revisions: { base: BASE_SHA, head: HEAD_SHA }
    },
    { rules: loaded.rules, matrix: loaded.matrix, ...settings }
  )
  if (loaded.config === undefined) return report
  return applyIgnores(report, loaded.config.ignores, {
    file: loaded.config.file,
    today: options.today ?? '2026-01-15',
    gate: settings.gate
  })
}

/** Every path that differs, with every line of head commentable (as scanTexts does). */
function changedFiles(base: Files, head: Files): ChangedFile[] {
  const changed: ChangedFile[] = []
  for (const path of [...new Set([...Object.keys(base), ...Object.keys(head)])].sort(comparePaths)) {
    if (base[path] === head[path]) continue
    const status = !(path in base) ? 'added' : !(path in head) ? 'removed' : 'modified'
    const all = status === 'removed' ? [] : [{ start: 1, end: (head[path] ?? '').split('\n').length }]
    changed.push({ path, status, commentable: all, added: all })
  }
  return changed
}

/** Runs `load` and returns the lines of the error it throws (`file: key.path: message`). */
export async function problemsOf(load: () => Promise<unknown>): Promise<string[]> {
  try {
    await load()
  } catch (error) {
    return (error as Error).message.split('\n').slice(1)
  }
  throw new Error('expected the configuration to be refused')
}
