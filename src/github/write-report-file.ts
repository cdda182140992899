import { closeSync, constants, existsSync, mkdirSync, openSync, realpathSync, writeSync } from 'node:fs'
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path'

/**
 * `given` (an input naming a file) as an absolute path inside `workspace`,
 * or an error naming the input. Relative paths are taken from the
 * workspace; a path that leaves it, directly or through a symbolic link in
 * the checkout, is refused, since the checkout's content may come from the
 * pull request.
 */
export function workspacePath(input: string, given: string, workspace: string): string {
  const root = realpathSync(workspace)
  const target = resolve(root, given)
  const refuse = () =>
    new Error(`Input '${input}' must name a file inside the workspace (${root}); got '${given}'`)
  if (!inside(root, target) || target === root) throw refuse()
  let existing = dirname(target)
  while (!existsSync(existing)) existing = dirname(existing)
  if (!inside(root, realpathSync(existing))) throw refuse()
  return target
}

/** Writes `text` to a path from workspacePath, creating its folders; a symbolic link in its place is not followed. */
export function writeReportFile(input: string, path: string, workspace: string, text: string): void {
  const checked = workspacePath(input, path, workspace)
  mkdirSync(dirname(checked), { recursive: true })
  let fd: number
  try {
    fd = openSync(
      checked,
      constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW,
      0o644
    )
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ELOOP') throw error
    throw new Error(
      `Input '${input}': '${path}' is a symbolic link in the workspace; Demarc does not write through one`
    )
  }
  try {
    writeSync(fd, text)
  } finally {
    closeSync(fd)
  }
}

function inside(root: string, path: string): boolean {
  const rel = relative(root, path)
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel))
}
