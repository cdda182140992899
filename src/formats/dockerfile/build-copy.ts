import type { Value } from '../../model.js'
import { flagsValue, heredocsValue } from './build-command.js'
import { execForm } from './exec-form.js'
import { leadingFlags } from './flags.js'
import type { InstructionContext } from './instruction-context.js'
import { list, str } from './make-value.js'
import { splitWords } from './words.js'

type Entries = [string, Value | undefined][]

/**
 * COPY and ADD: `sources` (expanded; a heredoc source stays `<<EOF`),
 * `destination`, `flags` (`--from`, `--chown`, `--chmod`, `--checksum`,
 * `--link`, …) and `heredocs`.
 */
export function buildCopy(ctx: InstructionContext): Entries {
  const words = splitWords(ctx.raw.args.text, ctx.escape)
  const { flags, rest } = leadingFlags(words)
  const paths = pathsOf(ctx, words.slice(rest), words[rest]?.start ?? ctx.raw.args.text.length)
  if (paths.length < 2) {
    ctx.problem(`${ctx.raw.keyword} needs at least one source and a destination`)
    return [['flags', flagsValue(ctx, flags)]]
  }
  const sources = paths.slice(0, -1)
  return [
    ['sources', list(sources, (sources[0] as Value).span)],
    ['destination', paths[paths.length - 1]],
    ['flags', flagsValue(ctx, flags)],
    ['heredocs', heredocsValue(ctx)]
  ]
}

function pathsOf(ctx: InstructionContext, words: ReturnType<typeof splitWords>, from: number): Value[] {
  const text = ctx.raw.args.text.slice(from)
  const exec = execForm(text)
  if (exec !== undefined) {
    const span = ctx.span(from, ctx.raw.args.text.length)
    return exec.map(item => ctx.expand(item, span, true).value)
  }
  return words.map(word =>
    word.raw.startsWith('<<')
      ? str(word.raw, ctx.wordSpan(word))
      : ctx.expand(word.raw, ctx.wordSpan(word)).value
  )
}
