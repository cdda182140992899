/**
 * Bounds on what one template may cost. A template is small (CloudFormation
 * accepts at most 1 MB), but YAML aliases and nested intrinsics can make a
 * small text expand exponentially; these keep every file's work linear.
 */

/** Deepest nesting of maps and lists, for YAML and JSON alike. */
export const MAX_DEPTH = 100

/** Aliases (`*name`) per YAML document. */
export const MAX_ALIASES = 10_000

/** YAML nodes per document, every alias counted as the whole node it repeats. */
export const MAX_NODES = 1_000_000

/** Longest string an intrinsic (`Fn::Join`, `Fn::Sub`, …) may build; longer is unknown. */
export const MAX_STRING = 100_000

/**
 * Evaluation steps per file: a base plus a share per character of text.
 * A step is one node visited, one node copied or one character built.
 */
export function fuelFor(text: string): number {
  return 1_000_000 + 16 * text.length
}
