import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Report } from '../../src/model.js'
import { isolateGitConfig, makeTempDir, removeTempDirs, type TempRepo } from '../helpers/temp-repo.js'
import { createDemoRepo } from './demo-repo.js'
import { runBundle } from './run-bundle.js'

// `demarc scan` in shards and `demarc merge`, as the bundled dist/cli/index.js.
let restore: () => void
let demo: { repo: TempRepo; base: string; head: string }

beforeAll(() => {
  restore = isolateGitConfig()
  demo = createDemoRepo()
})

afterAll(() => {
  removeTempDirs()
  restore()
})

function cli(...args: string[]) {
  return runBundle('dist/cli/index.js', args, { cwd: demo.repo.dir })
}

const range = () => ['--base', demo.base, '--head', demo.head]

describe('dist/cli/index.js merge', () => {
  test('two overlapping shards merge into the unsharded report, SARIF and exit code', () => {
    const dir = makeTempDir('demarc-bundle-shards-')
    const files = [
      ['--include', 'infra/**', '--include', 'app/**'],
      ['--exclude', 'infra/network/**']
    ].map((globs, i) => {
      const run = cli('scan', ...range(), ...globs, '--format', 'json')
      expect(run.stderr).toBe('')
      const file = join(dir, `shard-${i}.json`)
      writeFileSync(file, run.stdout)
      return file
    })
    for (const format of ['json', 'sarif']) {
      const whole = cli('scan', ...range(), '--format', format)
      const merged = cli('merge', ...files, '--format', format)
      expect(merged.stderr).toBe('')
      expect(merged.stdout).toBe(whole.stdout)
      expect(merged.status).toBe(1)
      expect(whole.status).toBe(1)
    }
    const neutral = cli('merge', '--fail-on', 'never', ...files, '--format', 'json')
    expect(neutral.status).toBe(0)
    expect((JSON.parse(neutral.stdout) as Report).gate.conclusion).toBe('neutral')
  })

  test('--format sarif writes SARIF 2.1.0 with the new and existing findings as results', () => {
    const run = cli('scan', ...range(), '--format', 'sarif')
    const sarif = JSON.parse(run.stdout) as { version: string; runs: { results: unknown[] }[] }
    expect(sarif.version).toBe('2.1.0')
    expect(sarif.runs[0]?.results).toHaveLength(26)
  })

  test('a report that is not there: exit 2, naming it', () => {
    const run = cli('merge', 'nowhere.json')
    expect(run.status).toBe(2)
    expect(run.stderr).toBe('demarc: cannot read the report nowhere.json: ENOENT\n')
  })
})
