// Generated files are written as prettier would write them, so that formatting never undoes a run.
import { format, resolveConfig } from 'prettier'

export async function formatText(file, text) {
  const options = (await resolveConfig(file)) ?? {}
  return format(text, { ...options, filepath: file })
}
