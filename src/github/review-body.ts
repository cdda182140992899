import { count } from '../report/gate.js'
import type { ReviewPlan } from './plan-review.js'

/** The review's own text: what it holds and where the rest is. */
export function reviewBody(plan: ReviewPlan): string {
  const lines = [
    `**Demarc** found ${count(plan.create.length, 'new finding')} on changed lines; each has its comment below.`
  ]
  if (plan.overLimit.length > 0)
    lines.push(
      `${count(plan.overLimit.length, 'more new finding')} ${plan.overLimit.length === 1 ? 'is' : 'are'} not commented here (\`max-comments\`); see the check run.`
    )
  if (plan.outsideDiff.length > 0)
    lines.push(
      `${count(plan.outsideDiff.length, 'new finding')} ${plan.outsideDiff.length === 1 ? 'is' : 'are'} outside the lines this pull request changes; see the check run.`
    )
  return lines.join('\n\n')
}
