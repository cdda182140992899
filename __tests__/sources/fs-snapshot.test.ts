import { execFileSync } from 'node:child_process'
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { fsSnapshot } from '../../src/sources/fs-snapshot.js'
import type { Snapshot } from '../../src/sources/snapshot.js'
import { makeTempDir, removeTempDirs } from '../helpers/temp-repo.js'

const SECRET = 'SECRET-CONTENT-OUTSIDE-THE-ROOT'
let root: string
let outside: string
let hasFifo = false

function put(base: string, file: string, content: string | Uint8Array): void {
  const target = path.join(base, file)
  mkdirSync(path.dirname(target), { recursive: true })
  writeFileSync(target, content)
}

beforeAll(() => {
  const top = makeTempDir()
  root = path.join(top, 'root')
  outside = path.join(top, 'outside')
  put(outside, 'secret.tf', SECRET)
  put(root, 'main.tf', 'a = 1\n')
  put(root, 'sub/dir/x.tf', 'x = 1\n')
  put(root, 'with space.tf', 'space\n')
  put(root, 'new\nline.tf', 'newline\n')
  put(root, '-dash.tf', 'dash\n')
  put(root, '..tf', 'dots\n')
  put(root, 'node_modules/pkg/evil.tf', 'evil\n')
  put(root, 'sub/node_modules/deep.tf', 'evil\n')
  put(root, '.terraform/modules/m.tf', 'cached\n')
  put(root, '.terragrunt-cache/a/b.tf', 'cached\n')
  put(root, '.git/config', '[core]\n')
  put(root, 'big.tf', Buffer.alloc(6 * 1024 * 1024, 'b\n'))
  put(root, 'binary.tf', Buffer.from([0x61, 0, 0x62]))
  symlinkSync(path.join(outside, 'secret.tf'), path.join(root, 'link-file.tf'))
  symlinkSync('../outside/secret.tf', path.join(root, 'rel-link.tf'))
  symlinkSync(outside, path.join(root, 'link-dir'))
  symlinkSync('../../outside', path.join(root, 'sub/up-link'))
  try {
    execFileSync('mkfifo', [path.join(root, 'pipe.tf')])
    hasFifo = true
  } catch {
    hasFifo = false
  }
})
afterAll(() => {
  removeTempDirs()
})

async function readEverything(snapshot: Snapshot, extra: string[] = []): Promise<string> {
  const { files, skipped } = await snapshot.list()
  const all = [...files, ...skipped.map(entry => entry.file), ...extra]
  return JSON.stringify(await Promise.all(all.map(file => snapshot.read(file))))
}

describe('fsSnapshot: list', () => {
  test('lists regular files sorted, skips links and special files, does not enter tool directories', async () => {
    const snapshot = fsSnapshot(root)

    const listing = await snapshot.list()

    expect(snapshot.label).toBe('working tree')
    expect(listing.files).toEqual([
      '-dash.tf',
      '..tf',
      'big.tf',
      'binary.tf',
      'main.tf',
      'new\nline.tf',
      'sub/dir/x.tf',
      'with space.tf'
    ])
    const link = 'symbolic link (not followed)'
    expect(listing.skipped).toEqual([
      { file: 'link-dir', reason: link },
      { file: 'link-file.tf', reason: link },
      ...(hasFifo ? [{ file: 'pipe.tf', reason: 'not a regular file (device, socket or pipe)' }] : []),
      { file: 'rel-link.tf', reason: link },
      { file: 'sub/up-link', reason: link }
    ])
  })

  test('limits the listing to the paths given, without duplicates', async () => {
    const listing = await fsSnapshot(root, ['sub', './sub/dir/x.tf', 'main.tf']).list()

    expect(listing).toEqual({
      files: ['main.tf', 'sub/dir/x.tf'],
      skipped: [{ file: 'sub/up-link', reason: 'symbolic link (not followed)' }]
    })
  })

  test('does not follow a link on the way down to a path given', async () => {
    const listing = await fsSnapshot(root, ['link-dir/secret.tf', 'sub/up-link/secret.tf']).list()

    expect(listing).toEqual({
      files: [],
      skipped: [
        { file: 'link-dir', reason: 'symbolic link (not followed)' },
        { file: 'sub/up-link', reason: 'symbolic link (not followed)' }
      ]
    })
  })

  test('scans a tool directory when it is asked for by name', async () => {
    expect((await fsSnapshot(root, ['node_modules/pkg']).list()).files).toEqual(['node_modules/pkg/evil.tf'])
  })

  test('says which path given does not exist', async () => {
    await expect(fsSnapshot(root, ['nope']).list()).rejects.toThrow(
      `scan path 'nope' does not exist in '${root}'`
    )
  })
})

