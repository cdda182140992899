import { apiSnapshot } from '../github/api-snapshot.js'
import type { GitHubClient } from '../github/client.js'
import { hasCommits } from '../github/has-commits.js'
import type { RepoRef } from '../github/repo-ref.js'
import type { EventRange } from '../scope/event-range.js'
import { gitSnapshot, GitBlobReader, type Snapshot } from '../sources/index.js'
import { snapshotConfigSource } from './config-source.js'
import type { BundledSources } from './load-bundled-config.js'
import { loadRepoConfig, type LoadedConfig } from './load-repo-config.js'

export interface ActionConfigRequest {
  /** The workspace: a checkout, a shallow one, or none at all. */
  root: string
  repo: RepoRef
  range: EventRange
  /** The configuration file, from the repository root. */
  file: string
  /** Named by the `config` input: a missing file is then an error. */
  explicit: boolean
}

const FULL_SHA = /^[0-9a-f]{40}$/

/**
 * The commit the configuration is read from. For a pull request (or a push,
 * or any two commits) it is the base: the configuration decides which
 * controls review a change, so the change under review must not be able to
 * turn them off, re-grade them or ignore its own findings. A whole-tree scan
 * reads it from the revision it scans.
 */
export function configRevision(range: EventRange): string {
  return range.mode === 'changes' ? range.base : range.head
}

/**
 * The action's configuration, read from {@link configRevision} through the
 * same snapshots as the sources: the checkout's git objects when it holds
 * the commit, else the trees and blobs API (never the contents API, never
 * the working tree, never through a symbolic link).
 */
export async function readActionConfig(
  client: GitHubClient,
  request: ActionConfigRequest,
  bundled: BundledSources
): Promise<LoadedConfig & { revision: string }> {
  const revision = configRevision(request.range)
  const location = { file: request.file, explicit: request.explicit }
  const load = async (snapshot: Snapshot) => ({
    ...(await loadRepoConfig(snapshotConfigSource(snapshot, location), bundled)),
    revision
  })
  if (await hasCommits(request.root, [revision])) {
    const reader = new GitBlobReader(request.root)
    try {
      return await load(gitSnapshot(request.root, revision, reader))
    } finally {
      await reader.close()
    }
  }
  if (!FULL_SHA.test(revision))
    throw new Error(
      `'${revision}' is not in the checkout, and through the API Demarc reads the configuration of a commit by its full sha only: check the repository out with actions/checkout and fetch-depth: 0, or give base/head as commit shas`
    )
  return load(apiSnapshot(client, request.repo, revision))
}
