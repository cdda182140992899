// A strict, in-process stand-in for api.github.com: every request is checked against GitHub's OpenAPI
// description and GitHub's own rules, answered from seeded state, and recorded. See docs/testing.md.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { defaultFaultBody, FaultQueues, matches, take } from './faults.js'
import type { HandlerContext, Handler } from './handler-context.js'
import { checkHandlers } from './handlers-checks.js'
import { contentHandlers } from './handlers-contents.js'
import { issueCommentJson, issueHandlers } from './handlers-issues.js'
import { pullHandlers } from './handlers-pulls.js'
import { treeHandlers } from './handlers-trees.js'
import type { Json } from './objects.js'
import { getOpenApi, type Operation } from './openapi.js'
import { MAX_PER_PAGE, paginate } from './pagination.js'
import {
  badRequest,
  forbidden,
  json,
  notFound,
  unauthorized,
  unprocessableMessage,
  type HandlerResult
} from './responses.js'
import { FakeRepository, GITHUB_ACTIONS_BOT } from './state.js'
import type {
  EndlessSpec,
  FailSpec,
  FakeGitHubOptions,
  HangSpec,
  Permission,
  RecordedCall,
  RequestMatch,
  ResponseProblem,
  Scope,
  SeedPullRequest,
  TokenSpec,
  UserSpec,
  Violation,
  ViolationKind
} from './types.js'

export type * from './types.js'

const HANDLERS: Record<string, Handler> = {
  ...pullHandlers,
  ...issueHandlers,
  ...checkHandlers,
  ...contentHandlers,
  ...treeHandlers
}
const API_VERSIONS = new Set(['2022-11-28', '2026-03-10'])
const MAX_REQUEST_BYTES = 25 * 1024 * 1024
const ALL_SCOPES: Scope[] = ['checks', 'contents', 'issues', 'metadata', 'pull_requests']

export interface FakeGitHub {
  /** Base URL to use as GITHUB_API_URL. */
  readonly url: string
  /** Every request, in order (tokens appear only as labels). */
  readonly calls: readonly RecordedCall[]
  /** Every rule of GitHub's a request broke; an end-to-end test expects none. */
  readonly violations: readonly Violation[]
  /** Responses of the fake that do not match the description (a bug in the fake). */
  readonly responseProblems: readonly ResponseProblem[]
  callsTo(method: string, path: string | RegExp): RecordedCall[]

  seedPullRequest(seed: SeedPullRequest): void
  /** File content at a commit sha or branch name; also stored as a git blob. */
  seedFile(ref: string, path: string, content: string | Buffer): void
  seedSymlink(ref: string, path: string, target: string): void
  /** A commit the repository knows (for check runs, contents, comparisons); optionally a branch pointing at it. */
  seedCommit(sha: string, branch?: string): void
  /** An existing issue comment, e.g. from an earlier run or from a person; returns its id. */
  seedIssueComment(issue: number, body: string, author?: UserSpec): number

  reviews(pull: number): Json[]
  reviewComments(pull: number): Json[]
  issueComments(issue: number): Json[]
  checkRuns(): Json[]
  checkRunAnnotations(checkRunId: number): Json[]

  deleteReviewComment(id: number): void
  deleteIssueComment(id: number): void
  deleteCheckRun(id: number): void

  failNext(spec: FailSpec): void
  hangNext(spec: HangSpec): void
  /** The next matching request gets 200 with a truncated JSON body; with `process`, it is also carried out. */
  malformedNext(spec: RequestMatch & { times?: number; process?: boolean }): void
  /** Matching list endpoints offer `next` on every page, up to the `maxPages` hard cap. */
  paginateEndlessly(spec?: EndlessSpec): void
  /** Runs `action` just before the next matching request is handled (e.g. delete what it will update). */
  beforeNext(match: RequestMatch, action: () => void): void
  /** Scripted faults and actions that no request has triggered yet. */
  unusedFaults(): string[]

  close(): Promise<void>
}

interface TokenMatch {
  label: string
  spec?: TokenSpec
  problem?: 'missing' | 'malformed' | 'invalid'
}

export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const fake = new FakeGitHubServer(options)
  await fake.listen()
  return fake
}

