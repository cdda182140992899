import { mergeSettings } from '../config/index.js'
import { mergeReports } from '../merge/index.js'
import type { Report } from '../model.js'
import { loadCliConfig } from './load-config.js'
import type { MergeOptions } from './parse-options.js'
import { readReportFiles } from './read-report-files.js'

/**
 * `demarc merge`: the shards' reports read and checked, merged, and the
 * gate decided with `--fail-on`/`--fail-on-owner`, else the configuration
 * file's gate (`--config`, or ./.github/demarc.yml when it is there), else
 * the defaults — as `demarc scan` decides it.
 */
export async function runMerge(options: MergeOptions, cwd: string): Promise<Report> {
  const loaded = await loadCliConfig(cwd, options.config, cwd)
  const { gate } = mergeSettings({ failOn: options.failOn, owners: options.owners }, loaded.config)
  return mergeReports(readReportFiles(options.reports, cwd), gate)
}
