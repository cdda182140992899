import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { runChild } from '../child/run-child.js'
import { emptyChangeRepo } from '../corpus/empty-change.js'
import { profileInProcess } from '../profile/profile-in-process.js'
import { summariseProfile, type CpuProfile, type ProfileSummary } from '../profile/summarise-profile.js'
import { measurePullRequest } from './pull-request.js'

export interface ProfileFigure {
  name: string
  what: string
  /** The raw profile, for a closer look in any viewer of .cpuprofile files. */
  file: string
  summary: ProfileSummary
}

const INTERVAL_US = '100'

function keep(dir: string, name: string, what: string, profile: CpuProfile): ProfileFigure {
  mkdirSync(dir, { recursive: true })
  const file = join(dir, `${name}.cpuprofile`)
  writeFileSync(file, JSON.stringify(profile))
  return { name, what, file, summary: summariseProfile(profile) }
}

/** The newest profile `node --cpu-prof` left in `dir`. */
function lastProfile(dir: string): CpuProfile {
  const files = readdirSync(dir)
    .filter(f => f.endsWith('.cpuprofile'))
    .sort()
  const last = files[files.length - 1]
  if (last === undefined) throw new Error(`no .cpuprofile was written in ${dir}`)
  return JSON.parse(readFileSync(join(dir, last), 'utf8')) as CpuProfile
}

/** `run` profiled in this process; its value is handed back with the profile. */
export async function profileRun<T>(
  name: string,
  what: string,
  dir: string,
  run: () => Promise<T>
): Promise<{ value: T; profile: ProfileFigure }> {
  let value: T | undefined
  const profile = await profileInProcess(async () => (value = await run()))
  return { value: value as T, profile: keep(dir, name, what, profile) }
}

function profileArgs(dir: string): string[] {
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  return ['--cpu-prof', '--cpu-prof-dir', dir, '--cpu-prof-interval', INTERVAL_US]
}

/** `node --cpu-prof dist/cli/index.js scan` on an empty change: where start-up goes. */
export async function profileCliStart(root: string, node: string, dir: string): Promise<ProfileFigure> {
  const { repo, base, head } = emptyChangeRepo()
  const raw = join(dir, 'raw-cli')
  const args = [
    ...profileArgs(raw),
    join(root, 'dist', 'cli', 'index.js'),
    'scan',
    '--repo',
    repo.dir,
    '--base',
    base,
    '--head',
    head
  ]
  const run = await runChild(node, args, { cwd: repo.dir })
  if (run.status !== 0) throw new Error(`the profiled CLI exited ${run.status}: ${run.stderr}`)
  return keep(
    dir,
    'cli-cold-start',
    'node --cpu-prof dist/cli/index.js scan on an empty change',
    lastProfile(raw)
  )
}

/** One more run of the 50-file pull request with `node --cpu-prof`; idle time (waiting) is left out of the shares. */
export async function profilePullRequest(root: string, node: string, dir: string): Promise<ProfileFigure> {
  const raw = join(dir, 'raw-pull-request')
  await measurePullRequest(root, node, 1, profileArgs(raw))
  return keep(
    dir,
    'pull-request',
    'node --cpu-prof dist/index.js on the 50-file pull request',
    lastProfile(raw)
  )
}
