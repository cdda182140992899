// Public types of the fake GitHub REST server.

export type Permission = 'none' | 'read' | 'write'
export type Scope = 'checks' | 'contents' | 'issues' | 'metadata' | 'pull_requests'

export interface TokenSpec {
  token: string
  /** What `calls[].token` shows for requests with this token (the token itself is never recorded). */
  label: string
  /** Missing scopes are `none`, except `metadata`, which every token can read. */
  permissions: Partial<Record<Scope, Permission>>
}

export interface UserSpec {
  login: string
  id: number
  type: 'Bot' | 'User'
}

export interface FakeGitHubOptions {
  owner?: string
  repo?: string
  repoId?: number
  defaultBranch?: string
  /** Token with write access to everything (label `write`). Default `test-token`. */
  token?: string
  /** Tokens that may read but not write (label `read-only`), like a fork PR's GITHUB_TOKEN. */
  readOnlyTokens?: string[]
  /** Tokens with per-scope permissions, like a workflow's `permissions:` block. */
  tokens?: TokenSpec[]
  /** Who the write token acts as. Default `github-actions[bot]`. */
  actor?: UserSpec
  /**
   * Whether the token may APPROVE a pull request. GitHub refuses it for GITHUB_TOKEN unless the
   * repository allows Actions to approve pull requests. Default false.
   */
  canApprove?: boolean
  /** Validate every response the fake sends against the description (`responseProblems`). Default true. */
  validateResponses?: boolean
  /** Upper bound for `hangNext`, so no test can hang on the fake. Default 10 000 ms. */
  maxHangMs?: number
  /** Hard cap for `paginateEndlessly`: the page at which the fake stops offering `next`. Default 200. */
  maxPages?: number
}

export interface SeedFile {
  filename: string
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged'
  /** Unified-diff hunks as GitHub gives them (no file headers). Omitted for binary or huge diffs. */
  patch?: string
  previous_filename?: string
  /** Blob sha; by default the git blob id of the seeded file content, or a stable placeholder. */
  sha?: string
}

export interface SeedPullRequest {
  number: number
  baseSha: string
  headSha: string
  files: SeedFile[]
  headRef?: string
  baseRef?: string
  /** Head repository is a fork (`forker/<repo>`). */
  fork?: boolean
  /** The test merge commit (GITHUB_SHA of a pull_request event): a commit, but not the head. */
  mergeSha?: string
  title?: string
  body?: string
  draft?: boolean
  /** Earlier head commits (commit ids a review may still refer to). */
  previousHeadShas?: string[]
}

export type TokenLabel = string

export interface RecordedCall {
  seq: number
  method: string
  /** Path as requested (without the query string). */
  path: string
  query: Record<string, string>
  /** Parsed JSON body; the raw text when it did not parse; undefined without a body. */
  body: unknown
  status: number
  token: TokenLabel
  operationId?: string
  /** Set when an injected fault answered instead of the fake's normal behaviour. */
  fault?: string
}

export type ViolationKind =
  | 'route'
  | 'auth'
  | 'headers'
  | 'path-params'
  | 'query'
  | 'body'
  | 'unknown-property'
  | 'semantics'
  | 'limits'
  | 'pagination'

export interface Violation {
  seq: number
  method: string
  path: string
  kind: ViolationKind
  reason: string
  /** True when GitHub would reject the request (the fake answered with an error); false when it would accept or ignore it. */
  rejected: boolean
  operationId?: string
}

/** A response of the fake that does not match the description: a bug in the fake, not in its client. */
export interface ResponseProblem {
  seq: number
  operationId: string
  status: number
  errors: string[]
}

export interface RequestMatch {
  method?: string
  /** An exact path (no query), or a pattern tested against the path. */
  path?: string | RegExp
}

export interface FailSpec extends RequestMatch {
  status: 200 | 401 | 403 | 404 | 422 | 429 | 500 | 502 | 503
  headers?: Record<string, string>
  /** JSON body; by default GitHub's body for that status (HTML for 502, as GitHub's front end sends). */
  body?: unknown
  /** Sent as-is with a JSON content type (e.g. malformed JSON). */
  rawBody?: string
  /** How many matching requests fail. Default 1. */
  times?: number
  /** Perform the request before answering with the fault (GitHub did the work, the answer got lost). */
  process?: boolean
}

export interface HangSpec extends RequestMatch {
  /** How long to hold the request; capped by `maxHangMs`. Default: the cap. */
  ms?: number
  /** After holding it: drop the connection (default) or answer normally. */
  then?: 'destroy' | 'respond'
  times?: number
}

export interface EndlessSpec extends RequestMatch {
  /** Beyond the real data: repeat the last real page (default) or send empty pages. */
  fill?: 'repeat' | 'empty'
}
