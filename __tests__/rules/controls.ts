import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { load } from 'js-yaml'
import type { Format } from '../../src/model.js'

/** The controls under rules/controls, found on disk, for the catalogue and fixture tests. */

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
export const CONTROLS = join(ROOT, 'rules', 'controls')

/** The matrix rows a control may name: the ids of rules/matrix.yml. */
export const ROW_IDS = loadRowIds()

function loadRowIds(): string[] {
  const matrix = load(readFileSync(join(ROOT, 'rules', 'matrix.yml'), 'utf8')) as { rows: { id: string }[] }
  return matrix.rows.map(row => row.id)
}

/**
 * Fixture file endings per format a rule may claim (`positive1.tf`,
 * `negative2.template.json`). Each fixture is parsed by its format's parser
 * under its own name, so the endings are ones those parsers read.
 */
export const FIXTURE_EXTENSIONS: Record<Format, readonly string[]> = {
  terraform: ['.tf'],
  cloudformation: ['.template.yaml', '.template.json'],
  kubernetes: ['.k8s.yaml'],
  dockerfile: ['.Dockerfile'],
  compose: ['.compose.yaml'],
  serverless: ['.serverless.yml'],
  appconfig: ['.env', '.properties', '.settings.yaml', '.settings.json']
}

/** The format a fixture belongs to, among those its rule claims, by its ending. */
export function fixtureFormat(name: string, formats: readonly Format[]): Format | undefined {
  return formats.find(format => FIXTURE_EXTENSIONS[format].some(ext => name.endsWith(ext)))
}

export interface Control {
  service: string
  folder: string
  dir: string
  /** `rules/controls/<service>/<folder>/rule.yml` */
  file: string
  text: string
  fixtures: string[]
}

export interface Expected {
  file: string
  line: number
  address: string
  outcome: string
}

const FIXTURE = /^(positive|negative|unknown)\d+(?:\.[A-Za-z0-9]+)+$/

export function listControls(): Control[] {
  return subdirs(CONTROLS).flatMap(service =>
    subdirs(join(CONTROLS, service)).map(folder => {
      const dir = join(CONTROLS, service, folder)
      const path = join(dir, 'rule.yml')
      const testDir = join(dir, 'test')
      return {
        service,
        folder,
        dir,
        file: `rules/controls/${service}/${folder}/rule.yml`,
        text: existsSync(path) ? readFileSync(path, 'utf8') : '',
        fixtures: existsSync(testDir)
          ? readdirSync(testDir)
              .filter(f => FIXTURE.test(f))
              .sort()
          : []
      }
    })
  )
}

export function readExpected(control: Control): Expected[] {
  const path = join(control.dir, 'test', 'expected.yml')
  if (!existsSync(path)) return []
  const data = load(readFileSync(path, 'utf8'), { maxAliases: 0 })
  return (data ?? []) as Expected[]
}

export function readFixture(control: Control, name: string): string {
  return readFileSync(join(control.dir, 'test', name), 'utf8')
}

export function describeEntry(e: Expected): string {
  return `{ file: ${e.file}, line: ${e.line}, address: ${e.address}, outcome: ${e.outcome} }`
}

function subdirs(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter(e => e.isDirectory())
    .map(e => e.name)
    .sort()
}
