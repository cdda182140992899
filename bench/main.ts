/**
 * `npm run bench`: Demarc's figures on one core — parser and full-scan throughput per format against
 * JSON.parse, scaling from 1 to 50 MB, the CLI on disk with its peak memory, cold starts, a 50-file pull
 * request against the fake GitHub server, and profiles of the slow cases — printed as tables and written
 * as JSON. Figures, not pass/fail: nothing here is a test. See docs/performance.md.
 *
 * Built and started by scripts/bench.mjs (ncc into build/bench, pinned to one CPU with taskset).
 */
import { writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { isolateGitConfig, removeTempDirs } from '../__tests__/helpers/temp-repo.js'
import { loadBundledConfig } from '../src/config/index.js'
import { packageRoot } from '../src/package-root.js'
import { generateCorpus } from './corpus/corpus.js'
import type { Figures, FormatFigures } from './figures.js'
import { watchContention } from './cpu-contention.js'
import { loadNow, machine } from './machine.js'
import { measureColdStart } from './measure/cold-start.js'
import { measureJsonParse } from './measure/json-limit.js'
import { profileCliStart, profilePullRequest, type ProfileFigure } from './measure/profiles.js'
import { measurePullRequest } from './measure/pull-request.js'
import { METHOD } from './method.js'
import { parseOptions, USAGE, type BenchOptions } from './options.js'
import { printFigures } from './report/print-figures.js'
import { evaluateTargets } from './report/targets.js'
import { defaultScanConfig } from './scan-target.js'
import { exampleFigures } from './sections/examples.js'
import { corpusDir, formatFigures, runsFor } from './sections/format-figures.js'
import { corpusPrefix } from './corpus/corpus.js'
import { now } from './timing.js'
import { runWorker, WORKER_FLAG } from './worker.js'

const log = (message: string) => process.stderr.write(`… ${message}\n`)

async function run(options: BenchOptions): Promise<Figures> {
  const started = now()
  const loadAtStart = loadNow()
  const contention = watchContention()
  const date = new Date().toISOString()
  const root = packageRoot()
  const node = process.execPath
  const config = defaultScanConfig(loadBundledConfig(root))
  const profileDir = options.skip.has('profile') ? undefined : join(root, 'build', 'bench-profiles')
  const largest = Math.max(...options.sizes)
  log(`JSON.parse on the CloudFormation JSON corpus`)
  const json = generateCorpus('cloudformation-json', largest)
  const jsonParse = []
  for (const sizeMb of options.sizes)
    jsonParse.push({ sizeMb, ...(await measureJsonParse(corpusPrefix(json, sizeMb), runsFor(sizeMb))) })
  const examples = options.skip.has('examples') ? [] : await exampleFigures(root, config)
  const formats: FormatFigures[] = []
  const profiles: ProfileFigure[] = []
  const budgetMs = options.budgetSeconds * 1000
  const cli = options.skip.has('cli')
    ? undefined
    : { root, node, workDir: corpusDir(root), keep: options.keepCorpus, budgetMs }
  if (!options.skip.has('scan'))
    for (const format of options.formats) {
      log(`${format}: generating ${largest} MB`)
      const files = format === 'cloudformation-json' ? json : generateCorpus(format, largest)
      const result = await formatFigures({
        format,
        files,
        sizes: options.sizes,
        config,
        jsonParse,
        cli,
        profileDir,
        budgetMs,
        log
      })
      formats.push(result.figures)
      if (result.profile !== undefined) profiles.push(result.profile)
    }
  log(`cold starts (${options.coldStartRuns} runs each)`)
  const coldStart = options.skip.has('cold-start')
    ? undefined
    : await measureColdStart(root, node, options.coldStartRuns)
  log(`the 50-file pull request (${options.pullRequestRuns} runs)`)
  const pullRequest = options.skip.has('pull-request')
    ? undefined
    : await measurePullRequest(root, node, options.pullRequestRuns)
  if (profileDir !== undefined) {
    log('profiles of the CLI start-up and of the pull request')
    profiles.push(await profileCliStart(root, node, profileDir))
    if (pullRequest !== undefined) profiles.push(await profilePullRequest(root, node, profileDir))
  }
  const measured = {
    schemaVersion: 1 as const,
    command: process.env.DEMARC_BENCH_COMMAND ?? `node ${process.argv.slice(1).join(' ')}`,
    date,
    durationSeconds: (now() - started) / 1000,
    machine: machine(loadAtStart, contention()),
    method: METHOD,
    jsonParse,
    formats,
    examples,
    ...(coldStart === undefined ? {} : { coldStart }),
    ...(pullRequest === undefined ? {} : { pullRequest }),
    profiles
  }
  return { ...measured, targets: evaluateTargets(measured) }
}

async function main(): Promise<number> {
  if (process.argv[2] === WORKER_FLAG) {
    await runWorker(process.argv[3] as string)
    return 0
  }
  let options: BenchOptions | 'help'
  try {
    options = parseOptions(process.argv.slice(2))
  } catch (error) {
    process.stderr.write(`bench: ${(error as Error).message}\n\n${USAGE}`)
    return 2
  }
  if (options === 'help') {
    process.stdout.write(USAGE)
    return 0
  }
  const restore = isolateGitConfig()
  try {
    const figures = await run(options)
    process.stdout.write(printFigures(figures))
    if (options.output !== undefined) {
      const file = resolve(process.env.DEMARC_BENCH_CWD ?? process.cwd(), options.output)
      writeFileSync(file, `${JSON.stringify(figures, null, 2)}\n`)
      process.stdout.write(`\nFigures written to ${file}\n`)
    }
    return 0
  } finally {
    removeTempDirs()
    restore()
  }
}

process.exitCode = await main()
