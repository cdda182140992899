#!/usr/bin/env node
// Generates the services catalogue for every AWS resource type (`npm run catalogue`):
//   rules/catalogue/cloudformation-types.json  every AWS:: type of @aws-cdk/aws-service-spec
//   rules/catalogue/terraform-types.json       every resource type of @cdktf/provider-aws
//   rules/services.yml                         its generated part, from services-by-namespace.yml
// then lists the types no service claims. Deterministic: same packages, same bytes.
// `npm run catalogue -- --check` writes nothing and fails if a file is out of date.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { load } from 'js-yaml'
import { readCloudFormationTypes } from './catalogue/cloudformation-types.mjs'
import { unmappedTypes } from './catalogue/coverage.mjs'
import { formatText } from './catalogue/format-text.mjs'
import { propertyProblems } from './catalogue/property-check.mjs'
import { readTable } from './catalogue/read-table.mjs'
import { handWrittenPart, repeatedIds, servicesText } from './catalogue/services-section.mjs'
import { readTerraformTypes } from './catalogue/terraform-types.mjs'
import { typeListText } from './catalogue/type-list.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const FILES = {
  matrix: 'rules/matrix.yml',
  services: 'rules/services.yml',
  table: 'rules/catalogue/services-by-namespace.yml',
  cloudformation: 'rules/catalogue/cloudformation-types.json',
  terraform: 'rules/catalogue/terraform-types.json'
}

const read = file => readFileSync(join(root, file), 'utf8')
const current = file => (existsSync(join(root, file)) ? read(file) : undefined)

async function main(check) {
  const lists = { terraform: readTerraformTypes(root), cloudformation: readCloudFormationTypes(root) }
  const services = await generatedServices()
  const outputs = {
    [FILES.terraform]: await formatText(
      join(root, FILES.terraform),
      typeListText('terraform', lists.terraform)
    ),
    [FILES.cloudformation]: await formatText(
      join(root, FILES.cloudformation),
      typeListText('cloudformation', lists.cloudformation)
    ),
    [FILES.services]: services
  }
  const stale = Object.entries(outputs).filter(([file, text]) => current(file) !== text)
  if (check) report(stale.map(([file]) => `${file}: out of date; run npm run catalogue`))
  else for (const [file, text] of stale) writeFileSync(join(root, file), text)
  report(propertyProblems(FILES.services, services, lists.cloudformation))
  summarise(lists, services)
}

/** rules/services.yml with its generated part rewritten from the table. */
async function generatedServices() {
  const rowIds = new Set(load(read(FILES.matrix)).rows.map(row => row.id))
  const table = readTable(FILES.table, read(FILES.table), rowIds)
  const handWritten = handWrittenPart(read(FILES.services))
  const repeated = repeatedIds(FILES.services, handWritten, table)
  if (repeated.length > 0) throw new Error(`nothing written:\n${repeated.join('\n')}`)
  return formatText(join(root, FILES.services), servicesText(handWritten, table))
}

function summarise(lists, services) {
  const unmapped = unmappedTypes(services, {
    terraform: lists.terraform.types,
    cloudformation: lists.cloudformation.types
  })
  const { terraform, cloudformation } = lists
  console.log(
    `${terraform.types.length} Terraform types (${terraform.source.package} ${terraform.source.version}, ` +
      `provider ${terraform.source.providerVersion}), ${cloudformation.types.length} CloudFormation types ` +
      `(${cloudformation.source.package} ${cloudformation.source.version}), ` +
      `${Object.keys(load(services).services).length} services`
  )
  report(
    Object.entries(unmapped).flatMap(([format, types]) =>
      types.map(
        type => `${format} type ${type}: expected a service that claims it (${FILES.table}), found none`
      )
    )
  )
}

function report(problems) {
  if (problems.length === 0) return
  console.error(problems.join('\n'))
  process.exitCode = 1
}

main(process.argv.includes('--check')).catch(error => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
})
