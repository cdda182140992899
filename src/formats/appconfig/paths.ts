import { baseName } from '../text/path-name.js'

/** How a settings file is written. */
export type FileKind = 'dotenv' | 'properties' | 'yaml' | 'json'

const DOTENV = /^\.env(?:\..+)?$|^.+\.env$/
const PROPERTIES = /^.+\.properties$/
const APPSETTINGS = /^appsettings(?:\.[^.]+)*\.json$/
const YAML_OR_JSON = /\.(?:ya?ml|json)$/

/** YAML/JSON names that suggest settings; still decided by content (see claims-content.ts). */
const SETTINGS_NAMES = [
  /^(?:application|bootstrap)(?:[-.].+)?\.ya?ml$/,
  /^(?:config|configuration|settings|secrets|credentials|parameters)(?:[-._].+)?\.(?:ya?ml|json)$/,
  /^.+[-.](?:config|settings|secrets|credentials)\.(?:ya?ml|json)$/,
  /^values(?:[-.].+)?\.ya?ml$/
]

/** Directories whose YAML/JSON files are settings unless their content says otherwise. */
const SETTINGS_DIRS = new Set(['config', 'configs', 'conf', 'configuration', 'settings'])

/** Names that have their own meaning (and often their own parser): never settings. */
const NOT_SETTINGS = [
  /^(?:package|package-lock|npm-shrinkwrap|composer|bower|lerna|nx|turbo|renovate|vercel|netlify|firebase|cdk|angular|deno|app)\.json$/,
  /^(?:ts|js)config(?:\..+)?\.json$/,
  /^\.[^.]+rc(?:\..+)?$/,
  /\.lock$|^pnpm-lock\.ya?ml$|^yarn\.lock$/,
  /^(?:docker-)?compose(?:[-.].+)?\.ya?ml$|^.+\.compose\.ya?ml$/,
  /^serverless(?:[-.].+)?\.ya?ml$|^.+\.serverless\.ya?ml$/,
  /^(?:template|.+\.template)\.(?:ya?ml|json)$|^.+\.k8s\.ya?ml$/,
  /^(?:chart|kustomization|\.gitlab-ci|\.travis|azure-pipelines|buildspec|appspec|cloudbuild|mkdocs|\.pre-commit-config|codecov|dependabot|action|pubspec|environment)\.ya?ml$/
]

/** Directories whose files are never application settings (CI, editors, dependencies, chart templates). */
const NOT_SETTINGS_DIRS = new Set([
  '.github',
  '.gitlab',
  '.circleci',
  '.vscode',
  '.idea',
  '.devcontainer',
  'node_modules',
  'templates'
])

/**
 * `yes` for dotenv files (`.env`, `.env.<profile>`, `<name>.env`),
 * `.properties` files and `appsettings*.json`; `maybe` for YAML and JSON
 * files whose name or directory suggests settings (see
 * docs/formats/appconfig.md), which are then decided by content; `no` for
 * everything else, and always for names that mean something else
 * (`package.json`, `tsconfig.json`, lock files, compose files, CI files,
 * templates) and for files under CI, editor, dependency and template directories.
 */
export function claimsAppConfigPath(path: string): 'yes' | 'maybe' | 'no' {
  const normal = path.replace(/\\/g, '/')
  const base = baseName(normal).toLowerCase()
  const dirs = normal.toLowerCase().split('/').slice(0, -1)
  if (dirs.some(dir => NOT_SETTINGS_DIRS.has(dir))) return 'no'
  if (NOT_SETTINGS.some(pattern => pattern.test(base))) return 'no'
  if (DOTENV.test(base) || PROPERTIES.test(base) || APPSETTINGS.test(base)) return 'yes'
  if (!YAML_OR_JSON.test(base)) return 'no'
  if (namedLikeSettings(base)) return 'maybe'
  return dirs.some(dir => SETTINGS_DIRS.has(dir)) ? 'maybe' : 'no'
}

/** The file's name itself says settings (`settings.json`, `application-prod.yml`), not just its folder. */
export function namedLikeSettings(path: string): boolean {
  const base = baseName(path.replace(/\\/g, '/')).toLowerCase()
  return SETTINGS_NAMES.some(pattern => pattern.test(base))
}

/** How a file claimed as settings is written, by its name. */
export function fileKindOf(path: string): FileKind | undefined {
  const base = baseName(path.replace(/\\/g, '/')).toLowerCase()
  if (DOTENV.test(base)) return 'dotenv'
  if (PROPERTIES.test(base)) return 'properties'
  if (/\.ya?ml$/.test(base)) return 'yaml'
  if (base.endsWith('.json')) return 'json'
  return undefined
}

/**
 * The environment a file's name says it is for, as written: `production`
 * for `.env.production`, `prod` for `prod.env`, `application-prod.yml` and
 * `values-prod.yaml`, `Development` for `appsettings.Development.json`,
 * `local` for `local.settings.json`, and the file's stem for a file in a
 * settings directory (`config/staging.json`). Undefined when it says none.
 */
export function profileOf(path: string): string | undefined {
  const normal = path.replace(/\\/g, '/')
  const base = baseName(normal)
  const lower = base.toLowerCase()
  const found =
    /^\.env\.(.+)$/.exec(lower) !== null
      ? base.slice('.env.'.length)
      : (/^(.+)\.env$/.exec(base)?.[1] ??
        /^(?:application|bootstrap|values|config|configuration|settings|secrets|parameters|appsettings)[-.](.+)\.(?:ya?ml|json|properties)$/i.exec(
          base
        )?.[1] ??
        /^(.+)[-.](?:config|settings|secrets|credentials)\.(?:ya?ml|json)$/i.exec(base)?.[1] ??
        inSettingsDir(normal, base))
  return found === undefined || found === '' ? undefined : found
}

function inSettingsDir(normal: string, base: string): string | undefined {
  const dirs = normal.toLowerCase().split('/').slice(0, -1)
  if (!dirs.some(dir => SETTINGS_DIRS.has(dir))) return undefined
  const stem = /^(.+)\.(?:ya?ml|json)$/i.exec(base)?.[1]
  return stem !== undefined && !/^(?:application|bootstrap|values|config|settings|appsettings)$/i.test(stem)
    ? stem
    : undefined
}
