#!/usr/bin/env node
// The demo: builds a two-commit git repository from examples/demo/base and
// examples/demo/head in a temporary folder, then runs the bundled CLI
// (dist/cli/index.js) on the change, exactly as a pull request would be
// reviewed. No GitHub, no network. DEMARC_NODE picks the Node binary that runs
// the bundle (CI uses it to run the demo under Node 24 as well).
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const example = join(root, 'examples', 'demo')
const repo = mkdtempSync(join(tmpdir(), 'demarc-demo-'))
const gitEnv = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'Demarc demo',
  GIT_AUTHOR_EMAIL: 'demo@example.invalid',
  GIT_COMMITTER_NAME: 'Demarc demo',
  GIT_COMMITTER_EMAIL: 'demo@example.invalid'
}
const git = (...args) => execFileSync('git', args, { cwd: repo, env: gitEnv, encoding: 'utf8' }).trim()

function commitTree(source, message) {
  for (const entry of readdirSync(repo)) if (entry !== '.git') rmSync(join(repo, entry), { recursive: true })
  cpSync(source, repo, { recursive: true })
  git('add', '--all')
  git('commit', '--quiet', '--message', message)
  return git('rev-parse', 'HEAD')
}

try {
  git('init', '--quiet', '--initial-branch', 'main')
  const base = commitTree(join(example, 'base'), 'Base: the infrastructure as it is on main')
  const head = commitTree(join(example, 'head'), 'Head: the pull request')
  const args = [join(root, 'dist', 'cli', 'index.js'), 'scan', '--repo', repo, '--base', base, '--head', head]
  args.push(...process.argv.slice(2))
  if (process.stdout.isTTY && !process.argv.includes('--no-color')) args.push('--color')
  const cli = spawnSync(process.env.DEMARC_NODE ?? process.execPath, args, { stdio: 'inherit' })
  // Exit 1 is the gate doing its job on the example's new findings; anything else is a failure of the demo.
  if (cli.status === 1)
    console.log('\n(The demo PR adds findings that gate: the CLI exited 1, as a CI step would.)')
  process.exitCode = cli.status === 0 || cli.status === 1 ? 0 : (cli.status ?? 2)
} finally {
  rmSync(repo, { recursive: true, force: true })
}
