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
