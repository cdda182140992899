import type { Value } from '../../model.js'
import { execForm } from './exec-form.js'
import type { Flag } from './flags.js'
import { leadingFlags } from './flags.js'
import type { InstructionContext } from './instruction-context.js'
import { bool, list, record, str } from './make-value.js'
import type { Word } from './words.js'
import { splitWords } from './words.js'

type Entries = [string, Value | undefined][]

/**
 * RUN, CMD, ENTRYPOINT and SHELL: `form` (`exec` for a JSON array, else
 * `shell`) and `command` (the list of an exec form, or the shell text as
 * written, continuations joined). RUN also has its `flags` (`--mount`,
 * `--network`, `--security`) and `heredocs`.
 */
export function buildCommand(ctx: InstructionContext): Entries {
  const words = splitWords(ctx.raw.args.text, ctx.escape)
  const { flags, rest } = ctx.raw.keyword === 'RUN' ? leadingFlags(words) : { flags: [], rest: 0 }
  const from = words[rest]?.start ?? ctx.raw.args.text.length
  if (from >= ctx.raw.args.text.length) ctx.problem(`${ctx.raw.keyword} needs a command`)
  return [...commandEntries(ctx, from), ['flags', flagsValue(ctx, flags)], ['heredocs', heredocsValue(ctx)]]
}

/** `form` and `command` of the arguments from `from` on. */
export function commandEntries(ctx: InstructionContext, from: number): Entries {
  const text = ctx.raw.args.text.slice(from)
  const trimmed = text.trim()
  const lead = from + text.length - text.trimStart().length
  const span = ctx.span(lead, lead + trimmed.length)
  const exec = execForm(trimmed)
  if (exec === undefined)
    return [
      ['form', str('shell', span)],
      ['command', str(trimmed, span)]
    ]
  return [
    ['form', str('exec', span)],
    [
      'command',
      list(
        exec.map(item => str(item, span)),
        span
      )
    ]
  ]
}

/** Flags by name; a flag given more than once (`--mount` twice) becomes a list; a bare flag is true. */
export function flagsValue(ctx: InstructionContext, flags: readonly Flag[]): Value | undefined {
  if (flags.length === 0) return undefined
  const byName = new Map<string, Value[]>()
  for (const flag of flags) {
    const span = ctx.wordSpan(flag.word)
    const value = flag.value === undefined ? bool(true, span) : str(flag.value, span)
    byName.set(flag.name, [...(byName.get(flag.name) ?? []), value])
  }
  const entries = [...byName].map(([name, values]): [string, Value] => {
    const first = values[0] as Value
    return [name, values.length === 1 ? first : list(values, first.span)]
  })
  return record(entries, ctx.span((flags[0] as Flag).word.start, (flags[flags.length - 1] as Flag).word.end))
}

/** Each heredoc as `{ delimiter, body }`, pointing at its body. */
export function heredocsValue(ctx: InstructionContext): Value | undefined {
  if (ctx.raw.heredocs.length === 0) return undefined
  const items = ctx.raw.heredocs.map(heredoc => {
    const span = ctx.fileSpan(heredoc.start, heredoc.end)
    return record(
      [
        ['delimiter', str(heredoc.delimiter, span)],
        ['body', str(heredoc.body, span)]
      ],
      span
    )
  })
  return list(items, ctx.whole)
}

/** HEALTHCHECK NONE, or HEALTHCHECK [--interval=… …] CMD command. */
export function buildHealthcheck(ctx: InstructionContext): Entries {
  const words = splitWords(ctx.raw.args.text, ctx.escape)
  const { flags, rest } = leadingFlags(words)
  const word = words[rest] as Word | undefined
  const verb = word?.raw.toUpperCase()
  if (word !== undefined && verb === 'NONE') return [['none', bool(true, ctx.wordSpan(word))]]
  if (word === undefined || verb !== 'CMD') {
    ctx.problem('expected HEALTHCHECK NONE or HEALTHCHECK [options] CMD command')
    return []
  }
  return [['flags', flagsValue(ctx, flags)], ...commandEntries(ctx, word.end)]
}
