import * as github from '@actions/github'
import type { RepoRef } from './repo-ref.js'

/** The pull request a run is about, from the event payload. */
export interface PullRequestRef {
  number: number
  baseSha: string
  /** The head commit: where the check run and the review go (never the test merge commit). */
  headSha: string
  /** The head branch lives in another repository: its GITHUB_TOKEN is read-only on `pull_request`. */
  fork: boolean
  /** How many files the pull request changes, as GitHub counts them. */
  changedFiles?: number
}

export interface RunEvent {
  name: string
  repo: RepoRef
  /** GITHUB_SHA: for a pull request, the test merge commit. */
  sha: string
  payload: Record<string, unknown>
  pull?: PullRequestRef
}

interface PullPayload {
  number?: number
  changed_files?: number
  base?: { sha?: string; repo?: { full_name?: string } }
  head?: { sha?: string; repo?: { full_name?: string } | null }
}

const PULL_EVENTS = new Set(['pull_request', 'pull_request_target'])

/** What triggered the run, from the runner's environment (GITHUB_EVENT_NAME, GITHUB_EVENT_PATH, …). */
export function readEvent(): RunEvent {
  const { context } = github
  const event: RunEvent = {
    name: context.eventName,
    repo: context.repo,
    sha: context.sha,
    payload: context.payload as Record<string, unknown>
  }
  const pull = PULL_EVENTS.has(context.eventName)
    ? pullOf(context.payload.pull_request as PullPayload | undefined)
    : undefined
  return pull === undefined ? event : { ...event, pull }
}

function pullOf(payload: PullPayload | undefined): PullRequestRef | undefined {
  const number = payload?.number
  const baseSha = payload?.base?.sha
  const headSha = payload?.head?.sha
  if (number === undefined || baseSha === undefined || headSha === undefined) return undefined
  const headRepo = payload?.head?.repo?.full_name
  return {
    number,
    baseSha,
    headSha,
    fork: headRepo !== undefined && headRepo !== payload?.base?.repo?.full_name,
    ...(payload?.changed_files === undefined ? {} : { changedFiles: payload.changed_files })
  }
}
