import type { PhysicalLine } from './physical-lines.js'

/** What the parser directives at the top of a Dockerfile say. */
export interface Directives {
  /** The escape character: `\` by default, or `` ` `` (usual on Windows). */
  escape: string
  /** `# syntax=` — the frontend image the build asks for, as written. */
  syntax?: string
  /** Lines taken by directives; instructions start after them. */
  lines: number
  problems: { line: number; message: string }[]
}

const DIRECTIVE = /^#\s*([A-Za-z][A-Za-z0-9]*)\s*=\s*(.*?)\s*$/
const KNOWN = new Set(['syntax', 'escape', 'check'])

/**
 * Reads the parser directives: `# name=value` lines at the very top. The
 * first line that is not one (a comment, a blank line, an instruction, or a
 * directive of an unknown name, which is a comment) ends them; after that a
 * directive is only a comment. Names are case-insensitive; each may appear
 * once.
 */
export function readDirectives(lines: readonly PhysicalLine[]): Directives {
  const found: Directives = { escape: '\\', lines: 0, problems: [] }
  const seen = new Set<string>()
  for (const line of lines) {
    const match = DIRECTIVE.exec(line.text)
    const name = match?.[1]?.toLowerCase()
    if (match === null || name === undefined || !KNOWN.has(name)) break
    found.lines++
    const at = line.index + 1
    if (seen.has(name)) {
      found.problems.push({ line: at, message: `the parser directive '${name}' is given twice` })
      continue
    }
    seen.add(name)
    apply(found, name, match[2] ?? '', at)
  }
  return found
}

function apply(found: Directives, name: string, value: string, line: number): void {
  if (name === 'syntax') found.syntax = value
  if (name !== 'escape') return
  if (value === '\\' || value === '`') found.escape = value
  else
    found.problems.push({
      line,
      message: `expected the escape directive to be '\\' or '\`', found '${value.slice(0, 20)}'`
    })
}
