import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'

// CPU time of a running process and its descendants, read from /proc while it runs. The benchmark samples
// it when a request reaches the fake GitHub server, to tell time the action spent working from time it
// spent waiting (for an answer, or for the client's pacing of writes). Linux only; elsewhere undefined.

let ticks: number | undefined

/** Clock ticks per second of /proc's CPU times (`getconf CLK_TCK`, nearly always 100). */
export function clockTicks(): number {
  if (ticks === undefined) {
    try {
      ticks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100
    } catch {
      ticks = 100
    }
  }
  return ticks
}

function ownTicks(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  // utime, stime, cutime, cstime: fields 14 to 17 of stat(5), counted here from field 3.
  return Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])
}

function childrenOf(pid: number): number[] {
  const text = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim()
  return text === '' ? [] : text.split(' ').map(Number)
}

/** Milliseconds of CPU used so far by `pid` and every process under it, or undefined when /proc cannot say. */
export function treeCpuMs(pid: number): number | undefined {
  try {
    let total = 0
    const pending = [pid]
    while (pending.length > 0) {
      const next = pending.pop() as number
      total += ownTicks(next)
      pending.push(...childrenOf(next))
    }
    return (total * 1000) / clockTicks()
  } catch {
    return undefined
  }
}
