// The CloudFormation resource types of the AWS service specification package.
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { cacheDir, packageSource } from './package-source.mjs'

export const CLOUDFORMATION_PACKAGE = '@aws-cdk/aws-service-spec'

/**
 * Every `AWS::<Namespace>::<Type>` of the package's database, sorted, with
 * each type's property names (to check the catalogue's attributes). Types
 * outside the `AWS::` namespace (`Alexa::ASK::Skill`) are not AWS resources
 * to Demarc, so they are left out.
 */
export function readCloudFormationTypes(root) {
  const source = packageSource(root, CLOUDFORMATION_PACKAGE)
  const require = createRequire(join(cacheDir(root), 'package.json'))
  const { loadAwsServiceSpecSync } = require(CLOUDFORMATION_PACKAGE)
  const resources = loadAwsServiceSpecSync()
    .all('resource')
    .filter(resource => resource.cloudFormationType.startsWith('AWS::'))
  if (resources.length === 0) {
    throw new Error(
      `expected AWS:: resource types in ${CLOUDFORMATION_PACKAGE} ${source.version}, found none`
    )
  }
  const properties = new Map(resources.map(r => [r.cloudFormationType, new Set(Object.keys(r.properties))]))
  return {
    source: { package: source.name, version: source.version },
    types: [...properties.keys()].sort(),
    properties
  }
}
