#!/usr/bin/env node
// npm run bench -- [--output bench-results.json] [--quick] [...]: builds the benchmark (bench/main.ts) with
// ncc into build/bench, then runs it on one CPU (taskset, when the machine has it) with --expose-gc. The
// action and the CLI it starts are the committed bundles in dist/. See docs/performance.md.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { cpus } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)

for (const bundle of ['dist/index.js', 'dist/cli/index.js'])
  if (!existsSync(join(root, bundle))) {
    console.error(`bench: ${bundle} is missing; run npm run build first`)
    process.exit(2)
  }

const ncc = createRequire(import.meta.url).resolve('@vercel/ncc/dist/ncc/cli.js')
const build = spawnSync(
  process.execPath,
  [ncc, 'build', 'bench/main.ts', '-o', 'build/bench', '--source-map', '--quiet'],
  {
    cwd: root,
    stdio: 'inherit'
  }
)
if (build.status !== 0) process.exit(build.status ?? 2)

/** The last CPU of the machine: the benchmark and everything it starts run there, on one core. */
function pinning() {
  const probe = spawnSync('taskset', ['--version'], { stdio: 'ignore' })
  if (probe.error !== undefined || probe.status !== 0)
    return { prefix: [], label: 'not pinned: taskset is not available' }
  const cpu = String(cpus().length - 1)
  return { prefix: ['taskset', '--cpu-list', cpu], label: `taskset --cpu-list ${cpu}` }
}

const pin = pinning()
const command = [
  ...pin.prefix,
  process.execPath,
  '--expose-gc',
  '--max-old-space-size=8192',
  join(root, 'build', 'bench', 'index.js'),
  ...args
]
const run = spawnSync(command[0], command.slice(1), {
  cwd: root,
  stdio: 'inherit',
  env: {
    ...process.env,
    DEMARC_BENCH_PINNING: pin.label,
    DEMARC_BENCH_CWD: process.env.INIT_CWD ?? process.cwd(),
    DEMARC_BENCH_COMMAND: ['npm run bench --', ...args].join(' ')
  }
})
process.exit(run.status ?? 2)
