import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import { startFakeGitHub, type FakeGitHub } from '../fake-github/fake-github.js'
import {
  createTempRepo,
  isolateGitConfig,
  makeTempDir,
  removeTempDirs,
  type TempRepo
} from '../helpers/temp-repo.js'
import { pullFiles, pullPayload, routes, runAction, seedCommitFiles, WRITE_TOKEN } from './harness.js'

// .github/demarc.yml as the action reads it: from the pull request's base, never from its head.
const CONFIG = '.github/demarc.yml'
const RULE = 'rds-storage-unencrypted'
const DB =
  'resource "aws_db_instance" "db" {\n  engine            = "postgres"\n  storage_encrypted = false\n}\n'
const BASE_CONFIG = `version: 1
gate:
  fail-on: medium
  fail-on-owner: [customer]
owners:
  business-continuity: customer
`
/** What a pull request would write to get its own findings out of the way. */
const HEAD_CONFIG = `version: 1
gate:
  fail-on: never
rules:
  ${RULE}:
    enabled: false
`
const PR = 7

let restore: () => void
let repo: TempRepo
let base: string
let head: string
let fake: FakeGitHub

beforeAll(() => {
  restore = isolateGitConfig()
  repo = createTempRepo()
  repo.write(CONFIG, BASE_CONFIG)
  repo.write('README.md', 'infrastructure\n')
  base = repo.commitAll('base')
  repo.write(CONFIG, HEAD_CONFIG)
  repo.write('infra/db.tf', DB)
  head = repo.commitAll('adds a database and turns its control off')
})

afterAll(() => {
  removeTempDirs()
  restore()
})

beforeEach(async () => {
  fake = await startFakeGitHub({ token: WRITE_TOKEN })
  fake.seedCommit(base)
  fake.seedCommit(head)
  fake.seedPullRequest({ number: PR, baseSha: base, headSha: head, files: pullFiles(repo.dir, base, head) })
})

afterEach(async () => {
  expect(fake.violations).toEqual([])
  expect(fake.responseProblems).toEqual([])
  await fake.close()
})

const payload = () => pullPayload({ number: PR, base, head })

describe('a pull request that changes the configuration', () => {
  test('is reviewed with the base’s: its control still runs, the base’s gate and owners apply', async () => {
    const result = await runAction({
      fake,
      workspace: repo.dir,
      event: 'pull_request',
      payload: payload(),
      sha: head
    })
    expect(result.stdout).toContain(
      `Configuration: ${CONFIG} as of ${base} (owners set: business-continuity: customer)`
    )
    expect(result.status).toBe(1)
    expect(result.outputs).toMatchObject({ conclusion: 'failure' })
    expect(result.summary).toContain(RULE)
    expect(result.summary).toContain('Customer, set by `.github/demarc.yml`; the matrix says AWS')
    expect(fake.checkRuns()[0]).toMatchObject({ head_sha: head, conclusion: 'failure' })
  }, 60_000)

  test('through the API (no checkout of the commits), the base’s file is read the same way', async () => {
    seedCommitFiles(fake, repo.dir, base)
    seedCommitFiles(fake, repo.dir, head)
    const result = await runAction({
      fake,
      workspace: makeTempDir(),
      event: 'pull_request_target',
      payload: payload(),
      sha: base
    })
    expect(result.status).toBe(1)
    expect(result.summary).toContain(RULE)
    const reads = routes(result.calls).filter(r => r.startsWith('GET'))
    expect(reads).toContain(`GET /repos/owner/repo/git/trees/${base}`)
    expect(reads.filter(r => r.includes('/contents/'))).toEqual([])
  }, 60_000)
})

describe('a bad configuration fails the step before any request, naming the key', () => {
  test('an unknown rule id at the base', async () => {
    const broken = createTempRepo()
    broken.write(CONFIG, 'version: 1\nrules:\n  rds-storage-unencryptd:\n    enabled: false\n')
    const brokenBase = broken.commitAll('base')
    broken.write('infra/db.tf', DB)
    const brokenHead = broken.commitAll('head')
    const result = await runAction({
      fake,
      workspace: broken.dir,
      event: 'push',
      payload: { before: brokenBase, after: brokenHead },
      sha: brokenHead
    })
    expect(result.status).toBe(1)
    expect(result.stdout).toContain(
      '::error::1 problem in the configuration file:%0A.github/demarc.yml: rules.rds-storage-unencryptd: unknown rule id (did you mean rds-storage-unencrypted?)'
    )
    expect(result.calls).toEqual([])
  }, 60_000)

  test('a config input naming a file that is not there', async () => {
    const result = await runAction({
      fake,
      workspace: repo.dir,
      event: 'pull_request',
      payload: payload(),
      sha: head,
      inputs: { config: 'ci/demarc.yml' }
    })
    expect(result.status).toBe(1)
    expect(result.stdout).toContain(
      `::error::1 problem in the configuration file:%0Aci/demarc.yml: no such file in ${base}`
    )
    expect(result.calls).toEqual([])
  }, 60_000)
})

describe('inputs over the file', () => {
  test('fail-on given wins over the base’s gate.fail-on', async () => {
    const result = await runAction({
      fake,
      workspace: repo.dir,
      event: 'pull_request',
      payload: payload(),
      sha: head,
      inputs: { 'fail-on': 'never', mode: 'report' }
    })
    expect(result.status).toBe(0)
    expect(result.outputs).toMatchObject({ conclusion: 'neutral' })
  }, 60_000)
})
