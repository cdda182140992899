/**
 * Structural checks on rendered markdown, strict enough to catch a cut in
 * the wrong place or text that escaped its escaping: every `<details>` is
 * closed, every table row has as many cells as its header, every code fence
 * and code span is closed, and outside code nothing but Demarc's own HTML,
 * entities, link destinations and headings uses `<`, `>`, `@` or `#`.
 */
export function markdownProblems(markdown: string): string[] {
  const problems: string[] = []
  let fence: string | undefined
  let depth = 0
  let cells: number | undefined
  markdown.split('\n').forEach((line, i) => {
    const at = `line ${i + 1}`
    if (fence !== undefined) {
      if (line.startsWith(fence) && line.slice(fence.length).trim() === '') fence = undefined
      return
    }
    const opener = /^(`{3,}|~{3,})/.exec(line)?.[1]
    if (opener !== undefined) {
      fence = opener
      return
    }
    if (line === '<details>') depth += 1
    if (line === '</details>') depth -= 1
    if (depth < 0) problems.push(`${at}: </details> without <details>`)
    if (line.startsWith('|')) {
      const n = line.match(/(?<!\\)\|/g)?.length ?? 0
      if (!line.endsWith(' |')) problems.push(`${at}: table row does not end with a cell: ${line.slice(-40)}`)
      if (cells === undefined) cells = n
      else if (n !== cells) problems.push(`${at}: ${n - 1} cells, the header has ${cells - 1}`)
    } else cells = undefined
    const text = outsideCode(line)
    if (text === undefined) problems.push(`${at}: unclosed code span`)
    else {
      const rest = text
        .replace(/^#{2,3} /, '')
        .replace(/^> /, '')
        .replace(/&(#\d+|\w+);/g, '')
        .replace(/\]\(https?:\/\/[^\s()<>]+\)/g, ']')
        .replace(/<\/?(details|summary)>|<br>|<!-- demarc:[\w:.%-]+ -->/g, '')
      if (/[<>@#]/.test(rest)) problems.push(`${at}: markup outside code: ${rest.slice(0, 120)}`)
    }
  })
  if (fence !== undefined) problems.push('a code fence is not closed')
  if (depth !== 0) problems.push(`${depth} <details> not closed`)
  if (/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(markdown))
    problems.push('a lone surrogate')
  return problems
}

/** The line with its code spans removed, or undefined when a span is not closed. */
function outsideCode(line: string): string | undefined {
  let out = ''
  let i = 0
  while (i < line.length) {
    if (line[i] === '\\') {
      out += line.slice(i, i + 2)
      i += 2
      continue
    }
    if (line[i] !== '`') {
      out += line[i]
      i += 1
      continue
    }
    const run = /^`+/.exec(line.slice(i))?.[0] as string
    const close = new RegExp(`(?<!\`)${run}(?!\`)`, 'g')
    close.lastIndex = i + run.length
    const end = close.exec(line)
    if (end === null) return undefined
    i = end.index + run.length
  }
  return out
}
