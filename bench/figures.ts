import type { Machine } from './machine.js'
import type { CliFigure } from './measure/cli-on-disk.js'
import type { ColdStart } from './measure/cold-start.js'
import type { ScanFigure } from './measure/full-scan.js'
import type { JsonLimit } from './measure/json-limit.js'
import type { ParseFigure } from './measure/parse-formats.js'
import type { ProfileFigure } from './measure/profiles.js'
import type { PullRequestFigure } from './measure/pull-request.js'
import type { StageFigure } from './measure/scan-stages.js'
import type { CorpusFormat } from './options.js'
import type { Slope } from './report/slope.js'
import type { Target } from './report/targets.js'

// Everything one run measured: what the table prints and the JSON file holds. Sizes are in MB of 10^6
// bytes; every throughput is MB/s; every ratio to JSON.parse divides a throughput by JSON.parse's on the
// same amount of JSON.

export interface Sized {
  /** The nominal size asked for (the corpus is that size or a file more). */
  sizeMb: number
}

export interface FormatFigures {
  format: CorpusFormat
  /** `stopped`: the first run outgrew the time budget; `ms` is then a lower bound and `mbPerSecond` an upper one. */
  scans: (ScanFigure & Sized & { ratioToJsonParse: number; stopped: boolean })[]
  parse?: ParseFigure & Sized & { ratioToJsonParse: number }
  /** `profiled`: taken under the CPU profiler (sampling slows every stage a little, about alike). */
  stages?: StageFigure & Sized & { scanMs: number; profiled: boolean }
  wholeTree?: ScanFigure & Sized
  slope?: Slope
  cli: (CliFigure & Sized)[]
}

export interface ExampleFigure {
  name: string
  bytes: number
  files: number
  ms: number
  mbPerSecond: number
  findings: number
}

export interface Figures {
  schemaVersion: 1
  command: string
  /** When the run started. */
  date: string
  durationSeconds: number
  machine: Machine
  method: string[]
  jsonParse: (JsonLimit & Sized)[]
  formats: FormatFigures[]
  examples: ExampleFigure[]
  coldStart?: ColdStart
  pullRequest?: PullRequestFigure
  profiles: ProfileFigure[]
  targets: Target[]
}
