// Which listed types no service of rules/services.yml claims.
import { load } from 'js-yaml'

/**
 * Per format, the types of the lists that neither a per-type entry nor a
 * service prefix claims. Mirrors the classification's lookup (listed type,
 * else the longest prefix) so that a provider release's new services show up
 * here, before the catalogue test reports them.
 */
export function unmappedTypes(servicesText, lists) {
  const services = Object.values(load(servicesText).services)
  const result = {}
  for (const [format, types] of Object.entries(lists)) {
    const listed = new Set(services.flatMap(s => Object.keys(s.types?.[format] ?? {})))
    const prefixes = services.flatMap(s => s.prefixes?.[format] ?? [])
    result[format] = types.filter(type => !listed.has(type) && !prefixes.some(p => type.startsWith(p)))
  }
  return result
}
