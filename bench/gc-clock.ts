import { PerformanceObserver } from 'node:perf_hooks'

/**
 * Starts adding up the time V8 spends collecting garbage; the function returned stops and gives the total
 * in milliseconds. Collections grow with the heap, so their share is the first suspect when a scan's time
 * per MB rises with the input. Node hands the entries over on a later turn of the event loop, which a scan
 * over in-memory files never yields to: the stop waits for one before it adds up.
 */
export function gcClock(): () => Promise<number> {
  let total = 0
  const add = (entries: readonly { duration: number }[]) => {
    for (const entry of entries) total += entry.duration
  }
  const observer = new PerformanceObserver(list => add(list.getEntries()))
  observer.observe({ entryTypes: ['gc'] })
  return async () => {
    await new Promise(resolve => setTimeout(resolve, 0))
    add(observer.takeRecords())
    observer.disconnect()
    return total
  }
}
