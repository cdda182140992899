// Pull requests, their files, reviews and review comments.
import { diffHunk } from './diff-hunks.js'
import { intParam, type Handler, type HandlerContext } from './handler-context.js'
import { fill, link, nodeId, type Json } from './objects.js'
import { json, noContent, notFound, unprocessable, type HandlerResult } from './responses.js'
import { locateComment, type CommentInput, type Location } from './review-location.js'
import type { PullRecord } from './state.js'

/** GitHub lists at most this many files of a pull request. */
export const MAX_LISTED_FILES = 3000
/** Maximum length of a comment or review body, in characters. */
export const MAX_BODY_CHARS = 65536

const REVIEW_STATES: Record<string, string> = {
  APPROVE: 'APPROVED',
  REQUEST_CHANGES: 'CHANGES_REQUESTED',
  COMMENT: 'COMMENTED'
}

function pullOf(ctx: HandlerContext): PullRecord | undefined {
  return ctx.repo.pulls.get(intParam(ctx, 'pull_number'))
}

function bodyTooLong(text: unknown): boolean {
  return typeof text === 'string' && [...text].length > MAX_BODY_CHARS
}

function reviewJson(ctx: HandlerContext, pull: PullRecord, id: number, fields: Json): Json {
  const n = pull.seed.number
  const html = `${ctx.repo.htmlRepoUrl()}/pull/${n}#pullrequestreview-${id}`
  const pullUrl = `${ctx.repo.apiRepoUrl()}/pulls/${n}`
  return fill('pull-request-review', {
    id,
    node_id: nodeId('PRR', id),
    user: ctx.repo.user(),
    html_url: html,
    pull_request_url: pullUrl,
    _links: { html: link(html), pull_request: link(pullUrl) },
    author_association: 'NONE',
    ...fields
  })
}

function reviewCommentJson(
  ctx: HandlerContext,
  pull: PullRecord,
  id: number,
  reviewId: number,
  where: Location,
  fields: { body: string; commit_id: string; in_reply_to_id?: number }
): Json {
  const n = pull.seed.number
  const url = `${ctx.repo.apiRepoUrl()}/pulls/comments/${id}`
  const html = `${ctx.repo.htmlRepoUrl()}/pull/${n}#discussion_r${id}`
  const pullUrl = `${ctx.repo.apiRepoUrl()}/pulls/${n}`
  const lineNumber = (where.side === 'RIGHT' ? where.line.newLine : where.line.oldLine) ?? null
  const startNumber = where.start
    ? ((where.start.side === 'RIGHT' ? where.start.line.newLine : where.start.line.oldLine) ?? null)
    : null
  const now = ctx.repo.now()
  return fill('pull-request-review-comment', {
    url,
    id,
    node_id: nodeId('PRRC', id),
    pull_request_review_id: reviewId,
    diff_hunk: diffHunk(where.parsed, where.line),
    path: where.path,
    position: where.line.position,
    original_position: where.line.position,
    commit_id: fields.commit_id,
    original_commit_id: fields.commit_id,
    user: ctx.repo.user(),
    body: fields.body,
    created_at: now,
    updated_at: now,
    html_url: html,
    pull_request_url: pullUrl,
    author_association: 'NONE',
    _links: { self: link(url), html: link(html), pull_request: link(pullUrl) },
    start_line: startNumber,
    original_start_line: startNumber,
    start_side: where.start ? where.start.side : null,
    line: lineNumber,
    original_line: lineNumber,
    side: where.side,
    subject_type: 'line',
    ...(fields.in_reply_to_id === undefined ? {} : { in_reply_to_id: fields.in_reply_to_id })
  })
}

function knownCommit(pull: PullRecord, sha: string): boolean {
  return sha === pull.seed.headSha || (pull.seed.previousHeadShas ?? []).includes(sha)
}

const getPull: Handler = ctx => {
  const pull = pullOf(ctx)
  return pull ? json(200, ctx.repo.pullRequestJson(pull)) : notFound(ctx.op)
}

const listFiles: Handler = ctx => {
  const pull = pullOf(ctx)
  if (!pull) return notFound(ctx.op)
  const files = pull.seed.files.slice(0, MAX_LISTED_FILES).map(file => ctx.repo.diffEntryJson(pull, file))
  return ctx.list(files)
}

const listReviews: Handler = ctx => {
  const pull = pullOf(ctx)
  if (!pull) return notFound(ctx.op)
  return ctx.list([...ctx.repo.reviews.values()].filter(r => r.pull === pull.seed.number).map(r => r.json))
}

