import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { listChangedFiles } from '../../src/scope/list-changed-files.js'
import { resolveCommits } from '../../src/scope/resolve-commits.js'
import { resolveRevisions } from '../../src/scope/resolve-revisions.js'
import type { SpawnProcess } from '../../src/scope/run-git.js'
import {
  createTempRepo,
  isolateGitConfig,
  makeTempDir,
  removeTempDirs,
  type TempRepo
} from '../helpers/temp-repo.js'

let restoreEnv: () => void
beforeAll(() => {
  restoreEnv = isolateGitConfig()
})
afterAll(() => {
  removeTempDirs()
  restoreEnv()
})

/** main: A ─ C (main moved on); feature: A ─ B. */
function divergedRepo(): { repo: TempRepo; a: string; b: string; c: string } {
  const repo = createTempRepo()
  repo.write('shared.tf', 'a = 1\n')
  const a = repo.commitAll('A')
  repo.git('switch', '-q', '-c', 'feature')
  repo.write('feature.tf', 'b = 1\n')
  const b = repo.commitAll('B')
  repo.git('switch', '-q', 'main')
  repo.write('main-only.tf', 'c = 1\n')
  const c = repo.commitAll('C')
  return { repo, a, b, c }
}

describe('resolveRevisions', () => {
  test('takes the merge base as base when base moved on after the branch was made', async () => {
    const { repo, a, b, c } = divergedRepo()

    const revisions = await resolveRevisions(repo.dir, 'main', 'feature')

    expect(revisions).toEqual({ base: a, head: b })
    expect(revisions.base).not.toBe(c)
    const changed = await listChangedFiles(repo.dir, revisions.base, revisions.head)
    expect(changed.map(file => file.path)).toEqual(['feature.tf'])
  })

  test('runs git twice: one rev-parse for both refs, one merge-base', async () => {
    const { repo, a, b } = divergedRepo()
    const commands: string[][] = []
    const counting: SpawnProcess = (command, args, options) => {
      commands.push([...args])
      return spawn(command, args, options)
    }

    expect(await resolveRevisions(repo.dir, 'main', 'feature', { spawn: counting })).toEqual({
      base: a,
      head: b
    })
    expect(commands).toEqual([
      ['rev-parse', 'main^{commit}', 'feature^{commit}'],
      ['merge-base', '--end-of-options', expect.any(String), b]
    ])
  })

  test('accepts shas and expressions such as HEAD~1', async () => {
    const { repo, a, b } = divergedRepo()

    expect(await resolveRevisions(repo.dir, 'HEAD~1', b)).toEqual({ base: a, head: b })
  })

  test('names an unknown base ref and quotes git', async () => {
    const { repo } = divergedRepo()

    await expect(resolveRevisions(repo.dir, 'xyz', 'feature')).rejects.toThrow(
      /^base ref 'xyz' is not a commit in this repository \(git: fatal: .+\)$/
    )
    await expect(resolveRevisions(repo.dir, 'main', 'nope')).rejects.toThrow(
      /^head ref 'nope' is not a commit/
    )
  })

  test('never takes a ref beginning with a dash as an option', async () => {
    const { repo } = divergedRepo()
    const outFile = path.join(repo.dir, 'written-by-git')

    await expect(resolveRevisions(repo.dir, `--output=${outFile}`, 'feature')).rejects.toThrow(
      `base ref '--output=${outFile}' is not a commit in this repository`
    )
    await expect(resolveRevisions(repo.dir, 'main', '--all')).rejects.toThrow(
      "head ref '--all' is not a commit"
    )
    expect(existsSync(outFile)).toBe(false)
  })

  test('says to fetch the full history when a shallow clone lacks the merge base', async () => {
    const { repo } = divergedRepo()
    const clone = path.join(makeTempDir(), 'clone')
    repo.git('clone', '-q', '--depth=1', '--no-single-branch', `file://${repo.dir}`, clone)

    await expect(resolveRevisions(clone, 'origin/main', 'origin/feature')).rejects.toThrow(
      /^no merge base found between base 'origin\/main' \([0-9a-f]{12}\) and head 'origin\/feature' \([0-9a-f]{12}\): this clone is shallow.*`fetch-depth: 0`/
    )
  })

  test('explains when base and head share no history', async () => {
    const { repo } = divergedRepo()
    repo.git('switch', '-q', '--orphan', 'unrelated')
    repo.write('other.tf', 'x = 1\n')
    repo.commitAll('unrelated root')

    await expect(resolveRevisions(repo.dir, 'main', 'unrelated')).rejects.toThrow(/have no common ancestor/)
  })
})

describe('resolveCommits', () => {
  test('gives each ref its commit id, in order', async () => {
    const { repo, a, b, c } = divergedRepo()

    expect(await resolveCommits(repo.dir, ['feature', 'main', `${a}`, 'HEAD~1'])).toEqual([b, c, a, a])
  })

  test('gives nothing, for the caller to ask ref by ref, for a range, an unknown ref or a dash', async () => {
    const { repo, a } = divergedRepo()
    const outFile = path.join(repo.dir, 'written-by-git')

    expect(await resolveCommits(repo.dir, [`${a}..main`, 'feature'])).toBeUndefined()
    expect(await resolveCommits(repo.dir, ['main', 'nope'])).toBeUndefined()
    expect(await resolveCommits(repo.dir, ['main', `--output=${outFile}`])).toBeUndefined()
    expect(await resolveCommits(repo.dir, ['main', ''])).toBeUndefined()
    expect(await resolveCommits(makeTempDir(), ['main'])).toBeUndefined()
    expect(existsSync(outFile)).toBe(false)
  })
})
