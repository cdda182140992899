import type { MatrixDocument } from './documents.js'
import { REQUIRED_ROWS } from './required-rows.js'
import { SERVICE_CATEGORIES } from './types.js'

/** What the schema cannot see in `rules/matrix.yml`: repeated ids, unknown domains, missing categories. */
export function matrixProblems(file: string, doc: MatrixDocument): string[] {
  const problems = [
    ...repeatedIds(file, 'domains', doc.domains),
    ...repeatedIds(file, 'rows', doc.rows),
    ...repeatedIds(file, 'categories', doc.categories)
  ]
  const domains = new Set(doc.domains.map(d => d.id))
  doc.rows.forEach((row, i) => {
    if (!domains.has(row.domain)) {
      problems.push(
        `${file}: rows[${i}].domain: expected one of ${[...domains].join(', ')}; found "${row.domain}"`
      )
    }
  })
  const rowIds = new Set(doc.rows.map(r => r.id))
  for (const id of REQUIRED_ROWS.filter(r => !rowIds.has(r))) {
    problems.push(`${file}: rows: expected a row with id "${id}", found none`)
  }
  const categories = new Set(doc.categories.map(c => c.id))
  for (const id of SERVICE_CATEGORIES.filter(c => !categories.has(c))) {
    problems.push(`${file}: categories: expected an entry with id "${id}", found none`)
  }
  return problems
}

function repeatedIds(file: string, key: string, items: readonly { id: string }[]): string[] {
  const first = new Map<string, number>()
  const problems: string[] = []
  items.forEach((item, i) => {
    const earlier = first.get(item.id)
    if (earlier === undefined) first.set(item.id, i)
    else
      problems.push(
        `${file}: ${key}[${i}].id: expected a unique id; found "${item.id}", already used by ${key}[${earlier}]`
      )
  })
  return problems
}
