// The engine as a scan uses it. The validating loader of rule files (compile-rules.ts,
// check-rule-documents.ts) brings the YAML reader and the schema validator, so it is imported
// directly, and lazily by the configuration, rather than from here.
export { buildRuleSet, type CheckedRule } from './build-rule-set.js'
export type { RuleDocument } from './check-rule-documents.js'
export { evaluate, REPORTED_KINDS } from './evaluate.js'
export { readRuleFiles } from './read-rule-files.js'
export { RuleFileError, formatProblem } from './rule-file-error.js'
export type { RuleProblem } from './rule-file-error.js'
export type { CompiledSelector, Outcome, OutcomeKind, RuleMeta, RuleSet } from './rule.js'
export { unitOf } from './related-index.js'
export { parseJsonValue } from './json-value.js'
export { OPERATORS, CONDITION_KINDS } from './condition-syntax.js'
export type { Operator, ConditionKind } from './condition-syntax.js'
export { RULE_SCHEMA } from './rule-schema.js'
