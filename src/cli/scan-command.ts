import { mergeSettings } from '../config/index.js'
import { readPlanFile, type TerraformPlan } from '../formats/terraform-plan/index.js'
import type { Report } from '../model.js'
import { scanCheckout } from '../scan-checkout.js'
import { loadCliConfig } from './load-config.js'
import type { ScanOptions } from './parse-options.js'
import { UsageError } from './usage-error.js'

/** `demarc scan`: the configuration, then the scan of a range of commits or of files on disk. */
export async function runScan(options: ScanOptions, cwd: string, today: Date): Promise<Report> {
  const loaded = await loadCliConfig(options.root, options.config, cwd)
  const { failOn, owners, include, exclude } = options
  const settings = mergeSettings({ failOn, owners, include, exclude }, loaded.config)
  const { root, base, head, paths } = options
  const plan = readPlan(options, cwd)
  const ignores =
    loaded.config === undefined ? undefined : { file: loaded.config.file, entries: loaded.config.ignores }
  const request = { root, base, head, paths, ...settings, plan, ignores, today }
  return scanCheckout(request, { rules: loaded.rules, matrix: loaded.matrix })
}

/** The `--plan` file, read and checked before anything is scanned: a bad plan is a usage error. */
function readPlan(options: ScanOptions, cwd: string): TerraformPlan | undefined {
  if (options.plan === undefined) return undefined
  try {
    return readPlanFile(options.plan, cwd, options.root)
  } catch (error) {
    throw new UsageError(`--plan ${(error as Error).message}`)
  }
}
