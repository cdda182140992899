// The matrix as a scan uses it. The validating loader (load-matrix.ts, check-matrix-documents.ts) brings
// the YAML reader and the schema validator, so it is imported directly rather than from here.
export { buildMatrix } from './build-matrix.js'
export type { MatrixDocuments } from './documents.js'
export { MatrixLoadError } from './matrix-error.js'
export { classifyChange, topLevelName } from './classify-change.js'
export { findType, serviceByPrefix } from './find-type.js'
export { isAwsType } from './aws-type.js'
export { customerPart, matrixRow, ownerOf, rowLabel, rowRefs, rowTitle } from './rows.js'
export { detectShifts, orderShifts, shiftsByPattern } from './detect-shifts.js'
export { DEPRECATED_LAMBDA_RUNTIMES, SHIFT_PATTERNS } from './shift-patterns.js'
export type {
  AttributeShiftPattern,
  AttributeTypeRule,
  PortEvidence,
  ReplacementShiftPattern,
  ShiftPattern,
  Side,
  TextEvidence,
  ValueTest
} from './shift-patterns.js'
export { SERVICE_CATEGORIES, typeKey } from './types.js'
export type {
  CategoryInfo,
  ChangeToClassify,
  Classification,
  ClassificationBasis,
  Domain,
  Matrix,
  MatrixInput,
  MatrixRow,
  RulesText,
  ServiceCategory,
  ServiceInfo,
  TypeInfo
} from './types.js'
