/** One entry of `git ls-tree -r -z -l`. */
export interface TreeEntry {
  mode: string
  type: string
  oid: string
  /** Bytes of a blob; null for a submodule commit. */
  size: number | null
  path: string
}

/**
 * Parses `git ls-tree -r -z -l` output: NUL-terminated records
 * `<mode> <type> <oid> <padded size>\t<path>`. The path is everything after
 * the first tab, so spaces, tabs and newlines in names survive.
 */
export function parseLsTree(output: Buffer): TreeEntry[] {
  const records = output.toString('utf8').split('\0')
  if (records[records.length - 1] === '') records.pop()
  return records.map(parseRecord)
}

function parseRecord(record: string, index: number): TreeEntry {
  const tab = record.indexOf('\t')
  const fields = record.slice(0, Math.max(tab, 0)).split(/ +/)
  const [mode, type, oid, size] = fields
  if (tab < 0 || fields.length !== 4 || mode === undefined || type === undefined || oid === undefined) {
    throw new Error(
      `git ls-tree output, record ${index + 1}: expected '<mode> <type> <oid> <size>\\t<path>', found '${record}'`
    )
  }
  if (size !== '-' && !/^\d+$/.test(size ?? '')) {
    throw new Error(
      `git ls-tree output, record ${index + 1}: expected a size in bytes or '-', found '${size}'`
    )
  }
  return { mode, type, oid, size: size === '-' ? null : Number(size), path: record.slice(tab + 1) }
}
