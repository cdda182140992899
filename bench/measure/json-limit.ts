import type { SourceFile } from '../../src/formats/format.js'
import { corpusBytes } from '../memory-snapshot.js'
import { bestOf, throughput } from '../timing.js'

export interface JsonLimit {
  bytes: number
  ms: number
  mbPerSecond: number
}

/**
 * The practical limit: `JSON.parse` of the same amount of JSON (the CloudFormation JSON corpus, file by
 * file). It only builds plain objects — no spans, no model, no controls — so no parser of these formats
 * in JavaScript does less work per byte; each throughput is shown as a fraction of it.
 */
export async function measureJsonParse(jsonFiles: readonly SourceFile[], runs: number): Promise<JsonLimit> {
  const bytes = corpusBytes(jsonFiles)
  const { ms } = await bestOf(runs, () => {
    let keys = 0
    for (const file of jsonFiles) keys += Object.keys(JSON.parse(file.text) as object).length
    return keys
  })
  return { bytes, ms, mbPerSecond: throughput(bytes, ms) }
}
