export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024

const KIB = 1024
const MIB = 1024 * 1024

/** 512 → `512 bytes`, 1536 → `1.5 KB`, 6 MiB → `6.0 MB` (binary multiples, as file managers show them). */
export function formatBytes(bytes: number): string {
  if (bytes < KIB) return `${bytes} bytes`
  if (bytes < MIB) return `${(bytes / KIB).toFixed(1)} KB`
  return `${(bytes / MIB).toFixed(1)} MB`
}

/** Why a file of `size` bytes is not read, or undefined when it is within `maxBytes`. */
export function oversizeReason(size: number, maxBytes: number): string | undefined {
  if (size <= maxBytes) return undefined
  const [found, limit] = [formatBytes(size), formatBytes(maxBytes)]
  if (found === limit || maxBytes < KIB)
    return `${size} bytes is larger than the ${maxBytes}-byte limit per file`
  return `${found} is larger than the ${limit} limit per file`
}
