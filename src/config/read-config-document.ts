import type { Owner, Severity } from '../model.js'
import type { FailOn } from '../report/gate.js'
import type { IgnoreEntry, OwnerSetting, RepoConfig, RuleSetting } from './config-types.js'
import type { ParsedConfig } from './parse-config-yaml.js'

/** The file's data as written, once it has passed the schema (rules/schema/config.schema.json). */
interface ConfigDocument {
  version: 1
  gate?: { 'fail-on'?: FailOn; 'fail-on-owner'?: Owner[] }
  paths?: { include?: string[]; exclude?: string[] }
  rules?: Record<string, { enabled?: boolean; severity?: Severity }>
  'rule-dirs'?: string[]
  owners?: Record<string, Owner>
  ignore?: { rule: string | string[]; paths: string[]; reason: string; expires?: string }[]
}

/** The validated document in the shape the rest of Demarc uses, with the lines of owners and ignores. */
export function readConfigDocument(file: string, parsed: ParsedConfig): RepoConfig {
  const doc = parsed.data as ConfigDocument
  const gate: RepoConfig['gate'] = {}
  if (doc.gate?.['fail-on'] !== undefined) gate.failOn = doc.gate['fail-on']
  if (doc.gate?.['fail-on-owner'] !== undefined) gate.owners = [...doc.gate['fail-on-owner']]
  return {
    file,
    gate,
    paths: { include: [...(doc.paths?.include ?? [])], exclude: [...(doc.paths?.exclude ?? [])] },
    rules: Object.entries(doc.rules ?? {}).map(([id, setting]) => ruleSetting(id, setting)),
    ruleDirs: (doc['rule-dirs'] ?? []).map(folder),
    owners: Object.entries(doc.owners ?? {}).map(([row, owner]) =>
      withLine<OwnerSetting>({ row, owner }, parsed.lineOf(['owners', row]))
    ),
    ignores: (doc.ignore ?? []).map((entry, i) => ignoreEntry(entry, parsed.lineOf(['ignore', i])))
  }
}

/** `./policies/` and `policies` are the same folder; `.` is the repository root (''). */
function folder(dir: string): string {
  const trimmed = dir.replace(/^(?:\.\/)+/, '').replace(/\/+$/, '')
  return trimmed === '.' ? '' : trimmed
}

function ruleSetting(id: string, setting: { enabled?: boolean; severity?: Severity }): RuleSetting {
  const out: RuleSetting = { id, enabled: setting.enabled ?? true }
  if (setting.severity !== undefined) out.severity = setting.severity
  return out
}

function ignoreEntry(
  entry: NonNullable<ConfigDocument['ignore']>[number],
  line: number | undefined
): IgnoreEntry {
  const out: IgnoreEntry = {
    rules: typeof entry.rule === 'string' ? [entry.rule] : [...entry.rule],
    paths: [...entry.paths],
    reason: entry.reason.trim()
  }
  if (entry.expires !== undefined) out.expires = entry.expires
  return withLine(out, line)
}

function withLine<T extends { line?: number }>(value: T, line: number | undefined): T {
  if (line !== undefined) value.line = line
  return value
}
