// Loaded with `node --import` into the processes the benchmark starts (the CLI on a corpus, the action on
// a pull request). At exit it writes the process's own resource usage to the file DEMARC_BENCH_USAGE names:
// peak resident memory, CPU time, and the CPU time of the processes it waited for (git). Node cannot ask
// for a child's resource usage, so the child reports its own.
import { readFileSync, writeFileSync } from 'node:fs'

const file = process.env.DEMARC_BENCH_USAGE
const ticksPerSecond = Number(process.env.DEMARC_BENCH_CLK_TCK ?? 100)

/** CPU time of terminated, waited-for children (fields cutime and cstime of /proc/self/stat), or null off Linux. */
function childrenCpuMs() {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / ticksPerSecond
  } catch {
    return null
  }
}

if (file !== undefined && file !== '') {
  process.on('exit', () => {
    const usage = process.resourceUsage()
    const report = {
      maxRssKb: usage.maxRSS,
      userMs: usage.userCPUTime / 1000,
      systemMs: usage.systemCPUTime / 1000,
      childrenCpuMs: childrenCpuMs()
    }
    writeFileSync(file, JSON.stringify(report))
  })
}
