/**
 * JSON as settings files are often written: `//` and `/* … *\/` comments and
 * trailing commas are allowed (the usual readers of such files accept them).
 * They are blanked out with spaces, line breaks kept, so that every offset,
 * and so every span, stays where it was.
 */
export function relaxJson(text: string): string {
  const out = text.split('')
  let i = 0
  let lastComma = -1
  while (i < text.length) {
    const c = text[i]
    if (c === '"') {
      i = skipString(text, i)
      lastComma = -1
    } else if (c === '/' && text[i + 1] === '/') i = blank(out, i, lineEndOf(text, i))
    else if (c === '/' && text[i + 1] === '*') i = blank(out, i, blockEndOf(text, i))
    else {
      if ((c === '}' || c === ']') && lastComma >= 0) out[lastComma] = ' '
      if (c === ',') lastComma = i
      else if (!/\s/.test(c as string)) lastComma = -1
      i++
    }
  }
  return out.join('')
}

function skipString(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++
    else if (text[i] === '"' || text[i] === '\n') return i + 1
  }
  return text.length
}

function lineEndOf(text: string, from: number): number {
  const newline = text.indexOf('\n', from)
  return newline < 0 ? text.length : newline
}

function blockEndOf(text: string, from: number): number {
  const close = text.indexOf('*/', from + 2)
  return close < 0 ? text.length : close + 2
}

function blank(out: string[], from: number, to: number): number {
  for (let i = from; i < to; i++) if (out[i] !== '\n' && out[i] !== '\r') out[i] = ' '
  return to
}
