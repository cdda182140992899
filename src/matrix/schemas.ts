import { Ajv, type ValidateFunction } from 'ajv'
import matrixSchema from '../../rules/schema/matrix.schema.json' with { type: 'json' }
import servicesSchema from '../../rules/schema/services.schema.json' with { type: 'json' }

let compiled: { matrix: ValidateFunction; services: ValidateFunction } | undefined

/** The validators for `rules/matrix.yml` and `rules/services.yml`, compiled once. */
export function validators(): { matrix: ValidateFunction; services: ValidateFunction } {
  if (compiled === undefined) {
    const ajv = new Ajv({ allErrors: true, verbose: true, strict: true })
    compiled = { matrix: ajv.compile(matrixSchema), services: ajv.compile(servicesSchema) }
  }
  return compiled
}
