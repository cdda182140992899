// Check runs: create, update (annotations are appended, as on GitHub), get, list for a ref, annotations.
import { intParam, type Handler, type HandlerContext } from './handler-context.js'
import { fill, nodeId, type Json } from './objects.js'
import {
  json,
  notFound,
  unprocessableMessage,
  validationFailed,
  type FieldError,
  type HandlerResult
} from './responses.js'
import type { CheckRunRecord } from './state.js'

/** Byte limit GitHub applies to `output.summary` and `output.text` besides the 65535-character schema limit. */
export const MAX_OUTPUT_BYTES = 65535
export const MAX_ANNOTATION_TITLE_CHARS = 255
export const MAX_ANNOTATION_DETAIL_BYTES = 65536

interface Annotation {
  path: string
  start_line: number
  end_line: number
  start_column?: number
  end_column?: number
  annotation_level: string
  message: string
  title?: string
  raw_details?: string
}

interface Output {
  title?: string
  summary?: string
  text?: string
  annotations?: Annotation[]
}

/** Limits beyond the schema; each one found is recorded and answered with 422 (soft ones only recorded). */
function outputProblems(ctx: HandlerContext, output: Output | undefined): FieldError[] {
  if (!output) return []
  const errors: FieldError[] = []
  for (const field of ['summary', 'text'] as const) {
    const value = output[field]
    if (typeof value === 'string' && Buffer.byteLength(value) > MAX_OUTPUT_BYTES) {
      ctx.violate(
        'limits',
        `output.${field} is ${Buffer.byteLength(value)} bytes; GitHub allows ${MAX_OUTPUT_BYTES}`,
        true
      )
      errors.push({
        resource: 'CheckRun',
        code: 'custom',
        field,
        message: `${field} exceeds a maximum bytesize of ${MAX_OUTPUT_BYTES}`
      })
    }
  }
  ;(output.annotations ?? []).forEach((a, i) => {
    const problem = (reason: string, message: string) => {
      ctx.violate('limits', `output.annotations[${i}] (${a.path}:${a.start_line}): ${reason}`, true)
      errors.push({ resource: 'CheckRun', code: 'custom', field: 'annotations', message })
    }
    if (a.title !== undefined && [...a.title].length > MAX_ANNOTATION_TITLE_CHARS)
      problem(
        `title has ${[...a.title].length} characters`,
        `title is too long (maximum is ${MAX_ANNOTATION_TITLE_CHARS} characters)`
      )
    if (Buffer.byteLength(a.message) > MAX_ANNOTATION_DETAIL_BYTES)
      problem(
        `message is ${Buffer.byteLength(a.message)} bytes`,
        `message exceeds a maximum bytesize of ${MAX_ANNOTATION_DETAIL_BYTES}`
      )
    if (a.raw_details !== undefined && Buffer.byteLength(a.raw_details) > MAX_ANNOTATION_DETAIL_BYTES)
      problem(
        `raw_details is ${Buffer.byteLength(a.raw_details)} bytes`,
        `raw_details exceeds a maximum bytesize of ${MAX_ANNOTATION_DETAIL_BYTES}`
      )
    if (a.start_line < 1 || a.end_line < a.start_line)
      problem(
        `lines ${a.start_line}-${a.end_line} are not a range of lines from 1`,
        'start_line and end_line are invalid'
      )
    if ((a.start_column !== undefined || a.end_column !== undefined) && a.start_line !== a.end_line)
      ctx.violate(
        'limits',
        `output.annotations[${i}] (${a.path}): start_column/end_column given for lines ${a.start_line}-${a.end_line}; GitHub supports columns only within one line`,
        false
      )
  })
  return errors
}

function statusProblem(status: unknown, conclusion: unknown, completedAt: unknown): string | undefined {
  if (conclusion === 'stale') return 'conclusion "stale" can only be set by GitHub'
  if (status === 'completed' && conclusion === undefined) return 'status "completed" needs a conclusion'
  if (completedAt !== undefined && conclusion === undefined) return 'completed_at needs a conclusion'
  return undefined
}

function annotationJson(ctx: HandlerContext, headSha: string, a: Annotation): Json {
  return fill('check-annotation', {
    path: a.path,
    blob_href: `${ctx.repo.htmlRepoUrl()}/blob/${headSha}/${a.path}`,
    start_line: a.start_line,
    end_line: a.end_line,
    start_column: a.start_column ?? null,
    end_column: a.end_column ?? null,
    annotation_level: a.annotation_level,
    title: a.title ?? null,
    message: a.message,
    raw_details: a.raw_details ?? null
  })
}

function applyOutput(ctx: HandlerContext, record: CheckRunRecord, output: Output | undefined): void {
  if (!output) return
  const current = record.json.output as Json
  const headSha = String(record.json.head_sha)
  record.annotations.push(...(output.annotations ?? []).map(a => annotationJson(ctx, headSha, a)))
  record.json.output = {
    ...current,
    ...(output.title !== undefined ? { title: output.title } : {}),
    ...(output.summary !== undefined ? { summary: output.summary } : {}),
    ...(output.text !== undefined ? { text: output.text } : {}),
    annotations_count: record.annotations.length
  }
}

