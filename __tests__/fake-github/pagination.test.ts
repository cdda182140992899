import { describe, expect, test } from '@jest/globals'
import { paginate } from './pagination.js'

const BASE = 'http://127.0.0.1:9/repositories/7/pulls/1/files'
const items = Array.from({ length: 250 }, (_, i) => i)

describe('paginate', () => {
  test('first page: next and last, keeping the request query', () => {
    const page = paginate(items, { linkBase: BASE, query: { per_page: '100' } })
    expect(page.items).toEqual(items.slice(0, 100))
    expect(page.link).toBe(
      `<${BASE}?per_page=100&page=2>; rel="next", <${BASE}?per_page=100&page=3>; rel="last"`
    )
  })

  test('middle page: prev, next, last, first — in that order', () => {
    const page = paginate(items, { linkBase: BASE, query: { per_page: '100', page: '2' } })
    expect(page.items).toEqual(items.slice(100, 200))
    expect(page.link).toBe(
      [
        `<${BASE}?per_page=100&page=1>; rel="prev"`,
        `<${BASE}?per_page=100&page=3>; rel="next"`,
        `<${BASE}?per_page=100&page=3>; rel="last"`,
        `<${BASE}?per_page=100&page=1>; rel="first"`
      ].join(', ')
    )
  })

  test('last page: prev and first only', () => {
    const page = paginate(items, { linkBase: BASE, query: { page: '3', per_page: '100' } })
    expect(page.items).toEqual(items.slice(200))
    expect(page.link).toBe(
      `<${BASE}?page=2&per_page=100>; rel="prev", <${BASE}?page=1&per_page=100>; rel="first"`
    )
  })

  test('30 per page by default, at most 100; no Link when one page holds everything', () => {
    expect(paginate(items, { linkBase: BASE, query: {} }).items).toHaveLength(30)
    expect(paginate(items, { linkBase: BASE, query: { per_page: '500' } }).items).toHaveLength(100)
    expect(paginate(items.slice(0, 30), { linkBase: BASE, query: {} }).link).toBeUndefined()
    expect(paginate([], { linkBase: BASE, query: {} })).toEqual({ items: [], page: 1 })
  })

  test('endless: next on every page until the hard cap, repeating the last real page', () => {
    const endless = { fill: 'repeat' as const, maxPages: 5 }
    const far = paginate(items, { linkBase: BASE, query: { per_page: '100', page: '4' } }, endless)
    expect(far.items).toEqual(items.slice(200))
    expect(far.link).toContain('page=5>; rel="next"')
    expect(far.link).not.toContain('rel="last"')
    const capped = paginate(items, { linkBase: BASE, query: { per_page: '100', page: '5' } }, endless)
    expect(capped.capped).toBe(true)
    expect(capped.link).not.toContain('rel="next"')
    const empty = paginate(
      items,
      { linkBase: BASE, query: { per_page: '100', page: '4' } },
      { ...endless, fill: 'empty' }
    )
    expect(empty.items).toEqual([])
  })
})
