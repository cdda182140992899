import { spawn } from 'node:child_process'
import { chmodSync, symlinkSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { listChangedFiles } from '../../src/scope/list-changed-files.js'
import type { SpawnProcess } from '../../src/scope/run-git.js'
import { createTempRepo, isolateGitConfig, numberedLines, removeTempDirs } from '../helpers/temp-repo.js'

let restoreEnv: () => void
beforeAll(() => {
  restoreEnv = isolateGitConfig()
})
afterAll(() => {
  removeTempDirs()
  restoreEnv()
})

function byPath<T extends { path: string }>(files: T[]): Map<string, T> {
  return new Map(files.map(file => [file.path, file]))
}

describe('listChangedFiles: statuses', () => {
  test('reports added, modified, removed and renamed files with their modes', async () => {
    const repo = createTempRepo()
    repo.write('keep.tf', 'resource "a" "b" {}\n')
    repo.write('gone.tf', 'resource "c" "d" {}\n')
    repo.write('old/name.tf', numberedLines(20).join('\n') + '\n')
    const base = repo.commitAll('base')
    repo.write('keep.tf', 'resource "a" "b" { x = 1 }\n')
    repo.remove('gone.tf')
    repo.remove('old')
    repo.write('new/name.tf', numberedLines(20).join('\n') + '\nline 21\n')
    repo.write('added.sh', '#!/bin/sh\necho hi\n')
    chmodSync(path.join(repo.dir, 'added.sh'), 0o755)
    const head = repo.commitAll('head')

    const files = await listChangedFiles(repo.dir, base, head)

    expect(files.map(f => [f.path, f.status, f.previousPath, f.mode]).sort()).toEqual([
      ['added.sh', 'added', undefined, '100755'],
      ['gone.tf', 'removed', undefined, '100644'],
      ['keep.tf', 'modified', undefined, '100644'],
      ['new/name.tf', 'renamed', 'old/name.tf', '100644']
    ])
    const found = byPath(files)
    expect(found.get('gone.tf')).toMatchObject({ commentable: [], added: [] })
    expect(found.get('added.sh')).toMatchObject({
      commentable: [{ start: 1, end: 2 }],
      added: [{ start: 1, end: 2 }]
    })
    expect(found.get('new/name.tf')).toMatchObject({
      commentable: [{ start: 18, end: 21 }],
      added: [{ start: 21, end: 21 }]
    })
  })

  test('runs git once in all, however many files changed', async () => {
    const repo = createTempRepo()
    for (let i = 0; i < 12; i += 1) repo.write(`f${i}.tf`, `a = ${i}\n`)
    const base = repo.commitAll('base')
    for (let i = 0; i < 12; i += 1) repo.write(`f${i}.tf`, `a = ${i + 100}\n`)
    const head = repo.commitAll('head')
    const commands: string[][] = []
    const counting: SpawnProcess = (command, args, options) => {
      commands.push([...args])
      return spawn(command, args, options)
    }

    const files = await listChangedFiles(repo.dir, base, head, { spawn: counting })

    expect(files).toHaveLength(12)
    expect(commands).toHaveLength(1)
    expect(commands[0]).toEqual(expect.arrayContaining(['diff', '--raw', '-z', '--patch', '-U3']))
  })
})

describe('listChangedFiles: line ranges', () => {
  test('gives exact commentable and added ranges for hunks at the start, middle and end', async () => {
    const repo = createTempRepo()
    const lines = numberedLines(40)
    repo.write('main.tf', lines.join('\n') + '\n')
    const base = repo.commitAll('base')
    const changed = [...lines]
    changed[0] = 'first line changed'
    changed[19] = 'line 20 changed'
    changed.splice(9, 1) // old line 10 removed
    changed.push('appended 1', 'appended 2')
    repo.write('main.tf', changed.join('\n') + '\n')
    const head = repo.commitAll('head')

    const [file] = await listChangedFiles(repo.dir, base, head)

    expect(file?.commentable).toEqual([
      { start: 1, end: 4 },
      { start: 7, end: 12 },
      { start: 16, end: 22 },
      { start: 37, end: 41 }
    ])
    expect(file?.added).toEqual([
      { start: 1, end: 1 },
      { start: 19, end: 19 },
      { start: 40, end: 41 }
    ])
  })

  test('joins changes whose context overlaps into one range', async () => {
    const repo = createTempRepo()
    const lines = numberedLines(20)
    repo.write('a.tf', lines.join('\n') + '\n')
    const base = repo.commitAll('base')
    lines[7] = 'eight'
    lines[11] = 'twelve'
    repo.write('a.tf', lines.join('\n') + '\n')
    const head = repo.commitAll('head')

    const [file] = await listChangedFiles(repo.dir, base, head)

    expect(file?.commentable).toEqual([{ start: 5, end: 15 }])
    expect(file?.added).toEqual([
      { start: 8, end: 8 },
      { start: 12, end: 12 }
    ])
  })

  test('handles a last line without a newline being extended', async () => {
    const repo = createTempRepo()
    repo.write('a.tf', 'a\nb')
    const base = repo.commitAll('base')
    repo.write('a.tf', 'a\nb\nc\n')
    const head = repo.commitAll('head')

    const [file] = await listChangedFiles(repo.dir, base, head)

    expect(file?.commentable).toEqual([{ start: 1, end: 3 }])
    expect(file?.added).toEqual([{ start: 2, end: 3 }])
  })

  test('is not misled by changed lines that look like diff headers', async () => {
    const repo = createTempRepo()
    repo.write('tricky.txt', 'one\ntwo\n')
    repo.write('z.tf', 'z = 1\n')
    const base = repo.commitAll('base')
    repo.write('tricky.txt', 'one\ndiff --git a/z.tf b/z.tf\n@@ -1 +1,9 @@\n-- x\n++ y\ntwo\n')
    repo.write('z.tf', 'z = 2\n')
    const head = repo.commitAll('head')

    const found = byPath(await listChangedFiles(repo.dir, base, head))

    expect(found.get('tricky.txt')?.added).toEqual([{ start: 2, end: 5 }])
    expect(found.get('tricky.txt')?.commentable).toEqual([{ start: 1, end: 6 }])
    expect(found.get('z.tf')?.added).toEqual([{ start: 1, end: 1 }])
  })

  test('gives a binary file no ranges', async () => {
    const repo = createTempRepo()
    repo.write('blob.tf', Buffer.from([0x61, 0, 0x62, 0x0a]))
    const base = repo.commitAll('base')
    repo.write('blob.tf', Buffer.from([0x61, 0, 0x63, 0x0a]))
    const head = repo.commitAll('head')

    expect(await listChangedFiles(repo.dir, base, head)).toEqual([
      { path: 'blob.tf', status: 'modified', mode: '100644', commentable: [], added: [] }
    ])
  })
})

describe('listChangedFiles: awkward names and entries', () => {
  const names = [
    'with space.tf',
    'ünïcödé/ファイル.tf',
    'new\nline.tf',
    '-rf.tf',
    '--output=x.tf',
    '..tf',
    'a/..b/...tf',
    'quote"back\\slash\ttab.tf'
  ]

  test('keeps every name exact and gives each its own hunks', async () => {
    const repo = createTempRepo()
    for (const name of names) repo.write(name, 'x = 1\n')
    const base = repo.commitAll('base')
    names.forEach((name, i) => repo.write(name, `x = 1\n${'y\n'.repeat(i + 1)}`))
    const head = repo.commitAll('head')

    const found = byPath(await listChangedFiles(repo.dir, base, head))

    expect([...found.keys()].sort()).toEqual([...names].sort())
    names.forEach((name, i) => {
      expect(found.get(name)).toEqual({
        path: name,
        status: 'modified',
        mode: '100644',
        commentable: [{ start: 1, end: i + 2 }],
        added: [{ start: 2, end: i + 2 }]
      })
    })
  })

  test('pairs a rename to and from names that git quotes', async () => {
    const repo = createTempRepo()
    const first = numberedLines(10).map(line => `first ${line}`)
    const second = numberedLines(10).map(line => `second ${line}`)
    repo.write('from\nhere.tf', first.join('\n') + '\n')
    repo.write('plain.tf', second.join('\n') + '\n')
    const base = repo.commitAll('base')
    repo.remove('from\nhere.tf')
    repo.remove('plain.tf')
    repo.write('to "there".tf', first.join('\n') + '\nmore\n')
    repo.write('now\ttabbed.tf', second.join('\n') + '\n')
    const head = repo.commitAll('head')

    const found = byPath(await listChangedFiles(repo.dir, base, head))

    expect(found.get('to "there".tf')).toMatchObject({
      status: 'renamed',
      previousPath: 'from\nhere.tf',
      added: [{ start: 11, end: 11 }]
    })
    expect(found.get('now\ttabbed.tf')).toMatchObject({
      status: 'renamed',
      previousPath: 'plain.tf',
      commentable: []
    })
  })

  test('lists symbolic links and submodules with their modes', async () => {
    const repo = createTempRepo()
    repo.write('main.tf', 'a = 1\n')
    repo.write('was-file.tf', 'b = 1\n')
    const base = repo.commitAll('base')
    symlinkSync('/etc/passwd', path.join(repo.dir, 'passwd.tf'))
    repo.remove('was-file.tf')
    symlinkSync('main.tf', path.join(repo.dir, 'was-file.tf'))
    repo.git('add', '-A')
    repo.git('update-index', '--add', '--cacheinfo', `160000,${base},vendor/sub`)
    repo.git('commit', '-q', '-m', 'links')
    const head = repo.git('rev-parse', 'HEAD').trim()

    const found = byPath(await listChangedFiles(repo.dir, base, head))

    expect(found.get('passwd.tf')).toMatchObject({ status: 'added', mode: '120000' })
    expect(found.get('was-file.tf')).toMatchObject({ status: 'modified', mode: '120000' })
    expect(found.get('vendor/sub')).toMatchObject({ status: 'added', mode: '160000' })
    expect(found.size).toBe(3)
  })
})
