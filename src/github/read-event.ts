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

/** The run a `workflow_run` event is about: the workflow that scanned a pull request and uploaded its report. */
export interface WorkflowRunRef {
  id: number
  /** The commit that run was for: a pull request's head. */
  headSha: string
  /** The event that triggered that run (`pull_request` for the first half of the two-workflow pattern). */
  event: string
  status?: string
  conclusion?: string | null
  /** Pull request numbers GitHub lists on the run: always empty when the head is in a fork. */
  pullRequests: number[]
}

export interface RunEvent {
  name: string
  repo: RepoRef
  /** GITHUB_SHA: for a pull request, the test merge commit. */
  sha: string
  payload: Record<string, unknown>
  pull?: PullRequestRef
  /** Set on a `workflow_run` event. */
  workflowRun?: WorkflowRunRef
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
  if (context.eventName === 'workflow_run') {
    const workflowRun = workflowRunOf(context.payload.workflow_run as WorkflowRunPayload | undefined)
    return workflowRun === undefined ? event : { ...event, workflowRun }
  }
  return pull === undefined ? event : { ...event, pull }
}

interface WorkflowRunPayload {
  id?: unknown
  head_sha?: unknown
  event?: unknown
  status?: unknown
  conclusion?: unknown
  pull_requests?: unknown
}

function workflowRunOf(payload: WorkflowRunPayload | undefined): WorkflowRunRef | undefined {
  if (payload === undefined || typeof payload.id !== 'number' || typeof payload.head_sha !== 'string')
    return undefined
  const pulls = Array.isArray(payload.pull_requests) ? (payload.pull_requests as { number?: unknown }[]) : []
  return {
    id: payload.id,
    headSha: payload.head_sha,
    event: typeof payload.event === 'string' ? payload.event : '',
    ...(typeof payload.status === 'string' ? { status: payload.status } : {}),
    conclusion: typeof payload.conclusion === 'string' ? payload.conclusion : null,
    pullRequests: pulls.map(p => p.number).filter((n): n is number => typeof n === 'number')
  }
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
