// What the fake repository holds: pull requests and their files, file contents per commit, reviews,
// review comments, issue comments and check runs — stored as the API objects GitHub would return.
import { parsePatch, type ParsedPatch } from './diff-hunks.js'
import {
  fill,
  gitBlobSha,
  HTML_BASE,
  link,
  nodeId,
  repository,
  timestamp,
  user,
  type Json,
  type RepoContext
} from './objects.js'
import type { SeedFile, SeedPullRequest, UserSpec } from './types.js'

export interface PullRecord {
  seed: SeedPullRequest
  id: number
  patches: Map<string, ParsedPatch | undefined>
  author: UserSpec
}

export type TreeEntry = { kind: 'file'; content: Buffer } | { kind: 'symlink'; target: string }

export interface CheckRunRecord {
  json: Json
  annotations: Json[]
}

export const GITHUB_ACTIONS_BOT: UserSpec = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' }
const FORKER: UserSpec = { login: 'forker', id: 3, type: 'User' }
const CONTRIBUTOR: UserSpec = { login: 'contributor', id: 4, type: 'User' }

export class FakeRepository {
  readonly pulls = new Map<number, PullRecord>()
  readonly reviews = new Map<number, { pull: number; json: Json }>()
  readonly reviewComments = new Map<number, { pull: number; json: Json; pending: boolean }>()
  readonly issueComments = new Map<number, { issue: number; json: Json }>()
  readonly checkRuns = new Map<number, CheckRunRecord>()
  readonly tree = new Map<string, Map<string, TreeEntry>>()
  readonly blobs = new Map<string, Buffer>()
  readonly branches = new Map<string, string>()
  readonly commits = new Set<string>()
  private lastId = 1000
  private readonly ownerSpec: UserSpec

  constructor(
    readonly ctx: RepoContext,
    readonly actor: UserSpec
  ) {
    this.ownerSpec = { login: ctx.owner, id: 1, type: 'User' }
  }

  /** Ids are one increasing sequence over all kinds of entity, so an id of one kind never names another. */
  nextId(): number {
    return ++this.lastId
  }

  get owner(): UserSpec {
    return this.ownerSpec
  }

  apiRepoUrl(): string {
    return `${this.ctx.api}/repos/${this.ctx.owner}/${this.ctx.repo}`
  }

  htmlRepoUrl(): string {
    return `${HTML_BASE}/${this.ctx.owner}/${this.ctx.repo}`
  }

  seedPullRequest(seed: SeedPullRequest): void {
    if (this.pulls.has(seed.number)) throw new Error(`pull request #${seed.number} is already seeded`)
    const patches = new Map<string, ParsedPatch | undefined>()
    for (const file of seed.files) {
      if (patches.has(file.filename)) throw new Error(`PR #${seed.number}: ${file.filename} listed twice`)
      try {
        patches.set(file.filename, file.patch === undefined ? undefined : parsePatch(file.patch))
      } catch (error) {
        throw new Error(`PR #${seed.number}, ${file.filename}: ${(error as Error).message}`)
      }
    }
    for (const sha of [seed.baseSha, seed.headSha, seed.mergeSha, ...(seed.previousHeadShas ?? [])]) {
      if (sha) this.commits.add(sha)
    }
    this.branches.set(seed.headRef ?? `pr-${seed.number}`, seed.headSha)
    if (!this.branches.has(seed.baseRef ?? this.ctx.defaultBranch))
      this.branches.set(seed.baseRef ?? this.ctx.defaultBranch, seed.baseSha)
    this.pulls.set(seed.number, {
      seed,
      id: this.nextId(),
      patches,
      author: seed.fork ? FORKER : CONTRIBUTOR
    })
  }

  seedFile(ref: string, path: string, content: string | Buffer): void {
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content
    this.entries(this.resolveRef(ref) ?? ref).set(path, { kind: 'file', content: bytes })
    this.blobs.set(gitBlobSha(bytes), bytes)
  }

  seedSymlink(ref: string, path: string, target: string): void {
    this.entries(this.resolveRef(ref) ?? ref).set(path, { kind: 'symlink', target })
    this.blobs.set(gitBlobSha(Buffer.from(target)), Buffer.from(target))
  }

  private entries(sha: string): Map<string, TreeEntry> {
    this.commits.add(sha)
    let entries = this.tree.get(sha)
    if (!entries) this.tree.set(sha, (entries = new Map()))
    return entries
  }

