// The hand-written table of services (rules/catalogue/services-by-namespace.yml), checked.
import { load } from 'js-yaml'

const CATEGORIES = ['infrastructure', 'container', 'abstracted', 'global']
const KEYS = ['title', 'category', 'rows', 'cloudformation', 'terraform', 'note']
const ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/
const NAMESPACE = /^[A-Za-z0-9]+$/
const CLOUDFORMATION_PREFIX = /^AWS::[A-Za-z0-9]+::[A-Za-z0-9]*$/
const TERRAFORM_PREFIX = /^aws_[a-z0-9_]+$/

/**
 * The table's services, each with its CloudFormation namespaces turned into
 * prefixes (`StepFunctions` → `AWS::StepFunctions::`). Throws one error listing
 * every problem, each naming the file and key path: a category must be one of
 * the four AWS categories (workloads are not AWS services) and every row an id
 * of the matrix.
 */
export function readTable(file, text, rowIds) {
  const doc = load(text, { filename: file })
  const problems = []
  if (doc?.version !== 1) problems.push(`${file}: version: expected 1; found ${JSON.stringify(doc?.version)}`)
  const entries = Object.entries(doc?.services ?? {})
  if (entries.length === 0) problems.push(`${file}: services: expected at least one service, found none`)
  const services = entries.map(([id, entry]) =>
    readService(`${file}: services.${id}`, id, entry, rowIds, problems)
  )
  if (problems.length > 0)
    throw new Error(`${file} is not a valid services table:\n- ${problems.join('\n- ')}`)
  return services
}

function readService(where, id, entry, rowIds, problems) {
  if (!ID.test(id)) problems.push(`${where}: expected a kebab-case service id; found "${id}"`)
  for (const key of Object.keys(entry ?? {})) {
    if (!KEYS.includes(key))
      problems.push(`${where}.${key}: unexpected key; expected one of ${KEYS.join(', ')}`)
  }
  const { title, category, rows = [], cloudformation = [], terraform = [], note } = entry ?? {}
  if (typeof title !== 'string' || title === '') problems.push(`${where}.title: expected a title, found none`)
  if (!CATEGORIES.includes(category)) {
    problems.push(
      `${where}.category: expected one of ${CATEGORIES.join(', ')}; found ${JSON.stringify(category)}`
    )
  }
  if (rows.length === 0) problems.push(`${where}.rows: expected at least one row, found none`)
  rows.forEach((row, i) => {
    if (!rowIds.has(row))
      problems.push(`${where}.rows[${i}]: expected a row id of the matrix; found "${row}"`)
  })
  if (cloudformation.length + terraform.length === 0) {
    problems.push(`${where}: expected cloudformation namespaces or terraform prefixes, found neither`)
  }
  const cfn = cloudformation.map((item, i) =>
    cloudFormationPrefix(`${where}.cloudformation[${i}]`, item, problems)
  )
  terraform.forEach((prefix, i) => {
    if (!TERRAFORM_PREFIX.test(prefix)) {
      problems.push(`${where}.terraform[${i}]: expected a prefix like aws_sfn_; found "${prefix}"`)
    }
  })
  return { id, title, category, rows, note, prefixes: { terraform, cloudformation: cfn } }
}

function cloudFormationPrefix(where, item, problems) {
  if (NAMESPACE.test(item)) return `AWS::${item}::`
  if (CLOUDFORMATION_PREFIX.test(item)) return item
  problems.push(
    `${where}: expected a namespace (StepFunctions) or a type prefix (AWS::Serverless::X); found "${item}"`
  )
  return item
}
