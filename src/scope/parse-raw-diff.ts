import type { ChangeStatus } from './changed-file.js'

/** One entry of `git diff --raw -z`. */
export interface RawDiffEntry {
  status: ChangeStatus
  /** Head-side path; the base-side path for a removal. */
  path: string
  /** Base-side path when git paired two names (rename or copy). */
  sourcePath?: string
  oldMode: string
  newMode: string
  /** Git's status letter: A, C, D, M, R or T. */
  letter: string
}

const STATUS_BY_LETTER: Record<string, ChangeStatus> = {
  A: 'added',
  C: 'added',
  D: 'removed',
  M: 'modified',
  T: 'modified',
  R: 'renamed'
}

/**
 * Parses the NUL-separated output of `git diff --raw -z`:
 * `:<old mode> <new mode> <old oid> <new oid> <status>\0<path>\0[<new path>\0]`.
 */
export function parseRawDiff(output: Buffer): RawDiffEntry[] {
  const tokens = output.toString('utf8').split('\0')
  const entries: RawDiffEntry[] = []
  let i = 0
  while (i < tokens.length && !(i === tokens.length - 1 && tokens[i] === '')) {
    const meta = tokens[i] ?? ''
    const fields = meta.split(' ')
    const letter = (fields[4] ?? '').charAt(0)
    const status = STATUS_BY_LETTER[letter]
    if (!meta.startsWith(':') || fields.length !== 5 || status === undefined) {
      throw new Error(
        `git diff --raw output, entry ${entries.length + 1}: expected ':<mode> <mode> <oid> <oid> <A|C|D|M|R|T>', found '${meta}'`
      )
    }
    const paired = letter === 'R' || letter === 'C'
    const first = tokens[i + 1]
    const second = paired ? tokens[i + 2] : first
    if (first === undefined || second === undefined) {
      throw new Error(
        `git diff --raw output, entry ${entries.length + 1}: '${meta}' is not followed by its path`
      )
    }
    const oldMode = (fields[0] ?? '').slice(1)
    const newMode = fields[1] ?? ''
    entries.push({ status, path: second, oldMode, newMode, letter, ...(paired ? { sourcePath: first } : {}) })
    i += paired ? 3 : 2
  }
  return entries
}
