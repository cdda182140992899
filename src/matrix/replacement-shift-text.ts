import type { ManagedMatch, SelfManagedMatch } from './replacement-shift-match.js'
import { located, removedFrom } from './shift-text.js'

/**
 * `aws_ecs_service.app in app/main.tf line 10, with launch_type = "FARGATE" (line 12),
 * replaces aws_instance.app (removed from app/main.tf line 3), with "postgres" in its user_data (line 4)`
 */
export function toManagedText(self: SelfManagedMatch, managed: ManagedMatch): string {
  const read = managed.details.map(d => `${d.text} (line ${d.line})`).join(' and ')
  const reads = read === '' ? '' : `, with ${read},`
  const evidence = self.detail === '' ? '' : `, with ${self.detail}`
  return `${located(managed.resource)}${reads} replaces ${removedFrom(self.resource)}${evidence}`
}

/**
 * `aws_instance.app in app/main.tf line 3 replaces aws_ecs_service.app
 * (removed from app/main.tf line 10, launch_type = "FARGATE") with instances you run`
 */
export function toSelfManagedText(self: SelfManagedMatch, managed: ManagedMatch, workload: string): string {
  const evidence = self.detail === '' ? '' : `, with ${self.detail},`
  const was = removedFrom(
    managed.resource,
    managed.details.map(d => d.text)
  )
  return `${located(self.resource)}${evidence} replaces ${was} with ${workload} you run`
}
