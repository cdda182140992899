import { spawn } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { GitCommandError, runGit, type SpawnProcess } from '../../src/scope/run-git.js'
import { createTempRepo, isolateGitConfig, makeTempDir, removeTempDirs } from '../helpers/temp-repo.js'

let restoreEnv: () => void
beforeAll(() => {
  restoreEnv = isolateGitConfig()
})
afterAll(() => {
  removeTempDirs()
  restoreEnv()
})

describe('runGit', () => {
  test('returns stdout as bytes, unchanged', async () => {
    const repo = createTempRepo()
    repo.write('bin', Buffer.from([0, 0xff, 0x0a, 0xfe]))
    const oid = repo.git('hash-object', '-w', 'bin').trim()

    const out = await runGit(repo.dir, ['cat-file', 'blob', oid])

    expect([...out]).toEqual([0, 0xff, 0x0a, 0xfe])
  })

  test('rejects a failing command naming the subcommand, the exit code and stderr', async () => {
    const dir = makeTempDir()
    const error = await runGit(dir, ['log', '-1']).catch((e: unknown) => e)

    expect(error).toBeInstanceOf(GitCommandError)
    expect((error as GitCommandError).subcommand).toBe('log')
    expect((error as GitCommandError).exitCode).toBe(128)
    expect((error as Error).message).toMatch(
      /^git log failed in .+ \(exit 128\): fatal: not a git repository/
    )
  })

  test('passes -c settings before the subcommand and never runs through a shell', async () => {
    const repo = createTempRepo()
    const calls: {
      command: string
      args: readonly string[]
      shell: unknown
      env: NodeJS.ProcessEnv | undefined
    }[] = []
    const watching: SpawnProcess = (command, args, options) => {
      calls.push({ command, args, shell: options.shell, env: options.env })
      return spawn(command, args, options)
    }

    const out = await runGit(repo.dir, ['config', '--get', 'demarc.probe'], {
      config: ['demarc.probe=$(echo injected)'],
      spawn: watching
    })

    expect(out.toString('utf8')).toBe('$(echo injected)\n')
    expect(calls).toHaveLength(1)
    expect(calls[0]).toMatchObject({
      command: 'git',
      args: ['-c', 'demarc.probe=$(echo injected)', 'config', '--get', 'demarc.probe']
    })
    expect(calls[0]?.shell).toBeUndefined()
    expect(calls[0]?.env?.GIT_TERMINAL_PROMPT).toBe('0')
  })

  test('kills the process and rejects after the timeout', async () => {
    let child: ReturnType<SpawnProcess> | undefined
    const hanging: SpawnProcess = (_command, _args, options) =>
      (child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], options))
    const started = Date.now()

    await expect(runGit(makeTempDir(), ['fetch'], { timeoutMs: 200, spawn: hanging })).rejects.toThrow(
      /^git fetch timed out after 200 ms/
    )
    expect(Date.now() - started).toBeLessThan(5000)
    expect(child?.signalCode).toBe('SIGKILL')
  })

  test('gives git no input, so a command that reads stdin ends at once', async () => {
    const repo = createTempRepo()

    expect((await runGit(repo.dir, ['cat-file', '--batch'], { timeoutMs: 5000 })).length).toBe(0)
  })
})
