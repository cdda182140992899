import type { Owner } from '../model.js'
import type { ServiceCategory } from './types.js'

/** `rules/matrix.yml` once it has passed its schema. */
export interface MatrixDocument {
  version: 1
  domains: { id: string; title: string }[]
  rows: {
    id: string
    title: string
    label: string
    owner: Owner
    domain: string
    source: string
    customerPart?: string
    precise?: { reading: string; source: string }
    description: string
  }[]
  categories: {
    id: ServiceCategory
    title: string
    examples: string[]
    customerOwns: string
    awsOwns: string
  }[]
}

export interface TypeDocument {
  rows: string[]
  category?: ServiceCategory
  note?: string
  attributes?: Record<string, string[]>
}

export interface ServiceDocument {
  title: string
  category: ServiceCategory
  rows: string[]
  note?: string
  prefixes?: Record<string, string[]>
  formats?: string[]
  /** Absent for services known only by their prefixes (most of the generated ones). */
  types?: Record<string, Record<string, TypeDocument>>
}

/** `rules/services.yml` once it has passed its schema. */
export interface ServicesDocument {
  version: 1
  services: Record<string, ServiceDocument>
}

/** Both files, checked against their schemas and each other: what the matrix is built from. */
export interface MatrixDocuments {
  matrix: MatrixDocument
  services: ServicesDocument
}
