import type { TimedRequest } from './request-timeline.js'

export interface WallSplit {
  /** Spawn to exit. */
  wallMs: number
  /** Time some request was at the fake (arrival to end of response): GitHub's side, and no latency at all. */
  serverMs: number
  /** Time writes were held back by the client's pacing of writes (estimated; null where /proc cannot say). */
  pacingMs: number | null
  /** What is left: Demarc's own time, start-up included. */
  ownMs: number
}

/** The client spaces writes at least this far apart (one a second, as GitHub asks); less some slack. */
const PACED_GAP_MS = 950

const isWrite = (r: TimedRequest) => r.method !== 'GET' && r.method !== 'HEAD'

/** Length of the union of the requests' intervals. */
function busyMs(requests: readonly TimedRequest[]): number {
  const spans = requests
    .map(r => [r.start, Number.isNaN(r.end) ? r.start : r.end] as const)
    .sort((a, b) => a[0] - b[0])
  let total = 0
  let [from, to] = [Number.NaN, Number.NaN]
  for (const [start, end] of spans) {
    if (Number.isNaN(from) || start > to) {
      if (!Number.isNaN(from)) total += to - from
      ;[from, to] = [start, end]
    } else to = Math.max(to, end)
  }
  return Number.isNaN(from) ? total : total + to - from
}

/**
 * Idle time before a paced write: from the last answer before it to its arrival, less the CPU the action
 * used meanwhile. Counted only when the write came at least PACED_GAP_MS after the previous write, that is
 * when the pacing, not Demarc, can have decided when it left.
 */
function heldMs(
  write: TimedRequest,
  previousWrite: TimedRequest | undefined,
  requests: readonly TimedRequest[]
): number | null {
  if (previousWrite === undefined || write.start - previousWrite.start < PACED_GAP_MS) return 0
  const before = requests.filter(r => r.end <= write.start)
  if (requests.some(r => r !== write && r.start < write.start && !(r.end <= write.start))) return 0
  const last = before.reduce<TimedRequest | undefined>(
    (a, r) => (a === undefined || r.end > a.end ? r : a),
    undefined
  )
  if (last === undefined) return 0
  if (last.cpuAtEnd === undefined || write.cpuAtStart === undefined) return null
  return Math.max(0, write.start - last.end - (write.cpuAtStart - last.cpuAtEnd))
}

/** Wall time of one action run, taken apart using the fake's view of its requests. */
export function splitWallTime(wallMs: number, requests: readonly TimedRequest[]): WallSplit {
  const serverMs = busyMs(requests)
  let pacingMs: number | null = 0
  let previousWrite: TimedRequest | undefined
  for (const request of [...requests].sort((a, b) => a.start - b.start)) {
    if (!isWrite(request)) continue
    const held = heldMs(request, previousWrite, requests)
    pacingMs = held === null || pacingMs === null ? null : pacingMs + held
    previousWrite = request
  }
  return { wallMs, serverMs, pacingMs, ownMs: wallMs - serverMs - (pacingMs ?? 0) }
}
