import { constants } from 'node:fs'
import { open, type FileHandle } from 'node:fs/promises'
import { decodeText } from './decode-text.js'
import { oversizeReason } from './size-limit.js'
import { SPECIAL_FILE_REASON, SYMLINK_REASON, type ReadResult } from './snapshot.js'

/** Never through a symbolic link at the last step, never blocking on a pipe. */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0)

/** A working-tree file's text, refusing anything but a regular file within `maxBytes`. */
export async function readRegularFile(file: string, maxBytes: number): Promise<ReadResult> {
  let handle: FileHandle
  try {
    handle = await open(file, OPEN_FLAGS)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ELOOP') return { ok: false, reason: SYMLINK_REASON }
    return { ok: false, reason: `could not be opened (${code ?? (error as Error).message})` }
  }
  try {
    return await readOpened(handle, maxBytes)
  } finally {
    await handle.close()
  }
}

async function readOpened(handle: FileHandle, maxBytes: number): Promise<ReadResult> {
  const stats = await handle.stat()
  if (!stats.isFile()) return { ok: false, reason: SPECIAL_FILE_REASON }
  const tooLarge = oversizeReason(stats.size, maxBytes)
  if (tooLarge !== undefined) return { ok: false, reason: tooLarge }
  const bytes = await handle.readFile()
  const grown = oversizeReason(bytes.length, maxBytes)
  return grown === undefined ? decodeText(bytes) : { ok: false, reason: grown }
}
