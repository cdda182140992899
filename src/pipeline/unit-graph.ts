import type { FormatParser } from '../formats/index.js'
import { parserFor } from '../formats/index.js'
import { readUnitFiles } from './read-linked-units.js'
import { unitId, type UnitFiles } from '../select-files.js'
import type { Snapshot } from '../sources/index.js'

/**
 * Who pulls in whom, among the units of the formats whose units pull in
 * others (Terraform modules calling local modules), at one version.
 */
export interface UnitGraph {
  /** Every such unit with files in scope, by unit id. */
  units: Map<string, UnitFiles>
  /** Units whose files are all left out by the `paths`/`exclude` globs. */
  excluded: Set<string>
  /** Unit id → the ids of the units it pulls in that exist. */
  calls: Map<string, string[]>
}

/** Whether any parser's units pull in others: only then is a graph worth building. */
export function linksUnits(parsers: readonly FormatParser[]): boolean {
  return parsers.some(p => p.dependencies !== undefined)
}

/** Whether a unit id belongs to a parser whose units pull in others. */
export function isLinkingUnit(id: string, parsers: readonly FormatParser[]): boolean {
  const format = id.slice(0, id.indexOf('\0'))
  return parsers.some(p => p.format === format && p.dependencies !== undefined)
}

/**
 * Reads every unit of the linking formats (by path alone: these formats
 * claim their files by name) and asks its parser what it pulls in.
 */
export async function buildUnitGraph(
  snapshot: Snapshot,
  parsers: readonly FormatParser[],
  wanted: (path: string) => boolean
): Promise<UnitGraph> {
  const units = new Map<string, UnitFiles>()
  const unwanted = new Set<string>()
  for (const path of (await snapshot.list()).files) {
    const parser = await parserFor(path, async () => undefined, parsers)
    if (parser?.dependencies === undefined) continue
    const unit = parser.unitOf(path)
    const id = unitId(parser, unit)
    if (!wanted(path)) {
      unwanted.add(id)
      continue
    }
    let entry = units.get(id)
    if (entry === undefined) units.set(id, (entry = { parser, unit, paths: [] }))
    entry.paths.push(path)
  }
  const calls = new Map<string, string[]>()
  for (const [id, entry] of units) {
    // Unreadable files are reported where the unit is parsed, not here.
    const files = await readUnitFiles(snapshot, entry.paths, [])
    const ids = (entry.parser.dependencies?.(files) ?? []).map(unit => unitId(entry.parser, unit))
    calls.set(
      id,
      ids.filter(other => units.has(other))
    )
  }
  const excluded = new Set([...unwanted].filter(id => !units.has(id)))
  return { units, excluded, calls }
}

/**
 * The units parsed on their own: every unit nothing calls, and one unit
 * (the first by path) of each group of units that only call each other.
 * Any other unit is reported through its callers, under their addresses.
 */
export function standaloneUnits(graph: UnitGraph): Set<string> {
  const called = new Set<string>()
  for (const [id, targets] of graph.calls) for (const t of targets) if (t !== id) called.add(t)
  const standalone = new Set([...graph.units.keys()].filter(id => !called.has(id)))
  const reached = reach(graph, standalone)
  for (const id of [...graph.units.keys()].sort()) {
    if (reached.has(id) || standalone.has(id)) continue
    standalone.add(id)
    for (const more of reach(graph, new Set([id]))) reached.add(more)
  }
  return standalone
}

/** Units reachable from `from` through one call or more. */
function reach(graph: UnitGraph, from: Set<string>): Set<string> {
  const seen = new Set<string>()
  const queue = [...from]
  while (queue.length > 0) {
    for (const next of graph.calls.get(queue.pop() as string) ?? []) {
      if (seen.has(next)) continue
      seen.add(next)
      queue.push(next)
    }
  }
  return seen
}

/** The units that pull in any of `ids`, directly or through others. */
export function callersOf(graph: UnitGraph, ids: Iterable<string>): Set<string> {
  const callers = new Map<string, string[]>()
  for (const [id, targets] of graph.calls)
    for (const t of targets) {
      const list = callers.get(t)
      if (list === undefined) callers.set(t, [id])
      else list.push(id)
    }
  const seen = new Set<string>()
  const queue = [...ids]
  while (queue.length > 0) {
    for (const caller of callers.get(queue.pop() as string) ?? []) {
      if (seen.has(caller)) continue
      seen.add(caller)
      queue.push(caller)
    }
  }
  return seen
}
