// The repository, file contents at a ref, git blobs and comparisons: the API fallback for reading sources.
import { posix } from 'node:path'
import type { Handler, HandlerContext } from './handler-context.js'
import { fill, gitBlobSha, githubBase64, HTML_BASE, nodeId, repository, type Json } from './objects.js'
import { forbidden, json, notFound, unprocessableMessage, type HandlerResult } from './responses.js'
import type { TreeEntry } from './state.js'

/** Above this size the contents API answers only with the raw (or object) media type. */
export const MAX_CONTENTS_BYTES = 1024 * 1024
/** The comparison lists at most this many files, on its first page only. */
export const MAX_COMPARE_FILES = 300

function wantsRaw(ctx: HandlerContext): boolean {
  return /application\/vnd\.github(\.v3)?\.raw/.test(ctx.accept)
}

function wantsObject(ctx: HandlerContext): boolean {
  return /application\/vnd\.github(\.v3)?\.object/.test(ctx.accept)
}

function raw(data: Buffer): HandlerResult {
  return { status: 200, raw: { contentType: 'text/plain; charset=utf-8', data } }
}

function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/')
}

function contentLinks(
  ctx: HandlerContext,
  path: string,
  ref: string,
  sha: string,
  type: 'file' | 'dir' | 'symlink'
): Json {
  const self = `${ctx.repo.apiRepoUrl()}/contents/${encodePath(path)}?ref=${encodeURIComponent(ref)}`
  const git = `${ctx.repo.apiRepoUrl()}/git/${type === 'dir' ? 'trees' : 'blobs'}/${sha}`
  const html = `${ctx.repo.htmlRepoUrl()}/${type === 'dir' ? 'tree' : 'blob'}/${encodeURIComponent(ref)}/${encodePath(path)}`
  return {
    name: posix.basename(path),
    path,
    sha,
    url: self,
    git_url: git,
    html_url: html,
    download_url:
      type === 'dir'
        ? null
        : `https://raw.githubusercontent.com/${ctx.repo.ctx.owner}/${ctx.repo.ctx.repo}/${ref}/${encodePath(path)}`,
    _links: { self, git, html }
  }
}

function fileJson(
  ctx: HandlerContext,
  path: string,
  ref: string,
  content: Buffer,
  omitContent: boolean
): Json {
  const sha = gitBlobSha(content)
  return fill('content-file', {
    ...contentLinks(ctx, path, ref, sha, 'file'),
    type: 'file',
    size: content.length,
    encoding: omitContent ? 'none' : 'base64',
    content: omitContent ? '' : githubBase64(content)
  })
}

function entryJson(ctx: HandlerContext, path: string, ref: string, entry: TreeEntry | 'dir'): Json {
  if (entry === 'dir') {
    return {
      ...contentLinks(ctx, path, ref, gitBlobSha(Buffer.from(`tree:${path}`)), 'dir'),
      type: 'dir',
      size: 0
    }
  }
  const bytes = entry.kind === 'file' ? entry.content : Buffer.from(entry.target)
  const type = entry.kind === 'file' ? 'file' : 'symlink'
  return { ...contentLinks(ctx, path, ref, gitBlobSha(bytes), type), type, size: bytes.length }
}

function directory(ctx: HandlerContext, sha: string, path: string, ref: string): Json[] | undefined {
  const prefix = `${path.replace(/\/$/, '')}/`
  const children = new Map<string, TreeEntry | 'dir'>()
  for (const [name, entry] of ctx.repo.tree.get(sha) ?? []) {
    if (!name.startsWith(prefix)) continue
    const rest = name.slice(prefix.length)
    const slash = rest.indexOf('/')
    if (slash === -1) children.set(name, entry)
    else children.set(prefix + rest.slice(0, slash), 'dir')
  }
  if (children.size === 0) return undefined
  return [...children.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, entry]) => entryJson(ctx, name, ref, entry))
}

function tooLarge(ctx: HandlerContext): HandlerResult {
  const result = forbidden(
    ctx.op,
    'This API returns blobs up to 1 MB in size. The requested blob is too large to fetch via the API, but you can use the Git Data API to request blobs up to 100 MB in size.'
  )
  const body = result.body as Json
  return { ...result, body: { ...body, errors: [{ resource: 'Blob', field: 'data', code: 'too_large' }] } }
}

function fileResult(ctx: HandlerContext, path: string, ref: string, content: Buffer): HandlerResult {
  if (wantsRaw(ctx)) return raw(content)
  const large = content.length > MAX_CONTENTS_BYTES
  if (large && !wantsObject(ctx)) return tooLarge(ctx)
  return json(200, fileJson(ctx, path, ref, content, large))
}

/**
 * GET /contents/{path}: a file (base64, 60-character lines), a directory listing, or a symlink. As on
 * GitHub, a symlink whose target is a regular file in the repository is answered with that file.
 */
