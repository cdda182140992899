import * as core from '@actions/core'
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'

/** The REST client every function of src/github takes as its first argument. */
export type GitHubClient = ReturnType<typeof getOctokit>

/** Retries of one request after a rate limit or a server error. */
export const MAX_RETRIES = 3
/** Longer waits than this are not sat out: the request fails and the run says why. */
export const MAX_WAIT_SECONDS = 120
/** Each attempt of a request gets this long; one GitHub never answers fails and is retried like a 5xx. */
export const REQUEST_TIMEOUT_MS = 30_000

type Plugin = NonNullable<Parameters<typeof getOctokit>[2]>

/**
 * Gives every attempt its own deadline. Registered before the retry plugin,
 * so it sits inside the retries; the options object is shared with the hooks
 * inside it (they are bound to it), so the signal is set on it.
 */
const requestTimeout: Plugin = octokit => {
  octokit.hook.wrap('request', (request, options) => {
    options.request = { ...options.request, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) }
    return request(options)
  })
}

interface Limited {
  method: string
  url: string
}

/**
 * Octokit for `GITHUB_API_URL` (github.com or GitHub Enterprise Server),
 * with GitHub's pacing: writes one at a time and a second apart, secondary
 * rate limits and exhausted quotas waited out as GitHub asks (`retry-after`,
 * `x-ratelimit-reset`), 5xx answers and attempts that time out retried with
 * growing pauses — each at most MAX_RETRIES times. 4xx answers other than
 * rate limits are not retried.
 */
export function createClient(token: string): GitHubClient {
  const waitOrGiveUp =
    (kind: string) =>
    (retryAfter: number, options: Limited, _octokit: unknown, retryCount: number): boolean => {
      const request = `${options.method} ${options.url.replace(/^[a-z]+:\/\/[^/]+/i, '').split('?')[0]}`
      if (retryCount >= MAX_RETRIES || retryAfter > MAX_WAIT_SECONDS) {
        core.warning(
          `GitHub's ${kind} stopped ${request}; it asks to wait ${retryAfter} s, which Demarc does not (${retryCount} retries so far)`
        )
        return false
      }
      core.info(
        `GitHub's ${kind} on ${request}: retrying in ${retryAfter} s (retry ${retryCount + 1} of ${MAX_RETRIES})`
      )
      return true
    }
  return getOctokit(
    token,
    {
      log: { debug: core.debug, info: core.debug, warn: core.warning, error: core.error },
      throttle: {
        onRateLimit: waitOrGiveUp('rate limit'),
        onSecondaryRateLimit: waitOrGiveUp('secondary rate limit')
      },
      // 403 and 429 are the throttling plugin's (it knows when GitHub says to come back).
      retry: { retries: MAX_RETRIES, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] }
    },
    requestTimeout,
    retry,
    throttling
  )
}
