/** Exit codes: nothing gates, a new finding gates, the command could not run as asked. */
export const EXIT = { ok: 0, gated: 1, usage: 2 } as const
