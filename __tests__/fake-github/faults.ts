// Scripted faults: failures, hangs, endless pagination and actions run just before a request is handled.
import type { EndlessSpec, FailSpec, HangSpec, RequestMatch } from './types.js'

export interface Pending<T> {
  spec: T
  remaining: number
}

export function matches(match: RequestMatch, method: string, paths: string[]): boolean {
  if (match.method && match.method.toUpperCase() !== method) return false
  if (match.path === undefined) return true
  const pattern = match.path
  return paths.some(path => (typeof pattern === 'string' ? path === pattern : pattern.test(path)))
}

/** Takes one use of the first pending entry that matches, dropping it once used up. */
export function take<T extends RequestMatch>(
  queue: Pending<T>[],
  method: string,
  paths: string[]
): T | undefined {
  const index = queue.findIndex(entry => matches(entry.spec, method, paths))
  if (index === -1) return undefined
  const entry = queue[index] as Pending<T>
  entry.remaining--
  if (entry.remaining <= 0) queue.splice(index, 1)
  return entry.spec
}

export class FaultQueues {
  readonly fail: Pending<FailSpec>[] = []
  readonly hang: Pending<HangSpec>[] = []
  readonly before: Pending<RequestMatch & { action: () => void }>[] = []
  readonly endless: EndlessSpec[] = []

  unused(): string[] {
    const describe = (kind: string, spec: RequestMatch, remaining: number) =>
      `${kind} ${spec.method ?? '*'} ${spec.path === undefined ? '*' : String(spec.path)} ×${remaining}`
    return [
      ...this.fail.map(e => describe(`fail ${e.spec.status}`, e.spec, e.remaining)),
      ...this.hang.map(e => describe('hang', e.spec, e.remaining)),
      ...this.before.map(e => describe('before', e.spec, e.remaining))
    ]
  }
}

const SECONDARY =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID'

/** The body GitHub sends with a given failure status (JSON, except the HTML of a 502). */
export function defaultFaultBody(
  spec: FailSpec,
  requestId: string,
  docsUrl: string
): { json?: unknown; html?: string } {
  const headers = Object.fromEntries(Object.entries(spec.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]))
  const status = String(spec.status)
  const rateDocs = 'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api'
  switch (spec.status) {
    case 429:
      return { json: { message: `${SECONDARY} ${requestId}.`, documentation_url: rateDocs, status } }
    case 403:
      if (headers['x-ratelimit-remaining'] === '0')
        return {
          json: {
            message: 'API rate limit exceeded for installation ID 1.',
            documentation_url: rateDocs,
            status
          }
        }
      if (headers['retry-after'] !== undefined)
        return { json: { message: `${SECONDARY} ${requestId}.`, documentation_url: rateDocs, status } }
      return {
        json: { message: 'Resource not accessible by integration', documentation_url: docsUrl, status }
      }
    case 401:
      return {
        json: { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status }
      }
    case 404:
      return { json: { message: 'Not Found', documentation_url: docsUrl, status } }
    case 422:
      return { json: { message: 'Unprocessable Entity', documentation_url: docsUrl, status } }
    case 502:
      return {
        html: '<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>\n'
      }
    case 503:
      return { json: { message: 'Service Unavailable', documentation_url: docsUrl, status } }
    case 500:
      return { json: { message: 'Server Error', documentation_url: docsUrl, status } }
    default:
      return { json: {} }
  }
}
