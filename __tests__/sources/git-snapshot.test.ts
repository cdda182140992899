import { readFileSync, symlinkSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { GitBlobReader, type BlobReader } from '../../src/sources/git-blob-reader.js'
import { gitSnapshot } from '../../src/sources/git-snapshot.js'
import { createTempRepo, isolateGitConfig, removeTempDirs, type TempRepo } from '../helpers/temp-repo.js'

let restoreEnv: () => void
let repo: TempRepo
let firstCommit: string
let secondCommit: string

const TEXT_FILES: Record<string, string> = {
  'main.tf': 'resource "aws_s3_bucket" "logs" {}\n',
  'with space.tf': 'a = "space"\n',
  'ünïcödé/ファイル.tf': 'a = "unicode"\n',
  'new\nline.tf': 'a = "newline"\n',
  '-rf.tf': 'a = "dash"\n',
  '..tf': 'a = "dots"\n',
  'a/..b/...tf': 'a = "more dots"\n',
  'tab\there.tf': 'a = "tab"\n'
}

beforeAll(() => {
  restoreEnv = isolateGitConfig()
  repo = createTempRepo()
  for (const [name, text] of Object.entries(TEXT_FILES)) repo.write(name, text)
  repo.write('big.tf', Buffer.alloc(6 * 1024 * 1024, 'a\n'))
  repo.write('binary.tf', Buffer.from([0x72, 0x65, 0x73, 0, 0x01, 0x0a]))
  repo.write('latin1.tf', Buffer.from('name = "caf\xe9"\n', 'latin1'))
  repo.write('bom.tf', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('a = "bom"\n')]))
  repo.write('utf16le.tf', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a = "le é"\n', 'utf16le')]))
  repo.write(
    'utf16be.tf',
    Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('a = "be é"\n', 'utf16le').swap16()])
  )
  symlinkSync('/etc/passwd', path.join(repo.dir, 'passwd.tf'))
  repo.write('modules/x/real.tf', 'x = 1\n')
  symlinkSync('../../.git/config', path.join(repo.dir, 'modules/x/config.tf'))
  repo.git('add', '-A')
  repo.git('commit', '-q', '-m', 'first')
  firstCommit = repo.git('rev-parse', 'HEAD').trim()
  repo.git('update-index', '--add', '--cacheinfo', `160000,${firstCommit},vendor/sub`)
  repo.write('main.tf', 'resource "aws_s3_bucket" "logs" { bucket = "changed" }\n')
  repo.git('add', 'main.tf')
  repo.git('commit', '-q', '-m', 'second')
  secondCommit = repo.git('rev-parse', 'HEAD').trim()
  repo.write('main.tf', 'working tree only\n')
})
afterAll(() => {
  removeTempDirs()
  restoreEnv()
})

/** A reader that notes every object id asked for. */
function recordingReader(): { reader: BlobReader; asked: string[] } {
  const real = new GitBlobReader(repo.dir)
  const asked: string[] = []
  return {
    asked,
    reader: {
      read: oid => {
        asked.push(oid)
        return real.read(oid)
      },
      close: () => real.close()
    }
  }
}

const oidAt = (rev: string, file: string): string => repo.git('rev-parse', `${rev}:${file}`).trim()

describe('gitSnapshot: list', () => {
  test('lists regular files sorted and skips links and submodules with the reason', async () => {
    const { reader } = recordingReader()
    const snapshot = gitSnapshot(repo.dir, secondCommit, reader)

    const listing = await snapshot.list()
    await reader.close()

    const expectedFiles = [
      ...Object.keys(TEXT_FILES),
      'big.tf',
      'binary.tf',
      'latin1.tf',
      'bom.tf',
      'utf16le.tf',
      'utf16be.tf',
      'modules/x/real.tf'
    ]
    expect(listing.files).toEqual([...expectedFiles].sort((a, b) => (a < b ? -1 : 1)))
    expect(listing.skipped).toEqual([
      { file: 'modules/x/config.tf', reason: 'symbolic link (not followed)' },
      { file: 'passwd.tf', reason: 'symbolic link (not followed)' },
      { file: 'vendor/sub', reason: 'submodule (not scanned)' }
    ])
  })

  test('lists the tree of the commit asked for', async () => {
    const { reader } = recordingReader()

    const listing = await gitSnapshot(repo.dir, firstCommit, reader).list()
    await reader.close()

    expect(listing.skipped.map(entry => entry.file)).not.toContain('vendor/sub')
  })
})

