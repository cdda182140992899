// What a handler returns, and GitHub's error bodies.
import type { Operation } from './openapi.js'

export interface HandlerResult {
  status: number
  body?: unknown
  headers?: Record<string, string>
  /** A non-JSON body (raw media types, HTML error pages, malformed JSON faults). */
  raw?: { contentType: string; data: Buffer | string }
}

function error(
  op: Pick<Operation, 'docsUrl'> | undefined,
  status: number,
  fields: Record<string, unknown>
): HandlerResult {
  return {
    status,
    body: {
      ...fields,
      documentation_url: op?.docsUrl ?? 'https://docs.github.com/rest',
      status: String(status)
    }
  }
}

export function notFound(op?: Operation, message = 'Not Found'): HandlerResult {
  return error(op, 404, { message })
}

/** Rails-side rejections of reviews and review comments: plain strings in `errors`. */
export function unprocessable(op: Operation, errors: string[]): HandlerResult {
  return error(op, 422, { message: 'Unprocessable Entity', errors: [...new Set(errors)] })
}

export interface FieldError {
  resource: string
  code: string
  field: string
  message?: string
}

/** Model validation failures (`Validation Failed` with resource/code/field objects). */
export function validationFailed(op: Operation, errors: FieldError[]): HandlerResult {
  return error(op, 422, { message: 'Validation Failed', errors })
}

/** Schema-level rejection (`Invalid request.` + details) or another 422 carrying only a message. */
export function unprocessableMessage(op: Operation, message: string): HandlerResult {
  return error(op, 422, { message })
}

export function forbidden(
  op: Operation | undefined,
  message: string,
  headers?: Record<string, string>
): HandlerResult {
  return { ...error(op, 403, { message }), ...(headers ? { headers } : {}) }
}

export function unauthorized(message: 'Bad credentials' | 'Requires authentication'): HandlerResult {
  return error({ docsUrl: 'https://docs.github.com/rest' }, 401, { message })
}

export function badRequest(op: Operation | undefined, message: string): HandlerResult {
  return error(op, 400, { message })
}

export function json(status: number, body: unknown, headers?: Record<string, string>): HandlerResult {
  return { status, body, ...(headers ? { headers } : {}) }
}

export function noContent(): HandlerResult {
  return { status: 204 }
}
