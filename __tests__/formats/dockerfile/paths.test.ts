import { describe, expect, test } from '@jest/globals'
import { dockerfileParser } from '../../../src/formats/dockerfile/index.js'
import { parserFor } from '../../../src/formats/index.js'

describe('claimsPath', () => {
  test.each([
    ['Dockerfile', 'yes'],
    ['services/api/Dockerfile', 'yes'],
    ['Dockerfile.dev', 'yes'],
    ['docker/Dockerfile.prod.arm64', 'yes'],
    ['api.Dockerfile', 'yes'],
    ['build/web.dockerfile', 'yes'],
    ['dockerfile', 'yes'],
    ['Containerfile', 'yes'],
    ['Containerfile.ci', 'yes'],
    ['positive1.Dockerfile', 'yes'],
    ['Dockerfile/readme.md', 'no'],
    ['docker-compose.yml', 'no'],
    ['.dockerignore', 'no'],
    ['Dockerfiles.md', 'no'],
    ['MyDockerfile', 'no'],
    ['.Dockerfile', 'no']
  ])('%s → %s', (path, claim) => {
    expect(dockerfileParser.claimsPath(path)).toBe(claim)
  })

  test('each Dockerfile is its own unit', () => {
    expect(dockerfileParser.unitOf('svc/Dockerfile')).toBe('svc/Dockerfile')
    expect(dockerfileParser.format).toBe('dockerfile')
  })
})

describe('parserFor', () => {
  const formatOf = async (path: string, text = 'FROM alpine:3.22\n'): Promise<string | undefined> =>
    (await parserFor(path, async () => text))?.format

  test('Dockerfile variants go to the Dockerfile parser, by name alone', async () => {
    expect(await formatOf('Dockerfile.dev')).toBe('dockerfile')
    expect(await formatOf('deploy/api.Dockerfile')).toBe('dockerfile')
    expect(await formatOf('Containerfile')).toBe('dockerfile')
  })

  test('a Dockerfile named like a dotenv file is still a Dockerfile', async () => {
    expect(await formatOf('Dockerfile.env')).toBe('dockerfile')
  })

  test('a file that merely contains FROM is not a Dockerfile', async () => {
    expect(await formatOf('notes.txt')).toBeUndefined()
  })
})
