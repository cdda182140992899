import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { getOctokit } from '@actions/github'
import { apiSnapshot, type BlobCache } from '../../src/github/api-snapshot.js'
import type { GitHubClient } from '../../src/github/client.js'
import { startFakeGitHub, type FakeGitHub } from '../fake-github/fake-github.js'

const HEAD = '1'.repeat(40)
const BASE = '2'.repeat(40)
const repo = { owner: 'owner', repo: 'repo' }

let fake: FakeGitHub
let client: GitHubClient

beforeEach(async () => {
  fake = await startFakeGitHub()
  client = getOctokit('test-token', { baseUrl: fake.url })
})

afterEach(async () => {
  expect(fake.violations).toEqual([])
  expect(fake.responseProblems).toEqual([])
  await fake.close()
})

describe('apiSnapshot: a commit through the trees and blobs APIs', () => {
  test('lists regular files from one recursive tree request, symbolic links as skipped', async () => {
    fake.seedFile(HEAD, 'infra/main.tf', 'resource "a" "b" {}\n')
    fake.seedFile(HEAD, 'README.md', 'hi\n')
    fake.seedSymlink(HEAD, 'infra/link.tf', '../secrets.tf')
    const listing = await apiSnapshot(client, repo, HEAD).list()
    expect(listing).toEqual({
      files: ['README.md', 'infra/main.tf'],
      skipped: [{ file: 'infra/link.tf', reason: 'symbolic link (not followed)' }]
    })
    expect(fake.calls.map(c => `${c.method} ${c.path} ${JSON.stringify(c.query)}`)).toEqual([
      `GET /repos/owner/repo/git/trees/${HEAD} {"recursive":"1"}`
    ])
  })

  test('reads a file as its blob, decoded from base64', async () => {
    fake.seedFile(HEAD, 'infra/main.tf', 'resource "aws_s3_bucket" "é" {}\n')
    const snapshot = apiSnapshot(client, repo, HEAD)
    expect(await snapshot.read('infra/main.tf')).toEqual({
      ok: true,
      text: 'resource "aws_s3_bucket" "é" {}\n'
    })
    expect(fake.callsTo('GET', /\/git\/blobs\//)).toHaveLength(1)
    expect(fake.callsTo('GET', /\/contents\//)).toHaveLength(0)
  })

  test('never reads a symbolic link, not even the file it points at', async () => {
    fake.seedFile(HEAD, 'secrets.tf', 'password = "x"\n')
    fake.seedSymlink(HEAD, 'link.tf', 'secrets.tf')
    expect(await apiSnapshot(client, repo, HEAD).read('link.tf')).toEqual({
      ok: false,
      reason: 'symbolic link (not followed)'
    })
    expect(fake.callsTo('GET', /\/git\/blobs\//)).toHaveLength(0)
  })

  test('a file over the size limit is refused from the tree size, before any blob request', async () => {
    fake.seedFile(HEAD, 'big.tf', 'x'.repeat(2048))
    expect(await apiSnapshot(client, repo, HEAD, { maxFileBytes: 1024 }).read('big.tf')).toEqual({
      ok: false,
      reason: '2.0 KB is larger than the 1.0 KB limit per file'
    })
    expect(fake.callsTo('GET', /\/git\/blobs\//)).toHaveLength(0)
  })

  test('binary content is refused like in a checkout', async () => {
    fake.seedFile(HEAD, 'blob.tf', Buffer.from([0x61, 0x00, 0x62]))
    expect(await apiSnapshot(client, repo, HEAD).read('blob.tf')).toEqual({
      ok: false,
      reason: 'binary file (not text)'
    })
  })

  test('base and head share their blob reads', async () => {
    for (const sha of [BASE, HEAD]) fake.seedFile(sha, 'same.tf', 'same = 1\n')
    const blobs: BlobCache = new Map()
    await apiSnapshot(client, repo, BASE, { blobs }).read('same.tf')
    await apiSnapshot(client, repo, HEAD, { blobs }).read('same.tf')
    expect(fake.callsTo('GET', /\/git\/blobs\//)).toHaveLength(1)
    expect(fake.callsTo('GET', /\/git\/trees\//)).toHaveLength(2)
  })

  test('a path not in the commit says so', async () => {
    fake.seedFile(HEAD, 'a.tf', '')
    expect(await apiSnapshot(client, repo, HEAD).read('b.tf')).toEqual({
      ok: false,
      reason: `no file 'b.tf' in ${HEAD}`
    })
  })

  test('modeOf gives the git mode of an entry', async () => {
    fake.seedFile(HEAD, 'a.tf', '')
    fake.seedSymlink(HEAD, 'l.tf', 'a.tf')
    const snapshot = apiSnapshot(client, repo, HEAD)
    expect([
      await snapshot.modeOf('a.tf'),
      await snapshot.modeOf('l.tf'),
      await snapshot.modeOf('x')
    ]).toEqual(['100644', '120000', undefined])
  })
})

test('a truncated tree is an error that says how to avoid it', async () => {
  const truncated = {
    rest: { git: { getTree: async () => ({ data: { sha: 't', url: '', truncated: true, tree: [] } }) } }
  } as unknown as GitHubClient
  await expect(apiSnapshot(truncated, repo, HEAD).list()).rejects.toThrow(
    /more entries than GitHub's trees API returns in one answer \(truncated\); check the repository out with actions\/checkout and fetch-depth: 0/
  )
})
