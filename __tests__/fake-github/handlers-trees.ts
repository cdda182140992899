// Git trees: GET /git/trees/{tree_sha}, the listing the API fallback reads instead of the contents API
// (which follows symbolic links). The fake knows trees by commit: a commit sha or a branch name.
import type { Handler, HandlerContext } from './handler-context.js'
import { gitBlobSha, type Json } from './objects.js'
import { json, notFound } from './responses.js'
import type { TreeEntry } from './state.js'

/** GitHub returns at most this many entries from a recursive listing, then sets `truncated`. */
export const MAX_TREE_ENTRIES = 100_000

interface Row {
  path: string
  mode: string
  type: 'blob' | 'tree'
  sha: string
  size?: number
}

function treeSha(commit: string, dir: string): string {
  return gitBlobSha(Buffer.from(`tree:${commit}:${dir}`))
}

function blobRow(path: string, entry: TreeEntry): Row {
  const bytes = entry.kind === 'file' ? entry.content : Buffer.from(entry.target)
  return {
    path,
    mode: entry.kind === 'file' ? '100644' : '120000',
    type: 'blob',
    sha: gitBlobSha(bytes),
    size: bytes.length
  }
}

/** Every file and every directory above one, as `git ls-tree -r -t` lists them (directories first). */
function allRows(commit: string, entries: Map<string, TreeEntry>): Row[] {
  const rows = new Map<string, Row>()
  for (const [path, entry] of entries) {
    const parts = path.split('/')
    for (let i = 1; i < parts.length; i++) {
      const dir = parts.slice(0, i).join('/')
      if (!rows.has(dir))
        rows.set(dir, { path: dir, mode: '040000', type: 'tree', sha: treeSha(commit, dir) })
    }
    rows.set(path, blobRow(path, entry))
  }
  return [...rows.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}

function rowJson(ctx: HandlerContext, row: Row): Json {
  const kind = row.type === 'tree' ? 'trees' : 'blobs'
  return { ...row, url: `${ctx.repo.apiRepoUrl()}/git/${kind}/${row.sha}` }
}

/** `recursive` set to any value lists the whole tree; otherwise only the top level. */
const getTree: Handler = ctx => {
  const ref = ctx.pathParams.tree_sha ?? ''
  const commit = ctx.repo.resolveRef(ref)
  const entries = commit === undefined ? undefined : ctx.repo.tree.get(commit)
  if (commit === undefined || entries === undefined) return notFound(ctx.op)
  const recursive = ctx.query.recursive !== undefined
  const rows = allRows(commit, entries).filter(row => recursive || !row.path.includes('/'))
  const truncated = rows.length > MAX_TREE_ENTRIES
  const sha = treeSha(commit, '')
  return json(200, {
    sha,
    url: `${ctx.repo.apiRepoUrl()}/git/trees/${sha}`,
    tree: rows.slice(0, MAX_TREE_ENTRIES).map(row => rowJson(ctx, row)),
    truncated
  })
}

export const treeHandlers: Record<string, Handler> = {
  'git/get-tree': getTree
}
