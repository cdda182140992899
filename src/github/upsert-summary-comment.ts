import { SUMMARY_MARKER } from '../render/index.js'
import { asWrite } from './api-error.js'
import type { GitHubClient } from './client.js'
import type { RepoRef } from './repo-ref.js'

/** Associations of people who can write to the repository, whose marker is not a forgery. */
const WRITERS = new Set(['OWNER', 'MEMBER', 'COLLABORATOR'])

/** A comment Demarc may have written: by a bot (GITHUB_TOKEN, an app) or by someone with write access (a PAT). */
function trusted(comment: { user: { type?: string } | null; author_association?: string }): boolean {
  return comment.user?.type === 'Bot' || WRITERS.has(comment.author_association ?? '')
}

/**
 * Keeps one summary comment on the pull request (`comments: summary`): the
 * comment starting with SUMMARY_MARKER, by a bot or a writer of the
 * repository (anyone can post the marker), is edited in place when its text changed,
 * created only when there is none. Returns what was done.
 */
export async function upsertSummaryComment(
  client: GitHubClient,
  repo: RepoRef,
  pull: number,
  body: string
): Promise<'created' | 'updated' | 'unchanged'> {
  const comments = await client.paginate(client.rest.issues.listComments, {
    ...repo,
    issue_number: pull,
    per_page: 100
  })
  const mine = comments.find(c => (c.body ?? '').startsWith(SUMMARY_MARKER) && trusted(c))
  if (mine === undefined) {
    await asWrite('pull-requests: write', 'Posting the summary comment', () =>
      client.rest.issues.createComment({ ...repo, issue_number: pull, body })
    )
    return 'created'
  }
  if (mine.body === body) return 'unchanged'
  await asWrite('pull-requests: write', 'Updating the summary comment', () =>
    client.rest.issues.updateComment({ ...repo, comment_id: mine.id, body })
  )
  return 'updated'
}
