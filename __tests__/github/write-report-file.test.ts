import { existsSync, mkdirSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeEach, describe, expect, test } from '@jest/globals'
import { workspacePath, writeReportFile } from '../../src/github/write-report-file.js'
import { makeTempDir, removeTempDirs } from '../helpers/temp-repo.js'

let workspace: string
let outside: string

beforeEach(() => {
  workspace = realpathSync(makeTempDir('demarc-workspace-'))
  outside = realpathSync(makeTempDir('demarc-outside-'))
})

afterAll(() => removeTempDirs())

describe('workspacePath', () => {
  test('relative paths are taken from the workspace, folders included', () => {
    expect(workspacePath('report-file', 'out/demarc.json', workspace)).toBe(
      join(workspace, 'out', 'demarc.json')
    )
    expect(workspacePath('report-file', join(workspace, 'a.json'), workspace)).toBe(join(workspace, 'a.json'))
  })

  test('a path leaving the workspace is refused, naming the input', () => {
    for (const given of ['../x.json', 'a/../../x.json', join(outside, 'x.json'), '.'])
      expect(() => workspacePath('sarif-file', given, workspace)).toThrow(
        `Input 'sarif-file' must name a file inside the workspace (${workspace}); got '${given}'`
      )
  })

  test('a symbolic link in the checkout pointing out of the workspace is refused', () => {
    symlinkSync(outside, join(workspace, 'reports'))
    expect(() => workspacePath('report-file', 'reports/new/x.json', workspace)).toThrow(
      /must name a file inside/
    )
  })
})

describe('writeReportFile', () => {
  test('creates the folders and writes the file', () => {
    writeReportFile('report-file', 'out/deep/r.json', workspace, '{}\n')
    expect(readFileSync(join(workspace, 'out', 'deep', 'r.json'), 'utf8')).toBe('{}\n')
  })

  test('a symbolic link where the file goes is not followed', () => {
    mkdirSync(join(workspace, 'out'))
    writeFileSync(join(outside, 'victim'), 'keep')
    symlinkSync(join(outside, 'victim'), join(workspace, 'out', 'r.json'))
    expect(() => writeReportFile('report-file', 'out/r.json', workspace, 'overwritten')).toThrow(
      "Input 'report-file': 'out/r.json' is a symbolic link in the workspace; Demarc does not write through one"
    )
    expect(readFileSync(join(outside, 'victim'), 'utf8')).toBe('keep')
    expect(existsSync(join(outside, 'r.json'))).toBe(false)
  })
})
