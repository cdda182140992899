export { parseYaml, type YamlDocument, type YamlOptions } from './parse-yaml.js'
export type { BooleanReading } from './resolve-scalar.js'
export { YamlError } from './yaml-error.js'
