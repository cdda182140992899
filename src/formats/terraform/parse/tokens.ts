type TokName =
  | 'EOF'
  | 'NEWLINE'
  | 'IDENT'
  | 'NUMBER'
  | 'OQUOTE'
  | 'HEREDOC'
  | 'LBRACE'
  | 'RBRACE'
  | 'LBRACK'
  | 'RBRACK'
  | 'LPAREN'
  | 'RPAREN'
  | 'COMMA'
  | 'DOT'
  | 'ELLIPSIS'
  | 'EQUAL'
  | 'COLON'
  | 'DCOLON'
  | 'QUESTION'
  | 'ARROW'
  | 'TILDE'
  | 'BANG'
  | 'OR'
  | 'AND'
  | 'EQEQ'
  | 'NEQ'
  | 'LT'
  | 'GT'
  | 'LE'
  | 'GE'
  | 'PLUS'
  | 'MINUS'
  | 'STAR'
  | 'SLASH'
  | 'PERCENT'

/**
 * Token kinds of the HCL native syntax, as small integers for a fast
 * `switch`. Typed as plain numbers on purpose: the current token changes
 * behind the type checker's back on every `advance`.
 */
export const Tok: Readonly<Record<TokName, number>> = {
  EOF: 0,
  NEWLINE: 1,
  IDENT: 2,
  NUMBER: 3,
  OQUOTE: 4,
  HEREDOC: 5,
  LBRACE: 6,
  RBRACE: 7,
  LBRACK: 8,
  RBRACK: 9,
  LPAREN: 10,
  RPAREN: 11,
  COMMA: 12,
  DOT: 13,
  ELLIPSIS: 14,
  EQUAL: 15,
  COLON: 16,
  DCOLON: 17,
  QUESTION: 18,
  ARROW: 19,
  TILDE: 20,
  BANG: 21,
  OR: 22,
  AND: 23,
  EQEQ: 24,
  NEQ: 25,
  LT: 26,
  GT: 27,
  LE: 28,
  GE: 29,
  PLUS: 30,
  MINUS: 31,
  STAR: 32,
  SLASH: 33,
  PERCENT: 34
}

const SYMBOLS: Record<number, string> = {
  [Tok.LBRACE]: '{',
  [Tok.RBRACE]: '}',
  [Tok.LBRACK]: '[',
  [Tok.RBRACK]: ']',
  [Tok.LPAREN]: '(',
  [Tok.RPAREN]: ')',
  [Tok.COMMA]: ',',
  [Tok.DOT]: '.',
  [Tok.ELLIPSIS]: '...',
  [Tok.EQUAL]: '=',
  [Tok.COLON]: ':',
  [Tok.DCOLON]: '::',
  [Tok.QUESTION]: '?',
  [Tok.ARROW]: '=>',
  [Tok.TILDE]: '~',
  [Tok.BANG]: '!',
  [Tok.OR]: '||',
  [Tok.AND]: '&&',
  [Tok.EQEQ]: '==',
  [Tok.NEQ]: '!=',
  [Tok.LT]: '<',
  [Tok.GT]: '>',
  [Tok.LE]: '<=',
  [Tok.GE]: '>=',
  [Tok.PLUS]: '+',
  [Tok.MINUS]: '-',
  [Tok.STAR]: '*',
  [Tok.SLASH]: '/',
  [Tok.PERCENT]: '%'
}

/** The source spelling of a punctuation token, for messages. */
export function symbolOf(kind: number): string {
  return SYMBOLS[kind] ?? '?'
}

/** Binding power of each binary operator token (0: not a binary operator). */
export const PRECEDENCE: Uint8Array = (() => {
  const table = new Uint8Array(64)
  table[Tok.OR] = 1
  table[Tok.AND] = 2
  table[Tok.EQEQ] = 3
  table[Tok.NEQ] = 3
  for (const k of [Tok.LT, Tok.GT, Tok.LE, Tok.GE]) table[k] = 4
  table[Tok.PLUS] = 5
  table[Tok.MINUS] = 5
  for (const k of [Tok.STAR, Tok.SLASH, Tok.PERCENT]) table[k] = 6
  return table
})()
