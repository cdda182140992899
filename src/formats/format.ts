import type { Format, Resource, ScanError, SkippedFile } from '../model.js'

/** One file's text as read from a snapshot (a commit or the working tree). */
export interface SourceFile {
  path: string
  text: string
}

/**
 * A resource renamed by the unit's own declaration (a Terraform `moved`
 * block): a base resource whose key is `from`, or starts with `from.` or
 * `from[` (everything under a moved module), is the head resource under
 * `to` in its place, so the two are compared instead of one being removed
 * and the other added.
 */
export interface Move {
  from: string
  to: string
  /** Where the declaration is. */
  file: string
  line: number
}

export interface ParseOutput {
  resources: Resource[]
  errors: ScanError[]
  /** Files of the unit deliberately not analysed, with the reason (a Helm template, a remote module). */
  skipped?: SkippedFile[]
  /** Renames the unit declares, as keys; the differ applies the head's to the base's resources. */
  moved?: Move[]
}

/**
 * Another unit a unit pulls in (see {@link FormatParser.dependencies}): its
 * files as read from the same snapshot, or why they are not given (every
 * file left out by the `paths`/`exclude` globs, too many units).
 */
export type LinkedUnit = { files: SourceFile[] } | { reason: string }

/** The units a unit pulls in, by unit; a unit the snapshot does not hold is absent. */
export type LinkedUnits = ReadonlyMap<string, LinkedUnit>

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
  /**
   * For formats whose units pull in other units (Terraform's local modules):
   * the units the given files refer to, each file's references resolved
   * from its own unit. Only the files' syntax is looked at. The pipeline
   * reads those units from the same snapshot, asks again about their files
   * until nothing new comes up, and hands them all to `parse` as `linked`;
   * it also re-scans the units that call a changed one.
   */
  dependencies?(files: SourceFile[]): string[]
  /**
   * The resources of one unit. `linked` holds the units it pulls in (see
   * `dependencies`); without it, references to other units are not followed.
   */
  parse(unit: string, files: SourceFile[], linked?: LinkedUnits): ParseOutput
}
