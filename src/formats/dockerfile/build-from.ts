import type { MapValue, Span, Value } from '../../model.js'
import { fillHoles, hasHoles } from './expand-word.js'
import { expandWord } from './expand-word.js'
import { leadingFlags } from './flags.js'
import type { InstructionContext } from './instruction-context.js'
import { bool, record, str } from './make-value.js'
import { parseImageReference } from './image-reference.js'
import { splitWords } from './words.js'

/** A FROM line read: the reference expanded with the global ARGs, and the stage name it gives. */
export interface FromLine {
  /** The reference as expanded; holes where a variable cannot be settled. */
  text: string
  holes: string[]
  span: Span
  /** `AS name`, lower-cased as the builder compares stage names. */
  name?: string
  platform?: Value
}

/** `FROM [--platform=…] image [AS name]`. */
export function readFrom(ctx: InstructionContext): FromLine | undefined {
  const words = splitWords(ctx.raw.args.text, ctx.escape)
  const { flags, rest } = leadingFlags(words)
  const ref = words[rest]
  if (ref === undefined) {
    ctx.problem('FROM needs an image (expected FROM [--platform=…] image [AS name])')
    return undefined
  }
  const tail = words.slice(rest + 1)
  const named = tail.length === 2 && tail[0]?.raw.toLowerCase() === 'as'
  if (tail.length > 0 && !named)
    ctx.problem(
      `expected FROM [--platform=…] image [AS name], found ${tail.length} more word(s) after the image`
    )
  const expanded = expandWord(ref.raw, ctx.lookup, ctx.escape)
  const platform = flags.find(flag => flag.name === 'platform')
  const span = ctx.wordSpan(ref)
  return {
    text: expanded.text,
    holes: expanded.holes,
    span,
    ...(named ? { name: (tail[1]?.raw as string).toLowerCase() } : {}),
    ...(platform?.value === undefined ? {} : { platform: str(platform.value, ctx.wordSpan(platform.word)) })
  }
}

/**
 * The stage's `from`: `ref` (as expanded), `platform`, and either `stage`
 * (the earlier stage it builds on), `scratch: true`, or the image's parts
 * (`image`, `registry`, `repository`, `name`, `tag`, `digest`). A part that
 * depends on a variable that cannot be settled is unknown; so are the tag
 * and digest when the image name itself is unknown (the variable may hold them).
 */
export function fromValue(line: FromLine, stage: string | undefined, whole: Span): MapValue {
  const { span } = line
  const part = (text: string): Value =>
    hasHoles(text) ? { kind: 'unknown', expr: fillHoles(text, line.holes), span } : str(text, span)
  const entries: [string, Value | undefined][] = [
    ['ref', part(line.text)],
    ['platform', line.platform]
  ]
  if (stage !== undefined) return record([...entries, ['stage', str(stage, span)]], whole)
  if (line.text.toLowerCase() === 'scratch') {
    return record(
      [
        ...entries,
        ['image', str('scratch', span)],
        ['name', str('scratch', span)],
        ['scratch', bool(true, span)]
      ],
      whole
    )
  }
  const ref = parseImageReference(line.text)
  const open = hasHoles(ref.image)
  const unsettled = (text: string | undefined): Value | undefined =>
    text !== undefined
      ? part(text)
      : open
        ? { kind: 'unknown', expr: fillHoles(line.text, line.holes), span }
        : undefined
  return record(
    [
      ...entries,
      ['image', part(ref.image)],
      ['registry', ref.registry === undefined ? undefined : part(ref.registry)],
      ['repository', part(ref.repository)],
      ['name', part(ref.name)],
      ['tag', unsettled(ref.tag)],
      ['digest', unsettled(ref.digest)]
    ],
    whole
  )
}
