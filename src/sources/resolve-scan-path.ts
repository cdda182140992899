import path from 'node:path'

/**
 * A path given to a whole-tree scan → the same path relative to `root`, in
 * POSIX form ('' for the root itself). Refuses anything that leads outside
 * the root, whether through `..` or as an absolute path elsewhere.
 */
export function resolveScanPath(root: string, given: string): string {
  const absoluteRoot = path.resolve(root)
  const relative = path.relative(absoluteRoot, path.resolve(absoluteRoot, given))
  const outside = relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)
  if (outside)
    throw new Error(`scan path '${given}' is outside the scan root '${absoluteRoot}'; give a path inside it`)
  return relative.split(path.sep).join('/')
}
