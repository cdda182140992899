import { execFileSync } from 'node:child_process'
import { symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, test } from '@jest/globals'
import { readRegularFile } from '../../src/sources/read-regular-file.js'
import { makeTempDir, removeTempDirs } from '../helpers/temp-repo.js'

afterAll(() => {
  removeTempDirs()
})

describe('readRegularFile', () => {
  test('reads a regular file as text', async () => {
    const file = path.join(makeTempDir(), 'a.tf')
    writeFileSync(file, '\ufeffa = 1\n')

    expect(await readRegularFile(file, 100)).toEqual({ ok: true, text: 'a = 1\n' })
  })

  test('refuses a symbolic link at the last step without reading its target', async () => {
    const dir = makeTempDir()
    writeFileSync(path.join(dir, 'target.tf'), 'TARGET')
    symlinkSync(path.join(dir, 'target.tf'), path.join(dir, 'link.tf'))

    expect(await readRegularFile(path.join(dir, 'link.tf'), 100)).toEqual({
      ok: false,
      reason: 'symbolic link (not followed)'
    })
  })

  test('returns at once for a named pipe nobody writes to', async () => {
    const fifo = path.join(makeTempDir(), 'pipe.tf')
    try {
      execFileSync('mkfifo', [fifo])
    } catch {
      return // no mkfifo on this system
    }

    expect(await readRegularFile(fifo, 100)).toEqual({
      ok: false,
      reason: 'not a regular file (device, socket or pipe)'
    })
  })

  test('says why a file could not be opened', async () => {
    expect(await readRegularFile(path.join(makeTempDir(), 'gone.tf'), 100)).toEqual({
      ok: false,
      reason: 'could not be opened (ENOENT)'
    })
  })
})
