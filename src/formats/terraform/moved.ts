import type { ScanError } from '../../model.js'
import type { Move } from '../format.js'
import type { Block, Expr, HclFile } from './parse/ast.js'

/**
 * `moved { from = aws_s3_bucket.a  to = aws_s3_bucket.b }` blocks of one
 * module instance as moves between keys. Instance keys are dropped
 * (`a[0]` is `a`), since a resource with `count` or `for_each` is one
 * resource here; a move that is then from an address to itself is no move.
 */
export function collectMoves(files: HclFile[], unit: string, prefix: string, errors: ScanError[]): Move[] {
  const moves: Move[] = []
  for (const file of files) {
    for (const block of file.blocks) {
      if (block.type !== 'moved') continue
      const from = endpoint(block, 'from', file, errors)
      const to = endpoint(block, 'to', file, errors)
      if (from === undefined || to === undefined || from === to) continue
      moves.push({
        from: `${unit}//${prefix}${from}`,
        to: `${unit}//${prefix}${to}`,
        file: file.path,
        line: block.span.line
      })
    }
  }
  return moves
}

function endpoint(block: Block, name: 'from' | 'to', file: HclFile, errors: ScanError[]): string | undefined {
  const entry = block.entries.get(name)
  const address = entry === undefined || entry.kind === 'blocks' ? undefined : addressOf(entry)
  if (address !== undefined) return address
  const line = block.keySpans.get(name)?.line ?? block.span.line
  const found = entry === undefined ? `no '${name}'` : `'${name}' set to something else`
  errors.push({
    file: file.path,
    line,
    message: `expected 'moved' to have '${name}' set to a resource or module address (aws_s3_bucket.a, module.a), found ${found}`
  })
  return undefined
}

/** `module.a.aws_s3_bucket.b[0]` as `module.a.aws_s3_bucket.b`; undefined for anything but an address. */
function addressOf(expr: Expr): string | undefined {
  if (expr.kind !== 'get' || expr.target.kind !== 'name') return undefined
  const segments = [expr.target.name]
  for (const step of expr.steps) {
    if (step.t === 'attr') segments.push(step.name)
    else if (step.t !== 'index') return undefined
  }
  return isAddress(segments) ? segments.join('.') : undefined
}

/** `(module.N.)* then T.N, data.T.N or nothing after at least one module`. */
function isAddress(segments: string[]): boolean {
  let i = 0
  while (segments[i] === 'module' && i + 1 < segments.length) i += 2
  const rest = segments.length - i
  if (rest === 0) return i > 0
  if (segments[i] === 'module') return false
  return rest === 2 || (rest === 3 && segments[i] === 'data')
}