const getReview: Handler = ctx => {
  const review = ctx.repo.reviews.get(intParam(ctx, 'review_id'))
  return review && review.pull === intParam(ctx, 'pull_number') ? json(200, review.json) : notFound(ctx.op)
}

function reviewBodyProblem(
  ctx: HandlerContext,
  event: string | undefined,
  comments: unknown[]
): string | undefined {
  const body = ctx.body.body
  const hasBody = typeof body === 'string' && body.trim() !== ''
  if (event === 'REQUEST_CHANGES' && !hasBody) return 'Body is required when requesting changes'
  if (event === 'COMMENT' && !hasBody && comments.length === 0)
    return 'Body is required when commenting without inline comments'
  if (bodyTooLong(body)) return `Body is too long (maximum is ${MAX_BODY_CHARS} characters)`
  return undefined
}

const createReview: Handler = ctx => {
  const pull = pullOf(ctx)
  if (!pull) return notFound(ctx.op)
  const event = ctx.body.event as string | undefined
  const comments = (ctx.body.comments ?? []) as (CommentInput & { body?: unknown })[]
  const commitId = (ctx.body.commit_id as string | undefined) ?? pull.seed.headSha
  const reject = (reason: string, errors: string[]): HandlerResult => {
    ctx.violate('semantics', reason, true)
    return unprocessable(ctx.op, errors)
  }
  if (!knownCommit(pull, commitId))
    return reject(
      `commit_id ${commitId} is not a commit of pull request #${pull.seed.number} (head is ${pull.seed.headSha})`,
      ['Commit is not part of the pull request']
    )
  if (event === 'APPROVE' && !ctx.canApprove)
    return reject('APPROVE with a GitHub Actions token', [
      'GitHub Actions is not permitted to approve pull requests.'
    ])
  const bodyProblem = reviewBodyProblem(ctx, event, comments)
  if (bodyProblem) return reject(`review ${event ?? 'PENDING'}: ${bodyProblem}`, [bodyProblem])
  if (
    event === undefined &&
    [...ctx.repo.reviews.values()].some(r => r.pull === pull.seed.number && r.json.state === 'PENDING')
  )
    return reject('a second pending review', ['User can only have one pending review per pull request'])
  const located: Location[] = []
  const errors: string[] = []
  const reasons: string[] = []
  comments.forEach((comment, i) => {
    const result = locateComment(pull, comment)
    if (!result.ok) {
      errors.push(result.error)
      reasons.push(`comments[${i}]: ${result.reason}`)
    } else if (bodyTooLong(comment.body)) {
      errors.push(`Body is too long (maximum is ${MAX_BODY_CHARS} characters)`)
      reasons.push(`comments[${i}]: body is longer than ${MAX_BODY_CHARS} characters`)
    } else {
      located.push(result.location)
    }
  })
  if (errors.length > 0) return reject(reasons.join('; '), errors)
  const id = ctx.repo.nextId()
  const pending = event === undefined
  const review = reviewJson(ctx, pull, id, {
    body: (ctx.body.body as string | undefined) ?? '',
    state: pending ? 'PENDING' : REVIEW_STATES[event],
    commit_id: commitId,
    ...(pending ? {} : { submitted_at: ctx.repo.now() })
  })
  ctx.repo.reviews.set(id, { pull: pull.seed.number, json: review })
  located.forEach((where, i) => {
    const commentId = ctx.repo.nextId()
    const body = String(comments[i]?.body ?? '')
    const comment = reviewCommentJson(ctx, pull, commentId, id, where, { body, commit_id: commitId })
    ctx.repo.reviewComments.set(commentId, { pull: pull.seed.number, json: comment, pending })
  })
  return json(200, review)
}

const updateReview: Handler = ctx => {
  const review = ctx.repo.reviews.get(intParam(ctx, 'review_id'))
  if (!review || review.pull !== intParam(ctx, 'pull_number')) return notFound(ctx.op)
  if (bodyTooLong(ctx.body.body)) {
    ctx.violate('limits', `review body is longer than ${MAX_BODY_CHARS} characters`, true)
    return unprocessable(ctx.op, [`Body is too long (maximum is ${MAX_BODY_CHARS} characters)`])
  }
  review.json = { ...review.json, body: ctx.body.body }
  return json(200, review.json)
}

