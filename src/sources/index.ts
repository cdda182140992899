export { BINARY_REASON, decodeText } from './decode-text.js'
export { fsSnapshot } from './fs-snapshot.js'
export { gitSnapshot, type GitSnapshotOptions } from './git-snapshot.js'
export { GitBlobReader, type BlobReader, type BlobReaderOptions } from './git-blob-reader.js'
export { DEFAULT_MAX_FILE_BYTES, formatBytes, oversizeReason } from './size-limit.js'
export {
  SPECIAL_FILE_REASON,
  SUBMODULE_REASON,
  SYMLINK_REASON,
  type ReadResult,
  type Snapshot,
  type SnapshotOptions
} from './snapshot.js'
