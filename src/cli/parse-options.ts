import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { Owner } from '../model.js'
import { OWNERS, SEVERITIES } from '../model.js'
import type { FailOn } from '../report/gate.js'
import { UsageError } from './usage-error.js'

export const FORMATS = ['terminal', 'markdown', 'json', 'sarif'] as const
export type OutputFormat = (typeof FORMATS)[number]

/** What both commands take: the output and the gate. */
export interface OutputOptions {
  format: OutputFormat
  output?: string
  /** Given on the command line; unset ones come from the configuration file, then the defaults. */
  failOn?: FailOn
  owners?: Owner[]
  config?: string
  color?: boolean
}

export interface ScanOptions extends OutputOptions {
  command: 'scan'
  root: string
  base?: string
  head?: string
  paths: string[]
  include?: string[]
  exclude?: string[]
  plan?: string
}

export interface MergeOptions extends OutputOptions {
  command: 'merge'
  /** The report files, as given. */
  reports: string[]
}

export type CliOptions = ScanOptions | MergeOptions

/** Options that choose what to scan: `demarc merge` reads reports, it does not scan. */
const SCAN_ONLY = ['base', 'head', 'repo', 'include', 'exclude', 'plan'] as const

/** The command line, checked; the first problem throws a UsageError naming the option. */
export function parseCli(argv: string[], cwd: string): CliOptions | 'help' | 'version' {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      base: { type: 'string' },
      head: { type: 'string' },
      repo: { type: 'string' },
      format: { type: 'string', default: 'terminal' },
      output: { type: 'string', short: 'o' },
      config: { type: 'string' },
      'fail-on': { type: 'string' },
      'fail-on-owner': { type: 'string' },
      include: { type: 'string', multiple: true },
      exclude: { type: 'string', multiple: true },
      plan: { type: 'string' },
      color: { type: 'boolean' },
      'no-color': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean' }
    }
  })
  if (values.help === true) return 'help'
  if (values.version === true) return 'version'
  const [command, ...rest] = positionals
  const output: OutputOptions = { format: oneOf('--format', values.format, FORMATS) }
  if (values['fail-on'] !== undefined)
    output.failOn = oneOf('--fail-on', values['fail-on'], [...SEVERITIES, 'never'] as const)
  if (values['fail-on-owner'] !== undefined)
    output.owners = values['fail-on-owner'].split(',').map(o => oneOf('--fail-on-owner', o.trim(), OWNERS))
  if (values.config !== undefined) output.config = values.config
  if (values.output !== undefined) output.output = values.output
  if (values.color === true) output.color = true
  if (values['no-color'] === true) output.color = false
  if (command === 'merge') {
    const given = SCAN_ONLY.find(name => values[name] !== undefined)
    if (given !== undefined)
      throw new UsageError(
        `--${given} does not apply to demarc merge: it reads the shards' reports, it does not scan`
      )
    if (rest.length === 0) throw new UsageError('demarc merge needs the report files to merge')
    return { command, ...output, reports: rest }
  }
  if (command !== 'scan')
    throw new UsageError(command === undefined ? 'missing command' : `unknown command '${command}'`)
  if (values.head !== undefined && values.base === undefined) throw new UsageError('--head needs --base')
  if (values.base !== undefined && rest.length > 0) {
    throw new UsageError(
      'paths cannot be combined with --base/--head: a change scan covers what the commits changed'
    )
  }
  const options: ScanOptions = {
    command,
    ...output,
    root: resolve(cwd, values.repo ?? '.'),
    paths: rest.length > 0 ? rest : ['.']
  }
  if (values.base !== undefined) {
    options.base = values.base
    options.head = values.head ?? 'HEAD'
  }
  if (values.include !== undefined) options.include = values.include
  if (values.exclude !== undefined) options.exclude = values.exclude
  if (values.plan !== undefined) options.plan = values.plan
  return options
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new UsageError(`${name} must be one of ${allowed.join(', ')}; got '${value}'`)
}
