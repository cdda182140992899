import { existsSync, readFileSync } from 'node:fs'

// Where a line and column of a bundle come from, read from the bundle's source map (ncc --source-map writes
// one next to each bundle): enough of the format to look positions up, so that profiles name src/ files
// and lines instead of lines of a 2 MB bundle.

interface Segment {
  column: number
  source: number
  line: number
}

export interface SourcePosition {
  /** Relative to the repository: `src/matrix/replacement-shifts.ts`, `node_modules/js-yaml/…`. */
  source: string
  /** 1-based. */
  line: number
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/** The base-64 VLQ numbers of one segment of a `mappings` string. */
function vlq(segment: string): number[] {
  const values: number[] = []
  let value = 0
  let shift = 0
  for (const char of segment) {
    const digit = BASE64.indexOf(char)
    value += (digit & 31) << shift
    if ((digit & 32) !== 0) shift += 5
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1)
      value = 0
      shift = 0
    }
  }
  return values
}

function decode(mappings: string): Segment[][] {
  const lines: Segment[][] = []
  let [source, line] = [0, 0]
  for (const text of mappings.split(';')) {
    const segments: Segment[] = []
    let column = 0
    for (const part of text === '' ? [] : text.split(',')) {
      const values = vlq(part)
      column += values[0] ?? 0
      if (values.length < 4) continue
      source += values[1] as number
      line += values[2] as number
      segments.push({ column, source, line })
    }
    lines.push(segments)
  }
  return lines
}

/** `.././src/x.ts`, `webpack://demarc/./src/x.ts` → `src/x.ts`. */
function tidy(source: string): string {
  const at = source.search(/(?:^|\/)(?:src|node_modules|__tests__|bench)\//)
  return at === -1 ? source : source.slice(at).replace(/^\//, '')
}

/** A lookup for the bundle at `file`, or undefined when it has no source map. */
export function sourceMapOf(
  file: string
): ((line: number, column: number) => SourcePosition | undefined) | undefined {
  const mapFile = `${file}.map`
  if (!existsSync(mapFile)) return undefined
  const map = JSON.parse(readFileSync(mapFile, 'utf8')) as { sources: string[]; mappings: string }
  const sources = map.sources.map(tidy)
  const lines = decode(map.mappings)
  return (line, column) => {
    const segments = lines[line] ?? []
    let found: Segment | undefined
    for (let lo = 0, hi = segments.length - 1; lo <= hi;) {
      const mid = (lo + hi) >> 1
      const segment = segments[mid] as Segment
      if (segment.column <= column) {
        found = segment
        lo = mid + 1
      } else hi = mid - 1
    }
    found ??= segments[0]
    return found === undefined ? undefined : { source: sources[found.source] ?? '?', line: found.line + 1 }
  }
}
