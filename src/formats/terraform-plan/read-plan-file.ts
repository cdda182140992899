import { readFileSync } from 'node:fs'
import path from 'node:path'
import { decodeText } from '../../sources/index.js'
import type { TerraformPlan } from './plan.js'
import { parsePlan } from './parse-plan.js'
import { PlanError } from './plan-error.js'

/**
 * Reads a plan file given on the command line or as an input (`given`,
 * relative to `cwd`). Inside the repository at `root`, the plan is named by
 * its path from the root, which is where findings that cannot be placed on
 * source point; outside it, by the path as given.
 */
export function readPlanFile(given: string, cwd: string, root: string): TerraformPlan {
  const absolute = path.resolve(cwd, given)
  let bytes: Buffer
  try {
    bytes = readFileSync(absolute)
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message
    throw new PlanError(`${given}: cannot read the plan: ${reason}`)
  }
  const decoded = decodeText(bytes)
  const relative = path.relative(path.resolve(root), absolute)
  const inside = relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative)
  const file = inside ? relative.split(path.sep).join('/') : given
  if (!decoded.ok) throw new PlanError(`${file}: expected Terraform plan JSON, found ${decoded.reason}`)
  const dir = inside ? directoryOf(file) : undefined
  return parsePlan(file, decoded.text, dir)
}

function directoryOf(file: string): string {
  const slash = file.lastIndexOf('/')
  return slash <= 0 ? '.' : file.slice(0, slash)
}
