/**
 * The JSON (exec) form of RUN, CMD, ENTRYPOINT, SHELL, VOLUME, COPY and ADD:
 * a JSON array of strings. Anything else is the shell form, as the builder
 * falls back to it for text that is not such an array.
 */
export function execForm(text: string): string[] | undefined {
  const trimmed = text.trim()
  if (!trimmed.startsWith('[')) return undefined
  try {
    const parsed: unknown = JSON.parse(trimmed)
    if (Array.isArray(parsed) && parsed.every(item => typeof item === 'string')) return parsed as string[]
  } catch {
    return undefined
  }
  return undefined
}
