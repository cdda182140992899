import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Report } from '../model.js'
import { renderJson, renderMarkdown, renderSarifText, renderTerminal } from '../render/index.js'
import type { CliIo } from './cli-io.js'
import { EXIT } from './exit-codes.js'
import type { OutputOptions } from './parse-options.js'

/** The report in the format asked for, to standard output or `--output`; returns the exit code. */
export function writeOutput(report: Report, options: OutputOptions, io: CliIo): number {
  const color =
    options.color ??
    (options.output === undefined && io.stdout.isTTY === true && io.env.NO_COLOR === undefined)
  const text = render(report, options.format, color)
  if (options.output === undefined) io.stdout.write(text)
  else {
    try {
      writeFileSync(resolve(io.cwd, options.output), text)
    } catch (error) {
      io.stderr.write(`demarc: cannot write --output ${options.output}: ${(error as Error).message}\n`)
      return EXIT.usage
    }
  }
  return report.gate.conclusion === 'failure' ? EXIT.gated : EXIT.ok
}

function render(report: Report, format: OutputOptions['format'], color: boolean): string {
  switch (format) {
    case 'json':
      return renderJson(report)
    case 'markdown':
      return renderMarkdown(report)
    case 'sarif':
      return renderSarifText(report)
    case 'terminal':
      return renderTerminal(report, { color })
  }
}
