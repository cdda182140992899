import { join } from 'node:path'
import { createTempRepo, type TempRepo } from '../helpers/temp-repo.js'
import { ROOT } from './run-bundle.js'

/** The demo pull request of `npm run demo`: examples/demo/base then examples/demo/head. */
export function createDemoRepo(): { repo: TempRepo; base: string; head: string } {
  const repo = createTempRepo()
  repo.replaceTree(join(ROOT, 'examples', 'demo', 'base'))
  const base = repo.commitAll('base')
  repo.replaceTree(join(ROOT, 'examples', 'demo', 'head'))
  const head = repo.commitAll('head')
  return { repo, base, head }
}

/**
 * Where the demo's new findings are commented (`file:line`, sorted): one per
 * new finding, each on a line of the diff. The end-to-end tests of the action
 * expect exactly these.
 */
export const DEMO_COMMENT_PLACES: readonly string[] = [
  'app/.env.production:7',
  'app/.env.production:8',
  'app/Dockerfile:15',
  'deploy/k8s/api.yaml:26',
  'deploy/k8s/api.yaml:45',
  'infra/database/main.tf:10',
  'infra/database/main.tf:9',
  'infra/database/main.tf:9',
  'infra/identity/main.tf:20',
  'infra/network/main.tf:26',
  'templates/exports.yaml:20',
  'templates/exports.yaml:20'
]
