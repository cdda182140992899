import type { Report } from '../src/model.js'
import { renderJson, renderMarkdown, renderSarif } from '../src/render/index.js'
import { now } from './timing.js'

export interface RenderTimes {
  json: number
  markdown: number
  sarif: number
}

/**
 * The outputs every run writes whatever the event: the JSON report, the markdown summary and SARIF (as
 * the text written to the file). The sizes are returned so that no renderer's work can be optimised away.
 */
export function renderAll(report: Report): { ms: RenderTimes; bytes: number } {
  let start = now()
  const json = renderJson(report)
  const jsonMs = now() - start
  start = now()
  const markdown = renderMarkdown(report)
  const markdownMs = now() - start
  start = now()
  const sarif = JSON.stringify(renderSarif(report))
  const sarifMs = now() - start
  return {
    ms: { json: jsonMs, markdown: markdownMs, sarif: sarifMs },
    bytes: json.length + markdown.length + sarif.length
  }
}
