import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const created: string[] = []

/** A fresh temporary directory, removed by removeTempDirs(). */
export function makeTempDir(prefix = 'demarc-test-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix))
  created.push(dir)
  return dir
}

export function removeTempDirs(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true })
}

/**
 * Keeps the machine's git configuration out of the tests, for the helpers
 * here and for the git processes the code under test starts.
 */
export function isolateGitConfig(): () => void {
  const saved = { ...process.env }
  const home = makeTempDir('demarc-home-')
  Object.assign(process.env, { GIT_CONFIG_NOSYSTEM: '1', HOME: home, XDG_CONFIG_HOME: home })
  delete process.env.GIT_CONFIG_GLOBAL
  delete process.env.GIT_DIR
  delete process.env.GIT_WORK_TREE
  return () => {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key]
    Object.assign(process.env, saved)
  }
}

const IDENTITY = [
  '-c',
  'user.name=Test Author',
  '-c',
  'user.email=author@example.com',
  '-c',
  'commit.gpgsign=false'
]

export interface TempRepo {
  dir: string
  git(...args: string[]): string
  write(file: string, content: string | Uint8Array): void
  remove(file: string): void
  /** Makes the work tree a copy of `source` (everything but .git replaced). */
  replaceTree(source: string): void
  /** Stages everything and commits; returns the new commit's sha. */
  commitAll(message: string): string
}

export function createTempRepo(dir = makeTempDir()): TempRepo {
  const git = (...args: string[]): string =>
    execFileSync('git', [...IDENTITY, ...args], { cwd: dir, env: process.env, encoding: 'utf8' })
  git('init', '-q', '-b', 'main')
  return {
    dir,
    git,
    write(file, content) {
      const target = path.join(dir, file)
      mkdirSync(path.dirname(target), { recursive: true })
      writeFileSync(target, content)
    },
    remove(file) {
      rmSync(path.join(dir, file), { recursive: true, force: true })
    },
    replaceTree(source) {
      for (const entry of readdirSync(dir))
        if (entry !== '.git') rmSync(path.join(dir, entry), { recursive: true })
      cpSync(source, dir, { recursive: true })
    },
    commitAll(message) {
      git('add', '-A')
      git('commit', '-q', '--allow-empty', '-m', message)
      return git('rev-parse', 'HEAD').trim()
    }
  }
}

/** `count` lines `line 1` … `line count`, each ending in a newline. */
export function numberedLines(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `line ${i + 1}`)
}
