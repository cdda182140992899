// The committed type lists, rules/catalogue/<format>-types.json.

/**
 * One list as JSON: where it comes from (package and version), how many types
 * and the sorted types. No date, so that a run over the same packages writes
 * the same bytes.
 */
export function typeListText(format, list) {
  const doc = {
    format,
    generatedBy: 'npm run catalogue (scripts/generate-catalogue.mjs)',
    source: list.source,
    count: list.types.length,
    types: list.types
  }
  return `${JSON.stringify(doc, null, 2)}\n`
}
