// API objects as GitHub returns them. Each starts from a minimal sample of its schema in the description
// (so every required field is there with a valid type) and is filled with meaningful values.
import { createHash } from 'node:crypto'
import { getOpenApi } from './openapi.js'
import type { UserSpec } from './types.js'

export type Json = Record<string, unknown>

export interface RepoContext {
  /** API base URL, e.g. http://127.0.0.1:1234 */
  api: string
  owner: string
  repo: string
  repoId: number
  defaultBranch: string
}

export const HTML_BASE = 'https://github.com'

export function timestamp(date = new Date()): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

export function nodeId(prefix: string, id: number): string {
  return `${prefix}_${Buffer.from(`fake:${id}`).toString('base64url')}`
}

/** The git object id of a blob with this content, as `git hash-object` computes it. */
export function gitBlobSha(content: Buffer): string {
  return createHash('sha1').update(`blob ${content.length}\0`).update(content).digest('hex')
}

/** Base64 with a newline every 60 characters, as GitHub's contents and blobs APIs send it. */
export function githubBase64(content: Buffer): string {
  const flat = content.toString('base64')
  return (flat.match(/.{1,60}/g) ?? []).map(line => `${line}\n`).join('')
}

export function fill(sampleName: string, values: Json): Json {
  return merge(getOpenApi().sample(sampleName) as Json, values)
}

function merge(base: Json, values: Json): Json {
  const out: Json = { ...base }
  for (const [key, value] of Object.entries(values)) {
    const current = out[key]
    out[key] = isPlainObject(value) && isPlainObject(current) ? merge(current, value) : value
  }
  return out
}

function isPlainObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function user(ctx: RepoContext, spec: UserSpec): Json {
  const url = `${ctx.api}/users/${encodeURIComponent(spec.login)}`
  return fill('simple-user', {
    login: spec.login,
    id: spec.id,
    node_id: nodeId(spec.type === 'Bot' ? 'BOT' : 'U', spec.id),
    avatar_url: `https://avatars.githubusercontent.com/u/${spec.id}?v=4`,
    gravatar_id: '',
    url,
    html_url: `${HTML_BASE}/${spec.type === 'Bot' ? 'apps/' + spec.login.replace(/\[bot\]$/, '') : spec.login}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type: spec.type,
    site_admin: false
  })
}

export function repository(
  ctx: RepoContext,
  owner: UserSpec,
  name: string,
  id: number,
  options: { fork: boolean; full?: boolean }
): Json {
  const fullName = `${owner.login}/${name}`
  const url = `${ctx.api}/repos/${fullName}`
  const values: Json = {
    id,
    node_id: nodeId('R', id),
    name,
    full_name: fullName,
    owner: user(ctx, owner),
    private: false,
    fork: options.fork,
    url,
    html_url: `${HTML_BASE}/${fullName}`,
    description: null,
    default_branch: ctx.defaultBranch,
    clone_url: `${HTML_BASE}/${fullName}.git`,
    git_url: `git://github.com/${fullName}.git`,
    ssh_url: `git@github.com:${fullName}.git`,
    svn_url: `${HTML_BASE}/${fullName}`,
    contents_url: `${url}/contents/{+path}`,
    pulls_url: `${url}/pulls{/number}`,
    issues_url: `${url}/issues{/number}`,
    compare_url: `${url}/compare/{base}...{head}`,
    blobs_url: `${url}/git/blobs{/sha}`,
    trees_url: `${url}/git/trees{/sha}`,
    statuses_url: `${url}/statuses/{sha}`,
    created_at: '2024-01-01T00:00:00Z',
    updated_at: '2024-01-01T00:00:00Z',
    pushed_at: '2024-01-01T00:00:00Z',
    visibility: 'public'
  }
  if (options.full) {
    Object.assign(values, { network_count: 0, subscribers_count: 0, has_discussions: false })
  }
  return fill(options.full ? 'full-repository' : 'repository', values)
}

export function link(href: string): Json {
  return { href }
}