function applyStatus(ctx: HandlerContext, record: CheckRunRecord): void {
  const body = ctx.body
  const now = ctx.repo.now()
  for (const field of ['name', 'details_url', 'external_id', 'started_at', 'completed_at'] as const) {
    if (body[field] !== undefined) record.json[field] = body[field]
  }
  if (body.conclusion !== undefined) {
    record.json.conclusion = body.conclusion
    record.json.status = 'completed'
  } else if (body.status !== undefined) {
    record.json.status = body.status
  }
  if (record.json.status === 'completed' && record.json.completed_at === null) record.json.completed_at = now
}

function invalid(ctx: HandlerContext, reason: string): HandlerResult {
  ctx.violate('semantics', reason, true)
  return unprocessableMessage(ctx.op, `Invalid request.\n\n${reason}.`)
}

const createCheckRun: Handler = ctx => {
  const body = ctx.body
  const headSha = String(body.head_sha)
  if (!ctx.repo.commits.has(headSha)) {
    ctx.violate('semantics', `head_sha ${headSha} is not a commit of the repository`, true)
    return unprocessableMessage(ctx.op, `No commit found for SHA: ${headSha}`)
  }
  const merged = [...ctx.repo.pulls.values()].find(p => p.seed.mergeSha === headSha)
  if (merged)
    ctx.violate(
      'semantics',
      `head_sha ${headSha} is the test merge commit of PR #${merged.seed.number}, not its head ${merged.seed.headSha}: the check run will not show on the pull request`,
      false
    )
  const problem = statusProblem(body.status, body.conclusion, body.completed_at)
  if (problem) return invalid(ctx, problem)
  const errors = outputProblems(ctx, body.output as Output | undefined)
  if (errors.length > 0) return validationFailed(ctx.op, errors)
  const id = ctx.repo.nextId()
  const url = `${ctx.repo.apiRepoUrl()}/check-runs/${id}`
  const html = `${ctx.repo.htmlRepoUrl()}/runs/${id}`
  const record: CheckRunRecord = {
    annotations: [],
    json: fill('check-run', {
      id,
      node_id: nodeId('CR', id),
      head_sha: headSha,
      name: body.name,
      url,
      html_url: html,
      details_url: html,
      external_id: '',
      status: 'queued',
      conclusion: null,
      started_at: ctx.repo.now(),
      completed_at: null,
      output: {
        title: null,
        summary: null,
        text: null,
        annotations_count: 0,
        annotations_url: `${url}/annotations`
      },
      check_suite: { id: 1 },
      app: ctx.repo.githubActionsApp(),
      pull_requests: ctx.repo.pullRequestsForSha(headSha)
    })
  }
  applyStatus(ctx, record)
  applyOutput(ctx, record, body.output as Output | undefined)
  ctx.repo.checkRuns.set(id, record)
  return json(201, record.json)
}

const updateCheckRun: Handler = ctx => {
  const record = ctx.repo.checkRuns.get(intParam(ctx, 'check_run_id'))
  if (!record) return notFound(ctx.op)
  const body = ctx.body
  const problem = statusProblem(body.status, body.conclusion, body.completed_at)
  if (problem) return invalid(ctx, problem)
  const errors = outputProblems(ctx, body.output as Output | undefined)
  if (errors.length > 0) return validationFailed(ctx.op, errors)
  applyStatus(ctx, record)
  applyOutput(ctx, record, body.output as Output | undefined)
  return json(200, record.json)
}

const getCheckRun: Handler = ctx => {
  const record = ctx.repo.checkRuns.get(intParam(ctx, 'check_run_id'))
  return record ? json(200, record.json) : notFound(ctx.op)
}

const listAnnotations: Handler = ctx => {
  const record = ctx.repo.checkRuns.get(intParam(ctx, 'check_run_id'))
  return record ? ctx.list(record.annotations) : notFound(ctx.op)
}

const listForRef: Handler = ctx => {
  const ref = ctx.pathParams.ref ?? ''
  const sha = ctx.repo.resolveRef(ref)
  if (!sha) return unprocessableMessage(ctx.op, `No commit found for SHA: ${ref}`)
  let runs = [...ctx.repo.checkRuns.values()].map(r => r.json).filter(r => r.head_sha === sha)
  if (ctx.query.check_name) runs = runs.filter(r => r.name === ctx.query.check_name)
  if (ctx.query.status) runs = runs.filter(r => r.status === ctx.query.status)
  if ((ctx.query.filter ?? 'latest') === 'latest') {
    const latest = new Map<unknown, Json>()
    for (const run of runs) latest.set(run.name, run)
    runs = [...latest.values()]
  }
  runs.sort((a, b) => Number(b.id) - Number(a.id))
  const page = ctx.list(runs)
  return { ...page, body: { total_count: runs.length, check_runs: page.body } }
}

export const checkHandlers: Record<string, Handler> = {
  'checks/create': createCheckRun,
  'checks/update': updateCheckRun,
  'checks/get': getCheckRun,
  'checks/list-annotations': listAnnotations,
  'checks/list-for-ref': listForRef
}
