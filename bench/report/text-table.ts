/** Rows as aligned columns: the first column left-aligned, the others right-aligned (they hold figures). */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map(r => (r[i] ?? '').length)))
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] as number) : cell.padStart(widths[i] as number)))
      .join('  ')
      .trimEnd()
  return [line(header), line(widths.map(w => '-'.repeat(w))), ...rows.map(line)].join('\n')
}

export const ms = (n: number) => `${n.toFixed(0)} ms`
export const mbps = (n: number) => n.toFixed(1)
export const ratio = (n: number) => `${n.toFixed(2)}×`
export const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(0)}%`
