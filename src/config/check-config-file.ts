import { configValueProblems } from './check-config.js'
import { ConfigFileError } from './config-file-error.js'
import { configSchemaProblems } from './config-schema-problems.js'
import type { RepoConfig } from './config-types.js'
import { parseConfigYaml } from './parse-config-yaml.js'
import { readConfigDocument } from './read-config-document.js'

/**
 * The file's YAML, checked against the schema, then the values the schema
 * cannot judge. Brings the schema validator: loadRepoConfig imports this
 * module only when there is a file to check.
 */
export function parseAndCheck(file: string, text: string): RepoConfig {
  const parsed = parseConfigYaml(file, text)
  const structural = configSchemaProblems(file, parsed.data)
  if (structural.length > 0) throw new ConfigFileError(structural)
  const config = readConfigDocument(file, parsed)
  const values = configValueProblems(config)
  if (values.length > 0) throw new ConfigFileError(values)
  return config
}
