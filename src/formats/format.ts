import type { Format, Resource, ScanError, SkippedFile } from '../model.js'

/** One file's text as read from a snapshot (a commit or the working tree). */
export interface SourceFile {
  path: string
  text: string
}

export interface ParseOutput {
  resources: Resource[]
  errors: ScanError[]
  /** Files of the unit deliberately not analysed, with the reason (a Helm template, a remote module). */
  skipped?: SkippedFile[]
}

/**
 * The one interface every format implements. A file belongs to a *unit* that
 * is parsed as a whole: a Terraform module directory (its `.tf` files and
 * `tfvars`), or the file itself for single-file formats.
 */
export interface FormatParser {
  readonly format: Format
  /** By path alone: `yes` it is ours, `no` it is not, `maybe` decide by content. */
  claimsPath(path: string): 'yes' | 'maybe' | 'no'
  /** For `maybe` paths: decide by the file's content, never by one line alone. */
  claimsContent?(path: string, text: string): boolean
  /** The unit a file is parsed with; files sharing a unit key are parsed together. */
  unitOf(path: string): string
  parse(unit: string, files: SourceFile[]): ParseOutput
}
