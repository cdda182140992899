/** The row every AWS type Demarc does not know falls under. */
export const UNKNOWN_TYPE_ROW = 'service-configuration'

/** The row a change to tags alone touches. */
export const TAGS_ROW = 'compliance'

/** Rows the code itself names, so the matrix must define them. */
export const REQUIRED_ROWS: readonly string[] = [UNKNOWN_TYPE_ROW, TAGS_ROW]