const getContent: Handler = ctx => {
  const path = (ctx.pathParams.path ?? '').replace(/^\/+/, '')
  const ref = ctx.query.ref ?? ctx.repo.ctx.defaultBranch
  const sha = ctx.repo.resolveRef(ref)
  if (!sha) return notFound(ctx.op, `No commit found for the ref ${ref}`)
  const entry = ctx.repo.fileAt(sha, path)
  if (entry?.kind === 'file') return fileResult(ctx, path, ref, entry.content)
  if (entry?.kind === 'symlink') {
    const target = posix.normalize(posix.join(posix.dirname(path), entry.target))
    const resolved = target.startsWith('../') ? undefined : ctx.repo.fileAt(sha, target)
    if (resolved?.kind === 'file') return fileResult(ctx, target, ref, resolved.content)
    if (wantsRaw(ctx)) return raw(Buffer.from(entry.target))
    return json(200, fill('content-symlink', { ...entryJson(ctx, path, ref, entry), target: entry.target }))
  }
  const listing = directory(ctx, sha, path, ref)
  return listing ? json(200, listing) : notFound(ctx.op)
}

const getBlob: Handler = ctx => {
  const sha = ctx.pathParams.file_sha ?? ''
  if (!/^[0-9a-f]{40}$/.test(sha)) {
    ctx.violate('path-params', `blob sha ${JSON.stringify(sha)} is not 40 lowercase hex digits`, true)
    return unprocessableMessage(
      ctx.op,
      'The sha parameter must be exactly 40 characters and contain only [0-9a-f].'
    )
  }
  const content = ctx.repo.blobs.get(sha)
  if (!content) return notFound(ctx.op)
  if (wantsRaw(ctx)) return raw(content)
  return json(
    200,
    fill('blob', {
      sha,
      node_id: nodeId('B', Number.parseInt(sha.slice(0, 8), 16)),
      size: content.length,
      url: `${ctx.repo.apiRepoUrl()}/git/blobs/${sha}`,
      content: githubBase64(content),
      encoding: 'base64'
    })
  )
}

function commitJson(ctx: HandlerContext, sha: string, parents: string[]): Json {
  const url = `${ctx.repo.apiRepoUrl()}/commits/${sha}`
  const person = { name: 'Contributor', email: 'contributor@example.invalid', date: '2024-01-01T00:00:00Z' }
  return fill('commit', {
    url,
    sha,
    node_id: nodeId('C', Number.parseInt(sha.slice(0, 8), 16) || 1),
    html_url: `${ctx.repo.htmlRepoUrl()}/commit/${sha}`,
    comments_url: `${url}/comments`,
    commit: {
      url: `${ctx.repo.apiRepoUrl()}/git/commits/${sha}`,
      author: person,
      committer: person,
      message: `Commit ${sha.slice(0, 7)}`,
      comment_count: 0,
      tree: { sha: gitBlobSha(Buffer.from(`tree:${sha}`)), url: `${ctx.repo.apiRepoUrl()}/git/trees/${sha}` }
    },
    parents: parents.map(p => ({
      sha: p,
      url: `${ctx.repo.apiRepoUrl()}/commits/${p}`,
      html_url: `${HTML_BASE}/commit/${p}`
    }))
  })
}

/** GET /compare/{base}...{head}: the files of the seeded pull request with that base and head. */
const compare: Handler = ctx => {
  const [baseRef, headRef, extra] = (ctx.pathParams.basehead ?? '').split('...')
  if (!baseRef || !headRef || extra !== undefined) return notFound(ctx.op)
  const base = ctx.repo.resolveRef(baseRef)
  const head = ctx.repo.resolveRef(headRef)
  if (!base || !head) return notFound(ctx.op)
  const pull = [...ctx.repo.pulls.values()].find(p => p.seed.baseSha === base && p.seed.headSha === head)
  const files =
    pull && (ctx.query.page ?? '1') === '1'
      ? pull.seed.files.slice(0, MAX_COMPARE_FILES).map(file => ctx.repo.diffEntryJson(pull, file))
      : []
  const html = `${ctx.repo.htmlRepoUrl()}/compare/${baseRef}...${headRef}`
  const same = base === head
  return json(
    200,
    fill('commit-comparison', {
      url: `${ctx.repo.apiRepoUrl()}/compare/${baseRef}...${headRef}`,
      html_url: html,
      permalink_url: `${ctx.repo.htmlRepoUrl()}/compare/${ctx.repo.ctx.owner}:${base.slice(0, 7)}...${ctx.repo.ctx.owner}:${head.slice(0, 7)}`,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      base_commit: commitJson(ctx, base, []),
      merge_base_commit: commitJson(ctx, base, []),
      status: same ? 'identical' : 'ahead',
      ahead_by: same ? 0 : 1,
      behind_by: 0,
      total_commits: same ? 0 : 1,
      commits: same ? [] : [commitJson(ctx, head, [base])],
      files
    })
  )
}

const getRepository: Handler = ctx =>
  json(
    200,
    repository(ctx.repo.ctx, ctx.repo.owner, ctx.repo.ctx.repo, ctx.repo.ctx.repoId, {
      fork: false,
      full: true
    })
  )

export const contentHandlers: Record<string, Handler> = {
  'repos/get': getRepository,
  'repos/get-content': getContent,
  'git/get-blob': getBlob,
  'repos/compare-commits-with-basehead': compare
}
