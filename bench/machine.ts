import { readFileSync } from 'node:fs'
import { cpus, loadavg, release, totalmem } from 'node:os'
import type { Contention } from './cpu-contention.js'

export interface Machine {
  node: string
  v8: string
  platform: string
  kernel: string
  cpuModel: string
  cores: number
  memoryMb: number
  /** CPUs this process may run on (/proc/self/status), e.g. `1` when pinned to one. */
  cpusAllowed: string | null
  /** How the benchmark was pinned to one CPU (set by scripts/bench.mjs), or why it was not. */
  pinning: string
  /**
   * The system's load average (1, 5 and 15 minutes) when the run started and when it ended. Other work on
   * the machine takes turns on the pinned CPU too: a load well above 0 means noisy figures.
   */
  loadAverage: { start: number[]; end: number[] }
  /** What other processes (and other machines, through the hypervisor) took of this run's CPUs while it ran. */
  contention: Contention | null
}

/** Above this share of the CPU taken by others during a run, the table warns that the figures are noisy. */
export const BUSY_PERCENT = 5

export const loadNow = (): number[] => loadavg().map(n => Math.round(n * 100) / 100)

function cpusAllowed(): string | null {
  try {
    return /^Cpus_allowed_list:\s*(.+)$/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1]?.trim() ?? null
  } catch {
    return null
  }
}

export function machine(loadAtStart: number[], contention: Contention | undefined): Machine {
  const list = cpus()
  return {
    node: process.version,
    v8: process.versions.v8,
    platform: `${process.platform}-${process.arch}`,
    kernel: release(),
    cpuModel: list[0]?.model ?? 'unknown',
    cores: list.length,
    memoryMb: Math.round(totalmem() / 1e6),
    cpusAllowed: cpusAllowed(),
    pinning: process.env.DEMARC_BENCH_PINNING ?? 'not pinned (started without scripts/bench.mjs)',
    loadAverage: { start: loadAtStart, end: loadNow() },
    contention: contention ?? null
  }
}
