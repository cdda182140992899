import { spawn } from 'node:child_process'
import type { ChildProcessWithoutNullStreams, SpawnOptionsWithoutStdio } from 'node:child_process'

/** The shape of `child_process.spawn` this layer needs; injectable so tests can watch the processes started. */
export type SpawnProcess = (
  command: string,
  args: readonly string[],
  options: SpawnOptionsWithoutStdio
) => ChildProcessWithoutNullStreams

export interface RunGitOptions {
  /** `key=value` settings passed as `-c key=value` before the subcommand. */
  config?: readonly string[]
  /** Milliseconds before git is killed; default 120 000. */
  timeoutMs?: number
  spawn?: SpawnProcess
}

/** A git command that could not be started, exited non-zero or timed out. */
export class GitCommandError extends Error {
  constructor(
    message: string,
    readonly subcommand: string,
    readonly exitCode: number | null,
    readonly stderr: string
  ) {
    super(message)
    this.name = 'GitCommandError'
  }
}

const DEFAULT_TIMEOUT_MS = 120_000

/** The environment every git child gets: never prompt for credentials, never take optional locks. */
export function gitEnv(): NodeJS.ProcessEnv {
  return { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' }
}

/** Builds `[-c k=v …] <args>` so that the subcommand stays args[0] for messages. */
export function gitArgs(args: readonly string[], config: readonly string[] = []): string[] {
  return [...config.flatMap(setting => ['-c', setting]), ...args]
}

/**
 * Runs `git <args>` in `repoDir` without a shell and resolves with its stdout
 * as bytes. A non-zero exit, a failure to start or a timeout rejects with a
 * GitCommandError naming the subcommand and quoting git's stderr.
 */
export function runGit(
  repoDir: string,
  args: readonly string[],
  options: RunGitOptions = {}
): Promise<Buffer> {
  const run: Run = {
    repoDir,
    subcommand: args[0] ?? '(none)',
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  }
  return new Promise((resolve, reject) => {
    const child = (options.spawn ?? spawn)('git', gitArgs(args, options.config), {
      cwd: repoDir,
      env: gitEnv()
    })
    const stdout: Buffer[] = []
    const stderr: Buffer[] = []
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      child.kill('SIGKILL')
    }, run.timeoutMs)
    child.stdin.on('error', () => {
      // git closed its input early; its exit status says what happened
    })
    child.stdin.end()
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk))
    child.on('error', error => {
      clearTimeout(timer)
      const message = `git ${run.subcommand} could not be started in ${repoDir}: ${error.message}`
      reject(new GitCommandError(message, run.subcommand, null, ''))
    })
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      const said = Buffer.concat(stderr).toString('utf8').trim()
      const failure = describeFailure(run, { code, signal, stderr: said, timedOut })
      if (failure === undefined) resolve(Buffer.concat(stdout))
      else reject(failure)
    })
  })
}

interface Run {
  repoDir: string
  subcommand: string
  timeoutMs: number
}

interface Exit {
  code: number | null
  signal: NodeJS.Signals | null
  stderr: string
  timedOut: boolean
}

function describeFailure(run: Run, exit: Exit): GitCommandError | undefined {
  const { repoDir, subcommand } = run
  if (exit.timedOut) {
    const message = `git ${subcommand} timed out after ${run.timeoutMs} ms in ${repoDir}`
    return new GitCommandError(message, subcommand, exit.code, exit.stderr)
  }
  if (exit.code === 0) return undefined
  const how = exit.code === null ? `killed by ${exit.signal}` : `exit ${exit.code}`
  const detail = exit.stderr === '' ? 'no message on stderr' : exit.stderr
  return new GitCommandError(
    `git ${subcommand} failed in ${repoDir} (${how}): ${detail}`,
    subcommand,
    exit.code,
    exit.stderr
  )
}
