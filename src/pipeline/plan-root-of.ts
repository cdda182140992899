import type { TerraformPlan } from '../formats/terraform-plan/index.js'
import { findPlanRoot } from '../formats/terraform-plan/index.js'
import { readUnitFiles } from './read-linked-units.js'
import type { Snapshot } from '../sources/index.js'
import type { UnitGraph } from './unit-graph.js'
import { standaloneUnits } from './unit-graph.js'

/**
 * The Terraform directory the plan was made in, among the head's
 * directories that no other one calls; undefined without a plan, or when
 * no directory declares what the plan holds (its resources then point at
 * the plan file).
 */
export async function planRootOf(
  plan: TerraformPlan | undefined,
  head: Snapshot,
  graph: UnitGraph | undefined
): Promise<string | undefined> {
  if (plan === undefined || graph === undefined) return undefined
  const candidates = []
  for (const id of standaloneUnits(graph)) {
    const unit = graph.units.get(id)
    if (unit?.parser.format !== 'terraform') continue
    candidates.push({ unit: unit.unit, files: await readUnitFiles(head, unit.paths, []) })
  }
  return findPlanRoot(plan, candidates)
}
