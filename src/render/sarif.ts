import type { Finding, Report, ScanError, Severity } from '../model.js'
import { SEVERITIES } from '../model.js'
import { escapeText, inlineMessage, plainText, sentence } from './escape.js'
import { fitText, GITHUB_LIMITS } from './limits.js'
import { ownerText, rowTitle } from './markdown.js'
import { linkTarget } from './review-comment.js'
import type { Location, Notification, ReportingDescriptor, Result, SarifLog } from './sarif-types.js'

/** The schema GitHub's documentation names for SARIF uploads. */
export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json'

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  info: 'note'
}

/** Code scanning reads 9.0 and above as critical, 7.0–8.9 high, 4.0–6.9 medium, 0.1–3.9 low. */
const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '3.0',
  info: '1.0'
}

/**
 * The report as SARIF 2.1.0 for `github/codeql-action/upload-sarif`: one run,
 * a rule per control that has a finding, and a result per new or existing
 * finding that is not suppressed.
 *
 * Fixed findings are left out: code scanning closes an alert when a later
 * analysis no longer contains its result, and it ignores `baselineState`, so
 * a result marked `absent` would open an alert on a line of the base
 * version. Suppressed findings are left out because code scanning does not
 * honour SARIF `suppressions` by default and would open them as alerts. When
 * there are more results than code scanning accepts in one run, the most
 * important are kept (new first, then by severity) and a notification says
 * how many are missing.
 */
export function renderSarif(report: Report): SarifLog {
  const rules = rulesOf(report)
  const index = new Map(rules.map((r, i) => [r.id, i]))
  const eligible = report.findings
    .filter(f => f.status !== 'fixed' && !f.suppressed)
    .sort((a, b) => rank(a) - rank(b))
  const kept = eligible.slice(0, GITHUB_LIMITS.sarifResultsPerRun)
  const notifications = report.errors.map(errorNotification)
  if (eligible.length > kept.length)
    notifications.push({
      level: 'warning',
      message: {
        text: `${eligible.length - kept.length} of ${eligible.length} results are left out: code scanning accepts at most ${GITHUB_LIMITS.sarifResultsPerRun} results per run. The report file has them all.`
      }
    })
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: driver(report, rules) },
        invocations: [
          {
            executionSuccessful: true,
            ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {})
          }
        ],
        results: kept.map(f => result(f, report, index.get(f.ruleId) as number)),
        properties: {
          scope: report.scope,
          gate: report.gate.conclusion,
          fixed: report.findings.filter(f => f.status === 'fixed').length,
          suppressed: report.findings.filter(f => f.suppressed && f.status !== 'fixed').length
        }
      }
    ]
  }
}

function driver(report: Report, rules: ReportingDescriptor[]) {
  const { version } = report.tool
  const semantic = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/.test(version)
  return { name: 'Demarc', version, ...(semantic ? { semanticVersion: version } : {}), rules }
}

/** New before existing, then by severity: the order in which results are kept when there are too many. */
function rank(f: Finding): number {
  return (f.status === 'new' ? 0 : SEVERITIES.length) + SEVERITIES.indexOf(f.severity)
}

/** One rule per control that has a finding (of any status), sorted by id. */
function rulesOf(report: Report): ReportingDescriptor[] {
  const first = new Map<string, Finding>()
  for (const f of report.findings) if (!first.has(f.ruleId)) first.set(f.ruleId, f)
  return [...first.values()].sort((a, b) => (a.ruleId < b.ruleId ? -1 : 1)).map(f => rule(f, report))
}

