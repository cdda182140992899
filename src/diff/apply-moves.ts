import type { Move } from '../formats/format.js'
import type { Resource } from '../model.js'

/**
 * The base resources, each under the key the head's `moved` declarations
 * give it, so that the differ pairs a renamed resource with itself
 * (modified or unchanged, instead of removed and added) and its findings
 * keep their fingerprint (existing, instead of new and fixed). The address
 * is left as it was in base. As in Terraform, moves chain (`a` → `b` → `c`),
 * the most specific `from` wins, and a move onto a key base already holds,
 * or a loop of moves, is not applied.
 */
export function applyMoves(base: Resource[], moves: readonly Move[]): Resource[] {
  if (moves.length === 0) return base
  const ordered = [...moves].sort((a, b) => b.from.length - a.from.length)
  const taken = new Set(base.map(r => r.key))
  return base.map(resource => {
    const key = movedKey(resource.key, ordered)
    return key === resource.key || taken.has(key) ? resource : { ...resource, key }
  })
}

function movedKey(key: string, moves: readonly Move[]): string {
  let current = key
  for (let hops = 0; hops <= moves.length; hops++) {
    const move = moves.find(m => covers(m.from, current))
    if (move === undefined) return current
    current = move.to + current.slice(move.from.length)
  }
  return key
}

/** `from` itself, or something inside it: `module.a.aws_s3_bucket.b` and `module.a[0]` are in `module.a`. */
function covers(from: string, key: string): boolean {
  if (!key.startsWith(from)) return false
  const next = key.charAt(from.length)
  return next === '' || next === '.' || next === '['
}
