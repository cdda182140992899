/** The last segment of a POSIX path. */
export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1)
}

/** The extension of a path's last segment, lower-cased, with its dot (`.yaml`); '' without one. */
export function extensionOf(path: string): string {
  const base = baseName(path)
  const dot = base.lastIndexOf('.')
  return dot <= 0 ? '' : base.slice(dot).toLowerCase()
}
