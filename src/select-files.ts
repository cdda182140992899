import type { FormatParser } from './formats/index.js'
import { parserFor } from './formats/index.js'
import type { ScanError, SkippedFile } from './model.js'
import type { ChangedFile } from './scope/index.js'
import { GITLINK_MODE, SYMLINK_MODE } from './scope/index.js'
import type { Snapshot } from './sources/index.js'
import { SUBMODULE_REASON, SYMLINK_REASON } from './sources/index.js'

/** Files of one parse unit, at one version. */
export interface UnitFiles {
  parser: FormatParser
  unit: string
  paths: string[]
}

export interface Selection {
  units: Map<string, UnitFiles>
  errors: ScanError[]
  skipped: SkippedFile[]
}

const LINK_MODES: Record<string, string> = {
  [SYMLINK_MODE]: SYMLINK_REASON,
  [GITLINK_MODE]: SUBMODULE_REASON
}

/** A unit's identity across parsers: its format and its unit key. */
export function unitId(parser: FormatParser, unit: string): string {
  return `${parser.format}\0${unit}`
}

/**
 * The units a pull request touches: every changed file a parser claims
 * brings in its whole unit (a Terraform module directory), at base and head,
 * so that variables and cross-resource links resolve as they would there.
 */
export async function unitsOfChanges(
  changed: ChangedFile[],
  head: Snapshot,
  base: Snapshot,
  parsers: readonly FormatParser[],
  wanted: (path: string) => boolean = () => true
): Promise<{ targets: Set<string>; errors: ScanError[]; skipped: SkippedFile[] }> {
  const targets = new Set<string>()
  const errors: ScanError[] = []
  const skipped: SkippedFile[] = []
  for (const file of changed) {
    if (!wanted(file.path) && (file.previousPath === undefined || !wanted(file.previousPath))) continue
    const link = file.mode === undefined ? undefined : LINK_MODES[file.mode]
    const sides: [string, Snapshot][] = [[file.path, file.status === 'removed' ? base : head]]
    if (file.previousPath !== undefined) sides.push([file.previousPath, base])
    else if (file.status === 'modified') sides.push([file.path, base])
    for (const [path, snapshot] of sides) {
      const parser = await detectParser(snapshot, path, parsers)
      if (parser === undefined) continue
      if (link !== undefined) {
        if (snapshot === head) errors.push({ file: path, message: `not scanned: ${link}` })
        continue
      }
      targets.add(unitId(parser, parser.unitOf(path)))
    }
    if (link !== undefined && !errors.some(e => e.file === file.path))
      skipped.push({ file: file.path, reason: link })
  }
  return { targets, errors, skipped }
}

/**
 * The files of a snapshot that belong to the wanted units (or to any unit
 * when `targets` is undefined, for a whole-tree scan), grouped by unit;
 * files `wanted` turns down (the `paths`/`exclude` globs) are left out.
 */
export async function selectFiles(
  snapshot: Snapshot,
  parsers: readonly FormatParser[],
  targets: Set<string> | undefined,
  wanted: (path: string) => boolean = () => true
): Promise<Selection> {
  const listing = await snapshot.list()
  const units = new Map<string, UnitFiles>()
  for (const path of listing.files) {
    if (!wanted(path)) continue
    const parser = await detectParser(snapshot, path, parsers)
    if (parser === undefined) continue
    const unit = parser.unitOf(path)
    const id = unitId(parser, unit)
    if (targets !== undefined && !targets.has(id)) continue
    let entry = units.get(id)
    if (entry === undefined) units.set(id, (entry = { parser, unit, paths: [] }))
    entry.paths.push(path)
  }
  const errors: ScanError[] = []
  const skipped: SkippedFile[] = []
  for (const link of listing.skipped) {
    if (!wanted(link.file)) continue
    const parser = await parserFor(link.file, async () => undefined, parsers)
    const inScope =
      parser !== undefined && (targets === undefined || targets.has(unitId(parser, parser.unitOf(link.file))))
    if (inScope) errors.push({ file: link.file, message: `not scanned: ${link.reason}` })
    else if (targets === undefined) skipped.push(link)
  }
  return { units, errors, skipped }
}

type Detected = Map<string, Promise<FormatParser | undefined>>

const detections = new WeakMap<Snapshot, WeakMap<readonly FormatParser[], Detected>>()

/**
 * The parser of a file of a snapshot, decided once per scan: a change scan
 * asks for every changed file when it gathers the changed units and again
 * when it selects each side's files, and deciding by content means parsing.
 */
function detectParser(
  snapshot: Snapshot,
  path: string,
  parsers: readonly FormatParser[]
): Promise<FormatParser | undefined> {
  let byParsers = detections.get(snapshot)
  if (byParsers === undefined) detections.set(snapshot, (byParsers = new WeakMap()))
  let detected = byParsers.get(parsers)
  if (detected === undefined) byParsers.set(parsers, (detected = new Map()))
  let parser = detected.get(path)
  if (parser === undefined)
    detected.set(path, (parser = parserFor(path, () => readText(snapshot, path), parsers)))
  return parser
}

async function readText(snapshot: Snapshot, path: string): Promise<string | undefined> {
  const result = await snapshot.read(path)
  return result.ok ? result.text : undefined
}
