import type { RawCondition, RawRule } from './condition-syntax.js'
import { CONDITION_KINDS, OPERATORS, kindsOf, operatorsOf } from './condition-syntax.js'
import { parsePath } from './path.js'
import type { RuleProblem } from './rule-file-error.js'

type Found = { path: string; message: string }

const PLACEHOLDERS = ['{value}', '{path}', '{address}']

/** Operators whose operand is a regular expression, checked when the rule loads. */
const REGEX_OPERATORS: readonly string[] = ['matches', 'not_matches', 'matches_ignore_case']

/** What the schema cannot say: known row, one kind and one operator per condition, valid paths and regexes. */
export function ruleProblems(file: string, rule: RawRule, knownRows: readonly string[]): RuleProblem[] {
  const found: Found[] = []
  if (!knownRows.includes(rule.row)) {
    found.push({
      path: 'row',
      message: `unknown row '${rule.row}' (expected one of ${knownRows.join(', ')})`
    })
  }
  for (const [format, selector] of Object.entries(rule.formats)) {
    const at = `formats.${format}`
    if (selector.if !== undefined) found.push(...conditionProblems(selector.if, `${at}.if`))
    found.push(...conditionProblems(selector.assert, `${at}.assert`))
    if (selector.message !== undefined) found.push(...messageProblems(selector.message, `${at}.message`))
    else if (rule.sensitive === true)
      found.push({ path: at, message: 'a sensitive rule needs a message (its evidence must not be echoed)' })
  }
  return found.map(f => ({ file, ...f }))
}

function messageProblems(message: string, path: string): Found[] {
  return [...message.matchAll(/\{[^{}]*\}/g)]
    .map(m => m[0])
    .filter(p => !PLACEHOLDERS.includes(p))
    .map(p => ({ path, message: `unknown placeholder '${p}' (expected ${PLACEHOLDERS.join(', ')})` }))
}

export function conditionProblems(condition: RawCondition, path: string): Found[] {
  const kinds = kindsOf(condition)
  if (kinds.length !== 1) {
    const message = `expected exactly one of ${CONDITION_KINDS.join(', ')}; found ${kinds.join(', ') || 'none'}`
    return [{ path, message }]
  }
  const kind = kinds[0] as (typeof kinds)[number]
  if (kind === 'attr') return leafProblems(condition as Record<string, unknown>, path)
  const extra = Object.keys(condition).filter(key => key !== kind)
  if (extra.length > 0) return [{ path, message: `unexpected key '${extra[0]}' beside '${kind}'` }]
  return nestedProblems(condition, kind, path)
}

function nestedProblems(condition: RawCondition, kind: string, path: string): Found[] {
  if ('all' in condition) return condition.all.flatMap((c, i) => conditionProblems(c, `${path}.all[${i}]`))
  if ('any' in condition) return condition.any.flatMap((c, i) => conditionProblems(c, `${path}.any[${i}]`))
  if ('not' in condition) return conditionProblems(condition.not, `${path}.not`)
  if ('related' in condition) {
    const { via, where } = condition.related
    return [
      ...pathProblems(via, `${path}.related.via`),
      ...(where === undefined ? [] : conditionProblems(where, `${path}.related.where`))
    ]
  }
  const quantifier = (condition as Record<string, { attr: string; where?: RawCondition }>)[kind]
  if (quantifier === undefined) return []
  return [
    ...pathProblems(quantifier.attr, `${path}.${kind}.attr`),
    ...(quantifier.where === undefined ? [] : conditionProblems(quantifier.where, `${path}.${kind}.where`))
  ]
}

function leafProblems(leaf: Record<string, unknown>, path: string): Found[] {
  const found = pathProblems(leaf.attr as string, `${path}.attr`)
  const operators = operatorsOf(leaf)
  if (operators.length !== 1) {
    const message = `expected exactly one operator (${OPERATORS.join(', ')}); found ${operators.join(', ') || 'none'}`
    return [...found, { path, message }]
  }
  const operator = operators[0] as string
  if (REGEX_OPERATORS.includes(operator)) found.push(...regexProblems(leaf[operator], `${path}.${operator}`))
  return found
}

function regexProblems(pattern: unknown, path: string): Found[] {
  try {
    new RegExp(pattern as string)
    return []
  } catch (error) {
    return [{ path, message: `invalid regular expression /${String(pattern)}/: ${(error as Error).message}` }]
  }
}

function pathProblems(text: string, path: string): Found[] {
  try {
    parsePath(text)
    return []
  } catch (error) {
    return [{ path, message: (error as Error).message }]
  }
}
