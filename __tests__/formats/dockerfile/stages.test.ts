import { describe, expect, test } from '@jest/globals'
import { at, plain, resource, span, stages } from './helpers.js'

describe('multi-stage builds', () => {
  const text = [
    'ARG NODE_VERSION=22', // 1
    'ARG REGISTRY', // 2
    'FROM node:${NODE_VERSION}-alpine AS Build', // 3
    'USER node', // 4
    'RUN npm ci', // 5
    '', // 6
    'FROM build AS test', // 7
    'RUN npm test', // 8
    '', // 9
    'FROM ${REGISTRY}/base:1.0', // 10
    'FROM gcr.io/distroless/nodejs22-debian12', // 11
    'COPY --from=build /app /app' // 12
  ].join('\n')
  const resources = stages(text)

  test('one stage per FROM, named or numbered, and the global ARGs apart', () => {
    expect(resources.map(r => [r.type, r.address, r.key])).toEqual([
      ['global-args', 'global-args', 'Dockerfile//global-args'],
      ['stage', 'stage.build', 'Dockerfile//stage.build'],
      ['stage', 'stage.test', 'Dockerfile//stage.test'],
      ['stage', 'stage.2', 'Dockerfile//stage.2'],
      ['stage', 'stage.3', 'Dockerfile//stage.3']
    ])
    expect(resources.map(r => [r.span.line, r.span.endLine])).toEqual([
      [1, 2],
      [3, 5],
      [7, 8],
      [10, 10],
      [11, 12]
    ])
  })

  test('only the last stage is final; stages are indexed in order', () => {
    const stageResources = resources.filter(r => r.type === 'stage')
    expect(stageResources.map(r => plain(r.body, 'final'))).toEqual([false, false, false, true])
    expect(stageResources.map(r => plain(r.body, 'index'))).toEqual([0, 1, 2, 3])
    expect(plain(resource(resources, 'stage.build').body, 'name')).toBe('build')
  })

  test('a global ARG with a default is substituted into FROM', () => {
    const build = resource(resources, 'stage.build').body
    expect(plain(build, 'from')).toEqual({
      ref: 'node:22-alpine',
      image: 'node',
      repository: 'node',
      name: 'node',
      tag: '22-alpine'
    })
    expect(at(build, 'from.tag').span).toEqual(span(3, 6, 3, 32))
  })

  test('a global ARG without a default leaves what it touches unknown', () => {
    const body = resource(resources, 'stage.2').body
    expect(at(body, 'from.image')).toMatchObject({ kind: 'unknown', expr: '${REGISTRY}/base' })
    expect(plain(body, 'from.tag')).toBe('1.0')
  })

  test('a FROM that names an earlier stage builds on it and inherits its USER and ENV', () => {
    const test = resource(resources, 'stage.test').body
    expect(plain(test, 'from')).toEqual({ ref: 'build', stage: 'build' })
    expect(plain(test, 'user')).toBe('node')
    expect(at(test, 'user').span.line).toBe(4)
    expect(resource(resources, 'stage.3').body.entries.has('user')).toBe(false)
  })

  test('registries, paths, tags and digests', () => {
    const distroless = resource(resources, 'stage.3').body
    expect(plain(distroless, 'from')).toEqual({
      ref: 'gcr.io/distroless/nodejs22-debian12',
      image: 'gcr.io/distroless/nodejs22-debian12',
      registry: 'gcr.io',
      repository: 'distroless/nodejs22-debian12',
      name: 'nodejs22-debian12'
    })
    const [local] = stages('FROM --platform=$BUILDPLATFORM localhost:5000/team/app:1.2@sha256:abc AS x\n')
    expect(plain(local!.body, 'from')).toEqual({
      ref: 'localhost:5000/team/app:1.2@sha256:abc',
      platform: '$BUILDPLATFORM',
      image: 'localhost:5000/team/app',
      registry: 'localhost:5000',
      repository: 'team/app',
      name: 'app',
      tag: '1.2',
      digest: 'sha256:abc'
    })
    const [scratch] = stages('FROM scratch\nCOPY app /\n')
    expect(plain(scratch!.body, 'from')).toEqual({
      ref: 'scratch',
      image: 'scratch',
      name: 'scratch',
      scratch: true
    })
  })

  test('the global ARGs resource lists them, null when they have no default', () => {
    const globals = resource(resources, 'global-args').body
    expect(plain(globals, 'args')).toEqual({ NODE_VERSION: '22', REGISTRY: null })
    expect(plain(globals, 'instructions.0.pairs.NODE_VERSION')).toEqual({
      name: 'NODE_VERSION',
      value: '22',
      literal: true
    })
  })
})

describe('variables inside a stage', () => {
  const text = [
    'ARG APP=web', // 1
    'FROM alpine:3.22', // 2
    'ARG APP', // 3
    'ARG UID=10001', // 4
    'ARG TOKEN', // 5
    'ENV HOME_DIR=/srv/${APP} NAME=$APP', // 6
    'ENV USER_ID=${UID:-1} OTHER=${MISSING:-fallback} SET=${APP:+yes}', // 7
    "ENV SECRET=$TOKEN QUOTED='$APP' ESCAPED=\\$APP", // 8
    'USER ${UID}', // 9
    'WORKDIR $HOME_DIR' // 10
  ].join('\n')
  const [, stage] = stages(text)
  const body = stage!.body

  test('ARG brings a global ARG into the stage; ENV expands ARGs and earlier ENVs', () => {
    expect(plain(body, 'env')).toMatchObject({
      HOME_DIR: '/srv/web',
      NAME: 'web',
      USER_ID: '10001',
      OTHER: 'fallback',
      SET: 'yes',
      QUOTED: '$APP',
      ESCAPED: '$APP'
    })
    expect(plain(body, 'workdir')).toBe('/srv/web')
    expect(plain(body, 'user')).toBe('10001')
    expect(plain(body, 'args')).toEqual({ APP: null, UID: '10001', TOKEN: null })
  })

  test('a value built from a variable is not literal; one given only at build time is unknown', () => {
    expect(plain(body, 'instructions.3.pairs.NAME.literal')).toBe(false)
    expect(at(body, 'instructions.5.pairs.SECRET.value')).toMatchObject({ kind: 'unknown', expr: '$TOKEN' })
    expect(plain(body, 'instructions.5.pairs.QUOTED.literal')).toBe(true)
  })

  test('ARGs do not cross into the next stage, ENV does only through FROM <stage>', () => {
    const [, , next] = stages(`${text}\nFROM alpine:3.22\nWORKDIR /x/$HOME_DIR\n`)
    expect(at(next!.body, 'workdir')).toMatchObject({ kind: 'unknown', expr: '/x/$HOME_DIR' })
  })

  test('a variable that doubles at every line stops being expanded', () => {
    const lines = ['FROM alpine:3.22', 'ENV A=xxxxxxxxxxxxxxxx']
    for (let i = 0; i < 40; i++) lines.push('ENV A=$A$A')
    const [stage] = stages(lines.join('\n'))
    expect(at(stage!.body, 'env.A').kind).toBe('unknown')
  })
})
