import { spawn } from 'node:child_process'
import type { WorkerTask } from '../worker.js'
import { WORKER_FLAG } from '../worker.js'
import { now } from '../timing.js'
import type { ScanFigure } from './full-scan.js'

export interface ChildScan {
  /** The best complete run; undefined when the first run did not finish within the budget. */
  figure: ScanFigure | undefined
  /** Stopped at the budget: the time a run had taken when it was stopped is a lower bound. */
  stopped: boolean
  /** Time of the unfinished run when it was stopped (the lower bound: counted from the end of the previous run, or from when the corpus was ready), or 0. */
  stoppedAfterMs: number
}

/**
 * Full scans of one corpus size in a child process of this same bundle (bench/worker.ts), one JSON line
 * per finished run. A run still going when the budget is spent is stopped: a scan whose time grows faster
 * than its input must not hold the benchmark for ten minutes, and its lower bound says enough.
 */
export function scanInChild(task: WorkerTask, budgetMs: number): Promise<ChildScan> {
  return new Promise((resolve, reject) => {
    const start = now()
    let lastRunEnded = start
    let figure: ScanFigure | undefined
    let stopped = false
    let buffered = ''
    let stderr = ''
    const child = spawn(
      process.execPath,
      [...process.execArgv, process.argv[1] as string, WORKER_FLAG, JSON.stringify(task)],
      {
        stdio: ['ignore', 'pipe', 'pipe']
      }
    )
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => {
      buffered += chunk
      const lines = buffered.split('\n')
      buffered = lines.pop() ?? ''
      for (const line of lines.filter(l => l !== '')) {
        const message = JSON.parse(line) as ScanFigure | { ready: true }
        if (!('ready' in message)) figure = message
        lastRunEnded = now()
      }
    })
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
    const timer = setTimeout(() => {
      stopped = true
      child.kill('SIGKILL')
    }, budgetMs)
    child.on('error', reject)
    child.on('close', status => {
      clearTimeout(timer)
      if (!stopped && status !== 0) {
        reject(
          new Error(
            `the full-scan worker for ${task.format} ${task.sizeMb} MB exited ${status}: ${stderr.slice(-2000)}`
          )
        )
        return
      }
      resolve({ figure, stopped, stoppedAfterMs: stopped ? now() - lastRunEnded : 0 })
    })
  })
}
