import type { CliIo } from './cli/cli-io.js'
import { EXIT } from './cli/exit-codes.js'
import { runMerge } from './cli/merge-command.js'
import { parseCli, type CliOptions } from './cli/parse-options.js'
import { runScan } from './cli/scan-command.js'
import { USAGE } from './cli/usage.js'
import { writeOutput } from './cli/write-output.js'
import type { Report } from './model.js'
import { VERSION } from './version.js'

export type { CliIo } from './cli/cli-io.js'
export { EXIT } from './cli/exit-codes.js'

/** The `demarc` command line (`scan`, `merge`); returns the exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let options: CliOptions | 'help' | 'version'
  try {
    options = parseCli(argv, io.cwd)
  } catch (error) {
    io.stderr.write(`demarc: ${(error as Error).message}\n\n${USAGE}`)
    return EXIT.usage
  }
  if (options === 'help' || options === 'version') {
    io.stdout.write(options === 'help' ? USAGE : `${VERSION}\n`)
    return EXIT.ok
  }
  let report: Report
  try {
    report =
      options.command === 'merge'
        ? await runMerge(options, io.cwd)
        : await runScan(options, io.cwd, io.now?.() ?? new Date())
  } catch (error) {
    io.stderr.write(`demarc: ${(error as Error).message}\n`)
    return EXIT.usage
  }
  return writeOutput(report, options, io)
}
