import type { YamlOptions } from '../yaml/index.js'

/**
 * How manifests are read: YAML 1.1 booleans, as the cluster's own reader
 * does, so `privileged: yes` is `true` here as it is there.
 */
export const YAML_OPTIONS: YamlOptions = { booleans: 'yaml11' }
