/**
 * Terraform parser throughput on a deterministic, realistic corpus built in
 * memory, next to JSON.parse of a JSON document of the same shape.
 *
 *   npx ncc build bench/terraform-parse.ts -o build/bench-tf && node build/bench-tf/index.js [megabytes]
 *
 * The whole-pipeline benchmark is `npm run bench` (bench/main.ts, docs/performance.md).
 */
import { parseHcl, terraformParser } from '../src/formats/terraform/index.js'
import type { SourceFile } from '../src/formats/format.js'
import type { Value } from '../src/model.js'
import { terraformUnit } from './corpus/terraform-units.js'
import { random } from './random.js'

function corpus(megabytes: number): SourceFile[][] {
  const rng = random(20240601)
  const units: SourceFile[][] = []
  let size = 0
  for (let u = 0; size < megabytes * 1e6; u++) {
    const files = terraformUnit(rng, u)
    for (const f of files) size += f.text.length
    units.push(files)
  }
  return units
}

/** The model without spans, unknowns as their source text: the JSON counterpart of the corpus. */
function plain(value: Value): unknown {
  switch (value.kind) {
    case 'list':
      return value.items.map(plain)
    case 'map':
      return Object.fromEntries([...value.entries].map(([k, v]) => [k, plain(v)]))
    case 'unknown':
      return `\${${value.expr}}`
    case 'null':
      return null
    default:
      return value.value
  }
}

/** The model as plain JSON data, spans included: the object graph the parser builds. */
function withSpans(value: Value): unknown {
  switch (value.kind) {
    case 'list':
      return { kind: 'list', items: value.items.map(withSpans), span: value.span }
    case 'map':
      return {
        kind: 'map',
        entries: Object.fromEntries([...value.entries].map(([k, v]) => [k, withSpans(v)])),
        keySpans: Object.fromEntries(value.keySpans ?? []),
        span: value.span
      }
    default:
      return value
  }
}

function bestOf3(run: () => void): number {
  let best = Infinity
  for (let i = 0; i < 3; i++) {
    const t0 = process.hrtime.bigint()
    run()
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e9)
  }
  return best
}

function parseAll(units: SourceFile[][]): { resources: number; errors: number } {
  let resources = 0
  let errors = 0
  for (const unit of units) {
    const out = terraformParser.parse(terraformParser.unitOf(unit[0]?.path ?? ''), unit)
    resources += out.resources.length
    errors += out.errors.length
  }
  return { resources, errors }
}

/** Three JSON documents of the parsed corpus: the data indented and compact, and the model with its spans. */
function jsonDocuments(units: SourceFile[][]): Record<string, string> {
  const models = units.map(unit => terraformParser.parse('.', unit).resources)
  const data = models.map(rs => rs.map(r => ({ type: r.type, address: r.address, body: plain(r.body) })))
  const spanned = models.map(rs => rs.map(r => ({ ...r, body: withSpans(r.body) })))
  return {
    'same data, indented': JSON.stringify(data, null, 2),
    'same data, compact': JSON.stringify(data),
    'the model with spans': JSON.stringify(spanned)
  }
}

function row(label: string, megabytes: number, seconds: number): string {
  const rate = `${(megabytes / seconds).toFixed(1)} MB/s`
  return `${label.padEnd(52)} ${rate.padStart(11)}  (${(seconds * 1000).toFixed(0)} ms)`
}

function main(): void {
  const units = corpus(Number(process.argv[2] ?? 15))
  const files = units.flat()
  const megabytes = files.reduce((n, f) => n + Buffer.byteLength(f.text), 0) / 1e6
  const syntax = bestOf3(() => {
    for (const f of files) parseHcl(f.path, f.text)
  })
  const full = bestOf3(() => parseAll(units))
  const { resources, errors } = parseAll(units)
  const lines = [
    `corpus: ${megabytes.toFixed(1)} MB of Terraform, ${files.length} files in ${units.length} modules, ${resources} resources, ${errors} errors`,
    row('parseHcl (syntax tree)', megabytes, syntax),
    row('terraformParser.parse (model with spans, evaluated)', megabytes, full)
  ]
  for (const [label, json] of Object.entries(jsonDocuments(units))) {
    const size = Buffer.byteLength(json) / 1e6
    lines.push(
      row(
        `JSON.parse, ${label} (${size.toFixed(1)} MB)`,
        size,
        bestOf3(() => JSON.parse(json))
      )
    )
  }
  lines.push(`node ${process.version}, best of 3 in one process`)
  process.stdout.write(lines.join('\n') + '\n')
}

main()
