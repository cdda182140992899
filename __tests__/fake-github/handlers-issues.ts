// Issue comments on pull requests (the sticky summary comment lives here).
import { intParam, type Handler, type HandlerContext } from './handler-context.js'
import { MAX_BODY_CHARS } from './handlers-pulls.js'
import { fill, nodeId, type Json } from './objects.js'
import { json, noContent, notFound, validationFailed, type HandlerResult } from './responses.js'
import type { UserSpec } from './types.js'
import type { FakeRepository } from './state.js'

export function issueCommentJson(
  repo: FakeRepository,
  issue: number,
  id: number,
  body: string,
  author?: UserSpec
): Json {
  const now = repo.now()
  return fill('issue-comment', {
    id,
    node_id: nodeId('IC', id),
    url: `${repo.apiRepoUrl()}/issues/comments/${id}`,
    html_url: `${repo.htmlRepoUrl()}/pull/${issue}#issuecomment-${id}`,
    issue_url: `${repo.apiRepoUrl()}/issues/${issue}`,
    body,
    user: repo.user(author),
    created_at: now,
    updated_at: now,
    author_association: author && author.type === 'User' ? 'CONTRIBUTOR' : 'NONE'
  })
}

function tooLong(ctx: HandlerContext, message: string): HandlerResult | undefined {
  const body = ctx.body.body
  if (typeof body !== 'string' || [...body].length <= MAX_BODY_CHARS) return undefined
  ctx.violate(
    'limits',
    `issue comment body has ${[...body].length} characters; the maximum is ${MAX_BODY_CHARS}`,
    true
  )
  return validationFailed(ctx.op, [
    { resource: 'IssueComment', code: 'unprocessable', field: 'data', message }
  ])
}

const listComments: Handler = ctx => {
  const issue = intParam(ctx, 'issue_number')
  if (!ctx.repo.pulls.has(issue)) return notFound(ctx.op)
  const since = ctx.query.since
  return ctx.list(
    [...ctx.repo.issueComments.values()]
      .filter(c => c.issue === issue)
      .map(c => c.json)
      .filter(c => !since || String(c.updated_at) >= since)
  )
}

const createComment: Handler = ctx => {
  const issue = intParam(ctx, 'issue_number')
  if (!ctx.repo.pulls.has(issue)) return notFound(ctx.op)
  const problem = tooLong(ctx, `Body is too long (maximum is ${MAX_BODY_CHARS} characters)`)
  if (problem) return problem
  const id = ctx.repo.nextId()
  const comment = issueCommentJson(ctx.repo, issue, id, String(ctx.body.body))
  ctx.repo.issueComments.set(id, { issue, json: comment })
  return json(201, comment)
}

const getComment: Handler = ctx => {
  const comment = ctx.repo.issueComments.get(intParam(ctx, 'comment_id'))
  return comment ? json(200, comment.json) : notFound(ctx.op)
}

const updateComment: Handler = ctx => {
  const comment = ctx.repo.issueComments.get(intParam(ctx, 'comment_id'))
  if (!comment) return notFound(ctx.op)
  const problem = tooLong(ctx, `body is too long (maximum is ${MAX_BODY_CHARS} characters)`)
  if (problem) return problem
  comment.json = { ...comment.json, body: ctx.body.body, updated_at: ctx.repo.now() }
  return json(200, comment.json)
}

const deleteComment: Handler = ctx => {
  return ctx.repo.issueComments.delete(intParam(ctx, 'comment_id')) ? noContent() : notFound(ctx.op)
}

export const issueHandlers: Record<string, Handler> = {
  'issues/list-comments': listComments,
  'issues/create-comment': createComment,
  'issues/get-comment': getComment,
  'issues/update-comment': updateComment,
  'issues/delete-comment': deleteComment
}
