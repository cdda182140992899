import * as core from '@actions/core'
import type { Permission, PermissionDenied } from './api-error.js'

const HOW_TO =
  "Grant it in the workflow's `permissions:` block. A pull request from a fork always gets a read-only token on `pull_request`: " +
  'for those, use the fork-safe two-workflow pattern (see "Pull requests from forks" in Demarc\'s README).'

/** What Demarc does instead when it cannot write checks. */
export const CHECKS_FALLBACK =
  'Meanwhile Demarc writes its annotations to the log and the job summary, and the step still passes or fails by the gate.'

/** What Demarc does instead when it cannot comment. */
export const COMMENTS_FALLBACK =
  'Every finding is still in the job summary, and in the check run or the annotations of this step.'

/** One clear warning per missing permission, however many writes it stopped. */
export class PermissionWarnings {
  private readonly seen = new Set<Permission>()

  warn(denied: PermissionDenied, fallback: string): void {
    if (this.seen.has(denied.permission)) return
    this.seen.add(denied.permission)
    core.warning(`${denied.action} failed: the token lacks '${denied.permission}'. ${HOW_TO} ${fallback}`)
  }

  /** How many warnings were written (they count against GitHub's ten per step). */
  get count(): number {
    return this.seen.size
  }

  has(permission: Permission): boolean {
    return this.seen.has(permission)
  }
}
