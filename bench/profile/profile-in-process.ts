import { Session } from 'node:inspector/promises'
import type { CpuProfile } from './summarise-profile.js'

/** Samples every 100 µs: fine enough for functions that run a few microseconds each, millions of times. */
const INTERVAL_US = 100

/** A CPU profile of `run` in this process, taken through the inspector, as `node --cpu-prof` would take it. */
export async function profileInProcess(run: () => Promise<unknown>): Promise<CpuProfile> {
  const session = new Session()
  session.connect()
  try {
    await session.post('Profiler.enable')
    await session.post('Profiler.setSamplingInterval', { interval: INTERVAL_US })
    await session.post('Profiler.start')
    await run()
    const { profile } = await session.post('Profiler.stop')
    return profile as unknown as CpuProfile
  } finally {
    session.disconnect()
  }
}
