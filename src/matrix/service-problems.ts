import type { ServicesDocument } from './documents.js'
import { joinKeys } from './key-path.js'

/**
 * What the schema cannot see in `rules/services.yml`: row ids the matrix does
 * not define, a type listed under two services, a prefix claimed by two.
 */
export function serviceProblems(file: string, doc: ServicesDocument, rowIds: ReadonlySet<string>): string[] {
  return [
    ...unknownRows(file, doc, rowIds),
    ...repeatedTypes(file, doc),
    ...repeatedPrefixes(file, doc),
    ...repeatedFormats(file, doc)
  ]
}

function repeatedFormats(file: string, doc: ServicesDocument): string[] {
  const owner = new Map<string, string>()
  const problems: string[] = []
  for (const [id, service] of Object.entries(doc.services)) {
    ;(service.formats ?? []).forEach((format, i) => {
      const earlier = owner.get(format)
      if (earlier === undefined) owner.set(format, id)
      else {
        const path = joinKeys(['services', id, 'formats', i])
        problems.push(
          `${file}: ${path}: expected each format claimed once; also claimed by services.${earlier}`
        )
      }
    })
  }
  return problems
}

function unknownRows(file: string, doc: ServicesDocument, rowIds: ReadonlySet<string>): string[] {
  const problems: string[] = []
  const check = (keys: string[], rows: readonly string[]): void => {
    rows.forEach((row, i) => {
      if (!rowIds.has(row)) {
        problems.push(`${file}: ${joinKeys([...keys, i])}: expected a row id of the matrix; found "${row}"`)
      }
    })
  }
  for (const [id, service] of Object.entries(doc.services)) {
    check(['services', id, 'rows'], service.rows)
    for (const [format, types] of Object.entries(service.types ?? {})) {
      for (const [type, entry] of Object.entries(types)) {
        const base = ['services', id, 'types', format, type]
        check([...base, 'rows'], entry.rows)
        for (const [attribute, rows] of Object.entries(entry.attributes ?? {})) {
          check([...base, 'attributes', attribute], rows)
        }
      }
    }
  }
  return problems
}

function repeatedTypes(file: string, doc: ServicesDocument): string[] {
  const owner = new Map<string, string>()
  const problems: string[] = []
  for (const [id, service] of Object.entries(doc.services)) {
    for (const [format, types] of Object.entries(service.types ?? {})) {
      for (const type of Object.keys(types)) {
        const key = `${format}:${type}`
        const earlier = owner.get(key)
        if (earlier === undefined) owner.set(key, id)
        else {
          const path = joinKeys(['services', id, 'types', format, type])
          problems.push(`${file}: ${path}: expected each type once; also listed under services.${earlier}`)
        }
      }
    }
  }
  return problems
}

function repeatedPrefixes(file: string, doc: ServicesDocument): string[] {
  const owner = new Map<string, string>()
  const problems: string[] = []
  for (const [id, service] of Object.entries(doc.services)) {
    for (const [format, prefixes] of Object.entries(service.prefixes ?? {})) {
      prefixes.forEach((prefix, i) => {
        const earlier = owner.get(`${format}:${prefix}`)
        if (earlier === undefined) owner.set(`${format}:${prefix}`, id)
        else {
          const path = joinKeys(['services', id, 'prefixes', format, i])
          problems.push(
            `${file}: ${path}: expected each prefix once; "${prefix}" is also a prefix of services.${earlier}`
          )
        }
      })
    }
  }
  return problems
}
