// Page slicing and the `Link` header, formatted as GitHub formats it: URLs under /repositories/{id},
// the request's own query with `page` set, relations in the order prev, next, last, first.

export const DEFAULT_PER_PAGE = 30
export const MAX_PER_PAGE = 100

export interface PageRequest {
  /** Absolute URL prefix for links, e.g. `http://127.0.0.1:1234/repositories/42/pulls/1/files`. */
  linkBase: string
  query: Record<string, string>
}

export interface Endless {
  fill: 'repeat' | 'empty'
  maxPages: number
}

export interface Page<T> {
  items: T[]
  link?: string
  page: number
  /** Set when endless pagination reached its hard cap on this page. */
  capped?: boolean
}

export function pageSize(query: Record<string, string>): number {
  const requested = Number(query.per_page ?? DEFAULT_PER_PAGE)
  if (!Number.isInteger(requested) || requested < 1) return DEFAULT_PER_PAGE
  return Math.min(requested, MAX_PER_PAGE)
}

export function pageNumber(query: Record<string, string>): number {
  const requested = Number(query.page ?? 1)
  return Number.isInteger(requested) && requested >= 1 ? requested : 1
}

export function paginate<T>(all: readonly T[], request: PageRequest, endless?: Endless): Page<T> {
  const perPage = pageSize(request.query)
  const page = pageNumber(request.query)
  const last = Math.max(1, Math.ceil(all.length / perPage))
  let items = all.slice((page - 1) * perPage, page * perPage)
  if (!endless) {
    const link = all.length > perPage ? linkHeader(request, page, { next: page < last, last }) : undefined
    return { items, page, ...(link ? { link } : {}) }
  }
  if (page > last && endless.fill === 'repeat') items = all.slice((last - 1) * perPage, last * perPage)
  const capped = page >= endless.maxPages
  return { items, page, link: linkHeader(request, page, { next: !capped }), capped }
}

function linkHeader(request: PageRequest, page: number, options: { next: boolean; last?: number }): string {
  const parts: string[] = []
  const url = (n: number) => `<${pageUrl(request, n)}>`
  if (page > 1) parts.push(`${url(page - 1)}; rel="prev"`)
  if (options.next) parts.push(`${url(page + 1)}; rel="next"`)
  if (options.last !== undefined && page < options.last) parts.push(`${url(options.last)}; rel="last"`)
  if (page > 1) parts.push(`${url(1)}; rel="first"`)
  return parts.join(', ')
}

function pageUrl(request: PageRequest, page: number): string {
  const params = new URLSearchParams(request.query)
  params.set('page', String(page))
  return `${request.linkBase}?${params.toString()}`
}
