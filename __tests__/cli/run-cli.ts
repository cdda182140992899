import { runCli } from '../../src/cli.js'

export interface CliResult {
  code: number
  stdout: string
  stderr: string
}

/** Runs the `demarc` command line in-process, capturing its output. */
export async function demarc(args: string[], cwd: string): Promise<CliResult> {
  let stdout = ''
  let stderr = ''
  const code = await runCli(args, {
    cwd,
    env: {},
    stdout: { write: (text: string) => (stdout += text), isTTY: false },
    stderr: { write: (text: string) => (stderr += text) }
  })
  return { code, stdout, stderr }
}
