export { inlineSuppressions, type InlineSuppression } from './inline-suppressions.js'
export { suppressionFor } from './suppression-for.js'
export { unknownRuleIds } from './unknown-rule-ids.js'
