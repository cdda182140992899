/** Per format, how an AWS resource type is spelled; anything else is not AWS (`random_id`, `data.*`, `module`). */
const AWS_TYPE: Readonly<Record<string, RegExp>> = {
  terraform: /^aws_[a-z0-9_]+$/,
  cloudformation: /^AWS::[A-Za-z0-9]+::[A-Za-z0-9]+$/
}

export function isAwsType(format: string, type: string): boolean {
  return AWS_TYPE[format]?.test(type) ?? false
}
