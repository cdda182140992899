import type { SkippedFile } from '../model.js'

export type ReadResult = { ok: true; text: string } | { ok: false; reason: string }

/** The files of one version of a repository (a commit, or the working tree) and their text. */
export interface Snapshot {
  /** What the version is, for messages: a ref, a sha, `working tree`. */
  readonly label: string
  /** Regular files (POSIX paths relative to the root, sorted) and the entries deliberately not read. */
  list(): Promise<{ files: string[]; skipped: SkippedFile[] }>
  /** A file's text, or why it is not given: not a regular file, too large, not text. */
  read(path: string): Promise<ReadResult>
}

export interface SnapshotOptions {
  /** Files larger than this are not read; default 5 MiB. */
  maxFileBytes?: number
}

export const SYMLINK_REASON = 'symbolic link (not followed)'
export const SUBMODULE_REASON = 'submodule (not scanned)'
export const SPECIAL_FILE_REASON = 'not a regular file (device, socket or pipe)'

/** Orders paths by UTF-16 code units, the same on every platform and locale. */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
