import type { SourceFile } from '../../src/formats/format.js'
import type { CorpusFormat } from '../options.js'
import { MB } from '../timing.js'
import { cloudFormationCorpus } from './cloudformation.js'
import { kubernetesCorpus } from './kubernetes.js'
import { terraformCorpus } from './terraform.js'

/** A corpus of at least `megabytes` MB of one format (each generator stops at the first file past it). */
export function generateCorpus(format: CorpusFormat, megabytes: number): SourceFile[] {
  const bytes = megabytes * MB
  switch (format) {
    case 'terraform':
      return terraformCorpus(bytes)
    case 'cloudformation-yaml':
      return cloudFormationCorpus(bytes, 'yaml')
    case 'cloudformation-json':
      return cloudFormationCorpus(bytes, 'json')
    case 'kubernetes':
      return kubernetesCorpus(bytes)
  }
}

/**
 * The first files of a corpus up to `megabytes` MB: the generators are seeded and write file after file,
 * so this is exactly the corpus generated for that size, without generating it again.
 */
export function corpusPrefix(files: readonly SourceFile[], megabytes: number): SourceFile[] {
  const out: SourceFile[] = []
  let size = 0
  for (const file of files) {
    if (size >= megabytes * MB) break
    out.push(file)
    size += Buffer.byteLength(file.text)
  }
  return out
}
