import type { SourcedReport } from '../merge/index.js'
import { MAX_REPORT_BYTES, parseReport } from '../report/read-report.js'
import { readArtifactFile } from './read-artifact-file.js'

/**
 * The shards' reports `merge-reports` found: each a regular file inside the
 * workspace (no symbolic link) of at most 50 MB, checked against the
 * report's schema, since an artifact is trusted no further than that. The
 * first that fails throws, naming the file and the field.
 */
export function readShardReports(files: readonly string[], workspace: string): SourcedReport[] {
  return files.map(file => ({
    source: file,
    report: parseReport(readArtifactFile('merge-reports', file, workspace, MAX_REPORT_BYTES), file)
  }))
}
