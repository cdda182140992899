import schema from '../../rules/schema/config.schema.json' with { type: 'json' }

/** The configuration file's JSON Schema (`rules/schema/config.schema.json`), as published for editors. */
export const CONFIG_SCHEMA: object = schema
