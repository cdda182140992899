import { execFileSync } from 'node:child_process'
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { hasCommits, localRevisions } from '../../src/github/has-commits.js'
import { resolveRevisions } from '../../src/scope/resolve-revisions.js'
import {
  createTempRepo,
  isolateGitConfig,
  makeTempDir,
  removeTempDirs,
  type TempRepo
} from '../helpers/temp-repo.js'

let restore: () => void
let repo: TempRepo
let base: string
let head: string

beforeAll(() => {
  restore = isolateGitConfig()
  repo = createTempRepo()
  repo.write('a.tf', 'a = 1\n')
  base = repo.commitAll('base')
  repo.write('a.tf', 'a = 2\n')
  head = repo.commitAll('head')
})

afterAll(() => {
  removeTempDirs()
  restore()
})

test('a full clone holds both commits and their merge base', async () => {
  expect(await hasCommits(repo.dir, [base, head])).toBe(true)
  expect(await hasCommits(repo.dir, ['main'])).toBe(true)
})

test('localRevisions gives what resolveRevisions gives, or nothing where hasCommits says false', async () => {
  expect(await localRevisions(repo.dir, 'HEAD~1', 'main')).toEqual(
    await resolveRevisions(repo.dir, 'HEAD~1', 'main')
  )
  expect(await localRevisions(repo.dir, base, 'f'.repeat(40))).toBeUndefined()
  expect(await localRevisions(makeTempDir(), base, head)).toBeUndefined()
})

test('a commit the checkout does not have, or no repository at all: false', async () => {
  expect(await hasCommits(repo.dir, [base, 'f'.repeat(40)])).toBe(false)
  expect(await hasCommits(makeTempDir(), [base])).toBe(false)
})

test('a shallow clone with both tips but not the history between them: false', async () => {
  const shallow = makeTempDir()
  execFileSync('git', ['init', '-q'], { cwd: shallow })
  execFileSync('git', ['fetch', '-q', '--depth=1', `file://${repo.dir}`, base, head], { cwd: shallow })
  expect(await hasCommits(shallow, [head])).toBe(true)
  expect(await hasCommits(shallow, [base, head])).toBe(false)
  expect(await localRevisions(shallow, base, head)).toBeUndefined()
})

test('a value that looks like an option is a revision, never an option', async () => {
  expect(await hasCommits(repo.dir, ['--output=/tmp/x'])).toBe(false)
})
