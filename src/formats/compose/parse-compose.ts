import type { ParseOutput, SourceFile } from '../format.js'
import type { MapValue, Resource, ScanError, Value } from '../../model.js'
import { textProblem } from '../text/text-problem.js'
import { YamlError, parseYaml } from '../yaml/index.js'
import { resolveExtends } from './extends.js'
import { interpolateDeep } from './interpolate.js'
import { envList } from './key-values.js'
import type { ComposeProblem } from './problems.js'
import { describeValueKind } from './problems.js'
import type { SectionEntry } from './sections.js'
import { sectionEntries } from './sections.js'
import { normaliseService } from './service.js'

/** Top-level sections that hold resources, with the type of each entry. */
const SECTIONS = [
  ['networks', 'network'],
  ['volumes', 'volume'],
  ['secrets', 'secret'],
  ['configs', 'config']
] as const

/** Top-level keys of the Compose specification besides the sections. */
const OTHER_KEYS = new Set(['version', 'name', 'include', 'services', ...SECTIONS.map(([key]) => key)])

/**
 * Parses compose files, each its own unit: one resource per service,
 * network, volume, secret and config. Never throws: a file that cannot be
 * read is one error at its line; a bad entry is an error and the others
 * still come through.
 */
export function parseCompose(unit: string, files: SourceFile[]): ParseOutput {
  const resources: Resource[] = []
  const errors: ScanError[] = []
  for (const file of files) {
    const problems: ComposeProblem[] = []
    try {
      resources.push(...parseFile(unit, file, problems, errors))
    } catch (error) {
      errors.push({ file: file.path, message: `could not read the compose file: ${String(error)}` })
    }
    errors.push(...problems.map(p => ({ file: file.path, ...p })))
  }
  return { resources, errors }
}

function parseFile(
  unit: string,
  file: SourceFile,
  problems: ComposeProblem[],
  errors: ScanError[]
): Resource[] {
  const root = readRoot(file, errors)
  if (root === undefined) return []
  const problem = layoutProblem(root)
  if (problem !== undefined) problems.push(problem)
  if (problem !== undefined || root.kind !== 'map') return []
  const make = (type: string, address: string, entry: SectionEntry, body: MapValue): Resource => ({
    file: file.path,
    format: 'compose',
    type,
    address,
    key: `${unit}//${address}`,
    span: entry.span,
    body
  })
  const resources = services(root, problems).map(({ entry, body, derived }) => ({
    ...make('service', `services.${entry.name}`, entry, body),
    ...(derived.length > 0 ? { derived } : {})
  }))
  for (const [key, type] of SECTIONS) {
    const section = root.entries.get(key)
    if (section === undefined) continue
    for (const entry of sectionEntries(section, key, problems))
      resources.push(make(type, `${key}.${entry.name}`, entry, interpolateDeep(entry.body) as MapValue))
  }
  return resources
}

/** Why the top of the file is not a compose model: not a mapping, or the version 1 layout. */
function layoutProblem(root: Value): ComposeProblem | undefined {
  if (root.kind !== 'map')
    return {
      line: root.span.line,
      message: `expected a mapping with a 'services' section at the top of the compose file, found ${describeValueKind(root.kind)}`
    }
  if (!isVersionOne(root)) return undefined
  return {
    line: root.span.line,
    message:
      "expected a 'services' section (Compose file format 2 and later), found services at the top level: version 1 files are not supported"
  }
}

/** The file's one document; a syntax error or a second document is an error at its line. */
function readRoot(file: SourceFile, errors: ScanError[]): Value | undefined {
  const problem = textProblem(file.text)
  if (problem !== undefined) {
    errors.push({ file: file.path, ...problem })
    return undefined
  }
  try {
    const documents = parseYaml(file.text, { booleans: 'core' })
      .map(d => d.value)
      .filter((v): v is Value => v !== undefined && v.kind !== 'null')
    const second = documents[1]
    if (second !== undefined)
      errors.push({
        file: file.path,
        line: second.span.line,
        message: `expected one YAML document in a compose file, found ${documents.length}; only the first is read`
      })
    return documents[0]
  } catch (error) {
    if (!(error instanceof YamlError)) throw error
    errors.push({
      file: file.path,
      ...(error.line === undefined ? {} : { line: error.line }),
      message: `could not read the YAML: ${error.message}`
    })
    return undefined
  }
}

/** No `services`, and top-level keys that are not the specification's: services written at the top, as in version 1. */
function isVersionOne(root: MapValue): boolean {
  if (root.entries.has('services')) return false
  return [...root.entries.keys()].some(key => !OTHER_KEYS.has(key) && !key.startsWith('x-'))
}

interface ServiceBody {
  entry: SectionEntry
  body: MapValue
  derived: string[]
}

/** Every service normalised, `extends` applied, and `env` derived from its environment. */
function services(root: MapValue, problems: ComposeProblem[]): ServiceBody[] {
  const section = root.entries.get('services')
  if (section === undefined) return []
  const entries = sectionEntries(section, 'services', problems)
  const normalised = new Map(entries.map(entry => [entry.name, normaliseService(entry.body, problems)]))
  const merged = resolveExtends(normalised, problems)
  return entries.map(entry => withEnv(entry, merged.get(entry.name) as MapValue))
}

function withEnv(entry: SectionEntry, body: MapValue): ServiceBody {
  const environment = body.entries.get('environment')
  if (environment?.kind !== 'map' || body.entries.has('env')) return { entry, body, derived: [] }
  const entries = new Map(body.entries)
  entries.set('env', envList(environment))
  return { entry, body: { ...body, entries }, derived: ['env'] }
}
