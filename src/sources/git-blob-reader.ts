import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { gitEnv, type SpawnProcess } from '../scope/run-git.js'
import { createBatchParser, type BatchResponse } from './parse-cat-file-batch.js'

/** Reads blobs of one repository by object id. */
export interface BlobReader {
  read(oid: string): Promise<Buffer>
  /** Lets git answer what was asked, then ends it. */
  close(): Promise<void>
}

export interface BlobReaderOptions {
  spawn?: SpawnProcess
}

interface Request {
  oid: string
  resolve: (content: Buffer) => void
  reject: (error: Error) => void
}

const OBJECT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/
const STDERR_LIMIT = 4096

/**
 * One long-lived `git cat-file --batch` for a repository, started on the
 * first read. Requests are written as they come and answered in order; if
 * git dies, every pending and later read rejects with what git said.
 */
export class GitBlobReader implements BlobReader {
  private readonly queue: Request[] = []
  private child: ChildProcessWithoutNullStreams | undefined
  private exited: Promise<void> = Promise.resolve()
  private failure: Error | undefined
  private closing = false
  private stderr = ''

  constructor(
    readonly repoDir: string,
    private readonly options: BlobReaderOptions = {}
  ) {}

  read(oid: string): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      if (!OBJECT_ID.test(oid))
        return reject(new Error(`expected a 40- or 64-digit hex object id, found '${oid}'`))
      if (this.failure !== undefined) return reject(this.failure)
      if (this.closing) return reject(new Error(`the blob reader for ${this.repoDir} is closed`))
      this.child ??= this.start()
      this.queue.push({ oid, resolve, reject })
      this.child.stdin.write(`${oid}\n`)
    })
  }

  async close(): Promise<void> {
    this.closing = true
    this.child?.stdin.end()
    await this.exited
  }

  private start(): ChildProcessWithoutNullStreams {
    const start = this.options.spawn ?? spawn
    const child = start('git', ['cat-file', '--batch'], { cwd: this.repoDir, env: gitEnv() })
    const parse = createBatchParser(response => this.answer(response))
    child.stdout.on('data', (chunk: Buffer) => {
      try {
        parse(chunk)
      } catch (error) {
        this.fail(error as Error)
      }
    })
    child.stderr.on('data', (chunk: Buffer) => {
      this.stderr = (this.stderr + chunk.toString('utf8')).slice(0, STDERR_LIMIT)
    })
    child.stdin.on('error', () => {
      // a broken pipe means git is gone; 'close' says why
    })
    this.exited = new Promise(resolve => {
      child.on('error', error => {
        this.fail(new Error(`git cat-file --batch could not be started in ${this.repoDir}: ${error.message}`))
        resolve()
      })
      child.on('close', (code, signal) => {
        this.onExit(code, signal)
        resolve()
      })
    })
    return child
  }

  private onExit(code: number | null, signal: NodeJS.Signals | null): void {
    if (this.closing && this.queue.length === 0) return
    const how = code === null ? `was killed by ${signal}` : `exited with code ${code}`
    const said = this.stderr.trim() === '' ? '' : `: ${this.stderr.trim()}`
    this.fail(
      new Error(
        `git cat-file --batch in ${this.repoDir} ${how} with ${this.queue.length} reads pending${said}`
      )
    )
  }

  private answer(response: BatchResponse): void {
    const request = this.queue.shift()
    if (request === undefined) {
      return this.fail(new Error(`git cat-file --batch in ${this.repoDir} answered a request never made`))
    }
    if (response.kind === 'missing') {
      return request.reject(new Error(`object ${request.oid} is ${response.problem} in ${this.repoDir}`))
    }
    if (response.oid !== request.oid) {
      return this.fail(
        new Error(`git cat-file --batch answered ${response.oid} when ${request.oid} was asked for`)
      )
    }
    if (response.type !== 'blob') {
      return request.reject(new Error(`object ${request.oid} is a ${response.type}, expected a blob`))
    }
    request.resolve(response.content)
  }

  /** Rejects everything pending and everything after, and makes sure git is gone. */
  private fail(error: Error): void {
    this.failure ??= error
    for (const request of this.queue.splice(0)) request.reject(this.failure)
    const child = this.child
    if (child !== undefined && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
  }
}
