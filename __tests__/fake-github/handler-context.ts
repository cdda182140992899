// What every route handler receives.
import type { Operation } from './openapi.js'
import type { HandlerResult } from './responses.js'
import type { FakeRepository } from './state.js'
import type { ViolationKind } from './types.js'

export interface HandlerContext {
  op: Operation
  pathParams: Record<string, string>
  query: Record<string, string>
  /** Parsed JSON body (already checked against the operation's schema). */
  body: Record<string, unknown>
  accept: string
  repo: FakeRepository
  canApprove: boolean
  /** Records that the client broke one of GitHub's rules; `rejected` when GitHub answers with an error. */
  violate(kind: ViolationKind, reason: string, rejected: boolean): void
  /** A page of `items` as a list endpoint answers: the slice, and a Link header when there are more. */
  list<T>(items: readonly T[]): HandlerResult
}

export type Handler = (ctx: HandlerContext) => HandlerResult

export function intParam(ctx: HandlerContext, name: string): number {
  return Number(ctx.pathParams[name])
}
