import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

// Which source file a line of an ncc bundle comes from. The bundles are not minified: each ES module
// concatenated into them starts at a `// CONCATENATED MODULE: ./src/…` comment, and each CommonJS module
// (ajv, the Octokit packages) at a `/***/ 1234:` header, named here by the source map comment it carries.

interface Marker {
  line: number
  module: string
}

const CONCATENATED = /^;?\/\/ CONCATENATED MODULE: (.+)$/
const COMMONJS = /^\/\*\*\*\/ (\d+):$/
const SOURCE_MAP = /\/\/# sourceMappingURL=(\S+)\.map/

function markersOf(text: string): Marker[] {
  const markers: Marker[] = []
  const lines = text.split('\n')
  let commonJs: Marker | undefined
  lines.forEach((line, index) => {
    const concatenated = CONCATENATED.exec(line)
    if (concatenated !== null) {
      commonJs = undefined
      markers.push({ line: index, module: (concatenated[1] as string).replace(/^\.\//, '') })
      return
    }
    const header = COMMONJS.exec(line)
    if (header !== null) {
      commonJs = { line: index, module: `bundled CommonJS module ${header[1]}` }
      markers.push(commonJs)
      return
    }
    const map = commonJs === undefined ? null : SOURCE_MAP.exec(line)
    if (map !== null && commonJs !== undefined && commonJs.module.startsWith('bundled'))
      commonJs.module = `bundled CommonJS: ${map[1]}`
  })
  return markers
}

/** A function from a 0-based line of the bundle at `url` to the module it belongs to. */
export function bundleModules(url: string): (line: number) => string {
  let markers: Marker[]
  try {
    markers = markersOf(readFileSync(fileURLToPath(url), 'utf8'))
  } catch {
    markers = []
  }
  return line => {
    let lo = 0
    let hi = markers.length - 1
    let found: Marker | undefined
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      const marker = markers[mid] as Marker
      if (marker.line <= line) {
        found = marker
        lo = mid + 1
      } else hi = mid - 1
    }
    return found?.module ?? 'bundle runtime'
  }
}
