import type { FormatParser, SourceFile } from '../../src/formats/format.js'
import { parserFor } from '../../src/formats/index.js'
import { corpusBytes } from '../memory-snapshot.js'
import { bestOf, throughput } from '../timing.js'

export interface ParseFigure {
  bytes: number
  files: number
  /** Finding each file's parser (`parserFor`: by name, else each candidate's content test, in order). */
  detectMs: number
  detectMbPerSecond: number
  /** The parsers alone, unit by unit, on files already assigned (Terraform module calls not followed). */
  parseMs: number
  parseMbPerSecond: number
  resources: number
  errors: number
}

interface Unit {
  parser: FormatParser
  unit: string
  files: SourceFile[]
}

async function detect(files: readonly SourceFile[]): Promise<Map<string, Unit>> {
  const units = new Map<string, Unit>()
  for (const file of files) {
    const parser = await parserFor(file.path, async () => file.text)
    if (parser === undefined) continue
    const unit = parser.unitOf(file.path)
    const id = `${parser.format}\0${unit}`
    let entry = units.get(id)
    if (entry === undefined) units.set(id, (entry = { parser, unit, files: [] }))
    entry.files.push(file)
  }
  return units
}

function parseUnits(units: Iterable<Unit>): { resources: number; errors: number } {
  let resources = 0
  let errors = 0
  for (const { parser, unit, files } of units) {
    const output = parser.parse(unit, files)
    resources += output.resources.length
    errors += output.errors.length
  }
  return { resources, errors }
}

/** Parser throughput through the real parsers (src/formats/*), detection and parsing apart. */
export async function measureParse(files: readonly SourceFile[], runs: number): Promise<ParseFigure> {
  const bytes = corpusBytes(files)
  const detected = await bestOf(runs, () => detect(files))
  const units = [...detected.value.values()]
  const parsed = await bestOf(runs, () => parseUnits(units))
  return {
    bytes,
    files: files.length,
    detectMs: detected.ms,
    detectMbPerSecond: throughput(bytes, detected.ms),
    parseMs: parsed.ms,
    parseMbPerSecond: throughput(bytes, parsed.ms),
    ...parsed.value
  }
}
