import type { Finding, Owner, Report, ScanError, Severity } from '../model.js'
import { plainText, sentence } from './escape.js'
import { fitText, GITHUB_LIMITS } from './limits.js'
import { rowTitle } from './markdown.js'
import { ownerOverrideOf, overrideWords } from './owner-override.js'

export type AnnotationLevel = 'notice' | 'warning' | 'failure'

/** A check-run annotation as the REST API takes it (`output.annotations[]` of create/update a check run). */
export interface Annotation {
  path: string
  start_line: number
  end_line: number
  annotation_level: AnnotationLevel
  title: string
  message: string
  raw_details?: string
}

const LEVEL: Record<Severity, AnnotationLevel> = {
  critical: 'failure',
  high: 'failure',
  medium: 'warning',
  low: 'notice',
  info: 'notice'
}
const LEVEL_ORDER: Record<AnnotationLevel, number> = { failure: 0, warning: 1, notice: 2 }
const OWNER_WORDS: Record<Owner, string> = {
  customer: 'owner: you, the customer',
  aws: 'owner: AWS, but this setting is still yours',
  shared: 'owner: shared by AWS and you'
}

/**
 * One annotation per new finding (critical and high: failure, medium:
 * warning, low and info: notice; a suppressed one is a notice) and one
 * warning per scan error, sorted by file, line and level. Annotations show
 * no markup, so everything is plain text within GitHub's sizes. Send them
 * in {@link batches} of 50.
 */
export function renderAnnotations(report: Report): Annotation[] {
  const findings = report.findings.filter(f => f.status === 'new').map(f => findingAnnotation(f, report))
  return [...findings, ...report.errors.map(errorAnnotation)].sort(byPlace)
}

/** The owner in words, and, when the configuration file set it, that it did. */
function ownerWords(f: Finding, report: Report): string {
  const override = ownerOverrideOf(report, f.row)
  const words = OWNER_WORDS[f.owner]
  return override === undefined
    ? words
    : `${words}; ${overrideWords(override, plainText(override.file, 300))}`
}

function findingAnnotation(f: Finding, report: Report): Annotation {
  const removed = f.removedLine === undefined ? '' : ` (removed from line ${f.removedLine} of the base)`
  const message = [
    sentence(`${plainText(f.address, 200)}: ${plainText(f.message, 1_000)}${removed}`),
    `Responsibility: ${plainText(rowTitle(report, f.row), 200)} (${ownerWords(f, report)}).`
  ].join('\n')
  const references = f.references.map(r => plainText(r.id, 100)).join(', ')
  const details = [
    `Why it matters: ${plainText(f.explanation, 4_000)}`,
    `How to fix: ${plainText(f.remediation, 4_000)}`,
    `Rule: ${plainText(f.ruleId, 200)}${references === '' ? '' : ` (${references})`}`
  ].join('\n\n')
  const severity = `${f.severity[0]?.toUpperCase()}${f.severity.slice(1)}`
  return {
    path: f.file,
    start_line: f.line,
    end_line: Math.max(f.line, f.endLine),
    annotation_level: f.suppressed ? 'notice' : LEVEL[f.severity],
    title: fitText(`${severity}: ${plainText(f.title, 300)}${f.suppressed ? ' (suppressed)' : ''}`, {
      bytes: GITHUB_LIMITS.annotationTitleBytes
    }),
    message: fitText(message, { bytes: GITHUB_LIMITS.annotationMessageBytes }),
    raw_details: fitText(details, { bytes: GITHUB_LIMITS.annotationMessageBytes })
  }
}

function errorAnnotation(e: ScanError): Annotation {
  const line = e.line !== undefined && e.line >= 1 ? e.line : 1
  return {
    path: e.file,
    start_line: line,
    end_line: line,
    annotation_level: 'warning',
    title: 'Demarc could not scan this file',
    message: fitText(plainText(e.message, 2_000), { bytes: GITHUB_LIMITS.annotationMessageBytes })
  }
}

function byPlace(a: Annotation, b: Annotation): number {
  return (
    compare(a.path, b.path) ||
    a.start_line - b.start_line ||
    a.end_line - b.end_line ||
    LEVEL_ORDER[a.annotation_level] - LEVEL_ORDER[b.annotation_level] ||
    compare(a.title, b.title) ||
    compare(a.message, b.message)
  )
}

/** Code-unit order: the same on every machine, whatever its locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** `items` in consecutive groups of at most `size` (by default the 50 annotations one check-run request takes). */
export function batches<T>(items: readonly T[], size: number = GITHUB_LIMITS.annotationsPerRequest): T[][] {
  if (!Number.isInteger(size) || size < 1)
    throw new RangeError(`batches: size must be a positive integer, got ${size}`)
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}
