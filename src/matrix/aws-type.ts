/** Per format, how an AWS resource type is spelled; anything else is not AWS (`random_id`, `data.*`, `module`). */
const AWS_TYPE: Readonly<Record<string, RegExp>> = {
  terraform: /^aws_[a-z0-9_]+$/,
  cloudformation: /^AWS::[A-Za-z0-9]+::[A-Za-z0-9]+$/
}

export function isAwsType(format: string, type: string): boolean {
  return AWS_TYPE[format]?.test(type) ?? false
}

/**
 * Whether the catalogue speaks for a type: AWS types of the AWS formats, and
 * every type of the workload formats (Kubernetes kinds, Dockerfile stages,
 * compose services, serverless functions, settings), which are the
 * customer's own whatever AWS service runs them.
 */
export function isCatalogued(format: string, type: string): boolean {
  return format in AWS_TYPE ? isAwsType(format, type) : true
}
