/** A full scan's time at one size; `lowerBound` when the run was stopped at the time budget. */
export interface SlopePoint {
  mb: number
  ms: number
  lowerBound?: boolean
}

/** Scan time against input size, from the smallest corpus to the largest. */
export interface Slope {
  points: SlopePoint[]
  /** Least-squares line through the finished points (stopped runs left out): the cost of one more MB, and the fixed part; NaN with fewer than two. */
  msPerMb: number
  interceptMs: number
  /** How well the line fits (1 is a perfect line). */
  r2: number
  /** time(largest) / time(smallest), next to size(largest) / size(smallest): equal when time is proportional. */
  timeRatio: number
  sizeRatio: number
  /** Milliseconds per MB at each size: flat (or falling, as fixed costs spread) when linear. */
  perMb: { mb: number; msPerMb: number }[]
  /** The largest rise of ms per MB from one size to the next: 1 or less is linear. */
  growth: number
  /** Null when a stopped run leaves the answer open (its time is only a lower bound). */
  linear: boolean | null
}

/** ms per MB may rise this much from one size to the next and still count as linear (noise, caches). */
export const LINEAR_TOLERANCE = 1.25

function fit(all: readonly SlopePoint[]): { msPerMb: number; interceptMs: number; r2: number } {
  const points = all.filter(p => p.lowerBound !== true)
  if (points.length < 2) return { msPerMb: Number.NaN, interceptMs: Number.NaN, r2: Number.NaN }
  const n = points.length
  const mx = points.reduce((s, p) => s + p.mb, 0) / n
  const my = points.reduce((s, p) => s + p.ms, 0) / n
  const sxx = points.reduce((s, p) => s + (p.mb - mx) ** 2, 0)
  const sxy = points.reduce((s, p) => s + (p.mb - mx) * (p.ms - my), 0)
  const syy = points.reduce((s, p) => s + (p.ms - my) ** 2, 0)
  const msPerMb = sxy / sxx
  return { msPerMb, interceptMs: my - msPerMb * mx, r2: syy === 0 ? 1 : (sxy * sxy) / (sxx * syy) }
}

/**
 * Linear when ms per MB never rises by more than LINEAR_TOLERANCE from one size to the next. A rise
 * measured against a stopped run is a lower bound, so it settles "not linear"; it cannot settle "linear".
 */
function linearity(points: readonly SlopePoint[]): { growth: number; linear: boolean | null } {
  let growth = 0
  let open = false
  for (let i = 1; i < points.length; i++) {
    const [small, large] = [points[i - 1], points[i]] as [SlopePoint, SlopePoint]
    if (small.lowerBound === true) continue
    const rise = large.ms / large.mb / (small.ms / small.mb)
    growth = Math.max(growth, rise)
    if (large.lowerBound === true && rise <= LINEAR_TOLERANCE) open = true
  }
  if (growth > LINEAR_TOLERANCE) return { growth, linear: false }
  return { growth, linear: open ? null : true }
}

export function fitSlope(points: SlopePoint[]): Slope | undefined {
  if (points.length < 2) return undefined
  const [small, large] = [points[0], points[points.length - 1]] as [SlopePoint, SlopePoint]
  return {
    points,
    ...fit(points),
    timeRatio: large.ms / small.ms,
    sizeRatio: large.mb / small.mb,
    perMb: points.map(p => ({ mb: p.mb, msPerMb: p.ms / p.mb })),
    ...linearity(points)
  }
}
