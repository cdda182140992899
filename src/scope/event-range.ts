/** What a workflow run asks to scan, decided from its event and inputs alone. */
export type EventRange = { mode: 'changes'; base: string; head: string } | { mode: 'all'; head: string }

export interface RangeInputs {
  base?: string
  head?: string
  scope: 'changes' | 'all'
}

interface Payload {
  pull_request?: { base?: { sha?: string }; head?: { sha?: string } }
  before?: string
  after?: string
}

const NO_COMMIT = /^0+$/

/**
 * The commits to compare: a pull request's base and head (never the merge
 * commit), a push's before and after, or what a dispatch names. A push that
 * creates a branch has no before: the whole tree is scanned instead.
 */
export function rangeFromEvent(
  eventName: string,
  payload: Payload,
  inputs: RangeInputs,
  sha: string
): EventRange {
  if (inputs.scope === 'all') return { mode: 'all', head: inputs.head ?? sha }
  if (inputs.base !== undefined) return { mode: 'changes', base: inputs.base, head: inputs.head ?? sha }
  switch (eventName) {
    case 'pull_request':
    case 'pull_request_target': {
      const base = payload.pull_request?.base?.sha
      const head = payload.pull_request?.head?.sha
      if (base === undefined || head === undefined)
        throw new Error(`the ${eventName} event has no pull_request.base.sha/head.sha`)
      return { mode: 'changes', base, head }
    }
    case 'push': {
      const after = payload.after ?? sha
      if (payload.before === undefined || NO_COMMIT.test(payload.before)) return { mode: 'all', head: after }
      return { mode: 'changes', base: payload.before, head: after }
    }
    case 'workflow_dispatch':
      return { mode: 'all', head: inputs.head ?? sha }
    default:
      throw new Error(
        `Demarc does not know what to compare on a '${eventName}' event: set the 'base' input (and 'head'), or 'scope: all'`
      )
  }
}
