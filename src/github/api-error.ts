/** What the client throws for an HTTP error (Octokit's RequestError, read by shape). */
interface HttpError {
  status: number
  message: string
  response?: { headers?: Record<string, string | undefined> }
}

function isHttpError(error: unknown): error is HttpError {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as HttpError).status === 'number' &&
    typeof (error as HttpError).message === 'string'
  )
}

/** The permission a workflow grants in its `permissions:` block. */
export type Permission = 'checks: write' | 'pull-requests: write' | 'contents: read'

/**
 * A write the token may not make: GitHub's 403 `Resource not accessible by
 * integration`, as a fork pull request's read-only GITHUB_TOKEN always gets.
 */
export class PermissionDenied extends Error {
  constructor(
    readonly permission: Permission,
    readonly action: string
  ) {
    super(
      `${action}: the token lacks '${permission}' (GitHub answered 403 Resource not accessible by integration)`
    )
    this.name = 'PermissionDenied'
  }
}

/** True for the 403 GitHub sends when the token's permissions do not cover the request. */
export function isNotAccessible(error: unknown): boolean {
  return (
    isHttpError(error) &&
    error.status === 403 &&
    /Resource not accessible by integration/i.test(error.message)
  )
}

/** Runs a write; a permission 403 becomes PermissionDenied naming `permission`, anything else is rethrown. */
export async function asWrite<T>(
  permission: Permission,
  action: string,
  write: () => Promise<T>
): Promise<T> {
  try {
    return await write()
  } catch (error) {
    if (isNotAccessible(error)) throw new PermissionDenied(permission, action)
    throw error
  }
}

/** One line for the log: status and GitHub's message, never the request's headers. */
export function describeError(error: unknown): string {
  if (isHttpError(error)) return `HTTP ${error.status}: ${firstLine(error.message)}`
  return error instanceof Error ? error.message : String(error)
}

function firstLine(text: string): string {
  const line = text.split('\n')[0] ?? ''
  return line.length > 300 ? `${line.slice(0, 300)}…` : line
}
