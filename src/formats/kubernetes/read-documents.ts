import type { Value } from '../../model.js'
import type { YamlOptions } from '../yaml/index.js'
import { YamlError, parseYaml } from '../yaml/index.js'
import { shiftLines } from './shift-lines.js'
import { documentChunks } from './split-documents.js'

/** A problem reading the stream, with the 1-based line when known. */
export interface StreamProblem {
  line?: number
  message: string
}

export interface StreamDocuments {
  /** The documents that could be read, in order; empty documents are left out. */
  documents: Value[]
  problems: StreamProblem[]
}

/**
 * Every document of a YAML stream. The stream is parsed whole first; when
 * that fails, each document is parsed on its own, so that one broken
 * manifest in a file of many costs only itself. Never throws.
 */
export function readDocuments(text: string, options: YamlOptions): StreamDocuments {
  try {
    return { documents: present(parseYaml(text, options).map(d => d.value)), problems: [] }
  } catch (error) {
    const chunks = documentChunks(text)
    if (chunks.length <= 1) return { documents: [], problems: [problemOf(error, 0)] }
    return readEach(chunks, options)
  }
}

function readEach(chunks: ReturnType<typeof documentChunks>, options: YamlOptions): StreamDocuments {
  const documents: Value[] = []
  const problems: StreamProblem[] = []
  for (const chunk of chunks) {
    try {
      const values = present(parseYaml(chunk.text, options).map(d => d.value))
      values.forEach(value => shiftLines(value, chunk.line - 1))
      documents.push(...values)
    } catch (error) {
      problems.push(problemOf(error, chunk.line - 1))
    }
  }
  return { documents, problems }
}

function present(values: (Value | undefined)[]): Value[] {
  return values.filter((v): v is Value => v !== undefined && v.kind !== 'null')
}

function problemOf(error: unknown, offset: number): StreamProblem {
  if (error instanceof YamlError) {
    const message = `could not read the YAML: ${error.message}`
    return error.line === undefined ? { message } : { line: error.line + offset, message }
  }
  return { message: `could not read the YAML: ${String(error)}` }
}
