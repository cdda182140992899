import type { MapValue, Value } from '../../model.js'
import { buildCommand, buildHealthcheck } from './build-command.js'
import { buildCopy } from './build-copy.js'
import { buildPairs } from './build-pairs.js'
import { execForm } from './exec-form.js'
import type { InstructionContext } from './instruction-context.js'
import { list, record, str } from './make-value.js'
import { splitWords } from './words.js'

type Entries = [string, Value | undefined][]

/** Every instruction the builder knows; FROM starts a stage and is read apart. */
export const INSTRUCTIONS = [
  'ADD',
  'ARG',
  'CMD',
  'COPY',
  'ENTRYPOINT',
  'ENV',
  'EXPOSE',
  'FROM',
  'HEALTHCHECK',
  'LABEL',
  'MAINTAINER',
  'ONBUILD',
  'RUN',
  'SHELL',
  'STOPSIGNAL',
  'USER',
  'VOLUME',
  'WORKDIR'
] as const

const BUILDERS: Record<string, (ctx: InstructionContext) => Entries> = {
  RUN: buildCommand,
  CMD: buildCommand,
  ENTRYPOINT: buildCommand,
  SHELL: buildCommand,
  HEALTHCHECK: buildHealthcheck,
  ADD: buildCopy,
  COPY: buildCopy,
  ENV: ctx => [['pairs', buildPairs(ctx)]],
  ARG: ctx => [['pairs', buildPairs(ctx)]],
  LABEL: ctx => [['pairs', buildPairs(ctx)]],
  USER: ctx => [['user', oneWord(ctx)]],
  WORKDIR: ctx => [['path', oneWord(ctx)]],
  STOPSIGNAL: ctx => [['signal', oneWord(ctx)]],
  EXPOSE: ctx => [['ports', words(ctx)]],
  VOLUME: ctx => [['paths', execOrWords(ctx)]],
  MAINTAINER: ctx => [['name', text(ctx)]],
  ONBUILD: onbuild
}

/**
 * The value of an instruction inside a stage: `{ instruction, … }` with the
 * fields of its kind (see docs/formats/dockerfile.md), pointing at the
 * instruction (heredocs included).
 */
export function buildInstruction(ctx: InstructionContext): MapValue {
  const build = BUILDERS[ctx.raw.keyword]
  const entries = build === undefined ? [] : build(ctx)
  return record([['instruction', str(ctx.raw.keyword, ctx.whole)], ...entries], ctx.whole)
}

/** The whole argument text as one word (USER, WORKDIR, STOPSIGNAL), expanded. */
function oneWord(ctx: InstructionContext): Value | undefined {
  const raw = ctx.raw.args.text.trim()
  if (raw === '') {
    ctx.problem(`${ctx.raw.keyword} needs a value`)
    return undefined
  }
  const lead = ctx.raw.args.text.indexOf(raw)
  return ctx.expand(raw, ctx.span(lead, lead + raw.length)).value
}

function words(ctx: InstructionContext): Value {
  const found = splitWords(ctx.raw.args.text, ctx.escape)
  if (found.length === 0) ctx.problem(`${ctx.raw.keyword} needs at least one value`)
  return list(
    found.map(word => ctx.expand(word.raw, ctx.wordSpan(word)).value),
    ctx.whole
  )
}

function execOrWords(ctx: InstructionContext): Value {
  const exec = execForm(ctx.raw.args.text)
  if (exec === undefined) return words(ctx)
  return list(
    exec.map(item => ctx.expand(item, ctx.whole, true).value),
    ctx.whole
  )
}

function text(ctx: InstructionContext): Value {
  return str(ctx.raw.args.text.trim(), ctx.whole)
}

/** ONBUILD: the trigger instruction's keyword and its arguments as written; it runs in child builds only. */
function onbuild(ctx: InstructionContext): Entries {
  const match = /^\s*(\S+)/.exec(ctx.raw.args.text)
  if (match === null) {
    ctx.problem('ONBUILD needs an instruction')
    return []
  }
  return [
    ['trigger', str((match[1] as string).toUpperCase(), ctx.whole)],
    ['arguments', str(ctx.raw.args.text.slice(match[0].length).trim(), ctx.whole)]
  ]
}
