import * as core from '@actions/core'
import type { Report } from '../model.js'
import type { ChangedFile } from '../scope/index.js'
import { asWrite } from './api-error.js'
import type { GitHubClient } from './client.js'
import { planReview, type PostedComment, type ReviewPlan } from './plan-review.js'
import type { RepoRef } from './repo-ref.js'
import { reviewBody } from './review-body.js'

export interface ReviewTarget {
  repo: RepoRef
  pull: number
  /** The pull request's head commit (never the merge commit). */
  headSha: string
}

/**
 * Brings the pull request's review comments in line with the report: one
 * review (`event: COMMENT`) carrying every new inline comment, then an edit
 * for each comment whose finding changed or was fixed. Reads the comments
 * already there first, so nothing is posted twice.
 */
export async function postReview(
  client: GitHubClient,
  target: ReviewTarget,
  report: Report,
  changed: readonly ChangedFile[],
  maxComments: number
): Promise<ReviewPlan> {
  const posted = await listReviewComments(client, target)
  const plan = planReview(report, changed, posted, maxComments)
  if (plan.create.length > 0) {
    await asWrite('pull-requests: write', 'Posting the review', () =>
      client.rest.pulls.createReview({
        ...target.repo,
        pull_number: target.pull,
        commit_id: target.headSha,
        event: 'COMMENT',
        body: reviewBody(plan),
        comments: plan.create.map(c => ({ path: c.path, line: c.line, side: 'RIGHT' as const, body: c.body }))
      })
    )
  }
  for (const edit of plan.edit) {
    await asWrite('pull-requests: write', 'Updating a review comment', () =>
      client.rest.pulls.updateReviewComment({ ...target.repo, comment_id: edit.id, body: edit.body })
    )
  }
  core.info(
    `Review: ${plan.create.length} new comments, ${plan.edit.length} edited, ${plan.kept} unchanged, ` +
      `${plan.outsideDiff.length} outside the diff, ${plan.overLimit.length} over max-comments (${maxComments})`
  )
  return plan
}

async function listReviewComments(client: GitHubClient, target: ReviewTarget): Promise<PostedComment[]> {
  const comments = await client.paginate(client.rest.pulls.listReviewComments, {
    ...target.repo,
    pull_number: target.pull,
    per_page: 100
  })
  return comments.map(c => ({
    id: c.id,
    body: c.body,
    path: c.path,
    ...(c.in_reply_to_id === undefined ? {} : { inReplyTo: c.in_reply_to_id })
  }))
}
