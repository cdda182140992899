import type { FormatParser } from '../format.js'
import { claimsAppConfigContent } from './claims-content.js'
import { parseAppConfig } from './parse-appconfig.js'
import { claimsAppConfigPath } from './paths.js'

export { claimsAppConfigPath, fileKindOf, profileOf } from './paths.js'
export { parseAppConfig } from './parse-appconfig.js'

/**
 * Application settings (dotenv, `.properties`, YAML and JSON settings files):
 * one `setting` resource per setting, each file on its own. It claims
 * generic YAML and JSON only by content, and comes last among the parsers.
 */
export const appConfigParser: FormatParser = {
  format: 'appconfig',
  claimsPath: claimsAppConfigPath,
  claimsContent: claimsAppConfigContent,
  unitOf: path => path,
  parse: (_unit, files) => {
    const out: ReturnType<typeof parseAppConfig> = { resources: [], errors: [] }
    for (const file of files) {
      try {
        const parsed = parseAppConfig(file.path, file.text)
        out.resources.push(...parsed.resources)
        out.errors.push(...parsed.errors)
      } catch (error) {
        // A bug here must not stop the scan: the file is reported and the others still parse.
        out.errors.push({ file: file.path, message: `could not read the settings: ${String(error)}` })
      }
    }
    return out
  }
}
