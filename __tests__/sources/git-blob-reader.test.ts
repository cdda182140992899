import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { SpawnProcess } from '../../src/scope/run-git.js'
import { GitBlobReader } from '../../src/sources/git-blob-reader.js'
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

/** Writes `content` as a blob and returns its object id. */
function storeBlob(repo: TempRepo, name: string, content: string | Uint8Array): string {
  repo.write(name, content)
  return repo.git('hash-object', '-w', '--', name).trim()
}

/** Starts processes as spawn does and keeps each one, so tests can count and kill them. */
function watchingSpawn(): { spawn: SpawnProcess; children: ChildProcessWithoutNullStreams[] } {
  const children: ChildProcessWithoutNullStreams[] = []
  return {
    children,
    spawn: (command, args, options) => {
      const child = spawn(command, args, options)
      children.push(child)
      return child
    }
  }
}

describe('GitBlobReader', () => {
  test('answers 200 reads through exactly one cat-file process', async () => {
    const repo = createTempRepo()
    const contents = Array.from({ length: 200 }, (_, i) => `file ${i}\n${'x'.repeat(i * 37)}\n`)
    const oids = contents.map((content, i) => storeBlob(repo, `f${i}`, content))
    const watch = watchingSpawn()
    const reader = new GitBlobReader(repo.dir, { spawn: watch.spawn })

    const texts = await Promise.all(oids.map(oid => reader.read(oid).then(b => b.toString('utf8'))))
    await reader.close()

    expect(texts).toEqual(contents)
    expect(watch.children).toHaveLength(1)
    expect(watch.children[0]?.spawnargs).toEqual(['git', 'cat-file', '--batch'])
    expect(watch.children[0]?.exitCode).toBe(0)
  })

  test('cuts content by byte count, whatever it holds', async () => {
    const repo = createTempRepo()
    const fakeHeader = `${'a'.repeat(40)} blob 3\nabc\n${'b'.repeat(40)} missing\n`
    const binary = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 7919) % 256)
    const blobs: (string | Uint8Array)[] = [fakeHeader, '', 'no newline at end', '\n\n\n', binary, 'é€😀\r\n']
    const oids = blobs.map((blob, i) => storeBlob(repo, `b${i}`, blob))
    const reader = new GitBlobReader(repo.dir)

    const read = await Promise.all(oids.map(oid => reader.read(oid)))
    await reader.close()

    expect(read.map(buffer => Buffer.from(buffer))).toEqual(blobs.map(blob => Buffer.from(blob)))
  })

  test('rejects a missing object but keeps answering the others', async () => {
    const repo = createTempRepo()
    const oid = storeBlob(repo, 'a', 'present\n')
    const reader = new GitBlobReader(repo.dir)
    const absent = '0123456789abcdef0123456789abcdef01234567'

    const results = await Promise.allSettled([reader.read(oid), reader.read(absent), reader.read(oid)])
    await reader.close()

    expect(results.map(r => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled'])
    expect((results[1] as PromiseRejectedResult).reason.message).toBe(
      `object ${absent} is missing in ${repo.dir}`
    )
  })

  test('rejects an object that is not a blob', async () => {
    const repo = createTempRepo()
    repo.write('a.tf', 'a\n')
    const commit = repo.commitAll('one')
    const reader = new GitBlobReader(repo.dir)

    await expect(reader.read(commit)).rejects.toThrow(`object ${commit} is a commit, expected a blob`)
    await reader.close()
  })

  test('refuses anything but a hex object id without writing it to git', async () => {
    const repo = createTempRepo()
    const watch = watchingSpawn()
    const reader = new GitBlobReader(repo.dir, { spawn: watch.spawn })

    await expect(reader.read('HEAD:secret.tf')).rejects.toThrow(
      "expected a 40- or 64-digit hex object id, found 'HEAD:secret.tf'"
    )
    await expect(reader.read(`${'a'.repeat(40)}\nHEAD`)).rejects.toThrow(
      'expected a 40- or 64-digit hex object id'
    )
    expect(watch.children).toHaveLength(0)
    await reader.close()
  })

  test('rejects every pending read, and later ones, when cat-file is killed', async () => {
    const repo = createTempRepo()
    const oid = storeBlob(repo, 'big', Buffer.alloc(2 * 1024 * 1024, 0x61))
    const watch = watchingSpawn()
    const reader = new GitBlobReader(repo.dir, { spawn: watch.spawn })

    const pending = Array.from({ length: 20 }, () => reader.read(oid))
    watch.children[0]?.kill('SIGKILL')
    const results = await Promise.allSettled(pending)

    expect(results.every(result => result.status === 'rejected')).toBe(true)
    const reason = (results[0] as PromiseRejectedResult).reason as Error
    expect(reason.message).toBe(
      `git cat-file --batch in ${repo.dir} was killed by SIGKILL with 20 reads pending`
    )
    await expect(reader.read(oid)).rejects.toBe(reason)
    await reader.close()
    expect(watch.children).toHaveLength(1)
  })

  test('rejects with what git said when it cannot run in the directory', async () => {
    const reader = new GitBlobReader(makeTempDir())

    await expect(reader.read('a'.repeat(40))).rejects.toThrow(
      /^git cat-file --batch in .+ exited with code 128 with 1 reads pending: fatal: not a git repository/
    )
    await reader.close()
  })

  test('finishes what was asked before closing, then refuses new reads', async () => {
    const repo = createTempRepo()
    const oid = storeBlob(repo, 'a', 'last\n')
    const reader = new GitBlobReader(repo.dir)

    const pending = reader.read(oid)
    await reader.close()

    expect((await pending).toString('utf8')).toBe('last\n')
    await expect(reader.read(oid)).rejects.toThrow(`the blob reader for ${repo.dir} is closed`)
  })
})
