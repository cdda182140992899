import { describe, expect, test } from '@jest/globals'
import { parse, plain } from './helpers.js'

describe('malformed Dockerfiles', () => {
  test('an unknown instruction is an error with its line; the rest of the file still parses', () => {
    const out = parse('FROM alpine:3.22\nRUNN echo typo\nUSER app\n')
    expect(out.errors).toEqual([
      {
        file: 'Dockerfile',
        line: 2,
        message:
          "unknown instruction 'RUNN' (expected one of ADD, ARG, CMD, COPY, ENTRYPOINT, ENV, EXPOSE, FROM, HEALTHCHECK, LABEL, MAINTAINER, ONBUILD, RUN, SHELL, STOPSIGNAL, USER, VOLUME, WORKDIR)"
      }
    ])
    expect(plain(out.resources[0]!.body, 'user')).toBe('app')
  })

  test('an unknown word that could be a secret is not repeated in the error', () => {
    const out = parse('FROM alpine:3.22\nghp_0123456789abcdef\n')
    expect(out.errors[0]?.message).toMatch(/^unknown instruction \(expected one of /)
    expect(JSON.stringify(out.errors)).not.toContain('ghp_')
  })

  test('a file without FROM has no stages and says so', () => {
    expect(parse('# just a comment\n\n').errors).toEqual([
      {
        file: 'Dockerfile',
        line: 1,
        message: 'no FROM instruction: a Dockerfile builds from at least one FROM'
      }
    ])
    const out = parse('RUN echo hi\n')
    expect(out.resources).toEqual([])
    expect(out.errors).toEqual([
      {
        file: 'Dockerfile',
        line: 1,
        message: 'expected FROM before RUN (only ARG may come before the first FROM)'
      },
      { file: 'Dockerfile', line: 1, message: 'no FROM instruction was read, so the file has no stages' }
    ])
  })

  test('an unterminated heredoc is an error at its instruction; what came before still comes through', () => {
    const out = parse('FROM alpine:3.22 AS base\nUSER app\nFROM base\nRUN <<EOF\necho never closed\n')
    expect(out.errors).toEqual([
      {
        file: 'Dockerfile',
        line: 4,
        message: "the heredoc <<EOF is never closed: expected a line 'EOF' before the end of the file"
      }
    ])
    expect(out.resources.map(r => r.address)).toEqual(['stage.base', 'stage.1'])
    expect(plain(out.resources[1]!.body, 'instructions.0.heredocs.0.body')).toBe('echo never closed')
  })

  test('instructions missing their arguments', () => {
    const out = parse(
      'FROM\nFROM alpine:3.22 AS\nUSER\nCOPY onlyone\nENV\nENV NAME\nHEALTHCHECK --interval=1s\n'
    )
    expect(out.errors.map(e => [e.line, e.message])).toEqual([
      [1, 'FROM needs an image (expected FROM [--platform=…] image [AS name])'],
      [2, 'expected FROM [--platform=…] image [AS name], found 1 more word(s) after the image'],
      [3, 'USER needs a value'],
      [4, 'COPY needs at least one source and a destination'],
      [5, 'ENV needs at least one NAME=value pair'],
      [6, 'ENV NAME needs a value (expected ENV NAME=value)'],
      [7, 'expected HEALTHCHECK NONE or HEALTHCHECK [options] CMD command']
    ])
    expect(out.resources.map(r => r.address)).toEqual(['stage.0'])
  })

  test('a stage name used twice, or an invalid one, falls back to the index', () => {
    const out = parse('FROM alpine:3.22 AS app\nFROM alpine:3.22 AS app\nFROM alpine:3.22 AS 9lives\n')
    expect(out.resources.map(r => r.address)).toEqual(['stage.app', 'stage.1', 'stage.2'])
    expect(out.errors.map(e => e.line)).toEqual([2, 3])
  })

  test('binary content is an error, not a crash', () => {
    expect(parse('FROM alpine\u0000\n')).toEqual({
      resources: [],
      errors: [
        {
          file: 'Dockerfile',
          line: 1,
          message: 'expected UTF-8 text, found a NUL byte (is this a binary file?)'
        }
      ]
    })
  })

  test('ENV pairs mixed with a bare word', () => {
    const out = parse('FROM alpine:3.22\nENV A=1 B\n')
    expect(out.errors).toEqual([
      {
        file: 'Dockerfile',
        line: 2,
        message: "expected NAME=value pairs after ENV, found a word without '='"
      }
    ])
    expect(plain(out.resources[0]!.body, 'env')).toEqual({ A: '1' })
  })
})
