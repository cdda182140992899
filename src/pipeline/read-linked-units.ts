import type { LinkedUnit, LinkedUnits, SourceFile } from '../formats/format.js'
import type { ScanError } from '../model.js'
import { unitId, type UnitFiles } from '../select-files.js'
import type { Snapshot } from '../sources/index.js'
import type { UnitGraph } from './unit-graph.js'

/** Linked units read for one unit at most; a bound against pathological trees. */
export const MAX_LINKED_UNITS = 1000

const EXCLUDED = 'every file of it is left out by the paths/exclude globs'
const TOO_MANY = `more than ${MAX_LINKED_UNITS} module directories under one unit`

/**
 * The units `unit` pulls in, directly or through each other, read from the
 * same snapshot: asks the parser about the unit's files, reads what it
 * names, asks about those, until nothing new comes up. A unit the snapshot
 * does not hold is left out (the parser says so where it is called).
 */
export async function readLinkedUnits(
  snapshot: Snapshot,
  unit: UnitFiles,
  files: SourceFile[],
  graph: UnitGraph,
  errors: ScanError[]
): Promise<LinkedUnits> {
  const linked = new Map<string, LinkedUnit>()
  let next = unit.parser.dependencies?.(files) ?? []
  while (next.length > 0) {
    const found: SourceFile[] = []
    for (const dir of next) {
      if (dir === unit.unit || linked.has(dir)) continue
      const id = unitId(unit.parser, dir)
      const entry = graph.units.get(id)
      if (linked.size >= MAX_LINKED_UNITS) linked.set(dir, { reason: TOO_MANY })
      else if (entry !== undefined) {
        const read = await readUnitFiles(snapshot, entry.paths, errors)
        linked.set(dir, { files: read })
        found.push(...read)
      } else if (graph.excluded.has(id)) linked.set(dir, { reason: EXCLUDED })
    }
    next = found.length === 0 ? [] : (unit.parser.dependencies?.(found) ?? [])
  }
  return linked
}

/** The files of a unit; one that cannot be read is an error naming why. */
export async function readUnitFiles(
  snapshot: Snapshot,
  paths: readonly string[],
  errors: ScanError[]
): Promise<SourceFile[]> {
  const results = await Promise.all(paths.map(path => snapshot.read(path)))
  const files: SourceFile[] = []
  results.forEach((result, i) => {
    const path = paths[i] as string
    if (result.ok) files.push({ path, text: result.text })
    else errors.push({ file: path, message: `not scanned: ${result.reason}` })
  })
  return files
}
