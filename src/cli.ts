import { writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import {
  configFileName,
  DEFAULT_CONFIG_FILE,
  diskConfigSource,
  loadRepoConfig,
  mergeSettings,
  readBundledSources,
  type LoadedConfig
} from './config/index.js'
import { readPlanFile, type TerraformPlan } from './formats/terraform-plan/index.js'
import type { Owner, Report } from './model.js'
import { OWNERS, SEVERITIES } from './model.js'
import { renderJson, renderMarkdown, renderTerminal } from './render/index.js'
import type { FailOn } from './report/gate.js'
import { scanCheckout } from './scan-checkout.js'
import { VERSION } from './version.js'

export interface CliIo {
  cwd: string
  stdout: { write(text: string): unknown; isTTY?: boolean }
  stderr: { write(text: string): unknown }
  env: Record<string, string | undefined>
  /** The clock for the configuration's ignore expiry dates; default the system's. */
  now?: () => Date
}

/** Exit codes: nothing gates, a new finding gates, the command could not run as asked. */
export const EXIT = { ok: 0, gated: 1, usage: 2 } as const

const FORMATS = ['terminal', 'markdown', 'json'] as const
type OutputFormat = (typeof FORMATS)[number]

const USAGE = `Usage: demarc scan [options] [path…]

Reviews infrastructure-as-code against the AWS shared responsibility model.

  demarc scan --base <ref> [--head <ref>]   what changed between two commits, as a pull request
                                            sees it (from their merge base; head defaults to HEAD)
  demarc scan [path…]                       every file under the paths (default: .); all findings
                                            are existing

Options:
  --repo <dir>             repository or root folder (default: the current folder)
  --format <fmt>           terminal | markdown | json (default: terminal)
  --output <file>          write the report to a file instead of standard output
  --config <file>          configuration file (default: <repo>/.github/demarc.yml, if it is there)
  --fail-on <severity>     critical | high | medium | low | info | never (default: the configuration's
                           gate.fail-on, else high)
  --fail-on-owner <list>   owners whose new findings gate, comma-separated (default: the
                           configuration's gate.fail-on-owner, else customer,shared)
  --include <glob>         scan only files matching the glob (repeatable; ** crosses folders);
                           replaces the configuration's paths.include
  --exclude <glob>         leave out files matching the glob (repeatable); adds to paths.exclude
  --plan <file>            a Terraform plan as JSON (terraform show -json <planfile>): its values and
                           actions replace the source's for the resources it covers
  --color / --no-color     force colour on or off (default: on for a terminal)
  --version, --help

Exit codes: 0 nothing gates, 1 a new finding reaches --fail-on, 2 usage or configuration error.
`

class UsageError extends Error {}

interface CliOptions {
  root: string
  base?: string
  head?: string
  paths: string[]
  format: OutputFormat
  output?: string
  /** Given on the command line; unset ones come from the configuration file, then the defaults. */
  failOn?: FailOn
  owners?: Owner[]
  config?: string
  include?: string[]
  exclude?: string[]
  plan?: string
  color?: boolean
}

/** The `demarc` command line; returns the exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let options: CliOptions | 'help' | 'version'
  try {
    options = parseCli(argv, io.cwd)
  } catch (error) {
    io.stderr.write(`demarc: ${(error as Error).message}\n\n${USAGE}`)
    return EXIT.usage
  }
  if (options === 'help' || options === 'version') {
    io.stdout.write(options === 'help' ? USAGE : `${VERSION}\n`)
    return EXIT.ok
  }
  let report: Report
  try {
    const loaded = await loadConfig(options, io.cwd)
    const { failOn, owners, include, exclude } = options
    const settings = mergeSettings({ failOn, owners, include, exclude }, loaded.config)
    const { root, base, head, paths } = options
    const plan = readPlan(options, io.cwd)
    const ignores =
      loaded.config === undefined ? undefined : { file: loaded.config.file, entries: loaded.config.ignores }
    const today = io.now?.() ?? new Date()
    const request = { root, base, head, paths, ...settings, plan, ignores, today }
    report = await scanCheckout(request, { rules: loaded.rules, matrix: loaded.matrix })
  } catch (error) {
    io.stderr.write(`demarc: ${(error as Error).message}\n`)
    return EXIT.usage
  }
  const color =
    options.color ??
    (options.output === undefined && io.stdout.isTTY === true && io.env.NO_COLOR === undefined)
  const text = render(report, options.format, color)
  if (options.output === undefined) io.stdout.write(text)
  else {
    try {
      writeFileSync(resolve(io.cwd, options.output), text)
    } catch (error) {
      io.stderr.write(`demarc: cannot write --output ${options.output}: ${(error as Error).message}\n`)
      return EXIT.usage
    }
  }
  return report.gate.conclusion === 'failure' ? EXIT.gated : EXIT.ok
}

/**
 * The configuration file from the working tree (the CLI reviews the
 * developer's own change), `--config` or `<repo>/.github/demarc.yml`; a
 * default file that is not there is fine, a named one is not.
 */
function loadConfig(options: CliOptions, cwd: string): Promise<LoadedConfig> {
  const path =
    options.config === undefined ? join(options.root, DEFAULT_CONFIG_FILE) : resolve(cwd, options.config)
  const file = configFileName(options.root, path)
  const source = diskConfigSource(options.root, path, { file, explicit: options.config !== undefined })
  return loadRepoConfig(source, readBundledSources())
}

/** The `--plan` file, read and checked before anything is scanned: a bad plan is a usage error. */
function readPlan(options: CliOptions, cwd: string): TerraformPlan | undefined {
  if (options.plan === undefined) return undefined
  try {
    return readPlanFile(options.plan, cwd, options.root)
  } catch (error) {
    throw new UsageError(`--plan ${(error as Error).message}`)
  }
}

function render(report: Report, format: OutputFormat, color: boolean): string {
  switch (format) {
    case 'json':
      return renderJson(report)
    case 'markdown':
      return renderMarkdown(report)
    case 'terminal':
      return renderTerminal(report, { color })
  }
}

function parseCli(argv: string[], cwd: string): CliOptions | 'help' | 'version' {
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
  const [command, ...paths] = positionals
  if (command !== 'scan')
    throw new UsageError(command === undefined ? 'missing command' : `unknown command '${command}'`)
  if (values.head !== undefined && values.base === undefined) throw new UsageError('--head needs --base')
  if (values.base !== undefined && paths.length > 0) {
    throw new UsageError(
      'paths cannot be combined with --base/--head: a change scan covers what the commits changed'
    )
  }
  const options: CliOptions = {
    root: resolve(cwd, values.repo ?? '.'),
    paths: paths.length > 0 ? paths : ['.'],
    format: oneOf('--format', values.format, FORMATS)
  }
  if (values['fail-on'] !== undefined)
    options.failOn = oneOf('--fail-on', values['fail-on'], [...SEVERITIES, 'never'] as const)
  if (values['fail-on-owner'] !== undefined)
    options.owners = values['fail-on-owner'].split(',').map(o => oneOf('--fail-on-owner', o.trim(), OWNERS))
  if (values.config !== undefined) options.config = values.config
  if (values.base !== undefined) {
    options.base = values.base
    options.head = values.head ?? 'HEAD'
  }
  if (values.output !== undefined) options.output = values.output
  if (values.include !== undefined) options.include = values.include
  if (values.exclude !== undefined) options.exclude = values.exclude
  if (values.plan !== undefined) options.plan = values.plan
  if (values.color === true) options.color = true
  if (values['no-color'] === true) options.color = false
  return options
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new UsageError(`${name} must be one of ${allowed.join(', ')}; got '${value}'`)
}