function rule(f: Finding, report: Report): ReportingDescriptor {
  const title = plainText(f.title, 1_024)
  const helpUri = f.references.map(r => linkTarget(r.url)).find(u => u !== undefined)
  return {
    id: f.ruleId,
    name: fitText(f.ruleId, { bytes: GITHUB_LIMITS.sarifRuleNameBytes }),
    shortDescription: { text: description(title) },
    fullDescription: { text: description(f.explanation === '' ? title : plainText(f.explanation, 4_000)) },
    help: {
      text: plainText(f.remediation === '' ? f.title : f.remediation, 4_000),
      markdown: helpMarkdown(f, report)
    },
    ...(helpUri === undefined ? {} : { helpUri }),
    defaultConfiguration: { level: LEVEL[f.severity] },
    properties: {
      tags: ['security', f.row, f.owner].slice(0, GITHUB_LIMITS.sarifTagsPerRule),
      precision: 'high',
      'security-severity': SECURITY_SEVERITY[f.severity]
    }
  }
}

function description(text: string): string {
  return fitText(text, { bytes: GITHUB_LIMITS.sarifDescriptionBytes })
}

function helpMarkdown(f: Finding, report: Report): string {
  const references = f.references.map(r => {
    const target = linkTarget(r.url)
    const id = escapeText(r.id, 100)
    return target === undefined ? `- ${id}` : `- [${id}](${target})`
  })
  return [
    `**How to fix:** ${inlineMessage(f.remediation, { max: 4_000 })}`,
    `**Why it matters:** ${inlineMessage(f.explanation, { max: 4_000 })}`,
    `**Responsibility:** ${escapeText(rowTitle(report, f.row), 200)} (${ownerText(report, f.row, f.owner)})`,
    ...(references.length > 0 ? [`**References:**\n\n${references.join('\n')}`] : [])
  ].join('\n\n')
}

function result(f: Finding, report: Report, ruleIndex: number): Result {
  const removed = f.removedLine === undefined ? '' : ` (removed from line ${f.removedLine} of the base)`
  const text = sentence(`${plainText(f.address, 200)}: ${plainText(f.message, 1_000)}${removed}`)
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: sarifText(text) },
    locations: [location(f.file, f.line, Math.max(f.line, f.endLine))],
    partialFingerprints: { 'demarcFingerprint/v1': f.fingerprint },
    // A whole-tree scan has no baseline to compare with.
    ...(report.scope.mode === 'changes' ? { baselineState: f.status === 'new' ? 'new' : 'unchanged' } : {}),
    properties: {
      row: f.row,
      rowTitle: plainText(rowTitle(report, f.row), 300),
      owner: f.owner,
      severity: f.severity,
      address: plainText(f.address, 300)
    }
  }
}

function errorNotification(e: ScanError): Notification {
  const line = e.line !== undefined && e.line >= 1 ? e.line : undefined
  return {
    level: 'error',
    message: { text: sarifText(`${plainText(e.file, 300)}: ${plainText(e.message, 1_000)}`) },
    locations: [location(e.file, line, line)]
  }
}

function location(file: string, line: number | undefined, endLine: number | undefined): Location {
  return {
    physicalLocation: {
      artifactLocation: { uri: fileUri(file), uriBaseId: '%SRCROOT%' },
      ...(line === undefined ? {} : { region: { startLine: line, endLine: endLine ?? line } })
    }
  }
}

/**
 * A repository-relative POSIX path as a relative URI reference: spaces,
 * `%`, `#`, `?` and other characters a URI cannot hold are percent-encoded,
 * `/` is kept.
 */
export function fileUri(path: string): string {
  const wellFormed = path.replace(/^\.\//, '').replace(LONE_SURROGATE, '\ufffd')
  return encodeURI(wellFormed).replace(/[?#]/g, c => encodeURIComponent(c))
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

/** SARIF message text treats `[…](…)` as a link to a location, so literal brackets are escaped (§3.11.5). */
function sarifText(text: string): string {
  return text.replace(/\\(?=[[\]])|[[\]]/g, c => `\\${c}`)
}

/** The SARIF log as the file the action's `sarif-file` and the CLI's `--format sarif` write. */
export function renderSarifText(report: Report): string {
  return `${JSON.stringify(renderSarif(report), null, 2)}\n`
}
