import * as core from '@actions/core'
import type { CheckAnnotation } from './check-run.js'

/** GitHub shows at most this many workflow-command annotations of each level per step. */
export const MAX_PER_LEVEL = 10

type Level = CheckAnnotation['annotation_level']

const WRITERS: Record<Level, typeof core.error> = {
  failure: core.error,
  warning: core.warning,
  notice: core.notice
}

/**
 * The check run's annotations as workflow commands (`::error file=…`), for
 * when the token cannot write checks: as many of each level as GitHub shows
 * (ten, less those the step uses for its own messages, given in `reserved`),
 * and one line saying how many were left out.
 */
export function emitWorkflowAnnotations(
  annotations: readonly CheckAnnotation[],
  reserved: Partial<Record<Level, number>> = {}
): void {
  const room = (level: Level) => MAX_PER_LEVEL - (reserved[level] ?? 0)
  const shown: Record<Level, number> = { failure: 0, warning: 0, notice: 0 }
  let omitted = 0
  for (const a of annotations) {
    const level = a.annotation_level
    if (shown[level] >= room(level)) {
      omitted += 1
      continue
    }
    shown[level] += 1
    WRITERS[level](a.message, {
      file: a.path,
      startLine: a.start_line,
      endLine: a.end_line,
      ...(a.title === undefined ? {} : { title: a.title })
    })
  }
  if (omitted > 0)
    core.info(
      `${omitted} more annotations are not shown (GitHub shows ${MAX_PER_LEVEL} of each level per step); the job summary and the report list every finding`
    )
}
