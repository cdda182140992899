import { readFileSync } from 'node:fs'
import { cpus, release, totalmem } from 'node:os'

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
}

function cpusAllowed(): string | null {
  try {
    return /^Cpus_allowed_list:\s*(.+)$/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1]?.trim() ?? null
  } catch {
    return null
  }
}

export function machine(): Machine {
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
    pinning: process.env.DEMARC_BENCH_PINNING ?? 'not pinned (started without scripts/bench.mjs)'
  }
}