describe('fsSnapshot: paths outside the root', () => {
  test('refuses .. and absolute paths that lead out', () => {
    for (const given of ['..', '../outside', 'sub/../../outside', outside, '/etc']) {
      expect(() => fsSnapshot(root, [given])).toThrow(
        `scan path '${given}' is outside the scan root '${root}'; give a path inside it`
      )
    }
  })

  test('accepts paths that only look odd, and absolute paths inside', async () => {
    const listing = await fsSnapshot(root, ['sub/..', path.join(root, 'sub'), '..tf']).list()

    expect(listing.files).toContain('..tf')
    expect(listing.files).toContain('sub/dir/x.tf')
    expect(listing.files).toContain('main.tf')
  })
})

describe('fsSnapshot: read', () => {
  test('reads listed files, including awkward names', async () => {
    const snapshot = fsSnapshot(root)

    const results = await Promise.all(
      ['main.tf', 'new\nline.tf', '-dash.tf', '..tf'].map(file => snapshot.read(file))
    )

    expect(results).toEqual([
      { ok: true, text: 'a = 1\n' },
      { ok: true, text: 'newline\n' },
      { ok: true, text: 'dash\n' },
      { ok: true, text: 'dots\n' }
    ])
  })

  test('never returns what a symbolic link points at', async () => {
    const snapshot = fsSnapshot(root)

    const shown = await readEverything(snapshot, [
      'link-dir/secret.tf',
      'sub/up-link/secret.tf',
      '../outside/secret.tf'
    ])

    expect(shown).not.toContain(SECRET)
    expect(await snapshot.read('link-file.tf')).toEqual({ ok: false, reason: 'symbolic link (not followed)' })
    expect(await snapshot.read('link-dir/secret.tf')).toEqual({
      ok: false,
      reason: "no file 'link-dir/secret.tf' in the scanned paths of the working tree"
    })
  })

  test('does not read files in skipped directories', async () => {
    const snapshot = fsSnapshot(root)

    expect(await snapshot.read('node_modules/pkg/evil.tf')).toEqual({
      ok: false,
      reason: "no file 'node_modules/pkg/evil.tf' in the scanned paths of the working tree"
    })
    expect(await readEverything(snapshot)).not.toContain('evil')
  })

  test('refuses files over the size limit and binary files', async () => {
    const snapshot = fsSnapshot(root)

    expect(await snapshot.read('big.tf')).toEqual({
      ok: false,
      reason: '6.0 MB is larger than the 5.0 MB limit per file'
    })
    expect(await snapshot.read('binary.tf')).toEqual({ ok: false, reason: 'binary file (not text)' })
    expect(await fsSnapshot(root, ['.'], { maxFileBytes: 3 }).read('main.tf')).toEqual({
      ok: false,
      reason: '6 bytes is larger than the 3-byte limit per file'
    })
  })

  test('never blocks on a named pipe', async () => {
    if (!hasFifo) return
    expect(await fsSnapshot(root).read('pipe.tf')).toEqual({
      ok: false,
      reason: 'not a regular file (device, socket or pipe)'
    })
  })
})
