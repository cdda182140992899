import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { loadBundledConfig } from './config/load-bundled-config.js'
import { readPlanFile, type TerraformPlan } from './formats/terraform-plan/index.js'
import type { Owner, Report } from './model.js'
import { OWNERS, SEVERITIES } from './model.js'
import { renderJson, renderMarkdown, renderTerminal } from './render/index.js'
import type { FailOn } from './report/gate.js'
import { DEFAULT_GATE } from './report/gate.js'
import { scanCheckout } from './scan-checkout.js'
import { VERSION } from './version.js'

export interface CliIo {
  cwd: string
  stdout: { write(text: string): unknown; isTTY?: boolean }
  stderr: { write(text: string): unknown }
  env: Record<string, string | undefined>
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
  --fail-on <severity>     critical | high | medium | low | info | never (default: high)
  --fail-on-owner <list>   owners whose new findings gate, comma-separated (default: customer,shared)
  --include <glob>         scan only files matching the glob (repeatable; ** crosses folders)
  --exclude <glob>         leave out files matching the glob (repeatable)
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
  failOn: FailOn
  owners: Owner[]
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
    const config = loadBundledConfig()
    const gate = { failOn: options.failOn, owners: options.owners }
    const { root, base, head, paths, include, exclude } = options
    const plan = readPlan(options, io.cwd)
    report = await scanCheckout({ root, base, head, paths, include, exclude, gate, plan }, config)
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
      'fail-on': { type: 'string', default: DEFAULT_GATE.failOn },
      'fail-on-owner': { type: 'string', default: DEFAULT_GATE.owners.join(',') },
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
    format: oneOf('--format', values.format, FORMATS),
    failOn: oneOf('--fail-on', values['fail-on'], [...SEVERITIES, 'never'] as const),
    owners: values['fail-on-owner'].split(',').map(o => oneOf('--fail-on-owner', o.trim(), OWNERS))
  }
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
