import { parseArgs } from 'node:util'

export const FORMATS = ['terraform', 'cloudformation-yaml', 'cloudformation-json', 'kubernetes'] as const
export type CorpusFormat = (typeof FORMATS)[number]

const SECTIONS = ['examples', 'scan', 'cli', 'cold-start', 'pull-request', 'profile'] as const
export type Section = (typeof SECTIONS)[number]

export interface BenchOptions {
  /** Where the figures go as JSON; the table is printed either way. */
  output: string | undefined
  /** Corpus sizes in MB, ascending. */
  sizes: number[]
  formats: CorpusFormat[]
  coldStartRuns: number
  pullRequestRuns: number
  /** The most one full-scan run may take before it is stopped (its time then a lower bound). */
  budgetSeconds: number
  skip: Set<Section>
  keepCorpus: boolean
  quick: boolean
}

export const USAGE = `Usage: npm run bench -- [--output <file.json> | <file.json>] [options]

  --output <file>        write the figures as JSON (also accepted as the only positional argument)
  --quick                1 MB corpora only, 5 cold starts, one pull-request run, no profiles (about a minute)
  --sizes <list>         corpus sizes in MB (default 1,10,50)
  --formats <list>       ${FORMATS.join(',')} (default all)
  --cold-start-runs <n>  runs of each cold start, median kept (default 10)
  --pull-request-runs <n> runs of the 50-file pull request, median kept (default 3)
  --budget <seconds>     stop a full-scan or CLI run that takes longer; its time is kept as a lower bound (default 60)
  --skip <list>          leave out sections: ${SECTIONS.join(',')}
  --keep-corpus          leave the corpora written for the CLI runs in build/bench-corpus
`

function list<T extends string>(flag: string, value: string, allowed: readonly T[]): T[] {
  return value.split(',').map(item => {
    if (!(allowed as readonly string[]).includes(item))
      throw new Error(`${flag}: '${item}' is not one of ${allowed.join(', ')}`)
    return item as T
  })
}

function count(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`${flag}: expected a positive whole number, got '${value}'`)
  return n
}

function sizes(value: string | undefined, quick: boolean): number[] {
  if (value === undefined) return quick ? [1] : [1, 10, 50]
  const parsed = value.split(',').map(Number)
  if (parsed.some(n => !Number.isFinite(n) || n <= 0))
    throw new Error(`--sizes: expected MB figures such as 1,10,50, got '${value}'`)
  return [...new Set(parsed)].sort((a, b) => a - b)
}

/** The command line; throws with a message naming the flag when it cannot be read. */
export function parseOptions(argv: string[]): BenchOptions | 'help' {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      quick: { type: 'boolean' },
      sizes: { type: 'string' },
      formats: { type: 'string' },
      'cold-start-runs': { type: 'string' },
      'pull-request-runs': { type: 'string' },
      budget: { type: 'string' },
      skip: { type: 'string' },
      'keep-corpus': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' }
    }
  })
  if (values.help === true) return 'help'
  if (positionals.length > 1 || (positionals.length === 1 && values.output !== undefined))
    throw new Error('give the output file once: --output <file> or a single path')
  const quick = values.quick === true
  const skip = new Set(values.skip === undefined ? [] : list('--skip', values.skip, SECTIONS))
  if (quick) skip.add('profile')
  return {
    output: values.output ?? positionals[0],
    sizes: sizes(values.sizes, quick),
    formats: values.formats === undefined ? [...FORMATS] : list('--formats', values.formats, FORMATS),
    coldStartRuns: count('--cold-start-runs', values['cold-start-runs'], quick ? 5 : 10),
    pullRequestRuns: count('--pull-request-runs', values['pull-request-runs'], quick ? 1 : 3),
    budgetSeconds: count('--budget', values.budget, 60),
    skip,
    keepCorpus: values['keep-corpus'] === true,
    quick
  }
}
