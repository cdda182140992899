import type { Report } from '../model.js'

/** The report contract (docs/report.md) as JSON, the same for the CLI and the action's report file. */
export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`
}
