import type { Resource, ScanError } from '../../model.js'
import type { LineIndex } from '../text/line-index.js'
import { lineIndex } from '../text/line-index.js'
import { textProblem } from '../text/text-problem.js'
import { applyInstruction } from './apply-instruction.js'
import { INSTRUCTIONS, buildInstruction } from './build-instruction.js'
import { fromValue, readFrom } from './build-from.js'
import { readDirectives } from './directives.js'
import type { Binding } from './expand-word.js'
import { InstructionContext } from './instruction-context.js'
import { physicalLines } from './physical-lines.js'
import type { RawInstruction } from './read-instructions.js'
import { readInstructions } from './read-instructions.js'
import { globalArgsResource, stageResource } from './stage-resource.js'
import type { StageState } from './stage-state.js'
import { bindingOf, stageLookup } from './stage-state.js'

const KNOWN = new Set<string>(INSTRUCTIONS)

/** Global ARGs: declared before the first FROM, usable in FROM lines and brought into stages by `ARG name`. */
interface Globals {
  bindings: Map<string, Binding>
  items: RawInstruction[]
  built: ReturnType<typeof buildInstruction>[]
}

/**
 * Parses one Dockerfile into one `stage` resource per FROM (and a
 * `global-args` resource for ARGs before the first FROM). Never throws: each
 * problem is an error with its line, and the rest of the file still comes
 * through (an unknown instruction is skipped, not fatal).
 */
export function parseDockerfile(file: string, text: string): { resources: Resource[]; errors: ScanError[] } {
  const bad = textProblem(text)
  if (bad !== undefined) return { resources: [], errors: [{ file, ...bad }] }
  const lines = physicalLines(text)
  const index = lineIndex(text)
  const directives = readDirectives(lines)
  const read = readInstructions(lines, directives.lines, directives.escape)
  const errors: ScanError[] = [...directives.problems, ...read.problems].map(p => ({ file, ...p }))
  const globals: Globals = { bindings: new Map(), items: [], built: [] }
  const stages: StageState[] = []
  for (const raw of read.instructions) {
    const line = index.line(raw.start)
    const fail = (message: string): void => void errors.push({ file, line, message })
    if (!KNOWN.has(raw.keyword)) {
      fail(`unknown instruction${shown(raw.keyword)} (expected one of ${INSTRUCTIONS.join(', ')})`)
      continue
    }
    const current = stages[stages.length - 1]
    if (raw.keyword === 'FROM') startStage(raw, index, directives.escape, globals, stages, fail)
    else if (current !== undefined) addToStage(current, raw, index, directives.escape, globals, fail)
    else if (raw.keyword === 'ARG') addGlobal(raw, index, directives.escape, globals, fail)
    else fail(`expected FROM before ${raw.keyword} (only ARG may come before the first FROM)`)
  }
  if (stages.length === 0 && errors.length === 0)
    errors.push({ file, line: 1, message: 'no FROM instruction: a Dockerfile builds from at least one FROM' })
  else if (stages.length === 0)
    errors.push({ file, line: 1, message: 'no FROM instruction was read, so the file has no stages' })
  const resources = stages.map(stage =>
    stageResource(file, stage, stage === stages[stages.length - 1], index)
  )
  if (globals.built.length > 0)
    resources.unshift(globalArgsResource(file, globals.built, globals.items, index))
  return { resources, errors: errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) }
}

/** The unknown word, when it looks like a misspelt keyword; anything else may be a stray secret. */
function shown(keyword: string): string {
  return /^[A-Z]{1,20}$/.test(keyword) ? ` '${keyword}'` : ''
}

function startStage(
  raw: RawInstruction,
  index: LineIndex,
  escape: string,
  globals: Globals,
  stages: StageState[],
  fail: (message: string) => void
): void {
  const ctx = new InstructionContext(raw, index, escape, name => globals.bindings.get(name))
  const line = readFrom(ctx)
  ctx.problems.forEach(fail)
  if (line === undefined) return
  const parent = line.holes.length === 0 ? stages.find(s => s.name === line.text.toLowerCase()) : undefined
  let name = line.name
  if (name !== undefined && !/^[a-z][a-z0-9._-]*$/.test(name)) {
    fail(
      `invalid stage name '${name.slice(0, 40)}' (expected a letter, then letters, digits, '.', '_' or '-')`
    )
    name = undefined
  } else if (name !== undefined && stages.some(s => s.name === name)) {
    fail(`the stage name '${name}' is used twice; this stage is known by its index, ${stages.length}`)
    name = undefined
  }
  stages.push({
    index: stages.length,
    ...(name === undefined ? {} : { name }),
    ...(parent === undefined ? {} : { parent }),
    from: fromValue(line, parent?.name, ctx.whole),
    start: raw.start,
    end: raw.end,
    items: [],
    env: new Map(parent?.env ?? []),
    args: new Map(),
    argBindings: new Map(),
    ...(parent?.user === undefined ? {} : { user: parent.user }),
    expose: [],
    labels: new Map(),
    last: new Map()
  })
}

function addToStage(
  stage: StageState,
  raw: RawInstruction,
  index: LineIndex,
  escape: string,
  globals: Globals,
  fail: (message: string) => void
): void {
  const ctx = new InstructionContext(raw, index, escape, stageLookup(stage))
  const item = buildInstruction(ctx)
  ctx.problems.forEach(fail)
  applyInstruction(stage, item, globals.bindings)
  stage.end = raw.end
}

function addGlobal(
  raw: RawInstruction,
  index: LineIndex,
  escape: string,
  globals: Globals,
  fail: (message: string) => void
): void {
  const ctx = new InstructionContext(raw, index, escape, name => globals.bindings.get(name))
  const item = buildInstruction(ctx)
  ctx.problems.forEach(fail)
  const pairs = item.entries.get('pairs')
  if (pairs?.kind === 'map') {
    for (const [name, pair] of pairs.entries) {
      const value = pair.kind === 'map' ? pair.entries.get('value') : undefined
      globals.bindings.set(name, bindingOf(value))
    }
  }
  globals.items.push(raw)
  globals.built.push(item)
}
