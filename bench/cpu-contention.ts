import { readFileSync } from 'node:fs'

// How much of the pinned CPU other processes took while the benchmark ran: the CPU's busy time from
// /proc/stat less the time this process and the children it waited for used (/proc/self/stat). The load
// average cannot say it, since the benchmark's own work counts in it. Linux only.

interface Sample {
  /** Busy and total ticks of each CPU this process may run on, and the hypervisor's steal ticks. */
  busy: number
  total: number
  steal: number
  own: number
}

export interface Contention {
  /** CPUs sampled (those this process may run on). */
  cpus: number[]
  /** Share of those CPUs' time spent on other processes' work during the run. */
  otherPercent: number
  /** Share of their time the hypervisor gave to other machines. */
  stealPercent: number
}

function allowedCpus(): number[] {
  const list = /^Cpus_allowed_list:\s*(.+)$/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? ''
  return list.split(',').flatMap(part => {
    const [from, to] = part.split('-').map(Number) as [number, number | undefined]
    return Array.from({ length: (to ?? from) - from + 1 }, (_, i) => from + i)
  })
}

function sample(cpus: readonly number[]): Sample {
  const lines = readFileSync('/proc/stat', 'utf8').split('\n')
  let [busy, total, steal] = [0, 0, 0]
  for (const cpu of cpus) {
    const fields = (lines.find(l => l.startsWith(`cpu${cpu} `)) ?? '').split(/\s+/).slice(1).map(Number)
    const [user, nice, system, idle, iowait, irq, softirq, stolen] = fields as number[]
    busy += (user ?? 0) + (nice ?? 0) + (system ?? 0) + (irq ?? 0) + (softirq ?? 0)
    total +=
      (user ?? 0) +
      (nice ?? 0) +
      (system ?? 0) +
      (idle ?? 0) +
      (iowait ?? 0) +
      (irq ?? 0) +
      (softirq ?? 0) +
      (stolen ?? 0)
    steal += stolen ?? 0
  }
  const stat = readFileSync('/proc/self/stat', 'utf8')
  const own = stat
    .slice(stat.lastIndexOf(')') + 2)
    .split(' ')
    .slice(11, 15)
    .reduce((n, field) => n + Number(field), 0)
  return { busy, total, steal, own }
}

/** Starts watching; the function returned says what others took since, or undefined off Linux. */
export function watchContention(): () => Contention | undefined {
  let cpus: number[]
  let start: Sample
  try {
    cpus = allowedCpus()
    start = sample(cpus)
  } catch {
    return () => undefined
  }
  return () => {
    const end = sample(cpus)
    const total = end.total - start.total
    if (total <= 0) return undefined
    // Both files count in the same clock ticks; the children's ticks are those of the processes waited for.
    const other = Math.max(0, end.busy - start.busy - (end.own - start.own))
    return {
      cpus,
      otherPercent: (100 * other) / total,
      stealPercent: (100 * (end.steal - start.steal)) / total
    }
  }
}
