import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import type { SourceFile } from '../../src/formats/format.js'

// The examples that ship with Demarc: the demo pull request (examples/demo/base → head) and every control's
// test fixtures (rules/controls/*/*/test), each fixture in a folder of its own (Terraform fixtures are then
// separate modules, as the fixture tests read them) under a name its format claims in a repository.

/** Fixture ending → the file name a repository would give it. */
const NAMES: Record<string, string> = {
  '.tf': 'main.tf',
  '.template.yaml': 'template.yaml',
  '.template.json': 'template.json',
  '.k8s.yaml': 'manifest.yaml',
  '.Dockerfile': 'Dockerfile',
  '.compose.yaml': 'docker-compose.yaml',
  '.serverless.yml': 'serverless.yml',
  '.env': '.env',
  '.properties': 'application.properties',
  '.settings.yaml': 'settings.yaml',
  '.settings.json': 'settings.json'
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter(entry => entry.isFile())
    .map(entry => join(entry.parentPath, entry.name))
    .sort()
}

/** One tree of the demo: `base` or `head`. */
export function demoTree(root: string, side: 'base' | 'head'): SourceFile[] {
  const dir = join(root, 'examples', 'demo', side)
  return filesUnder(dir).map(file => ({ path: relative(dir, file), text: readFileSync(file, 'utf8') }))
}

/** Every fixture of every bundled control, `expected.yml` left out. */
export function controlFixtures(root: string): SourceFile[] {
  const controls = join(root, 'rules', 'controls')
  return filesUnder(controls)
    .filter(file => /\/test\/(?:positive|negative|unknown)\d+[^/]*$/.test(file))
    .map(file => {
      const [service, control, , name] = relative(controls, file).split('/') as [
        string,
        string,
        string,
        string
      ]
      const dot = name.indexOf('.')
      const ending = name.slice(dot)
      const path = `fixtures/${service}/${control}/${name.slice(0, dot)}/${NAMES[ending] ?? name}`
      return { path, text: readFileSync(file, 'utf8') }
    })
}
