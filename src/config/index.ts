// The configuration: Demarc's bundled rules and matrix, and a repository's .github/demarc.yml on top of them.
// What checks files against schemas (check-config-file.ts, build-rules-pack.ts) is imported directly, and
// lazily by loadRepoConfig, so that a run without a configuration file loads no validator.
export { applyIgnores, isExpired, isoDate, type IgnoreContext } from './apply-ignores.js'
export { ConfigFileError, type ConfigProblem } from './config-file-error.js'
export { CONFIG_SCHEMA } from './config-schema.js'
export { snapshotConfigSource, type ConfigSource } from './config-source.js'
export {
  DEFAULT_CONFIG_FILE,
  type IgnoreEntry,
  type OwnerSetting,
  type RepoConfig,
  type RuleSetting
} from './config-types.js'
export { configureRules } from './configure-rules.js'
export { describeConfig } from './describe-config.js'
export { configFileName, diskConfigSource } from './disk-config-source.js'
export {
  bundledFromPack,
  compileBundled,
  loadBundledConfig,
  readBundledSources,
  type BundledConfig,
  type BundledSources
} from './load-bundled-config.js'
export { loadRepoConfig, type LoadedConfig } from './load-repo-config.js'
export { readRulesPack, RULES_PACK_FILE, type RulesPack } from './rules-pack.js'
export { mergeSettings, type GivenOptions, type ScanSettings } from './merge-settings.js'
export { overrideOwners } from './override-owners.js'
