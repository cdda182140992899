import type { ErrorObject, ValidateFunction } from 'ajv'
import type { Report } from '../model.js'
import { joinKeys } from '../matrix/key-path.js'
import { validate } from '../validators/validate-report.js'
import schema from './report.schema.json' with { type: 'json' }

/** The largest report Demarc reads back (a report of 100,000 findings is about 150 MB; real ones are far below). */
export const MAX_REPORT_BYTES = 50 * 1024 * 1024

/** The report's JSON Schema (`src/report/report.schema.json`), as loaded. */
export const REPORT_SCHEMA: object = schema

/** A report that is not one Demarc wrote: each problem names the field (`findings[0].line: …`). */
export class InvalidReport extends Error {
  constructor(
    readonly source: string,
    readonly problems: string[]
  ) {
    const shown = problems.slice(0, 10)
    const more = problems.length > shown.length ? `\n  … and ${problems.length - shown.length} more` : ''
    super(`${source} is not a valid Demarc report:\n  ${shown.join('\n  ')}${more}`)
    this.name = 'InvalidReport'
  }
}

/** The schema's validator, generated when Demarc is built (scripts/generate-validators.mjs). */
const validator = validate as unknown as ValidateFunction

/**
 * A report from text nobody vouches for (an artifact of a pull request's
 * workflow): parsed, checked against the schema — types, enums, required
 * fields, lengths and counts, no field the contract does not name — and
 * against what the schema cannot say (a finding ends on or after its first
 * line). Anything else throws InvalidReport naming the field. Nothing in it
 * is trusted further: the caller recomputes the gate.
 */
export function parseReport(text: string, source: string): Report {
  if (Buffer.byteLength(text, 'utf8') > MAX_REPORT_BYTES)
    throw new InvalidReport(source, [`(top level): larger than ${MAX_REPORT_BYTES} bytes`])
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    throw new InvalidReport(source, [`(top level): not JSON (${(error as Error).message})`])
  }
  if (!validator(data)) throw new InvalidReport(source, (validator.errors ?? []).map(describe))
  const report = data as Report
  const problems = report.findings.flatMap((f, i) =>
    f.endLine < f.line ? [`findings[${i}].endLine: ${f.endLine} is before line ${f.line}`] : []
  )
  if (problems.length > 0) throw new InvalidReport(source, problems)
  return report
}

/** One line per schema error: the field as a key path, then what was expected and what was found. */
function describe(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>
  const keys = error.instancePath
    .split('/')
    .slice(1)
    .map(s => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map(s => (/^\d+$/.test(s) ? Number(s) : s))
  switch (error.keyword) {
    case 'required':
      return `${joinKeys([...keys, String(params.missingProperty)])}: missing`
    case 'additionalProperties':
      return `${joinKeys([...keys, String(params.additionalProperty)])}: not a field of the report`
    case 'enum':
      return `${joinKeys(keys)}: expected one of ${(params.allowedValues as unknown[]).join(', ')}; found ${found(error.data)}`
    case 'const':
      return `${joinKeys(keys)}: expected ${JSON.stringify(params.allowedValue)}; found ${found(error.data)}`
    case 'type':
      return `${joinKeys(keys)}: expected ${String(params.type).split(',').join(' or ')}; found ${found(error.data)}`
    default:
      return `${joinKeys(keys)}: ${error.message ?? error.keyword}; found ${found(error.data)}`
  }
}

function found(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (Array.isArray(value)) return `a list of ${value.length}`
  if (value !== null && typeof value === 'object') return 'an object'
  const text = JSON.stringify(value)
  return text.length > 60 ? `${text.slice(0, 59)}…` : text
}
