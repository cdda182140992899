import schema from '../../rules/schema/rule.schema.json' with { type: 'json' }

/** The rule file schema (`rules/schema/rule.schema.json`), as loaded. */
export const RULE_SCHEMA: object = schema
