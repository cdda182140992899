import { fileURLToPath } from 'node:url'
import { bundleModules } from './bundle-modules.js'
import { sourceMapOf, type SourcePosition } from './source-map.js'

// A V8 CPU profile (as `node --cpu-prof` or the inspector writes it) reduced to what an optimiser reads
// first: self time by function and by source file, the bundle's positions traced back to src/ files
// through the bundle's source map (or, without one, to the module the bundle line belongs to).

interface CallFrame {
  functionName: string
  url: string
  lineNumber: number
  columnNumber: number
}

interface ProfileNode {
  id: number
  callFrame: CallFrame
}

export interface CpuProfile {
  nodes: ProfileNode[]
  startTime: number
  endTime: number
  samples: number[]
  timeDeltas: number[]
}

export interface SelfTime {
  name: string
  selfMs: number
  /** Share of the busy time (idle left out). */
  percent: number
}

export interface ProfileSummary {
  /** Sampled time, idle included. */
  totalMs: number
  idleMs: number
  functions: SelfTime[]
  /** By source file (or bundled module). */
  modules: SelfTime[]
}

const SPECIAL = /^\((?:garbage collector|program|idle|root)\)$/

type Locate = (frame: CallFrame) => SourcePosition | undefined

/** Source positions for frames in bundles: by source map where the bundle has one, else by module markers. */
function locator(): Locate {
  const bundles = new Map<string, Locate>()
  return frame => {
    if (!frame.url.startsWith('file:')) return undefined
    let locate = bundles.get(frame.url)
    if (locate === undefined) {
      const map = sourceMapOf(fileURLToPath(frame.url))
      const modules = bundleModules(frame.url)
      locate = f => map?.(f.lineNumber, f.columnNumber) ?? { source: modules(f.lineNumber), line: 0 }
      bundles.set(frame.url, locate)
    }
    return locate(frame)
  }
}

/** The function's name and where it is, and the file it is in. */
function placeOf(frame: CallFrame, locate: Locate): { name: string; file: string } {
  if (frame.url === '') {
    const file = SPECIAL.test(frame.functionName) ? frame.functionName : '(V8 built-ins)'
    return { name: file, file }
  }
  const fn = frame.functionName === '' ? '(anonymous)' : frame.functionName
  if (frame.url.startsWith('node:')) return { name: `${fn}  ${frame.url}`, file: 'Node.js internals' }
  const position = locate(frame)
  if (position === undefined) return { name: `${fn}  ${frame.url}`, file: frame.url }
  return {
    name: `${fn}  ${position.source}${position.line > 0 ? `:${position.line}` : ''}`,
    file: position.source
  }
}

function top(times: Map<string, number>, busyMs: number, count: number): SelfTime[] {
  return [...times]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, ms]) => ({
      name,
      selfMs: ms / 1000,
      percent: busyMs === 0 ? 0 : (100 * ms) / 1000 / busyMs
    }))
}

export function summariseProfile(profile: CpuProfile, count = 15): ProfileSummary {
  const locate = locator()
  const nodes = new Map(profile.nodes.map(node => [node.id, node]))
  const self = new Map<number, number>()
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)))
  const functions = new Map<string, number>()
  const modules = new Map<string, number>()
  let idle = 0
  let total = 0
  for (const [id, micros] of self) {
    const frame = (nodes.get(id) as ProfileNode).callFrame
    total += micros
    if (frame.functionName === '(idle)') {
      idle += micros
      continue
    }
    const { name, file } = placeOf(frame, locate)
    functions.set(name, (functions.get(name) ?? 0) + micros)
    modules.set(file, (modules.get(file) ?? 0) + micros)
  }
  const busyMs = (total - idle) / 1000
  return {
    totalMs: total / 1000,
    idleMs: idle / 1000,
    functions: top(functions, busyMs, count),
    modules: top(modules, busyMs, count)
  }
}
