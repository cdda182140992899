import { loadBundledConfig } from '../src/config/index.js'
import { packageRoot } from '../src/package-root.js'
import { generateCorpus } from './corpus/corpus.js'
import { measureFullScan } from './measure/full-scan.js'
import { FORMATS, type CorpusFormat } from './options.js'
import { defaultScanConfig } from './scan-target.js'
import { REPEAT_WITHIN_MS } from './timing.js'

// The child side of a full-scan measurement (bench/measure/scan-in-child.ts): a fresh process per corpus
// size, so that one size's garbage and JIT state are not the next one's, and so that the parent can stop
// a scan that outgrows its time budget. It generates the corpus itself (the generators are seeded), then
// prints a line when it is ready and one line of JSON per run: the best figure so far.

export interface WorkerTask {
  format: CorpusFormat
  sizeMb: number
  runs: number
}

export const WORKER_FLAG = '--full-scan-worker'

export async function runWorker(taskText: string): Promise<void> {
  const task = JSON.parse(taskText) as WorkerTask
  if (!(FORMATS as readonly string[]).includes(task.format)) throw new Error(`unknown format ${task.format}`)
  const config = defaultScanConfig(loadBundledConfig(packageRoot()))
  const files = generateCorpus(task.format, task.sizeMb)
  process.stdout.write(`${JSON.stringify({ ready: true })}\n`)
  let best: Awaited<ReturnType<typeof measureFullScan>> | undefined
  let spent = 0
  for (let run = 1; run <= task.runs && (run === 1 || spent < REPEAT_WITHIN_MS); run++) {
    const figure = await measureFullScan(files, config, 1)
    spent += figure.ms
    if (best === undefined || figure.ms < best.ms) best = figure
    process.stdout.write(`${JSON.stringify({ ...best, runs: run })}\n`)
  }
}
