import { describe, expect, test } from '@jest/globals'
import { globToRegExp, pathFilter } from '../src/path-glob.js'

const matches = (glob: string, path: string) => globToRegExp(glob).test(path)

describe('globToRegExp', () => {
  test('* and ? stay within one segment', () => {
    expect(matches('infra/*.tf', 'infra/main.tf')).toBe(true)
    expect(matches('infra/*.tf', 'infra/net/main.tf')).toBe(false)
    expect(matches('infra/?.tf', 'infra/a.tf')).toBe(true)
    expect(matches('infra/?.tf', 'infra/ab.tf')).toBe(false)
    expect(matches('*.tf', 'main.tf')).toBe(true)
    expect(matches('*.tf', 'infra/main.tf')).toBe(false)
  })

  test('** spans zero or more segments', () => {
    expect(matches('**/*.tf', 'main.tf')).toBe(true)
    expect(matches('**/*.tf', 'a/b/c/main.tf')).toBe(true)
    expect(matches('infra/**/main.tf', 'infra/main.tf')).toBe(true)
    expect(matches('infra/**/main.tf', 'infra/a/b/main.tf')).toBe(true)
    expect(matches('infra/**', 'infra/a/b.tf')).toBe(true)
    expect(matches('infra/**', 'infrastructure/a.tf')).toBe(false)
    expect(matches('a**b', 'a/x/b')).toBe(false)
  })

  test('a folder matches everything below it, with or without a trailing slash', () => {
    expect(matches('modules/legacy', 'modules/legacy/main.tf')).toBe(true)
    expect(matches('modules/legacy/', 'modules/legacy/x/main.tf')).toBe(true)
    expect(matches('modules/legacy', 'modules/legacy-2/main.tf')).toBe(false)
    expect(matches('./infra', 'infra/main.tf')).toBe(true)
  })

  test('classes and alternatives', () => {
    expect(matches('env/[ps]*/**', 'env/prod/main.tf')).toBe(true)
    expect(matches('env/[!ps]*/**', 'env/prod/main.tf')).toBe(false)
    expect(matches('env/[!ps]*/**', 'env/dev/main.tf')).toBe(true)
    expect(matches('**/*.{tf,tfvars}', 'a/b.tfvars')).toBe(true)
    expect(matches('**/*.{tf,tfvars}', 'a/b.json')).toBe(false)
  })

  test('regular-expression characters in a glob are literal', () => {
    expect(matches('a+b/(x).tf', 'a+b/(x).tf')).toBe(true)
    expect(matches('a.b', 'axb')).toBe(false)
    expect(matches('$^|\\', '$^|\\')).toBe(true)
  })

  test('a malformed glob is an error that quotes it', () => {
    expect(() => globToRegExp('a/[bc')).toThrow("glob 'a/[bc': '[' at 3 is never closed")
    expect(() => globToRegExp('{a,b')).toThrow("glob '{a,b': '{' is never closed")
    expect(() => globToRegExp('/')).toThrow("empty glob pattern '/'")
  })
})

describe('pathFilter', () => {
  test('no globs: everything', () => {
    expect(pathFilter()('any/thing.tf')).toBe(true)
  })

  test('paths include, exclude wins', () => {
    const wanted = pathFilter(['infra/**', 'modules/**'], ['**/test/**', 'modules/legacy'])
    expect(
      ['infra/a.tf', 'modules/x/b.tf', 'infra/test/c.tf', 'modules/legacy/d.tf', 'app/e.tf'].filter(wanted)
    ).toEqual(['infra/a.tf', 'modules/x/b.tf'])
  })
})
