/**
 * The part of SARIF 2.1.0 that Demarc writes, named as in the OASIS schema
 * (sarif-schema-2.1.0.json) and in `@types/sarif`, so that these can be
 * replaced by `import type * as Sarif from 'sarif'` without other changes.
 */

export type Level = 'none' | 'note' | 'warning' | 'error'

export interface PropertyBag {
  tags?: string[]
  [key: string]: unknown
}

export interface Message {
  text?: string
  markdown?: string
}

export interface MultiformatMessageString {
  text: string
  markdown?: string
}

export interface ArtifactLocation {
  uri?: string
  uriBaseId?: string
}

export interface Region {
  startLine?: number
  endLine?: number
  startColumn?: number
  endColumn?: number
}

export interface PhysicalLocation {
  artifactLocation?: ArtifactLocation
  region?: Region
}

export interface Location {
  physicalLocation?: PhysicalLocation
  message?: Message
}

export interface ReportingConfiguration {
  enabled?: boolean
  level?: Level
}

export interface ReportingDescriptor {
  id: string
  name?: string
  shortDescription?: MultiformatMessageString
  fullDescription?: MultiformatMessageString
  help?: MultiformatMessageString
  helpUri?: string
  defaultConfiguration?: ReportingConfiguration
  properties?: PropertyBag
}

export interface ToolComponent {
  name: string
  version?: string
  semanticVersion?: string
  informationUri?: string
  rules?: ReportingDescriptor[]
}

export interface Result {
  ruleId?: string
  ruleIndex?: number
  level?: Level
  message: Message
  locations?: Location[]
  partialFingerprints?: Record<string, string>
  baselineState?: 'new' | 'unchanged' | 'updated' | 'absent'
  properties?: PropertyBag
}

export interface Notification {
  message: Message
  level?: Level
  locations?: Location[]
}

export interface Invocation {
  executionSuccessful: boolean
  toolExecutionNotifications?: Notification[]
}

export interface Run {
  tool: { driver: ToolComponent }
  invocations?: Invocation[]
  results?: Result[]
  properties?: PropertyBag
}

export interface Log {
  $schema?: string
  version: '2.1.0'
  runs: Run[]
}

export type SarifLog = Log