class FakeGitHubServer implements FakeGitHub {
  readonly calls: RecordedCall[] = []
  readonly violations: Violation[] = []
  readonly responseProblems: ResponseProblem[] = []
  private readonly server: Server
  private readonly sockets = new Set<Socket>()
  private readonly timers = new Set<NodeJS.Timeout>()
  private readonly faults = new FaultQueues()
  private readonly openapi = getOpenApi()
  private readonly tokens: TokenSpec[]
  private readonly owner: string
  private readonly repoName: string
  private readonly repoId: number
  private state!: FakeRepository
  private baseUrl = ''

  constructor(private readonly options: FakeGitHubOptions) {
    this.owner = options.owner ?? 'owner'
    this.repoName = options.repo ?? 'repo'
    this.repoId = options.repoId ?? 424242
    const all = (level: Permission) => Object.fromEntries(ALL_SCOPES.map(s => [s, level]))
    this.tokens = [
      { token: options.token ?? 'test-token', label: 'write', permissions: all('write') },
      ...(options.readOnlyTokens ?? []).map(token => ({
        token,
        label: 'read-only',
        permissions: all('read')
      })),
      ...(options.tokens ?? [])
    ]
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        // A bug in the fake: recorded with the responses that do not match GitHub, so tests fail on it.
        const last = this.calls[this.calls.length - 1]
        this.responseProblems.push({
          seq: last?.seq ?? 0,
          operationId: last?.operationId ?? 'unknown',
          status: 500,
          errors: [
            `fake GitHub threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`
          ]
        })
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' })
        res.end('fake GitHub internal error')
      })
    })
    this.server.on('connection', socket => {
      this.sockets.add(socket)
      socket.on('close', () => this.sockets.delete(socket))
    })
  }

  get url(): string {
    return this.baseUrl
  }

  async listen(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject)
      this.server.listen(0, '127.0.0.1', () => resolve())
    })
    const { port } = this.server.address() as AddressInfo
    this.baseUrl = `http://127.0.0.1:${port}`
    this.state = new FakeRepository(
      {
        api: this.baseUrl,
        owner: this.owner,
        repo: this.repoName,
        repoId: this.repoId,
        defaultBranch: this.options.defaultBranch ?? 'main'
      },
      this.options.actor ?? GITHUB_ACTIONS_BOT
    )
  }

  async close(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer)
    this.timers.clear()
    const closed = new Promise<void>(resolve => this.server.close(() => resolve()))
    this.server.closeAllConnections()
    for (const socket of this.sockets) socket.destroy()
    await closed
  }

  callsTo(method: string, path: string | RegExp): RecordedCall[] {
    return this.calls.filter(call => matches({ method, path }, call.method, [call.path]))
  }

  seedPullRequest(seed: SeedPullRequest): void {
    this.state.seedPullRequest(seed)
  }

  seedFile(ref: string, path: string, content: string | Buffer): void {
    this.state.seedFile(ref, path, content)
  }

  seedSymlink(ref: string, path: string, target: string): void {
    this.state.seedSymlink(ref, path, target)
  }

  seedCommit(sha: string, branch?: string): void {
    this.state.commits.add(sha)
    if (branch) this.state.branches.set(branch, sha)
  }

  seedIssueComment(issue: number, body: string, author?: UserSpec): number {
    if (!this.state.pulls.has(issue)) throw new Error(`seed pull request #${issue} first`)
    const id = this.state.nextId()
    this.state.issueComments.set(id, { issue, json: issueCommentJson(this.state, issue, id, body, author) })
    return id
  }

  reviews(pull: number): Json[] {
    return [...this.state.reviews.values()].filter(r => r.pull === pull).map(r => structuredClone(r.json))
  }

  reviewComments(pull: number): Json[] {
    return [...this.state.reviewComments.values()]
      .filter(c => c.pull === pull)
      .map(c => structuredClone(c.json))
  }

  issueComments(issue: number): Json[] {
    return [...this.state.issueComments.values()]
      .filter(c => c.issue === issue)
      .map(c => structuredClone(c.json))
  }

  checkRuns(): Json[] {
    return [...this.state.checkRuns.values()].map(r => structuredClone(r.json))
  }

  checkRunAnnotations(checkRunId: number): Json[] {
    return structuredClone(this.state.checkRuns.get(checkRunId)?.annotations ?? [])
  }

  deleteReviewComment(id: number): void {
    this.state.reviewComments.delete(id)
  }

  deleteIssueComment(id: number): void {
    this.state.issueComments.delete(id)
  }

  deleteCheckRun(id: number): void {
    this.state.checkRuns.delete(id)
  }

  failNext(spec: FailSpec): void {
    this.faults.fail.push({ spec, remaining: spec.times ?? 1 })
  }

  hangNext(spec: HangSpec): void {
    this.faults.hang.push({ spec, remaining: spec.times ?? 1 })
  }

  malformedNext(spec: RequestMatch & { times?: number; process?: boolean }): void {
    this.failNext({ ...spec, status: 200, rawBody: '{"id": 1, "truncated' })
  }

  paginateEndlessly(spec: EndlessSpec = {}): void {
    this.faults.endless.push(spec)
  }

  beforeNext(match: RequestMatch, action: () => void): void {
    this.faults.before.push({ spec: { ...match, action }, remaining: 1 })
  }

  unusedFaults(): string[] {
    return this.faults.unused()
  }

  // ---- the request pipeline ----

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req)
    const method = (req.method ?? 'GET').toUpperCase()
    const url = new URL(req.url ?? '/', this.baseUrl)
    const query = Object.fromEntries(url.searchParams)
    const text = raw?.toString('utf8')
    let body: unknown = undefined
    let bodyParses = true
    if (text !== undefined && text !== '') {
      try {
        body = JSON.parse(text)
      } catch {
        body = text
        bodyParses = false
      }
    }
    const token = this.classifyToken(req.headers.authorization)
    const call: RecordedCall = {
      seq: this.calls.length + 1,
      method,
      path: url.pathname,
      query,
      body,
      status: 0,
      token: token.label
    }
    this.calls.push(call)
    const violate = (kind: ViolationKind, reason: string, rejected: boolean) =>
      this.violations.push({
        seq: call.seq,
        method,
        path: url.pathname,
        kind,
        reason,
        rejected,
        ...(call.operationId ? { operationId: call.operationId } : {})
      })

    const early = this.checkHeaders(req, token, violate)
    if (early) return this.send(res, call, early)

    const match = this.resolve(method, url.pathname, violate)
    if ('status' in match) return this.send(res, call, match)
    const { op, routePath } = match
    call.operationId = op.operationId

    const invalid = this.checkRequest(op, match.pathParams, query, body, bodyParses, text, req, violate)
    if (invalid) return this.send(res, call, invalid, op)

    const handler = HANDLERS[op.operationId]
    if (!handler) {
      violate(
        'route',
        `${op.operationId} (${method} ${op.template}) is GitHub's, but the fake does not implement it`,
        true
      )
      return this.send(res, call, notFound(op), op)
    }
    const denied = this.checkPermission(op, match.pathParams, token)
    if (denied) return this.send(res, call, denied, op)

    const paths = [url.pathname, routePath]
    take(this.faults.before, method, paths)?.action()
    const hang = take(this.faults.hang, method, paths)
    if (hang) {
      call.fault = 'hang'
      const proceed = await this.hold(res, hang)
      if (!proceed) return
    }
    const ctx = this.context(op, match.pathParams, query, body, req, routePath, paths, violate)
    const fault = take(this.faults.fail, method, paths)
    if (fault) {
      call.fault = `status ${fault.status}`
      if (fault.process) handler(ctx)
      return this.sendFault(res, call, fault, op)
    }
    return this.send(res, call, handler(ctx), op)
  }

  private classifyToken(header: string | undefined): TokenMatch {
    if (!header) return { label: 'missing', problem: 'missing' }
    const found = /^(?:token|bearer)\s+(\S+)$/i.exec(header.trim())
    if (!found) return { label: 'malformed', problem: 'malformed' }
    const spec = this.tokens.find(t => t.token === found[1])
    return spec ? { label: spec.label, spec } : { label: 'invalid', problem: 'invalid' }
  }

  private checkHeaders(
    req: IncomingMessage,
    token: TokenMatch,
    violate: (kind: ViolationKind, reason: string, rejected: boolean) => void
  ): HandlerResult | undefined {
    if (!req.headers['user-agent']) {
      violate('headers', 'no User-Agent header', true)
      return forbidden(
        undefined,
        'Request forbidden by administrative rules. Please make sure your request has a User-Agent header (https://docs.github.com/en/rest/overview/resources-in-the-rest-api#user-agent-required). Check https://developer.github.com for other possible causes.'
      )
    }
    if (token.problem) {
      const reason = {
        missing: 'no Authorization header',
        malformed: 'Authorization header is not "token <t>" or "Bearer <t>"',
        invalid: 'unknown token'
      }[token.problem]
      violate('auth', reason, true)
      return unauthorized(token.problem === 'missing' ? 'Requires authentication' : 'Bad credentials')
    }
    if (!req.headers.accept)
      violate('headers', 'no Accept header (GitHub recommends application/vnd.github+json)', false)
    const version = req.headers['x-github-api-version']
    if (typeof version === 'string' && !API_VERSIONS.has(version)) {
      violate('headers', `X-GitHub-Api-Version ${version} is not a supported API version`, true)
      return badRequest(undefined, `Invalid API version provided: ${version}`)
    }
    return undefined
  }

  /** The operation a request is for, or the 404 GitHub sends when there is none. */
  private resolve(
    method: string,
    path: string,
    violate: (kind: ViolationKind, reason: string, rejected: boolean) => void
  ): { op: Operation; pathParams: Record<string, string>; routePath: string } | HandlerResult {
    const routePath = this.routePath(path)
    if (!routePath) {
      violate('route', `no repository with id in ${path}`, true)
      return notFound()
    }
    const match = this.openapi.match(method, routePath)
    if (match.kind === 'unknown') {
      violate('route', `${method} ${path} is not an endpoint of GitHub's REST API`, true)
      return notFound()
    }
    if (match.kind === 'method-not-allowed') {
      const allowed = match.allowed.join(', ').toUpperCase()
      violate('route', `${match.template} has no ${method} (only ${allowed})`, true)
      return notFound()
    }
    return { op: match.operation, pathParams: match.pathParams, routePath }
  }

  /** `/repositories/{id}/…` (the form GitHub's Link headers use) → `/repos/{owner}/{repo}/…`. */
  private routePath(path: string): string | undefined {
    const alias = /^\/repositories\/(\d+)(\/.*)?$/.exec(path)
    if (!alias) return path
    if (Number(alias[1]) !== this.repoId) return undefined
    return `/repos/${this.owner}/${this.repoName}${alias[2] ?? ''}`
  }

  private checkRequest(
    op: Operation,
    pathParams: Record<string, string>,
    query: Record<string, string>,
    body: unknown,
    bodyParses: boolean,
    text: string | undefined,
    req: IncomingMessage,
    violate: (kind: ViolationKind, reason: string, rejected: boolean) => void
  ): HandlerResult | undefined {
    const params = this.openapi.validateParameters(op, pathParams, query)
    for (const error of params.errors.filter(e => e.startsWith('path'))) violate('path-params', error, true)
    if (params.errors.some(e => e.startsWith('path'))) return notFound(op)
    for (const error of params.errors.filter(e => e.startsWith('query'))) violate('query', error, false)
    for (const name of params.unknownQuery)
      violate(
        'query',
        `query parameter "${name}" is not one of ${op.operationId}'s; GitHub ignores it`,
        false
      )
    const perPage = Number(query.per_page)
    if (query.per_page !== undefined && perPage > MAX_PER_PAGE)
      violate(
        'query',
        `per_page=${query.per_page} is over GitHub's maximum of ${MAX_PER_PAGE}; GitHub sends ${MAX_PER_PAGE}`,
        false
      )
    if ('owner' in pathParams && !this.isOurRepo(pathParams)) {
      violate(
        'semantics',
        `request for ${pathParams.owner}/${pathParams.repo}, not ${this.owner}/${this.repoName}`,
        true
      )
      return notFound(op)
    }
    const unsupported = unsupportedMediaTypes(op, String(req.headers.accept ?? ''))
    if (unsupported.length > 0) {
      violate(
        'headers',
        `Accept ${unsupported.join(', ')}: a media type the fake does not serve for ${op.operationId}`,
        true
      )
      return {
        status: 415,
        body: {
          message: `Unsupported 'Accept' header: ${unsupported.join(', ')}`,
          documentation_url: op.docsUrl,
          status: '415'
        }
      }
    }
    if (!op.enabledForGitHubApps) {
      violate('auth', `${op.operationId} is not available to GitHub App tokens such as GITHUB_TOKEN`, true)
      return forbidden(op, 'Resource not accessible by integration')
    }
    if (text !== undefined && text !== '') {
      if (!op.hasJsonBody)
        violate('body', `${op.method} ${op.template} takes no body; GitHub ignores it`, false)
      if (!bodyParses) {
        violate('body', 'request body is not valid JSON', true)
        return badRequest(op, 'Problems parsing JSON')
      }
      if (!/^application\/json\b/i.test(req.headers['content-type'] ?? ''))
        violate(
          'headers',
          `body sent with Content-Type ${req.headers['content-type'] ?? '(none)'}, not application/json`,
          false
        )
    }
    if (!op.hasJsonBody) return undefined
    const result = this.openapi.validateBody(op, body ?? {})
    if (!result.ok) {
      for (const error of result.errors) violate('body', error, true)
      return unprocessableMessage(op, result.githubMessage)
    }
    for (const error of this.openapi.unknownBodyProperties(op, body ?? {}))
      violate('unknown-property', `${error}; GitHub ignores it`, false)
    return undefined
  }

  private isOurRepo(pathParams: Record<string, string>): boolean {
    return (
      pathParams.owner?.toLowerCase() === this.owner.toLowerCase() &&
      pathParams.repo?.toLowerCase() === this.repoName.toLowerCase()
    )
  }

  private checkPermission(
    op: Operation,
    pathParams: Record<string, string>,
    token: TokenMatch
  ): HandlerResult | undefined {
    const needed: Permission = op.method === 'GET' ? 'read' : 'write'
    const scopes = this.scopesFor(op, pathParams)
    const granted = (scope: Scope): Permission =>
      token.spec?.permissions[scope] ?? (scope === 'metadata' ? 'read' : 'none')
    const ok = scopes.some(scope => {
      const level = granted(scope)
      return level === 'write' || (level === 'read' && needed === 'read')
    })
    if (ok) return undefined
    return forbidden(op, 'Resource not accessible by integration', {
      'x-accepted-github-permissions': scopes.map(s => `${s}=${needed}`).join(', ')
    })
  }

  private scopesFor(op: Operation, pathParams: Record<string, string>): Scope[] {
    if (op.operationId === 'repos/get') return ['metadata']
    switch (op.category) {
      case 'pulls':
        return ['pull_requests']
      case 'issues':
        return this.state.pulls.has(Number(pathParams.issue_number))
          ? ['issues', 'pull_requests']
          : ['issues']
      case 'checks':
        return ['checks']
      default:
        return ['contents']
    }
  }

  private context(
    op: Operation,
    pathParams: Record<string, string>,
    query: Record<string, string>,
    body: unknown,
    req: IncomingMessage,
    routePath: string,
    paths: string[],
    violate: (kind: ViolationKind, reason: string, rejected: boolean) => void
  ): HandlerContext {
    const repoPrefix = `/repos/${pathParams.owner ?? this.owner}/${pathParams.repo ?? this.repoName}`
    const linkBase = `${this.baseUrl}/repositories/${this.repoId}${routePath.slice(repoPrefix.length)}`
    const endlessSpec = this.faults.endless.find(spec => matches(spec, op.method, paths))
    const maxPages = this.options.maxPages ?? 200
    return {
      op,
      pathParams,
      query,
      body: (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>,
      accept: String(req.headers.accept ?? ''),
      repo: this.state,
      canApprove: this.options.canApprove ?? false,
      violate,
      list: items => {
        const endless = endlessSpec ? { fill: endlessSpec.fill ?? 'repeat', maxPages } : undefined
        const page = paginate(items, { linkBase, query }, endless)
        if (page.capped)
          violate(
            'pagination',
            `kept following Link rel="next" to page ${page.page}, the fake's hard cap`,
            false
          )
        return json(200, page.items, page.link ? { link: page.link } : undefined)
      }
    }
  }

  /** Holds a request as `hangNext` asks; false when the connection was dropped instead of answered. */
  private async hold(res: ServerResponse, spec: HangSpec): Promise<boolean> {
    const cap = this.options.maxHangMs ?? 10_000
    const ms = Math.min(spec.ms ?? cap, cap)
    await new Promise<void>(resolve => {
      const timer = setTimeout(() => {
        this.timers.delete(timer)
        resolve()
      }, ms)
      this.timers.add(timer)
      res.on('close', () => {
        clearTimeout(timer)
        this.timers.delete(timer)
        resolve()
      })
    })
    if (res.destroyed || res.writableEnded) return false
    if ((spec.then ?? 'destroy') === 'destroy') {
      res.socket?.destroy()
      return false
    }
    return true
  }

  private baseHeaders(call: RecordedCall): Record<string, string> {
    const used = this.calls.length
    return {
      'content-type': 'application/json; charset=utf-8',
      'x-github-media-type': 'github.v3; format=json',
      'x-github-api-version-selected': '2022-11-28',
      'x-github-request-id': `FAKE:${call.seq}`,
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': String(Math.max(0, 5000 - used)),
      'x-ratelimit-used': String(used),
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      'x-ratelimit-resource': 'core'
    }
  }

  private sendFault(res: ServerResponse, call: RecordedCall, fault: FailSpec, op: Operation): void {
    call.status = fault.status
    const headers = { ...this.baseHeaders(call), ...lowerKeys(fault.headers ?? {}) }
    if (fault.rawBody !== undefined) {
      res.writeHead(fault.status, headers).end(fault.rawBody)
      return
    }
    const fallback = defaultFaultBody(fault, `FAKE:${call.seq}`, op.docsUrl)
    if (fault.body === undefined && fallback.html !== undefined) {
      res.writeHead(fault.status, { ...headers, 'content-type': 'text/html' }).end(fallback.html)
      return
    }
    res.writeHead(fault.status, headers).end(JSON.stringify(fault.body ?? fallback.json))
  }

  private send(res: ServerResponse, call: RecordedCall, result: HandlerResult, op?: Operation): void {
    call.status = result.status
    const headers = { ...this.baseHeaders(call), ...(result.headers ?? {}) }
    if (result.raw) {
      res
        .writeHead(result.status, { ...headers, 'content-type': result.raw.contentType })
        .end(result.raw.data)
      return
    }
    if (result.body === undefined) {
      delete (headers as Record<string, string | undefined>)['content-type']
      res.writeHead(result.status, headers).end()
    } else {
      res.writeHead(result.status, headers).end(JSON.stringify(result.body))
    }
    if (op && this.options.validateResponses !== false) this.checkResponse(call, op, result)
  }

  private checkResponse(call: RecordedCall, op: Operation, result: HandlerResult): void {
    const problem = (errors: string[]) =>
      this.responseProblems.push({
        seq: call.seq,
        operationId: op.operationId,
        status: result.status,
        errors
      })
    if (result.status < 400 && !op.statuses.includes(String(result.status))) {
      problem([`status ${result.status} is not documented for ${op.operationId}`])
      return
    }
    if (result.body === undefined) return
    const checked = this.openapi.validateResponse(op, result.status, result.body)
    const outcome =
      checked ?? (result.status >= 400 ? this.openapi.validateComponent('basic-error', result.body) : null)
    if (outcome && !outcome.ok) problem(outcome.errors)
  }
}

