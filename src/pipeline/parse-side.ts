import type { FormatParser, LinkedUnits, Move, SourceFile } from '../formats/format.js'
import type { Resource, ScanError, SkippedFile } from '../model.js'
import { readLinkedUnits, readUnitFiles } from './read-linked-units.js'
import { selectFiles } from '../select-files.js'
import type { Snapshot } from '../sources/index.js'
import type { InlineSuppression } from '../suppress/index.js'
import { inlineSuppressions } from '../suppress/index.js'
import { standaloneUnits, type UnitGraph } from './unit-graph.js'

/** One version parsed: its resources, and what the parsers said besides. */
export interface Parsed {
  resources: Resource[]
  errors: ScanError[]
  skipped: SkippedFile[]
  moved: Move[]
  /** `demarc:ignore` comments in the files read (the unit's own and the ones it pulls in). */
  suppressions: InlineSuppression[]
}

/**
 * Parses the wanted units of one version (every unit when `targets` is
 * undefined). A unit another one calls is not parsed on its own: it is
 * analysed through its callers, with their arguments, once per call.
 */
export async function parseSide(
  snapshot: Snapshot,
  parsers: readonly FormatParser[],
  targets: Set<string> | undefined,
  wanted: (path: string) => boolean,
  graph: UnitGraph | undefined
): Promise<Parsed> {
  const parsed: Parsed = { resources: [], errors: [], skipped: [], moved: [], suppressions: [] }
  const commented = new Set<string>()
  if (targets !== undefined && targets.size === 0) return parsed
  const selection = await selectFiles(snapshot, parsers, targets, wanted)
  parsed.errors.push(...selection.errors)
  parsed.skipped.push(...selection.skipped)
  const standalone = graph === undefined ? undefined : standaloneUnits(graph)
  const units = [...selection.units].sort(([, a], [, b]) => a.unit.localeCompare(b.unit))
  for (const [id, unit] of units) {
    if (standalone !== undefined && graph?.units.has(id) === true && !standalone.has(id)) continue
    const files = await readUnitFiles(snapshot, unit.paths, parsed.errors)
    const linked =
      graph === undefined || unit.parser.dependencies === undefined
        ? undefined
        : await readLinkedUnits(snapshot, unit, files, graph, parsed.errors)
    for (const file of [...files, ...linkedFiles(linked)]) {
      if (commented.has(file.path)) continue
      commented.add(file.path)
      const found = inlineSuppressions(file.path, file.text)
      parsed.suppressions.push(...found.suppressions)
      parsed.errors.push(...found.errors)
    }
    const output = unit.parser.parse(unit.unit, files, linked)
    parsed.resources.push(...output.resources)
    parsed.errors.push(...output.errors)
    parsed.skipped.push(...(output.skipped ?? []))
    parsed.moved.push(...(output.moved ?? []))
  }
  parsed.errors = distinct(parsed.errors, e => `${e.file}\0${e.line ?? 0}\0${e.message}`)
  parsed.skipped = distinct(parsed.skipped, s => `${s.file}\0${s.reason}`)
  return parsed
}

function linkedFiles(linked: LinkedUnits | undefined): SourceFile[] {
  if (linked === undefined) return []
  return [...linked.values()].flatMap(unit => ('files' in unit ? unit.files : []))
}

/** A module called from several units reports a problem in its files, or a call it skips, once. */
function distinct<T>(items: T[], id: (item: T) => string): T[] {
  const seen = new Set<string>()
  return items.filter(item => {
    const key = id(item)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
