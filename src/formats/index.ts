import type { Format } from '../model.js'
import type { FormatParser } from './format.js'
import { terraformParser } from './terraform/index.js'
import { kubernetesParser } from './kubernetes/index.js'
import { composeParser } from './compose/index.js'
import { cloudformationParser } from './cloudformation/index.js'
import { serverlessParser } from './serverless/index.js'
import { dockerfileParser } from './dockerfile/index.js'
import { appConfigParser } from './appconfig/index.js'

export type { FormatParser, ParseOutput, SourceFile } from './format.js'

/** Every format Demarc reads. Adding one is one folder and one line here. */
export const PARSERS: readonly FormatParser[] = [
  terraformParser,
  cloudformationParser,
  kubernetesParser,
  composeParser,
  serverlessParser,
  dockerfileParser,
  appConfigParser
]

/** The parser of a format; throws for a format no parser reads (a programming error). */
export function parserOfFormat(format: Format, parsers: readonly FormatParser[] = PARSERS): FormatParser {
  const parser = parsers.find(p => p.format === format)
  if (parser === undefined) throw new Error(`no parser for the format '${format}'`)
  return parser
}

/**
 * The parser that owns a file, deciding by path first and by content only
 * where the path cannot tell (`read` is called at most once, and only then).
 */
export async function parserFor(
  path: string,
  read: () => Promise<string | undefined>,
  parsers: readonly FormatParser[] = PARSERS
): Promise<FormatParser | undefined> {
  const maybe: FormatParser[] = []
  for (const parser of parsers) {
    const claim = parser.claimsPath(path)
    if (claim === 'yes') return parser
    if (claim === 'maybe' && parser.claimsContent !== undefined) maybe.push(parser)
  }
  if (maybe.length === 0) return undefined
  const text = await read()
  if (text === undefined) return undefined
  return maybe.find(parser => parser.claimsContent?.(path, text) === true)
}
