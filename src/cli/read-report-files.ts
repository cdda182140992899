import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { SourcedReport } from '../merge/index.js'
import { MAX_REPORT_BYTES, parseReport } from '../report/read-report.js'

/**
 * The JSON reports named on the command line, each checked against the
 * report's schema (`parseReport`): the first that cannot be read, is too
 * large or is not a Demarc report throws, naming the file (and the field).
 * A file named twice is read once.
 */
export function readReportFiles(files: readonly string[], cwd: string): SourcedReport[] {
  return [...new Set(files)].map(file => ({ source: file, report: parseReport(readText(file, cwd), file) }))
}

function readText(file: string, cwd: string): string {
  let fd: number
  try {
    fd = openSync(resolve(cwd, file), 'r')
  } catch (error) {
    throw new Error(
      `cannot read the report ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`
    )
  }
  try {
    const stat = fstatSync(fd)
    if (!stat.isFile()) throw new Error(`the report ${file} is not a file`)
    if (stat.size > MAX_REPORT_BYTES)
      throw new Error(`the report ${file} has ${stat.size} bytes; Demarc reads at most ${MAX_REPORT_BYTES}`)
    return readFileSync(fd, 'utf8')
  } finally {
    closeSync(fd)
  }
}
