/** Lines `start` to `end` of a file, 1-based and inclusive. */
export interface LineRange {
  start: number
  end: number
}

export type ChangeStatus = 'added' | 'modified' | 'removed' | 'renamed'

/** One path that differs between a pull request's base and head, as the pull request shows it. */
export interface ChangedFile {
  /** Head-side path (for a removed file, the path it had in base); POSIX, relative to the repository root. */
  path: string
  status: ChangeStatus
  /** For a renamed file: its path in base. */
  previousPath?: string
  /**
   * Git mode of the head side (of the base side for a removed file):
   * `100644`, `100755`, `120000` (symbolic link) or `160000` (submodule).
   */
  mode?: string
  /** Head-side lines inside the diff's hunks (3 lines of context): where a review comment may sit. */
  commentable: LineRange[]
  /** Head-side lines added or changed. */
  added: LineRange[]
}

/** Git's modes for the entries the scanner never reads. */
export const SYMLINK_MODE = '120000'
export const GITLINK_MODE = '160000'
