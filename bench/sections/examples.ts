import type { SourceFile } from '../../src/formats/format.js'
import type { ScanConfig } from '../../src/scan.js'
import { scan } from '../../src/scan.js'
import type { ChangedFile } from '../../src/scope/index.js'
import { controlFixtures, demoTree } from '../corpus/examples.js'
import type { ExampleFigure } from '../figures.js'
import { measureFullScan } from '../measure/full-scan.js'
import { corpusBytes, memorySnapshot } from '../memory-snapshot.js'
import { renderAll } from '../render-all.js'
import { bestOf, throughput } from '../timing.js'

/** The demo's changed files, every line of a changed file taken as changed (no diff is run in memory). */
function demoChanges(base: readonly SourceFile[], head: readonly SourceFile[]): ChangedFile[] {
  const before = new Map(base.map(f => [f.path, f.text]))
  const after = new Map(head.map(f => [f.path, f.text]))
  const whole = (text: string) => [{ start: 1, end: Math.max(1, text.split('\n').length) }]
  const changes: ChangedFile[] = []
  for (const [path, text] of after) {
    const old = before.get(path)
    if (old === text) continue
    changes.push({
      path,
      status: old === undefined ? 'added' : 'modified',
      commentable: whole(text),
      added: whole(text)
    })
  }
  for (const path of before.keys())
    if (!after.has(path)) changes.push({ path, status: 'removed', commentable: [], added: [] })
  return changes
}

async function demoPullRequest(root: string, config: ScanConfig): Promise<ExampleFigure> {
  const base = demoTree(root, 'base')
  const head = demoTree(root, 'head')
  const changed = demoChanges(base, head)
  const run = () =>
    scan(
      {
        mode: 'changes',
        base: memorySnapshot(base),
        head: memorySnapshot(head),
        changed,
        revisions: { base: 'a'.repeat(40), head: 'b'.repeat(40) }
      },
      config
    ).then(report => ({ report, rendered: renderAll(report) }))
  const { ms, value } = await bestOf(10, run)
  const bytes = corpusBytes(base) + corpusBytes(head)
  return {
    name: 'demo pull request (examples/demo, base and head)',
    bytes,
    files: base.length + head.length,
    ms,
    mbPerSecond: throughput(bytes, ms),
    findings: value.report.findings.length
  }
}

async function fixtures(root: string, config: ScanConfig): Promise<ExampleFigure> {
  const files = controlFixtures(root)
  const figure = await measureFullScan(files, config, 5)
  return {
    name: 'every control fixture (rules/controls/*/*/test)',
    bytes: figure.bytes,
    files: figure.files,
    ms: figure.ms,
    mbPerSecond: figure.mbPerSecond,
    findings: figure.findings
  }
}

/** The examples that ship with Demarc, scanned in process like the corpora. */
export async function exampleFigures(root: string, config: ScanConfig): Promise<ExampleFigure[]> {
  return [await demoPullRequest(root, config), await fixtures(root, config)]
}
