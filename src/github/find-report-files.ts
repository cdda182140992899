import { lstatSync, readdirSync, realpathSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { globToRegExp } from '../path-glob.js'
import { workspacePath } from './write-report-file.js'

const GLOB_CHARS = /[*?[{]/

/**
 * The files `merge-reports` names, as paths from the workspace: a file's
 * name as it is (reading it says if it is missing); a folder, or a glob
 * (the `paths` syntax, where a folder means everything below it), expanded
 * over the workspace below its literal prefix, without following symbolic
 * links. A glob that matches nothing is an error: a shard's report that
 * did not arrive would leave its files unscanned. Sorted, each file once.
 */
export function findReportFiles(patterns: readonly string[], workspace: string): string[] {
  const root = realpathSync(workspace)
  const found = new Set<string>()
  for (const given of patterns) {
    const pattern = given.replace(/^(?:\.\/)+/, '').replace(/\/+$/, '')
    if (!GLOB_CHARS.test(pattern) && !isFolder(workspacePath('merge-reports', pattern, workspace))) {
      found.add(pattern)
      continue
    }
    const segments = pattern.split('/')
    const literal = segments
      .slice(
        0,
        segments.findIndex(s => GLOB_CHARS.test(s))
      )
      .join('/')
    const start = literal === '' ? root : workspacePath('merge-reports', literal, workspace)
    const matches = globToRegExp(pattern)
    const hits = filesBelow(start).map(path => relative(root, path).split(sep).join('/'))
    const matched = hits.filter(path => matches.test(path))
    if (matched.length === 0)
      throw new Error(
        `Input 'merge-reports': '${given}' matches no file in the workspace; were the shards' reports downloaded there?`
      )
    for (const path of matched) found.add(path)
  }
  return [...found].sort()
}

function isFolder(path: string): boolean {
  try {
    return lstatSync(path).isDirectory()
  } catch {
    return false
  }
}

/** Regular files below `dir` (none if it is not a folder); symbolic links are neither followed nor listed. */
function filesBelow(dir: string): string[] {
  const files: string[] = []
  const pending = [dir]
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    let entries
    try {
      entries = readdirSync(next, { withFileTypes: true })
    } catch {
      continue
    }
    for (const entry of entries) {
      const path = join(next, entry.name)
      if (entry.isDirectory()) pending.push(path)
      else if (entry.isFile()) files.push(path)
    }
  }
  return files
}
