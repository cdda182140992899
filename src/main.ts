import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import * as core from '@actions/core'
import * as github from '@actions/github'
import { loadBundledConfig } from './config/load-bundled-config.js'
import type { Owner, Report } from './model.js'
import { OWNERS, SEVERITIES } from './model.js'
import { renderJson, renderMarkdown } from './render/index.js'
import type { FailOn } from './report/gate.js'
import { scanCheckout } from './scan-checkout.js'
import { rangeFromEvent } from './scope/event-range.js'

/** The action: inputs → scan → job summary, outputs and report file → gate. */
export async function run(): Promise<void> {
  try {
    const failOn = choice('fail-on', [...SEVERITIES, 'never'] as const, 'high') as FailOn
    const owners = core
      .getInput('fail-on-owner')
      .split(',')
      .filter(o => o.trim() !== '')
      .map(o => checkChoice('fail-on-owner', o.trim(), OWNERS)) as Owner[]
    const scope = choice('scope', ['changes', 'all'] as const, 'changes')
    const root = process.env.GITHUB_WORKSPACE ?? process.cwd()
    const { eventName, payload, sha } = github.context
    const range = rangeFromEvent(
      eventName,
      payload as Parameters<typeof rangeFromEvent>[1],
      optional({ scope }),
      sha
    )
    const gate = { failOn, owners: owners.length > 0 ? owners : (['customer', 'shared'] as Owner[]) }
    const config = loadBundledConfig()
    const report = await core.group('Scan', () =>
      scanCheckout(
        range.mode === 'changes' ? { root, base: range.base, head: range.head, gate } : { root, gate },
        config
      )
    )
    await publish(report, root)
    if (report.gate.conclusion === 'failure') core.setFailed(`Demarc: ${report.gate.reason}`)
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error))
  }
}

async function publish(report: Report, root: string): Promise<void> {
  await core.summary.addRaw(renderMarkdown(report)).write()
  const reportFile = core.getInput('report-file')
  if (reportFile !== '') {
    writeFileSync(resolve(root, reportFile), renderJson(report))
    core.setOutput('report-file', reportFile)
  }
  const count = (status: string) => report.findings.filter(f => f.status === status).length
  core.setOutput('conclusion', report.gate.conclusion)
  core.setOutput('new-findings', count('new'))
  core.setOutput('fixed-findings', count('fixed'))
  core.info(`Demarc: ${report.gate.conclusion}: ${report.gate.reason}`)
}

function optional(inputs: { scope: 'changes' | 'all' }): {
  scope: 'changes' | 'all'
  base?: string
  head?: string
} {
  const out: { scope: 'changes' | 'all'; base?: string; head?: string } = { ...inputs }
  const base = core.getInput('base')
  const head = core.getInput('head')
  if (base !== '') out.base = base
  if (head !== '') out.head = head
  return out
}

function choice<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const value = core.getInput(name)
  return value === '' ? fallback : checkChoice(name, value, allowed)
}

function checkChoice<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new Error(`Input '${name}' must be one of ${allowed.join(', ')}; got '${value}'`)
}
