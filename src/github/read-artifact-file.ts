import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs'
import { workspacePath } from './write-report-file.js'

/**
 * The text of a file another workflow left in the workspace (a downloaded
 * artifact, written by code nobody vouches for): inside the workspace, a
 * regular file, not a symbolic link, at most `maxBytes` long — checked on
 * the open file, so it cannot change in between. Errors name the input.
 */
export function readArtifactFile(input: string, given: string, workspace: string, maxBytes: number): string {
  const path = workspacePath(input, given, workspace)
  let fd: number
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ELOOP')
      throw new Error(`Input '${input}': '${given}' is a symbolic link; Demarc does not read through one`)
    if (code === 'ENOENT')
      throw new Error(`Input '${input}': '${given}' does not exist; was the artifact downloaded there?`)
    throw new Error(`Input '${input}': cannot read '${given}' (${code ?? String(error)})`)
  }
  try {
    const stat = fstatSync(fd)
    if (!stat.isFile()) throw new Error(`Input '${input}': '${given}' is not a regular file`)
    if (stat.size > maxBytes)
      throw new Error(`Input '${input}': '${given}' has ${stat.size} bytes; Demarc reads at most ${maxBytes}`)
    const buffer = Buffer.alloc(stat.size)
    let read = 0
    while (read < stat.size) {
      const n = readSync(fd, buffer, read, stat.size - read, null)
      if (n === 0) break
      read += n
    }
    return buffer.subarray(0, read).toString('utf8')
  } finally {
    closeSync(fd)
  }
}
