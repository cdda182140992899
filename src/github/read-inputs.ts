import * as core from '@actions/core'
import type { Owner } from '../model.js'
import { OWNERS, SEVERITIES } from '../model.js'
import { DEFAULT_GATE, type FailOn, type GatePolicy } from '../report/gate.js'

export type Mode = 'auto' | 'review' | 'report' | 'shard'
export type CommentsMode = 'review' | 'summary' | 'off'

/** The action's inputs (action.yml), checked: every value is one the action knows. */
export interface ActionInputs {
  token: string
  mode: Mode
  base?: string
  head?: string
  scope: 'changes' | 'all'
  paths: string[]
  exclude: string[]
  /** The configuration file, from the repository root (`.github/demarc.yml` unless the input names another). */
  config: string
  /** The `config` input was given: a missing file is then an error, not the defaults. */
  configGiven?: boolean
  /** The gate with the built-in defaults filled in: what `from-report` recomputes the gate with. */
  failOn: FailOn
  failOnOwner: Owner[]
  /** The gate inputs actually given: unset ones come from the configuration file, then the defaults. */
  gateGiven?: Partial<GatePolicy>
  comments: CommentsMode
  maxComments: number
  checkName: string
  sarifFile?: string
  reportFile?: string
  /** Publish this report (an artifact of a `pull_request` run) instead of scanning. */
  fromReport?: string
  /** The file holding the number of the pull request the report is about. */
  pullRequestNumberFile?: string
  /** A Terraform plan as JSON (relative to the workspace): the source of truth for what it covers. */
  terraformPlan?: string
  /** Publish the merge of these shards' reports (files or globs in the workspace) instead of scanning. */
  mergeReports?: string[]
}

/** Reads and checks every input; the first bad one throws, naming the input and what it accepts. */
export function readInputs(): ActionInputs {
  const failOnOwner = list('fail-on-owner').map(o => checkChoice('fail-on-owner', o, OWNERS))
  const failOn = core.getInput('fail-on')
  const gateGiven: Partial<GatePolicy> = {}
  if (failOn !== '') gateGiven.failOn = checkChoice('fail-on', failOn, [...SEVERITIES, 'never'] as const)
  if (failOnOwner.length > 0) gateGiven.owners = failOnOwner
  const inputs: ActionInputs = {
    token: core.getInput('github-token'),
    mode: choice('mode', ['auto', 'review', 'report', 'shard'] as const, 'auto'),
    scope: choice('scope', ['changes', 'all'] as const, 'changes'),
    paths: list('paths'),
    exclude: list('exclude'),
    config: configPath(core.getInput('config')),
    configGiven: core.getInput('config') !== '',
    failOn: gateGiven.failOn ?? DEFAULT_GATE.failOn,
    failOnOwner: [...(gateGiven.owners ?? DEFAULT_GATE.owners)],
    gateGiven,
    comments: choice('comments', ['review', 'summary', 'off'] as const, 'review'),
    maxComments: count('max-comments', 25),
    checkName: core.getInput('check-name') || 'Demarc'
  }
  const optional = {
    base: 'base',
    head: 'head',
    sarifFile: 'sarif-file',
    reportFile: 'report-file',
    fromReport: 'from-report',
    pullRequestNumberFile: 'pull-request-number-file',
    terraformPlan: 'terraform-plan'
  } as const
  for (const [key, name] of Object.entries(optional)) {
    const value = core.getInput(name)
    if (value !== '') inputs[key as keyof typeof optional] = value
  }
  const merge = list('merge-reports')
  if (merge.length > 0) inputs.mergeReports = merge
  if (inputs.token === '')
    throw new Error("Input 'github-token' is empty; leave it out to use the workflow's GITHUB_TOKEN")
  return inputs
}

// eslint-disable-next-line no-control-regex
const REPO_PATH = /^(?!\/)(?![A-Za-z]:)(?!(?:.*\/)?\.\.(?:\/|$))[^\u0000-\u001f\u007f\\]+$/

/**
 * The `config` input as a path from the repository root: the file is read
 * from a commit (the base of a pull request), not from the workspace.
 */
function configPath(value: string): string {
  if (value === '') return '.github/demarc.yml'
  const path = value.replace(/^(?:\.\/)+/, '')
  if (!REPO_PATH.test(path) || path.endsWith('/'))
    throw new Error(
      `Input 'config' must be a file's path from the repository root, without '..' (it is read from the commit, not the workspace); got '${value}'`
    )
  return path
}

/** Newline- or comma-separated values, trimmed, empty ones dropped. */
export function splitList(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map(item => item.trim())
    .filter(item => item !== '')
}

function list(name: string): string[] {
  return splitList(core.getInput(name))
}

function count(name: string, fallback: number): number {
  const value = core.getInput(name)
  if (value === '') return fallback
  if (!/^\d+$/.test(value))
    throw new Error(`Input '${name}' must be a whole number, 0 or more; got '${value}'`)
  return Number(value)
}

function choice<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const value = core.getInput(name)
  return value === '' ? fallback : checkChoice(name, value, allowed)
}

function checkChoice<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new Error(`Input '${name}' must be one of ${allowed.join(', ')}; got '${value}'`)
}
