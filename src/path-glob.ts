/**
 * Glob patterns for `paths` and `exclude`, matched against POSIX paths from
 * the repository root: `*` and `?` within one path segment, `**` across
 * segments (a whole segment only), `[abc]`/`[!abc]` classes, `{a,b}`
 * alternatives. A pattern also matches everything below a folder it
 * matches, so `modules/legacy` means the whole folder. Dots are not special.
 */
export function globToRegExp(pattern: string): RegExp {
  const body = pattern.replace(/^\.\//, '').replace(/^\/+/, '').replace(/\/+$/, '')
  if (body === '') throw new Error(`empty glob pattern '${pattern}'`)
  return new RegExp(`^${translate(body, pattern)}(?:/.*)?$`, 's')
}

/** A test for "is this path in scope": in `include` (all paths when empty) and in no `exclude`. */
export function pathFilter(
  include: readonly string[] = [],
  exclude: readonly string[] = []
): (path: string) => boolean {
  const wanted = include.map(globToRegExp)
  const unwanted = exclude.map(globToRegExp)
  return path =>
    (wanted.length === 0 || wanted.some(re => re.test(path))) && !unwanted.some(re => re.test(path))
}

function translate(glob: string, pattern: string): string {
  let out = ''
  let braces = 0
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string
    if (
      c === '*' &&
      glob[i + 1] === '*' &&
      (i === 0 || glob[i - 1] === '/') &&
      (i + 2 === glob.length || glob[i + 2] === '/')
    ) {
      // `**/` is zero or more whole segments; a trailing `**` is anything.
      out += i + 2 === glob.length ? '.*' : '(?:[^/]*/)*'
      i += 2
    } else if (c === '*') out += '[^/]*'
    else if (c === '?') out += '[^/]'
    else if (c === '[') {
      const end = glob.indexOf(']', i + 2)
      if (end === -1) throw new Error(`glob '${pattern}': '[' at ${i + 1} is never closed`)
      const negated = glob[i + 1] === '!' || glob[i + 1] === '^'
      const members = glob.slice(negated ? i + 2 : i + 1, end).replace(/[\\\]^]/g, '\\$&')
      out += `[${negated ? '^/' : ''}${members}]`
      i = end
    } else if (c === '{') {
      braces += 1
      out += '(?:'
    } else if (c === '}' && braces > 0) {
      braces -= 1
      out += ')'
    } else if (c === ',' && braces > 0) out += '|'
    else out += c.replace(/[.+^${}()|\\]/g, '\\$&')
  }
  if (braces > 0) throw new Error(`glob '${pattern}': '{' is never closed`)
  return out
}
