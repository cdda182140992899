import type { SkippedFile } from '../model.js'
import type { ReadResult, Snapshot, SnapshotOptions } from '../sources/index.js'
import { DEFAULT_MAX_FILE_BYTES, decodeText, oversizeReason } from '../sources/index.js'
import { skipReasonForMode } from '../sources/git-snapshot.js'
import { comparePaths } from '../sources/snapshot.js'
import { describeError } from './api-error.js'
import type { GitHubClient } from './client.js'
import type { RepoRef } from './repo-ref.js'

interface TreeRow {
  path?: string
  mode?: string
  type?: string
  sha?: string
  size?: number
}

interface Tree {
  files: Map<string, TreeRow>
  skipped: Map<string, string>
  modes: Map<string, string>
}

/** A commit read through the API: `label`, plus the git mode of each entry (for changed files). */
export interface ApiSnapshot extends Snapshot {
  modeOf(path: string): Promise<string | undefined>
}

/** Blob contents by object id, shared by the snapshots of one run so that base and head read a blob once. */
export type BlobCache = Map<string, Promise<Buffer>>

/**
 * One commit of the repository through the REST API, for when the checkout
 * does not hold it (`pull_request_target`, shallow clones, no checkout).
 * Lists with one `GET /git/trees/{sha}?recursive=1` — never the contents
 * API, which follows symbolic links — and reads blobs by id with
 * `GET /git/blobs/{sha}`. Symbolic links and submodules are listed as
 * skipped and never read, exactly as gitSnapshot does; sizes are checked
 * before reading.
 */
export function apiSnapshot(
  client: GitHubClient,
  repo: RepoRef,
  commit: string,
  options: SnapshotOptions & { blobs?: BlobCache } = {}
): ApiSnapshot {
  const label = commit
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES
  const blobs = options.blobs ?? new Map()
  let tree: Promise<Tree> | undefined
  const load = (): Promise<Tree> => (tree ??= loadTree(client, repo, commit))

  const list = async (): Promise<{ files: string[]; skipped: SkippedFile[] }> => {
    const { files, skipped } = await load()
    return {
      files: [...files.keys()].sort(comparePaths),
      skipped: [...skipped]
        .map(([file, reason]) => ({ file, reason }))
        .sort((a, b) => comparePaths(a.file, b.file))
    }
  }

  const read = async (path: string): Promise<ReadResult> => {
    const { files, skipped } = await load()
    const row = files.get(path)
    if (row?.sha === undefined)
      return { ok: false, reason: skipped.get(path) ?? `no file '${path}' in ${label}` }
    const tooLarge = oversizeReason(row.size ?? 0, maxBytes)
    if (tooLarge !== undefined) return { ok: false, reason: tooLarge }
    const sha = row.sha
    let bytes = blobs.get(sha)
    if (bytes === undefined) blobs.set(sha, (bytes = readBlob(client, repo, sha)))
    return decodeText(await bytes)
  }

  const modeOf = async (path: string): Promise<string | undefined> => (await load()).modes.get(path)

  return { label, list, read, modeOf }
}

async function loadTree(client: GitHubClient, repo: RepoRef, commit: string): Promise<Tree> {
  const { data } = await client.rest.git
    .getTree({ ...repo, tree_sha: commit, recursive: '1' })
    .catch(error => {
      throw new Error(`could not list the files of ${commit} through the API (${describeError(error)})`)
    })
  if (data.truncated) {
    throw new Error(
      `the tree of ${commit} has more entries than GitHub's trees API returns in one answer (truncated); check the repository out with actions/checkout and fetch-depth: 0 so that Demarc reads git objects instead`
    )
  }
  const tree: Tree = { files: new Map(), skipped: new Map(), modes: new Map() }
  for (const row of data.tree as TreeRow[]) {
    if (row.path === undefined || row.mode === undefined || row.type === 'tree') continue
    tree.modes.set(row.path, row.mode)
    const reason = skipReasonForMode(row.mode)
    if (reason === undefined) tree.files.set(row.path, row)
    else tree.skipped.set(row.path, reason)
  }
  return tree
}

async function readBlob(client: GitHubClient, repo: RepoRef, sha: string): Promise<Buffer> {
  const { data } = await client.rest.git.getBlob({ ...repo, file_sha: sha }).catch(error => {
    throw new Error(`could not read blob ${sha} through the API (${describeError(error)})`)
  })
  if (data.encoding !== 'base64' && data.encoding !== 'utf-8')
    throw new Error(`blob ${sha} came back in encoding '${data.encoding}', expected base64`)
  return Buffer.from(data.content, data.encoding === 'base64' ? 'base64' : 'utf8')
}
