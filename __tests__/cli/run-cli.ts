import { runCli } from '../../src/cli.js'

export interface CliResult {
  code: number
  stdout: string
  stderr: string
}

/** Runs the `demarc` command line in-process, capturing its output; `now` fixes the clock. */
export async function demarc(args: string[], cwd: string, options: { now?: Date } = {}): Promise<CliResult> {
  let stdout = ''
  let stderr = ''
  const code = await runCli(args, {
    cwd,
    env: {},
    ...(options.now === undefined ? {} : { now: () => options.now as Date }),
    stdout: { write: (text: string) => (stdout += text), isTTY: false },
    stderr: { write: (text: string) => (stderr += text) }
  })
  return { code, stdout, stderr }
}
