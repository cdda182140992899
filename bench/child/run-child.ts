import { spawn } from 'node:child_process'
import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { now } from '../timing.js'
import { clockTicks } from './proc-cpu.js'

export interface ChildRun {
  status: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  /** From just before spawn() to the process's exit. */
  wallMs: number
}

export interface ChildOptions {
  cwd?: string
  env?: NodeJS.ProcessEnv
  timeoutMs?: number
  /** Called with the process id as soon as it runs (to sample its CPU time while it works). */
  onSpawn?: (pid: number) => void
}

/**
 * Runs a command without blocking this process (the fake GitHub server answers from its event loop), and
 * times it from spawn to exit. Children inherit this process's CPU affinity: pinned when the benchmark is.
 */
export function runChild(
  command: string,
  args: readonly string[],
  options: ChildOptions = {}
): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const start = now()
    let exitedAt = 0
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    if (child.pid !== undefined) options.onSpawn?.(child.pid)
    const stdout: Buffer[] = []
    const stderr: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk))
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 600_000)
    child.on('exit', () => (exitedAt = now()))
    child.on('error', error => {
      clearTimeout(timer)
      reject(error)
    })
    child.on('close', (status, signal) => {
      clearTimeout(timer)
      resolve({
        status,
        signal,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
        wallMs: (exitedAt || now()) - start
      })
    })
  })
}

/** What bench/child/report-usage.mjs wrote for a child. */
export interface ChildUsage {
  maxRssKb: number
  userMs: number
  systemMs: number
  childrenCpuMs: number | null
}

/** Node arguments and environment that make a child report its resource usage at exit, and the reader. */
export function usageProbe(root: string, dir: string, name: string) {
  const file = join(dir, `${name}.usage.json`)
  rmSync(file, { force: true })
  return {
    nodeArgs: ['--import', pathToFileURL(join(root, 'bench', 'child', 'report-usage.mjs')).href],
    env: { DEMARC_BENCH_USAGE: file, DEMARC_BENCH_CLK_TCK: String(clockTicks()) },
    read: (): ChildUsage => JSON.parse(readFileSync(file, 'utf8')) as ChildUsage
  }
}