const listReviewComments: Handler = ctx => {
  const pull = pullOf(ctx)
  if (!pull) return notFound(ctx.op)
  const since = ctx.query.since
  let comments = [...ctx.repo.reviewComments.values()]
    .filter(c => c.pull === pull.seed.number && !c.pending)
    .map(c => c.json)
    .filter(c => !since || String(c.updated_at) >= since)
  if (ctx.query.direction === 'desc') comments = comments.reverse()
  return ctx.list(comments)
}

function reviewCommentOf(ctx: HandlerContext): { pull: number; json: Json; pending: boolean } | undefined {
  return ctx.repo.reviewComments.get(intParam(ctx, 'comment_id'))
}

const getReviewComment: Handler = ctx => {
  const comment = reviewCommentOf(ctx)
  return comment ? json(200, comment.json) : notFound(ctx.op)
}

const updateReviewComment: Handler = ctx => {
  const comment = reviewCommentOf(ctx)
  if (!comment) return notFound(ctx.op)
  if (bodyTooLong(ctx.body.body)) {
    ctx.violate('limits', `review comment body is longer than ${MAX_BODY_CHARS} characters`, true)
    return unprocessable(ctx.op, [`Body is too long (maximum is ${MAX_BODY_CHARS} characters)`])
  }
  comment.json = { ...comment.json, body: ctx.body.body, updated_at: ctx.repo.now() }
  return json(200, comment.json)
}

const deleteReviewComment: Handler = ctx => {
  const id = intParam(ctx, 'comment_id')
  if (!ctx.repo.reviewComments.delete(id)) return notFound(ctx.op)
  return noContent()
}

/** POST /pulls/{n}/comments: one comment (or a reply), inside a review of its own as GitHub does. */
const createReviewComment: Handler = ctx => {
  const pull = pullOf(ctx)
  if (!pull) return notFound(ctx.op)
  const reject = (reason: string, error: string): HandlerResult => {
    ctx.violate('semantics', reason, true)
    return unprocessable(ctx.op, [error])
  }
  if (bodyTooLong(ctx.body.body))
    return reject(
      `body is longer than ${MAX_BODY_CHARS} characters`,
      `Body is too long (maximum is ${MAX_BODY_CHARS} characters)`
    )
  const replyTo = ctx.body.in_reply_to as number | undefined
  let where: Location
  let commitId = String(ctx.body.commit_id ?? '')
  if (replyTo !== undefined) {
    const parent = ctx.repo.reviewComments.get(replyTo)
    if (!parent || parent.pull !== pull.seed.number) return notFound(ctx.op)
    const located = locateComment(pull, parent.json as CommentInput)
    if (!located.ok) return reject(located.reason, located.error)
    where = located.location
    commitId = String(parent.json.commit_id)
  } else {
    if (!knownCommit(pull, commitId))
      return reject(
        `commit_id ${commitId} is not a commit of pull request #${pull.seed.number}`,
        'Commit is not part of the pull request'
      )
    if (ctx.body.subject_type === 'file')
      return reject('subject_type "file" is not supported by the fake', 'Unsupported subject_type')
    const located = locateComment(pull, ctx.body as CommentInput)
    if (!located.ok) return reject(located.reason, located.error)
    where = located.location
  }
  const reviewId = ctx.repo.nextId()
  ctx.repo.reviews.set(reviewId, {
    pull: pull.seed.number,
    json: reviewJson(ctx, pull, reviewId, {
      body: '',
      state: 'COMMENTED',
      commit_id: commitId,
      submitted_at: ctx.repo.now()
    })
  })
  const id = ctx.repo.nextId()
  const comment = reviewCommentJson(ctx, pull, id, reviewId, where, {
    body: String(ctx.body.body),
    commit_id: commitId,
    ...(replyTo === undefined ? {} : { in_reply_to_id: replyTo })
  })
  ctx.repo.reviewComments.set(id, { pull: pull.seed.number, json: comment, pending: false })
  return json(201, comment)
}

export const pullHandlers: Record<string, Handler> = {
  'pulls/get': getPull,
  'pulls/list-files': listFiles,
  'pulls/list-reviews': listReviews,
  'pulls/get-review': getReview,
  'pulls/create-review': createReview,
  'pulls/update-review': updateReview,
  'pulls/list-review-comments': listReviewComments,
  'pulls/get-review-comment': getReviewComment,
  'pulls/update-review-comment': updateReviewComment,
  'pulls/delete-review-comment': deleteReviewComment,
  'pulls/create-review-comment': createReviewComment
}
