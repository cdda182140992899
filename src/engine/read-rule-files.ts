import { readFileSync, readdirSync } from 'node:fs'
import { join, relative, sep } from 'node:path'

/**
 * Every `rule.yml` under `dir`, sorted by path, named relative to `root`
 * with forward slashes (`rules/controls/s3/…/rule.yml`). Symbolic links
 * are not followed. The only function of the engine that reads files.
 */
export function readRuleFiles(dir: string, root: string): { file: string; text: string }[] {
  return ruleFilesUnder(dir)
    .map(path => ({ path, file: relative(root, path).split(sep).join('/') }))
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
    .map(({ path, file }) => ({ file, text: readFileSync(path, 'utf8') }))
}

function ruleFilesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const path = join(dir, entry.name)
    if (entry.isSymbolicLink()) return []
    if (entry.isDirectory()) return ruleFilesUnder(path)
    return entry.isFile() && entry.name === 'rule.yml' ? [path] : []
  })
}
