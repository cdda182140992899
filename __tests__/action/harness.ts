// Runs dist/index.js as the Actions runner does (event file, INPUT_*, file commands) against the fake GitHub,
// and builds pull requests from real git repositories so that the fake's hunks are git's own.
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import type { FakeGitHub, RecordedCall, SeedFile } from '../fake-github/fake-github.js'
import { runNode } from '../fake-github/run-node.js'
import { ROOT } from '../bundle/run-bundle.js'
import { prepareRunner } from './runner.js'

/** The Node that runs the bundle: DEMARC_NODE (CI sets Node 24, the action's runtime) or this one. */
export const NODE = process.env.DEMARC_NODE ?? process.execPath

export const WRITE_TOKEN = 'ghs_write_token_never_printed'
export const READ_ONLY_TOKEN = 'ghs_fork_token_never_printed'

export interface ActionResult {
  status: number | null
  stdout: string
  stderr: string
  summary: string
  outputs: Record<string, string>
  /** The requests this run made, in order. */
  calls: RecordedCall[]
}

export interface ActionOptions {
  fake: FakeGitHub
  workspace: string
  event: string
  payload: object
  /** GITHUB_SHA. */
  sha: string
  inputs?: Record<string, string>
  token?: string
}

/** Starts `node dist/index.js` without blocking the fake, which answers from this process. */
export async function runAction(options: ActionOptions): Promise<ActionResult> {
  const runner = prepareRunner({
    ...options,
    apiUrl: options.fake.url,
    token: options.token ?? WRITE_TOKEN
  })
  const before = options.fake.calls.length
  const run = await runNode([join(ROOT, 'dist', 'index.js')], {
    cwd: options.workspace,
    env: runner.env,
    node: NODE,
    timeoutMs: 180_000
  })
  return {
    status: run.status,
    stdout: run.stdout,
    stderr: run.stderr,
    summary: runner.summary(),
    outputs: runner.outputs(),
    calls: options.fake.calls.slice(before)
  }
}

/** `METHOD /path` of each call, for readable assertions. */
export function routes(calls: readonly RecordedCall[]): string[] {
  return calls.map(c => `${c.method} ${c.path}`)
}

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'core.quotePath=false', ...args], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 1 << 28
  })
}

const STATUS: Record<string, SeedFile['status']> = { A: 'added', D: 'removed', M: 'modified', R: 'renamed' }

/**
 * The pull request's files as GitHub lists them, from `git diff` of the
 * repository: status, previous name and the patch (hunks without headers,
 * three lines of context, hunks not joined), so the fake's hunks are git's.
 * One `--raw` run for the names and one patch run, paired in order.
 */
export function pullFiles(dir: string, base: string, head: string): SeedFile[] {
  const options = ['-M', '--no-color', '--no-ext-diff', base, head]
  const raw = git(dir, 'diff', '--raw', '-z', ...options).split('\0')
  const sections = git(dir, 'diff', '-U3', '--inter-hunk-context=0', ...options).split(/^(?=diff --git )/m)
  const files: SeedFile[] = []
  for (let i = 0, n = 0; i < raw.length - 1; n++) {
    const letter = (raw[i] as string).split(' ')[4]?.charAt(0) ?? ''
    const renamed = letter === 'R'
    const [from, to] = [raw[i + 1] as string, (renamed ? raw[i + 2] : raw[i + 1]) as string]
    i += renamed ? 3 : 2
    const section = sections.filter(s => s !== '')[n] ?? ''
    const at = section.indexOf('\n@@ ')
    files.push({
      filename: to,
      status: STATUS[letter] ?? 'modified',
      ...(renamed ? { previous_filename: from } : {}),
      ...(at === -1 ? {} : { patch: section.slice(at + 1).replace(/\n$/, '') })
    })
  }
  return files
}

/** Every file of a commit into the fake (one `git cat-file --batch`), so the API fallback can read the commit. */
export function seedCommitFiles(fake: FakeGitHub, dir: string, sha: string): void {
  const entries = git(dir, 'ls-tree', '-r', '-z', sha)
    .split('\0')
    .filter(e => e !== '')
    .map(entry => {
      const [meta, path] = entry.split('\t') as [string, string]
      const [mode, , oid] = meta.split(' ') as [string, string, string]
      return { mode, oid, path }
    })
  const batch = execFileSync('git', ['cat-file', '--batch'], {
    cwd: dir,
    input: entries.map(e => `${e.oid}\n`).join(''),
    maxBuffer: 1 << 28
  })
  let at = 0
  for (const entry of entries) {
    const header = batch.subarray(at, batch.indexOf(0x0a, at)).toString('utf8')
    const size = Number(header.split(' ')[2])
    const start = at + header.length + 1
    const content = batch.subarray(start, start + size)
    at = start + size + 1
    if (entry.mode === '120000') fake.seedSymlink(sha, entry.path, content.toString('utf8'))
    else fake.seedFile(sha, entry.path, content)
  }
}

/** A pull_request(_target) payload as GitHub sends it, with what Demarc reads. */
export function pullPayload(pull: {
  number: number
  base: string
  head: string
  fork?: boolean
  changedFiles?: number
}) {
  const base = { full_name: 'owner/repo' }
  return {
    action: 'synchronize',
    number: pull.number,
    pull_request: {
      number: pull.number,
      changed_files: pull.changedFiles,
      base: { sha: pull.base, ref: 'main', repo: base },
      head: {
        sha: pull.head,
        ref: `pr-${pull.number}`,
        repo: pull.fork ? { full_name: 'forker/repo' } : base
      }
    },
    repository: base
  }
}

/**
 * A push to the pull request: the fake has no API for it, so its record is dropped and seeded again with
 * the new head, the old one kept as a previous head. Reviews and comments stay, as on GitHub.
 */
export function pushToPull(
  fake: FakeGitHub,
  pull: { number: number; base: string; head: string; files: SeedFile[]; previousHeads: string[] }
): void {
  ;(fake as unknown as { state: { pulls: Map<number, unknown> } }).state.pulls.delete(pull.number)
  fake.seedPullRequest({
    number: pull.number,
    baseSha: pull.base,
    headSha: pull.head,
    files: pull.files,
    previousHeadShas: pull.previousHeads
  })
}
