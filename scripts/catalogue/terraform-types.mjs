// The resource types of the Terraform AWS provider, from its CDK-for-Terraform bindings.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { packageSource } from './package-source.mjs'

export const TERRAFORM_PACKAGE = '@cdktf/provider-aws'

/** A resource class (not a data source) and the type name it declares. */
const RESOURCE_CLASS =
  /export declare class \w+ extends cdktf\.TerraformResource \{\s*static readonly tfResourceType = "([a-z0-9_]+)";/

/** The provider release the bindings were generated from, as written in the provider class. */
const PROVIDER_VERSION = /providerVersion: '([0-9.]+)'/

/**
 * Every resource type of the provider, sorted. The package has one folder per
 * resource and data source under `lib/`; only each folder's `index.d.ts` is
 * read (the 130 MB `.jsii` manifest is not), and only classes extending
 * `TerraformResource` count, so data sources (`data "aws_ami"`) stay out.
 */
export function readTerraformTypes(root) {
  const source = packageSource(root, TERRAFORM_PACKAGE)
  const lib = join(source.dir, 'lib')
  const types = new Set()
  for (const entry of readdirSync(lib, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue
    const match = RESOURCE_CLASS.exec(readFileSync(join(lib, entry.name, 'index.d.ts'), 'utf8'))
    if (match) types.add(match[1])
  }
  if (types.size === 0) {
    throw new Error(
      `expected TerraformResource classes under ${lib}, found none; has the package layout changed?`
    )
  }
  return {
    source: { package: source.name, version: source.version, providerVersion: providerVersion(lib) },
    types: [...types].sort()
  }
}

function providerVersion(lib) {
  const file = join(lib, 'provider', 'index.js')
  const match = PROVIDER_VERSION.exec(readFileSync(file, 'utf8'))
  if (!match) throw new Error(`${file}: expected "providerVersion: '<version>'", found none`)
  return match[1]
}
