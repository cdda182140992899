import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import { getOctokit } from '@actions/github'
import { configRevision, readActionConfig } from '../../src/config/read-action-config.js'
import type { GitHubClient } from '../../src/github/client.js'
import { DEFAULT_GATE } from '../../src/report/gate.js'
import { scanCheckout } from '../../src/scan-checkout.js'
import { startFakeGitHub, type FakeGitHub } from '../fake-github/fake-github.js'
import {
  createTempRepo,
  isolateGitConfig,
  makeTempDir,
  removeTempDirs,
  type TempRepo
} from '../helpers/temp-repo.js'
import { bundledSources, CONFIG } from './scan-with-config.js'

const RULE = 's3-bucket-versioning-disabled'
const BUCKET = 'resource "aws_s3_bucket" "logs" {\n  bucket = "logs"\n}\n'
const BASE_CONFIG = 'version: 1\n'
/** What a pull request would write to get its own findings out of the way. */
const HEAD_CONFIG = `version: 1
rules:
  ${RULE}:
    enabled: false
ignore:
  - rule: s3-bucket-public-access-not-blocked
    paths: ['**']
    reason: trust me
`
const repoRef = { owner: 'owner', repo: 'repo' }

let restore: () => void
let repo: TempRepo
let base: string
let head: string

beforeAll(() => {
  restore = isolateGitConfig()
  repo = createTempRepo()
  repo.write(CONFIG, BASE_CONFIG)
  repo.write('README.md', 'infrastructure\n')
  base = repo.commitAll('base')
  repo.write(CONFIG, HEAD_CONFIG)
  repo.write('infra/main.tf', BUCKET)
  head = repo.commitAll('a pull request that adds a bucket and turns the control off')
})

afterAll(() => {
  removeTempDirs()
  restore()
})

describe('which commit the configuration comes from', () => {
  test('a change: its base; a whole tree: the scanned revision', () => {
    expect(configRevision({ mode: 'changes', base: 'b', head: 'h' })).toBe('b')
    expect(configRevision({ mode: 'all', head: 'h' })).toBe('h')
  })
})

describe('from the checkout’s git objects', () => {
  const client = {} as GitHubClient

  test('a pull request that turns a control off in its head still gets the finding', async () => {
    const range = { mode: 'changes' as const, base, head }
    const loaded = await readActionConfig(
      client,
      { root: repo.dir, repo: repoRef, range, file: CONFIG, explicit: false },
      bundledSources()
    )
    expect(loaded.revision).toBe(base)
    expect(loaded.config?.rules).toEqual([])
    expect(loaded.config?.ignores).toEqual([])
    const report = await scanCheckout(
      {
        root: repo.dir,
        base,
        head,
        gate: DEFAULT_GATE,
        ignores: { file: CONFIG, entries: loaded.config?.ignores ?? [] }
      },
      loaded
    )
    const mine = report.findings.filter(
      f => f.ruleId === RULE || f.ruleId === 's3-bucket-public-access-not-blocked'
    )
    expect(mine.map(f => [f.ruleId, f.status, f.suppressed])).toEqual([
      ['s3-bucket-public-access-not-blocked', 'new', false],
      [RULE, 'new', false]
    ])
  })

  test('a whole-tree scan reads the configuration of the revision it scans', async () => {
    const loaded = await readActionConfig(
      client,
      { root: repo.dir, repo: repoRef, range: { mode: 'all', head }, file: CONFIG, explicit: false },
      bundledSources()
    )
    expect(loaded.revision).toBe(head)
    expect(loaded.rules.applicable('terraform', 'aws_s3_bucket').map(s => s.rule.id)).not.toContain(RULE)
  })

  test('a file named by the input must be there at the base', async () => {
    const range = { mode: 'changes' as const, base, head }
    await expect(
      readActionConfig(
        client,
        { root: repo.dir, repo: repoRef, range, file: 'ci/demarc.yml', explicit: true },
        bundledSources()
      )
    ).rejects.toThrow(`1 problem in the configuration file:\nci/demarc.yml: no such file in ${base}`)
  })
})

describe('through the API, when the checkout does not hold the commits', () => {
  const BASE = '1'.repeat(40)
  const HEAD = '2'.repeat(40)
  let fake: FakeGitHub
  let client: GitHubClient

  beforeEach(async () => {
    fake = await startFakeGitHub()
    client = getOctokit('test-token', { baseUrl: fake.url })
    fake.seedFile(BASE, CONFIG, BASE_CONFIG)
    fake.seedFile(HEAD, CONFIG, HEAD_CONFIG)
    fake.seedFile(HEAD, 'infra/main.tf', BUCKET)
  })

  afterEach(async () => {
    expect(fake.violations).toEqual([])
    await fake.close()
  })

  test('reads the base commit’s tree and blob, never the head’s, never the contents API', async () => {
    const range = { mode: 'changes' as const, base: BASE, head: HEAD }
    const loaded = await readActionConfig(
      client,
      { root: makeTempDir(), repo: repoRef, range, file: CONFIG, explicit: false },
      bundledSources()
    )
    expect(loaded.config?.rules).toEqual([])
    const paths = fake.calls.map(c => `${c.method} ${c.path}`)
    expect(paths).toEqual([
      `GET /repos/owner/repo/git/trees/${BASE}`,
      expect.stringMatching(/^GET \/repos\/owner\/repo\/git\/blobs\/[0-9a-f]{40}$/)
    ])
  })

  test('a base without the file: the defaults, after one tree request', async () => {
    const range = { mode: 'changes' as const, base: HEAD.replace(/2/g, '3'), head: HEAD }
    fake.seedFile(range.base, 'README.md', 'hi\n')
    const loaded = await readActionConfig(
      client,
      { root: makeTempDir(), repo: repoRef, range, file: CONFIG, explicit: false },
      bundledSources()
    )
    expect(loaded.config).toBeUndefined()
    expect(fake.calls).toHaveLength(1)
  })

  test('a revision that is not a full sha cannot be read through the API', async () => {
    const range = { mode: 'changes' as const, base: 'main', head: HEAD }
    await expect(
      readActionConfig(
        client,
        { root: makeTempDir(), repo: repoRef, range, file: CONFIG, explicit: false },
        bundledSources()
      )
    ).rejects.toThrow(/'main' is not in the checkout/)
  })
})
