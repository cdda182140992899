import { readFileSync } from 'node:fs'

/** One committed type list, as `npm run catalogue` writes it. */
export interface TypeList {
  format: string
  generatedBy: string
  source: { package: string; version: string; providerVersion?: string }
  count: number
  types: string[]
}

/** The AWS formats the lists cover, with their files under rules/catalogue/. */
export const LIST_FILES = {
  terraform: 'rules/catalogue/terraform-types.json',
  cloudformation: 'rules/catalogue/cloudformation-types.json'
} as const

export type ListFormat = keyof typeof LIST_FILES

/**
 * A committed list. The tests read these files, never the packages they come
 * from, so they run without the (large) devDependencies installed.
 */
export function typeList(format: ListFormat): TypeList {
  return JSON.parse(readFileSync(new URL(`../../${LIST_FILES[format]}`, import.meta.url), 'utf8')) as TypeList
}
