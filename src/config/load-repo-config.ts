import type { CheckedRule, RuleDocument, RuleSet } from '../engine/index.js'
import type { Matrix } from '../matrix/index.js'
import { configNameProblems } from './check-config.js'
import { ConfigFileError, type ConfigProblem } from './config-file-error.js'
import type { ConfigSource } from './config-source.js'
import type { RepoConfig } from './config-types.js'
import { configureRules } from './configure-rules.js'
import { compileBundled, type BundledSources } from './load-bundled-config.js'
import { overrideOwners } from './override-owners.js'

/** Everything a scan takes from the configuration: the file as read, the controls and the matrix it shapes. */
export interface LoadedConfig {
  /** Undefined when there is no file: the built-in defaults and the options apply. */
  config?: RepoConfig
  /** The bundled controls and the repository's own, turned off or re-graded as the file says. */
  rules: RuleSet
  /** The matrix, with the owners the file assigns differently. */
  matrix: Matrix
}

/**
 * Reads, checks and applies the configuration file of one version of the
 * repository. A problem anywhere throws before anything is scanned: a
 * ConfigFileError naming the file and the key path, or, for a custom control,
 * the RuleFileError a bundled control would give. A missing file is
 * fine unless the user named it. The schema validators and the YAML
 * reader of rule files are loaded only when there is a file to check.
 */
export async function loadRepoConfig(source: ConfigSource, bundled: BundledSources): Promise<LoadedConfig> {
  const read = await source.readConfig()
  if (!read.found) {
    if (source.explicit)
      throw new ConfigFileError([{ file: source.file, path: '', message: `no such file in ${source.label}` }])
    return compileBundled(bundled)
  }
  const { parseAndCheck } = await import(/* webpackMode: "eager" */ './check-config-file.js')
  const config = parseAndCheck(source.file, read.text)
  const custom = await customRules(source, config, bundled)
  const compiled = compileBundled(bundled, custom)
  const named = configNameProblems(
    config,
    new Set(compiled.rules.rules.map(r => r.id)),
    bundled.matrix.rows.map(r => r.id)
  )
  if (named.length > 0) throw new ConfigFileError(named)
  return {
    config,
    rules: configureRules(compiled.rules, config.rules),
    matrix: overrideOwners(bundled.matrix, config.owners, config.file)
  }
}

/** The repository's own controls, checked as the bundled ones were when the pack was built, and against them. */
async function customRules(
  source: ConfigSource,
  config: RepoConfig,
  bundled: BundledSources
): Promise<CheckedRule[]> {
  const docs: RuleDocument[] = []
  const problems: ConfigProblem[] = []
  for (const [i, dir] of config.ruleDirs.entries()) {
    const read = await source.ruleFiles(dir)
    if (read.ok) docs.push(...read.docs.filter(doc => !docs.some(d => d.file === doc.file)))
    else problems.push({ file: config.file, path: `rule-dirs[${i}]`, message: read.reason })
  }
  if (problems.length > 0) throw new ConfigFileError(problems)
  if (docs.length === 0) return []
  const { checkRuleDocuments } = await import(/* webpackMode: "eager" */ '../engine/check-rule-documents.js')
  return checkRuleDocuments(docs, { knownRows: bundled.matrix.rows.map(r => r.id), taken: bundled.rules })
}
