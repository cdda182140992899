import * as core from '@actions/core'
import type { Report } from '../model.js'
import { scan, type ScanConfig } from '../scan.js'
import type { EventRange } from '../scope/event-range.js'
import type { ChangedFile, Revisions } from '../scope/index.js'
import { listChangedFiles } from '../scope/index.js'
import { resolveCommit } from '../scope/resolve-revisions.js'
import { gitSnapshot, GitBlobReader } from '../sources/index.js'
import { apiSnapshot, type ApiSnapshot, type BlobCache } from './api-snapshot.js'
import type { GitHubClient } from './client.js'
import { compareCommits, MAX_COMPARE_FILES } from './compare-commits.js'
import { hasCommits, localRevisions } from './has-commits.js'
import { listPullFiles, MAX_PULL_FILES } from './list-pull-files.js'
import type { RepoRef } from './repo-ref.js'

export interface EventScanRequest {
  /** The workspace: a checkout, a shallow one, or none at all. */
  root: string
  repo: RepoRef
  range: EventRange
  /** The pull request under review: its files come from the API when the checkout lacks its commits. */
  pull?: { number: number; changedFiles?: number }
  config: ScanConfig
}

export interface EventScan {
  report: Report
  /** What changed, with the lines review comments may sit on; empty for a whole-tree scan. */
  changed: ChangedFile[]
  /** Where the sources came from. */
  source: 'checkout' | 'api'
  /** The head commit, in full. */
  head: string
}

const FULL_SHA = /^[0-9a-f]{40}$/

/**
 * Scans what the event asks for. Sources come from the checkout's git
 * objects when it holds the commits, else from the REST API (trees and
 * blobs, read-only): nothing from the pull request is ever checked out or run.
 */
export async function scanEvent(client: GitHubClient, request: EventScanRequest): Promise<EventScan> {
  const { range } = request
  const revs = range.mode === 'changes' ? [range.base, range.head] : [range.head]
  const fromCheckout = `Reading ${revs.join(' and ')} from the checkout's git objects`
  if (range.mode === 'changes') {
    const revisions = await localRevisions(request.root, range.base, range.head)
    if (revisions !== undefined) {
      core.info(fromCheckout)
      return scanLocalChanges(request.root, revisions, request.config)
    }
  } else if (await hasCommits(request.root, revs)) {
    core.info(fromCheckout)
    return scanLocalTree(request.root, range.head, request.config)
  }
  for (const rev of revs) {
    if (!FULL_SHA.test(rev))
      throw new Error(
        `'${rev}' is not in the checkout, and through the API Demarc reads commits by their full sha only: check the repository out with actions/checkout and fetch-depth: 0, or give base/head as commit shas`
      )
  }
  core.info(
    `The checkout does not hold ${revs.join(' and ')}: reading them through the GitHub API (read-only)`
  )
  return range.mode === 'changes'
    ? scanApiChanges(client, request, range.base, range.head)
    : scanApiTree(client, request, range.head)
}

/** `revisions` as `localRevisions` resolved them: the merge base and the head. */
async function scanLocalChanges(root: string, revisions: Revisions, config: ScanConfig): Promise<EventScan> {
  const reader = new GitBlobReader(root)
  try {
    const changed = await listChangedFiles(root, revisions.base, revisions.head)
    const target = {
      mode: 'changes' as const,
      base: gitSnapshot(root, revisions.base, reader),
      head: gitSnapshot(root, revisions.head, reader),
      changed,
      revisions
    }
    return { report: await scan(target, config), changed, source: 'checkout', head: revisions.head }
  } finally {
    await reader.close()
  }
}

async function scanLocalTree(root: string, rev: string, config: ScanConfig): Promise<EventScan> {
  const head = await resolveCommit(root, 'head', rev)
  const reader = new GitBlobReader(root)
  try {
    const report = await scan({ mode: 'all', head: gitSnapshot(root, head, reader), revision: head }, config)
    return { report, changed: [], source: 'checkout', head }
  } finally {
    await reader.close()
  }
}

async function scanApiChanges(
  client: GitHubClient,
  request: EventScanRequest,
  base: string,
  head: string
): Promise<EventScan> {
  const comparison = await compareCommits(client, request.repo, base, head)
  let changed = comparison.files
  if (request.pull !== undefined) {
    const listed = await listPullFiles(client, request.repo, request.pull.number)
    changed = listed.files
    const total = request.pull.changedFiles ?? listed.listed
    if (total > listed.listed)
      core.warning(
        `Pull request #${request.pull.number} changes ${total} files; GitHub lists the first ${MAX_PULL_FILES}, so only those are scanned`
      )
  } else if (comparison.listed >= MAX_COMPARE_FILES) {
    core.warning(
      `GitHub's comparison of ${base.slice(0, 12)}...${head.slice(0, 12)} lists at most ${MAX_COMPARE_FILES} files, so files past them are not scanned; check the repository out with fetch-depth: 0 to scan them all`
    )
  }
  const blobs: BlobCache = new Map()
  const baseSnapshot = apiSnapshot(client, request.repo, comparison.mergeBase, { blobs })
  const headSnapshot = apiSnapshot(client, request.repo, head, { blobs })
  changed = await withModes(changed, baseSnapshot, headSnapshot)
  const target = {
    mode: 'changes' as const,
    base: baseSnapshot,
    head: headSnapshot,
    changed,
    revisions: { base: comparison.mergeBase, head }
  }
  return { report: await scan(target, request.config), changed, source: 'api', head }
}

async function scanApiTree(
  client: GitHubClient,
  request: EventScanRequest,
  head: string
): Promise<EventScan> {
  const snapshot = apiSnapshot(client, request.repo, head)
  const report = await scan({ mode: 'all', head: snapshot, revision: head }, request.config)
  return { report, changed: [], source: 'api', head }
}

/** Git modes from the trees, so symbolic links and submodules among the changes are told apart as locally. */
async function withModes(
  changed: ChangedFile[],
  base: ApiSnapshot,
  head: ApiSnapshot
): Promise<ChangedFile[]> {
  return Promise.all(
    changed.map(async file => {
      const mode = await (file.status === 'removed' ? base : head).modeOf(file.path)
      return mode === undefined ? file : { ...file, mode }
    })
  )
}
