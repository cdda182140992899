import { baseName } from '../text/path-name.js'

/**
 * Dockerfiles by name: `Dockerfile`, `Dockerfile.<anything>` (`Dockerfile.dev`),
 * `<anything>.Dockerfile` or `.dockerfile`, and `Containerfile` (with the same
 * variants). The names are matched case-insensitively, as build tools accept
 * `dockerfile` too; nothing else is a Dockerfile, whatever its content.
 */
export function claimsDockerfilePath(path: string): 'yes' | 'no' {
  const base = baseName(path).toLowerCase()
  return /^(?:(?:docker|container)file(?:\..+)?|.+\.(?:docker|container)file)$/.test(base) ? 'yes' : 'no'
}

/** A Dockerfile is its own unit: the file's path. */
export function dockerfileUnitOf(path: string): string {
  return path
}
