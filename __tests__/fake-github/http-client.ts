// A tiny HTTP client for the fake's own tests: every header is under the test's control
// (fetch would add its own User-Agent and Accept).
import { request, type IncomingHttpHeaders } from 'node:http'

export interface Reply {
  status: number
  headers: IncomingHttpHeaders
  text: string
  /** Parsed JSON body, or undefined when the body is empty or not JSON. */
  json: unknown
}

export interface CallOptions {
  body?: unknown
  /** Sent as-is instead of `body`. */
  rawBody?: string
  /** `token <this>`; null sends no Authorization header. Default `test-token`. */
  token?: string | null
  /** Extra headers; undefined removes a default one. */
  headers?: Record<string, string | undefined>
  /** Give up (destroying the request) after this many milliseconds. */
  timeoutMs?: number
}

export const DEFAULT_HEADERS: Record<string, string> = {
  accept: 'application/vnd.github+json',
  'user-agent': 'fake-github-tests'
}

export function call(
  baseUrl: string,
  method: string,
  path: string,
  options: CallOptions = {}
): Promise<Reply> {
  const url = new URL(path, baseUrl)
  const payload = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body))
  const headers: Record<string, string> = { ...DEFAULT_HEADERS }
  const token = options.token === undefined ? 'test-token' : options.token
  if (token !== null) headers.authorization = `token ${token}`
  if (payload !== undefined) headers['content-type'] = 'application/json; charset=utf-8'
  for (const [name, value] of Object.entries(options.headers ?? {})) {
    if (value === undefined) delete headers[name]
    else headers[name] = value
  }
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers, timeout: options.timeoutMs }, res => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8')
        let json: unknown
        try {
          json = text === '' ? undefined : JSON.parse(text)
        } catch {
          json = undefined
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json })
      })
      res.on('error', reject)
    })
    req.on('timeout', () => req.destroy(new Error('client timeout')))
    req.on('error', reject)
    req.end(payload)
  })
}
