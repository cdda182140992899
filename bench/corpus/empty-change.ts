import { createTempRepo, type TempRepo } from '../../__tests__/helpers/temp-repo.js'

/** A repository of two commits with the same tree: a change with nothing in it, for start-up figures. */
export function emptyChangeRepo(): { repo: TempRepo; base: string; head: string } {
  const repo = createTempRepo()
  repo.write('README.md', 'An empty change: both commits have this tree.\n')
  const base = repo.commitAll('base')
  const head = repo.commitAll('head, the same tree')
  return { repo, base, head }
}