  /** A branch name or a known commit sha → the commit sha. */
  resolveRef(ref: string): string | undefined {
    const name = ref.replace(/^refs\/heads\//, '')
    if (this.branches.has(name)) return this.branches.get(name)
    return this.commits.has(ref) ? ref : undefined
  }

  fileAt(sha: string, path: string): TreeEntry | undefined {
    return this.tree.get(sha)?.get(path)
  }

  /** The blob sha GitHub reports for a PR file: its head blob, base blob for removed files, else a stable placeholder. */
  fileSha(pull: PullRecord, file: SeedFile): string {
    if (file.sha) return file.sha
    const sha = file.status === 'removed' ? pull.seed.baseSha : pull.seed.headSha
    const entry = this.fileAt(
      sha,
      file.status === 'removed' ? (file.previous_filename ?? file.filename) : file.filename
    )
    if (entry?.kind === 'file') return gitBlobSha(entry.content)
    if (entry?.kind === 'symlink') return gitBlobSha(Buffer.from(entry.target))
    return gitBlobSha(Buffer.from(`${sha}:${file.filename}`))
  }

  user(spec: UserSpec = this.actor): Json {
    return user(this.ctx, spec)
  }

  pullRequestJson(pull: PullRecord): Json {
    const { seed } = pull
    const n = seed.number
    const url = `${this.apiRepoUrl()}/pulls/${n}`
    const html = `${this.htmlRepoUrl()}/pull/${n}`
    const issueUrl = `${this.apiRepoUrl()}/issues/${n}`
    const headOwner = seed.fork ? FORKER : this.owner
    const headRef = seed.headRef ?? `pr-${n}`
    const baseRef = seed.baseRef ?? this.ctx.defaultBranch
    const baseRepo = repository(this.ctx, this.owner, this.ctx.repo, this.ctx.repoId, { fork: false })
    const headRepo = seed.fork
      ? repository(this.ctx, FORKER, this.ctx.repo, this.ctx.repoId + 1, { fork: true })
      : baseRepo
    let additions = 0
    let deletions = 0
    for (const parsed of pull.patches.values()) {
      additions += parsed?.additions ?? 0
      deletions += parsed?.deletions ?? 0
    }
    const reviewComments = [...this.reviewComments.values()].filter(c => c.pull === n && !c.pending).length
    const comments = [...this.issueComments.values()].filter(c => c.issue === n).length
    return fill('pull-request', {
      url,
      id: pull.id,
      node_id: nodeId('PR', pull.id),
      html_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      issue_url: issueUrl,
      commits_url: `${url}/commits`,
      review_comments_url: `${url}/comments`,
      review_comment_url: `${this.apiRepoUrl()}/pulls/comments{/number}`,
      comments_url: `${issueUrl}/comments`,
      statuses_url: `${this.apiRepoUrl()}/statuses/${seed.headSha}`,
      number: n,
      state: 'open',
      locked: false,
      title: seed.title ?? `Pull request ${n}`,
      user: this.user(pull.author),
      body: seed.body ?? null,
      created_at: '2024-01-01T00:00:00Z',
      updated_at: '2024-01-01T00:00:00Z',
      merge_commit_sha: seed.mergeSha ?? null,
      draft: seed.draft ?? false,
      head: {
        label: `${headOwner.login}:${headRef}`,
        ref: headRef,
        sha: seed.headSha,
        user: this.user(headOwner),
        repo: headRepo
      },
      base: {
        label: `${this.owner.login}:${baseRef}`,
        ref: baseRef,
        sha: seed.baseSha,
        user: this.user(this.owner),
        repo: baseRepo
      },
      _links: {
        self: link(url),
        html: link(html),
        issue: link(issueUrl),
        comments: link(`${issueUrl}/comments`),
        review_comments: link(`${url}/comments`),
        review_comment: link(`${this.apiRepoUrl()}/pulls/comments{/number}`),
        commits: link(`${url}/commits`),
        statuses: link(`${this.apiRepoUrl()}/statuses/${seed.headSha}`)
      },
      author_association: seed.fork ? 'FIRST_TIME_CONTRIBUTOR' : 'CONTRIBUTOR',
      merged: false,
      mergeable: null,
      mergeable_state: 'unknown',
      maintainer_can_modify: false,
      comments,
      review_comments: reviewComments,
      commits: 1 + (seed.previousHeadShas?.length ?? 0),
      additions,
      deletions,
      changed_files: seed.files.length
    })
  }

  diffEntryJson(pull: PullRecord, file: SeedFile): Json {
    const parsed = pull.patches.get(file.filename)
    const sha = pull.seed.headSha
    const encoded = file.filename.split('/').map(encodeURIComponent).join('/')
    const entry: Json = {
      sha: this.fileSha(pull, file),
      filename: file.filename,
      status: file.status,
      additions: parsed?.additions ?? 0,
      deletions: parsed?.deletions ?? 0,
      changes: (parsed?.additions ?? 0) + (parsed?.deletions ?? 0),
      blob_url: `${this.htmlRepoUrl()}/blob/${sha}/${encoded}`,
      raw_url: `${this.htmlRepoUrl()}/raw/${sha}/${encoded}`,
      contents_url: `${this.apiRepoUrl()}/contents/${encoded}?ref=${sha}`
    }
    if (file.patch !== undefined) entry.patch = file.patch
    if (file.previous_filename !== undefined) entry.previous_filename = file.previous_filename
    return entry
  }

  githubActionsApp(): Json {
    return fill('integration', {
      id: 15368,
      slug: 'github-actions',
      node_id: 'MDM6QXBwMTUzNjg=',
      owner: this.user({ login: 'github', id: 9919, type: 'User' }),
      name: 'GitHub Actions',
      description: 'Automate your workflow from idea to production',
      external_url: 'https://help.github.com/en/actions',
      html_url: 'https://github.com/apps/github-actions',
      created_at: '2018-07-30T09:30:17Z',
      updated_at: '2024-01-01T00:00:00Z',
      permissions: { checks: 'write', contents: 'write', metadata: 'read', pull_requests: 'write' },
      events: ['check_run', 'pull_request']
    })
  }

  /** Pull requests whose head is this commit, in the minimal form check runs carry (fork PRs are left out, as on GitHub). */
  pullRequestsForSha(sha: string): Json[] {
    return [...this.pulls.values()]
      .filter(pull => pull.seed.headSha === sha && !pull.seed.fork)
      .map(pull => {
        const repo = { id: this.ctx.repoId, url: this.apiRepoUrl(), name: this.ctx.repo }
        return {
          id: pull.id,
          number: pull.seed.number,
          url: `${this.apiRepoUrl()}/pulls/${pull.seed.number}`,
          head: { ref: pull.seed.headRef ?? `pr-${pull.seed.number}`, sha: pull.seed.headSha, repo },
          base: { ref: pull.seed.baseRef ?? this.ctx.defaultBranch, sha: pull.seed.baseSha, repo }
        }
      })
  }

  now(): string {
    return timestamp()
  }
}
