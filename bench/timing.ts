// Clocks and repetition. Every in-process figure is the best of a few runs after a collection, since the
// fastest run is the one least disturbed by the rest of the machine.

export const MB = 1e6

/** Milliseconds since an arbitrary origin, with sub-millisecond precision. */
export function now(): number {
  return Number(process.hrtime.bigint()) / 1e6
}

/** A full collection when the benchmark runs with --expose-gc, so one run's garbage is not the next one's cost. */
export function collect(): void {
  const gc = (globalThis as { gc?: () => void }).gc
  if (gc !== undefined) gc()
}

export async function timed<T>(run: () => T | Promise<T>): Promise<{ ms: number; value: T }> {
  collect()
  const start = now()
  const value = await run()
  return { ms: now() - start, value }
}

/** Runs are not repeated once they have taken this long together: one more 5-second run tells little. */
export const REPEAT_WITHIN_MS = 5_000

/**
 * The fastest of up to `runs` runs (fewer once REPEAT_WITHIN_MS is spent, at least one), the last run's
 * value, and how many runs there were.
 */
export async function bestOf<T>(
  runs: number,
  run: () => T | Promise<T>
): Promise<{ ms: number; value: T; runs: number }> {
  let best = Infinity
  let spent = 0
  let value: T | undefined
  let done = 0
  while (done < runs && (done === 0 || spent < REPEAT_WITHIN_MS)) {
    const result = await timed(run)
    best = Math.min(best, result.ms)
    spent += result.ms
    value = result.value
    done++
  }
  return { ms: best, value: value as T, runs: done }
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}

/** MB/s for `bytes` in `ms`. */
export function throughput(bytes: number, ms: number): number {
  return bytes / MB / (ms / 1000)
}
