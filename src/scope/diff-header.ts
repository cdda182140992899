const NAMED_ESCAPES: Record<string, string> = {
  '\x07': '\\a',
  '\b': '\\b',
  '\t': '\\t',
  '\n': '\\n',
  '\v': '\\v',
  '\f': '\\f',
  '\r': '\\r',
  '"': '\\"',
  '\\': '\\\\'
}

function needsQuoting(char: string): boolean {
  const code = char.charCodeAt(0)
  return code < 0x20 || code === 0x7f || char === '"' || char === '\\'
}

function escapeChar(char: string): string {
  if (!needsQuoting(char)) return char
  return NAMED_ESCAPES[char] ?? `\\${char.charCodeAt(0).toString(8).padStart(3, '0')}`
}

/**
 * Quotes a name the way git does in patch headers with `core.quotePath=false`:
 * unchanged unless it holds a control character, `"` or `\`, in which case the
 * whole name is put in double quotes with C escapes.
 */
export function quoteCPath(name: string): string {
  if (![...name].some(needsQuoting)) return name
  return `"${[...name].map(escapeChar).join('')}"`
}

/** The `diff --git a/<old> b/<new>` line git writes for a pair of paths. */
export function diffHeaderFor(oldPath: string, newPath: string): string {
  return `diff --git ${quoteCPath(`a/${oldPath}`)} ${quoteCPath(`b/${newPath}`)}`
}
