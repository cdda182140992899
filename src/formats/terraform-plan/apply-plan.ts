import type { Resource } from '../../model.js'
import type { TerraformPlan } from './plan.js'
import { type PlanSide, planResources, sourceAddress } from './plan-resources.js'

/**
 * One side's resources with the plan in place: in the plan's directory
 * (`root`), the resources the plan covers come from the plan instead of
 * the source (every managed resource, its modules' included, and each data
 * source the plan reads), placed on their source where it declares them;
 * data sources the plan does not list and `module` resources (the inputs
 * of modules that are not followed) stay as evaluated from source. Other
 * directories are untouched. Without a root, the plan's resources stand
 * alone, in a unit of their own named by the plan file.
 */
export function applyPlan(
  resources: Resource[],
  plan: TerraformPlan,
  side: PlanSide,
  root: string | undefined
): Resource[] {
  if (root === undefined) return [...resources, ...planResources(plan, side, plan.file, new Map())]
  const planned = new Set(plan.entries.map(entry => sourceAddress(entry.address)))
  const located = new Map<string, Resource>()
  const kept: Resource[] = []
  for (const resource of resources) {
    if (!resource.key.startsWith(`${root}//`)) kept.push(resource)
    else if (resource.type === 'module') kept.push(resource)
    else {
      located.set(resource.address, resource)
      if (resource.type.startsWith('data.') && !planned.has(resource.address)) kept.push(resource)
    }
  }
  return [...kept, ...planResources(plan, side, root, located)]
}
