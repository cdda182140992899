import type { FormatParser } from '../format.js'
import { parseDockerfile } from './parse-dockerfile.js'
import { claimsDockerfilePath, dockerfileUnitOf } from './paths.js'

export { claimsDockerfilePath } from './paths.js'
export { parseDockerfile } from './parse-dockerfile.js'

/** Dockerfiles (and Containerfiles): one `stage` resource per FROM, each file on its own. */
export const dockerfileParser: FormatParser = {
  format: 'dockerfile',
  claimsPath: claimsDockerfilePath,
  unitOf: dockerfileUnitOf,
  parse: (_unit, files) => {
    const out: ReturnType<typeof parseDockerfile> = { resources: [], errors: [] }
    for (const file of files) {
      try {
        const parsed = parseDockerfile(file.path, file.text)
        out.resources.push(...parsed.resources)
        out.errors.push(...parsed.errors)
      } catch (error) {
        // A bug here must not stop the scan: the file is reported and the others still parse.
        out.errors.push({ file: file.path, message: `could not read the Dockerfile: ${String(error)}` })
      }
    }
    return out
  }
}
