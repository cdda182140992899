import type { Resource, ScanError } from '../../model.js'
import { textProblem } from '../text/text-problem.js'
import { parseDotenv } from './parse-dotenv.js'
import { parseProperties } from './parse-properties.js'
import { parseStructured } from './parse-structured.js'
import type { FileKind } from './paths.js'
import { fileKindOf, profileOf } from './paths.js'
import type { ReadOutput, SettingEntry } from './setting-entry.js'
import { MAX_SETTINGS, MAX_VALUE_LENGTH } from './setting-entry.js'
import { addressesOf, settingResource } from './setting-resource.js'

/**
 * Parses one settings file into one `setting` resource per setting, so that
 * every rule runs per setting, a finding points at its line, and a change
 * to one setting is one changed resource. Never throws; problems are errors
 * with their line, and the settings read around them still come through.
 */
export function parseAppConfig(file: string, text: string): { resources: Resource[]; errors: ScanError[] } {
  const bad = textProblem(text)
  if (bad !== undefined) return { resources: [], errors: [{ file, ...bad }] }
  const kind = fileKindOf(file)
  if (kind === undefined)
    return {
      resources: [],
      errors: [{ file, message: 'expected a dotenv, .properties, YAML or JSON settings file' }]
    }
  const read = readKind(kind, text)
  const errors: ScanError[] = read.problems.map(p => ({ file, ...p }))
  const entries = bounded(read.entries, file, errors)
  const profile = profileOf(file)
  const addresses = addressesOf(entries)
  const resources = entries.map((entry, i) =>
    settingResource(file, entry, addresses[i] as string, kind, profile)
  )
  return { resources, errors }
}

function readKind(kind: FileKind, text: string): ReadOutput {
  if (kind === 'dotenv') return parseDotenv(text)
  if (kind === 'properties') return parseProperties(text)
  return parseStructured(kind, text)
}

/** At most {@link MAX_SETTINGS} settings, each value cut at {@link MAX_VALUE_LENGTH} characters. */
function bounded(entries: SettingEntry[], file: string, errors: ScanError[]): SettingEntry[] {
  const kept = entries.slice(0, MAX_SETTINGS)
  const first = entries[MAX_SETTINGS]
  if (first !== undefined)
    errors.push({
      file,
      line: first.span.line,
      message: `more than ${MAX_SETTINGS.toLocaleString('en-US')} settings: the rest of the file, from this line on, was not read`
    })
  return kept.map(entry => {
    const { value } = entry
    if (value.kind !== 'string' || value.value.length <= MAX_VALUE_LENGTH) return entry
    errors.push({
      file,
      line: entry.span.line,
      message: `the value of ${entry.path} is ${value.value.length.toLocaleString('en-US')} characters long; only the first ${MAX_VALUE_LENGTH.toLocaleString('en-US')} were checked`
    })
    return { ...entry, value: { ...value, value: value.value.slice(0, MAX_VALUE_LENGTH) } }
  })
}
