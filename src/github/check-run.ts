import type { Conclusion } from '../model.js'
import { batches, escapeText, type Annotation } from '../render/index.js'
import { asWrite } from './api-error.js'
import type { GitHubClient } from './client.js'
import type { RepoRef } from './repo-ref.js'

/** A check-run annotation in the REST API's shape. */
export type CheckAnnotation = Annotation

export interface CheckOutput {
  title: string
  summary: string
  text?: string
}

export interface CheckRunRef {
  repo: RepoRef
  name: string
  /** The commit the check belongs to: a pull request's head, never its merge commit. */
  headSha: string
  /** Set once the run exists. */
  id?: number
  /** Set once it is completed. */
  completed?: boolean
}

const PERMISSION = 'checks: write'

/** Creates the check run `in_progress`, before the scan, so the pull request shows Demarc at work. */
export async function startCheckRun(client: GitHubClient, check: CheckRunRef): Promise<number> {
  const { data } = await asWrite(PERMISSION, 'Creating the check run', () =>
    client.rest.checks.create({
      ...check.repo,
      name: check.name,
      head_sha: check.headSha,
      status: 'in_progress',
      started_at: new Date().toISOString()
    })
  )
  return data.id
}

/**
 * Completes the check run with its output and every annotation, 50 per
 * request as GitHub requires: the batches but the last go in updates that
 * leave it in progress (GitHub appends annotations across updates), the last
 * one with the conclusion, so a required check completes with its whole
 * output. Returns the number of requests made.
 */
export async function completeCheckRun(
  client: GitHubClient,
  check: CheckRunRef,
  conclusion: Conclusion | 'failure',
  output: CheckOutput,
  annotations: readonly CheckAnnotation[]
): Promise<number> {
  const created = check.id === undefined
  const id = check.id ?? (await startCheckRun(client, check))
  check.id = id
  const groups = batches(annotations)
  const last = groups.pop() ?? []
  const update = (fields: object, batch: CheckAnnotation[]) =>
    asWrite(PERMISSION, 'Updating the check run', () =>
      client.rest.checks.update({
        ...check.repo,
        check_run_id: id,
        ...fields,
        output: { ...output, ...(batch.length > 0 ? { annotations: batch } : {}) }
      })
    )
  for (const batch of groups) await update({}, batch)
  await update({ status: 'completed', conclusion, completed_at: new Date().toISOString() }, last)
  check.completed = true
  return groups.length + 1 + (created ? 1 : 0)
}

/** The output of a run that could not scan: what went wrong, so the failure is never silent. */
export function failureOutput(error: unknown): CheckOutput {
  const message = error instanceof Error ? error.message : String(error)
  return {
    title: 'Demarc could not run',
    summary: `Demarc could not complete the review, so this check fails rather than pass unreviewed.\n\n> ${escapeText(message, 4000)}\n\nThe workflow run's log has the details.`
  }
}
