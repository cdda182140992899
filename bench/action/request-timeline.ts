import type { Server } from 'node:http'
import type { FakeGitHub } from '../../__tests__/fake-github/fake-github.js'
import { treeCpuMs } from '../child/proc-cpu.js'
import { now } from '../timing.js'

/** One request as the fake GitHub server saw it, with the action's CPU time when it arrived and was answered. */
export interface TimedRequest {
  method: string
  path: string
  start: number
  end: number
  cpuAtStart: number | undefined
  cpuAtEnd: number | undefined
}

export interface RequestTimeline {
  readonly requests: TimedRequest[]
  /** The process whose CPU time is sampled (the action under test); requests are kept until the next watch. */
  watch(pid: number): void
}

/**
 * Times every request the fake answers, from its arrival to the end of the response, sampling the action's
 * CPU time (process and children) at both ends. The fake does not expose its HTTP server; the benchmark
 * reaches for it to add a listener, which leaves the fake's own handling untouched.
 */
export function recordRequests(fake: FakeGitHub): RequestTimeline {
  const server = (fake as unknown as { server?: Server }).server
  if (server === undefined)
    throw new Error('the fake GitHub server no longer keeps its HTTP server in `server`')
  let pid: number | undefined
  const requests: TimedRequest[] = []
  const cpu = () => (pid === undefined ? undefined : treeCpuMs(pid))
  server.on('request', (req, res) => {
    const entry: TimedRequest = {
      method: req.method ?? 'GET',
      path: (req.url ?? '').split('?')[0] as string,
      start: now(),
      end: Number.NaN,
      cpuAtStart: cpu(),
      cpuAtEnd: undefined
    }
    requests.push(entry)
    res.on('finish', () => {
      entry.end = now()
      entry.cpuAtEnd = cpu()
    })
  })
  return {
    requests,
    watch(next) {
      pid = next
      requests.length = 0
    }
  }
}
