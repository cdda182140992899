import type { FormatParser, LinkedUnits, Move, SourceFile } from '../formats/format.js'
import type { Resource, ScanError, SkippedFile } from '../model.js'
import { readLinkedUnits, readUnitFiles } from './read-linked-units.js'
import { selectFiles, type UnitFiles } from '../select-files.js'
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

/** The units of one version to parse, in the order they are parsed, with what selecting them found. */
export interface SideSelection {
  units: [string, UnitFiles][]
  errors: ScanError[]
  skipped: SkippedFile[]
}

/**
 * The wanted units of one version (every unit when `targets` is
 * undefined), ordered by unit. A unit another one calls is left out: it is
 * analysed through its callers, with their arguments, once per call.
 */
export async function selectSide(
  snapshot: Snapshot,
  parsers: readonly FormatParser[],
  targets: Set<string> | undefined,
  wanted: (path: string) => boolean,
  graph: UnitGraph | undefined
): Promise<SideSelection> {
  if (targets !== undefined && targets.size === 0) return { units: [], errors: [], skipped: [] }
  const selection = await selectFiles(snapshot, parsers, targets, wanted)
  const standalone = graph === undefined ? undefined : standaloneUnits(graph)
  const units = [...selection.units]
    .filter(([id]) => standalone === undefined || graph?.units.has(id) !== true || standalone.has(id))
    .sort(([, a], [, b]) => a.unit.localeCompare(b.unit))
  return { units, errors: selection.errors, skipped: selection.skipped }
}

/**
 * Parses the given units of one version. `commented` holds the files whose
 * `demarc:ignore` comments were already collected (by an earlier batch of
 * the same scan): each file's are collected once.
 */
export async function parseUnits(
  snapshot: Snapshot,
  units: readonly [string, UnitFiles][],
  graph: UnitGraph | undefined,
  commented: Set<string>
): Promise<Parsed> {
  const parsed: Parsed = { resources: [], errors: [], skipped: [], moved: [], suppressions: [] }
  for (const [, unit] of units) {
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
  return parsed
}

/**
 * Selects and parses the wanted units of one version at once (see
 * {@link selectSide} and {@link parseUnits}).
 */
export async function parseSide(
  snapshot: Snapshot,
  parsers: readonly FormatParser[],
  targets: Set<string> | undefined,
  wanted: (path: string) => boolean,
  graph: UnitGraph | undefined
): Promise<Parsed> {
  const selection = await selectSide(snapshot, parsers, targets, wanted, graph)
  const parsed = await parseUnits(snapshot, selection.units, graph, new Set())
  return {
    ...parsed,
    errors: distinctErrors([...selection.errors, ...parsed.errors]),
    skipped: distinctSkipped([...selection.skipped, ...parsed.skipped])
  }
}

/** A module called from several units reports a problem in its files once. */
export function distinctErrors(errors: ScanError[]): ScanError[] {
  return distinct(errors, e => `${e.file}\0${e.line ?? 0}\0${e.message}`)
}

/** A module called from several units reports a call it skips once. */
export function distinctSkipped(skipped: SkippedFile[]): SkippedFile[] {
  return distinct(skipped, s => `${s.file}\0${s.reason}`)
}

function linkedFiles(linked: LinkedUnits | undefined): SourceFile[] {
  if (linked === undefined) return []
  return [...linked.values()].flatMap(unit => ('files' in unit ? unit.files : []))
}

function distinct<T>(items: T[], id: (item: T) => string): T[] {
  const seen = new Set<string>()
  return items.filter(item => {
    const key = id(item)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