const JSON_TYPES = new Set([
  '*/*',
  'application/*',
  'application/json',
  'application/vnd.github+json',
  'application/vnd.github.v3+json'
])
const RAW = /^application\/vnd\.github(\.v3)?\.raw(\+json)?$/
const OBJECT = /^application\/vnd\.github(\.v3)?\.object(\+json)?$/

/**
 * Accept values the fake cannot honour for this operation: it serves JSON everywhere, `raw` for contents and
 * blobs (elsewhere raw markdown bodies are the JSON default), and `object` for contents. Diffs, patches,
 * html/text/full bodies and anything else would silently come back as JSON, so they are refused instead.
 */
function unsupportedMediaTypes(op: Operation, accept: string): string[] {
  return accept
    .split(',')
    .map(part => part.split(';')[0]?.trim().toLowerCase() ?? '')
    .filter(type => type !== '')
    .filter(type => {
      if (JSON_TYPES.has(type) || RAW.test(type)) return false
      if (OBJECT.test(type)) return op.operationId !== 'repos/get-content'
      return true
    })
}

function lowerKeys(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]))
}

/** The request body; bytes past the fake's size cap are read and dropped (the body then fails to parse). */
async function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size <= MAX_REQUEST_BYTES) chunks.push(chunk as Buffer)
  }
  return chunks.length === 0 ? undefined : Buffer.concat(chunks)
}