describe('gitSnapshot: read', () => {
  test('reads every awkward name exactly, at the commit and not from the working tree', async () => {
    const { reader } = recordingReader()
    const snapshot = gitSnapshot(repo.dir, firstCommit, reader, { label: 'base' })

    const texts = await Promise.all(Object.keys(TEXT_FILES).map(name => snapshot.read(name)))
    await reader.close()

    expect(texts).toEqual(Object.values(TEXT_FILES).map(text => ({ ok: true, text })))
    expect(snapshot.label).toBe('base')
  })

  test('never reads a symbolic link or a submodule, and never returns what a link points at', async () => {
    const { reader, asked } = recordingReader()
    const snapshot = gitSnapshot(repo.dir, secondCommit, reader)

    const results = await Promise.all(
      ['passwd.tf', 'modules/x/config.tf', 'vendor/sub'].map(p => snapshot.read(p))
    )
    await reader.close()

    expect(results).toEqual([
      { ok: false, reason: 'symbolic link (not followed)' },
      { ok: false, reason: 'symbolic link (not followed)' },
      { ok: false, reason: 'submodule (not scanned)' }
    ])
    expect(asked).toEqual([])
    const shown = JSON.stringify(results)
    expect(shown).not.toContain(readFileSync('/etc/passwd', 'utf8').split('\n')[0])
    expect(shown).not.toContain('repositoryformatversion')
    expect(shown).not.toContain('/etc/passwd')
  })

  test('refuses a 6 MB file by its listed size without reading the blob', async () => {
    const { reader, asked } = recordingReader()

    const result = await gitSnapshot(repo.dir, secondCommit, reader).read('big.tf')
    await reader.close()

    expect(result).toEqual({ ok: false, reason: '6.0 MB is larger than the 5.0 MB limit per file' })
    expect(asked).not.toContain(oidAt(secondCommit, 'big.tf'))
    expect(asked).toEqual([])
  })

  test('applies a smaller limit when given one', async () => {
    const { reader, asked } = recordingReader()
    const snapshot = gitSnapshot(repo.dir, secondCommit, reader, { maxFileBytes: 10 })

    const results = [await snapshot.read('with space.tf'), await snapshot.read('-rf.tf')]
    await reader.close()

    expect(results).toEqual([
      { ok: false, reason: '12 bytes is larger than the 10-byte limit per file' },
      { ok: false, reason: '11 bytes is larger than the 10-byte limit per file' }
    ])
    expect(asked).toEqual([])
  })

  test('calls a .tf with a NUL byte or invalid UTF-8 binary', async () => {
    const { reader } = recordingReader()
    const snapshot = gitSnapshot(repo.dir, secondCommit, reader)

    const results = await Promise.all([snapshot.read('binary.tf'), snapshot.read('latin1.tf')])
    await reader.close()

    expect(results).toEqual([
      { ok: false, reason: 'binary file (not text)' },
      { ok: false, reason: 'binary file (not text)' }
    ])
  })

  test('drops a UTF-8 BOM and decodes UTF-16 in either byte order', async () => {
    const { reader } = recordingReader()
    const snapshot = gitSnapshot(repo.dir, secondCommit, reader)

    const results = await Promise.all(['bom.tf', 'utf16le.tf', 'utf16be.tf'].map(p => snapshot.read(p)))
    await reader.close()

    expect(results).toEqual([
      { ok: true, text: 'a = "bom"\n' },
      { ok: true, text: 'a = "le é"\n' },
      { ok: true, text: 'a = "be é"\n' }
    ])
  })

  test('says a path is not in the snapshot, naming it and the label', async () => {
    const { reader } = recordingReader()
    const snapshot = gitSnapshot(repo.dir, secondCommit, reader, { label: 'head' })

    const results = await Promise.all([snapshot.read('nope.tf'), snapshot.read('modules/x')])
    await reader.close()

    expect(results).toEqual([
      { ok: false, reason: "no file 'nope.tf' in head" },
      { ok: false, reason: "no file 'modules/x' in head" }
    ])
  })

  test('reads both versions through one reader', async () => {
    const { reader } = recordingReader()
    const base = gitSnapshot(repo.dir, firstCommit, reader)
    const head = gitSnapshot(repo.dir, secondCommit, reader)

    const results = await Promise.all([base.read('main.tf'), head.read('main.tf')])
    await reader.close()

    expect(results).toEqual([
      { ok: true, text: 'resource "aws_s3_bucket" "logs" {}\n' },
      { ok: true, text: 'resource "aws_s3_bucket" "logs" { bucket = "changed" }\n' }
    ])
  })

  test('rejects an unknown revision with git’s message', async () => {
    const { reader } = recordingReader()

    await expect(gitSnapshot(repo.dir, 'no-such-branch', reader).list()).rejects.toThrow(
      /^git ls-tree failed in .+ \(exit 128\)/
    )
    await reader.close()
  })
})
