/**
 * Where a `module` block's `source` points: a directory of the repository
 * (a local path, `./` or `../`), somewhere Demarc never fetches from (the
 * registry, git, `github.com/…`, `s3::`, an HTTP URL), or outside the
 * repository (an absolute path, or `../` past the top).
 */
export type ModuleSource =
  | { kind: 'local'; dir: string }
  | { kind: 'remote'; source: string }
  | { kind: 'outside'; source: string; reason: string }

/** Classifies `source` as written in a module of directory `from` (`.` at the top). */
export function moduleSource(source: string, from: string): ModuleSource {
  if (source.startsWith('./') || source.startsWith('../') || source === '.' || source === '..') {
    const dir = joinDir(from, source)
    return dir === undefined
      ? { kind: 'outside', source, reason: 'points above the top of the repository' }
      : { kind: 'local', dir }
  }
  if (source.startsWith('/') || /^[A-Za-z]:[\\/]/.test(source))
    return { kind: 'outside', source, reason: 'is an absolute path, outside the repository' }
  return { kind: 'remote', source }
}

/** `from` joined with a relative path, normalised as a unit (`.` at the top); undefined above the top. */
function joinDir(from: string, relative: string): string | undefined {
  const parts = from === '.' ? [] : from.split('/')
  for (const part of relative.split('/')) {
    if (part === '' || part === '.') continue
    if (part !== '..') parts.push(part)
    else if (parts.pop() === undefined) return undefined
  }
  return parts.length === 0 ? '.' : parts.join('/')
}
