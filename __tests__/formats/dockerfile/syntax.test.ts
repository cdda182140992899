import { describe, expect, test } from '@jest/globals'
import { at, parse, plain, resource, span, stages } from './helpers.js'

describe('instructions and continuations', () => {
  const text = [
    'FROM alpine:3.22', // 1
    '# a comment', // 2
    'RUN apk add --no-cache \\', // 3
    '      curl \\', // 4
    '    # a comment inside the instruction is dropped', // 5
    '', // 6
    '      jq', // 7
    'ENV A=1 \\', // 8
    '    B="two words"', // 9
    'run echo lower-case keywords work' // 10
  ].join('\n')
  const [stage] = stages(text)
  const body = stage!.body

  test('a continued instruction joins its lines and drops comment and blank lines', () => {
    expect(plain(body, 'instructions.0')).toEqual({
      instruction: 'RUN',
      form: 'shell',
      command: 'apk add --no-cache       curl       jq'
    })
  })

  test('it spans from its keyword to the end of its last line', () => {
    expect(at(body, 'instructions.0').span).toEqual(span(3, 1, 7, 8))
    expect(at(body, 'instructions.0.command').span).toEqual(span(3, 5, 7, 8))
  })

  test('each pair of a continued ENV points at its own line', () => {
    expect(at(body, 'instructions.1.pairs.A').span).toEqual(span(8, 5, 8, 7))
    expect(at(body, 'instructions.1.pairs.B').span).toEqual(span(9, 5, 9, 17))
    expect(at(body, 'instructions.1.pairs.B.value').span).toEqual(span(9, 7, 9, 17))
    expect(plain(body, 'instructions.1.pairs.B')).toEqual({ name: 'B', value: 'two words', literal: true })
  })

  test('keywords are case-insensitive; the stage spans FROM to its last instruction', () => {
    expect(plain(body, 'instructions.2.instruction')).toBe('RUN')
    expect(stage!.span).toEqual(span(1, 1, 10, 33))
  })
})

describe('parser directives', () => {
  test('`# escape=` makes the backtick the continuation character, and backslashes plain', () => {
    const text = [
      '# escape=`',
      '',
      'FROM mcr.microsoft.com/windows/servercore:ltsc2022',
      'COPY app.exe c:\\app\\',
      'RUN dir c:\\ `',
      '    && echo done'
    ].join('\r\n')
    const [stage] = stages(text)
    expect(plain(stage!.body, 'instructions.0.destination')).toBe('c:\\app\\')
    expect(plain(stage!.body, 'instructions.1.command')).toBe('dir c:\\     && echo done')
    expect(at(stage!.body, 'instructions.1').span).toEqual(span(5, 1, 6, 16))
  })

  test('a directive after a comment is only a comment', () => {
    const text = '# hello\n# escape=`\nFROM alpine:3.22\nRUN echo a \\\n  b\n'
    const [stage] = stages(text)
    expect(plain(stage!.body, 'instructions.0.command')).toBe('echo a   b')
  })

  test('an escape directive with another character is an error; the default stays', () => {
    const out = parse('# escape=|\nFROM alpine:3.22\n')
    expect(out.errors).toEqual([
      { file: 'Dockerfile', line: 1, message: "expected the escape directive to be '\\' or '`', found '|'" }
    ])
    expect(out.resources).toHaveLength(1)
  })

  test('a directive given twice is an error', () => {
    const out = parse('# syntax=docker/dockerfile:1\n# SYNTAX=docker/dockerfile:1\nFROM alpine:3.22\n')
    expect(out.errors).toEqual([
      { file: 'Dockerfile', line: 2, message: "the parser directive 'syntax' is given twice" }
    ])
  })
})

describe('heredocs', () => {
  const text = [
    'FROM debian:bookworm-slim', // 1
    'RUN <<EOF', // 2
    'apt-get update', // 3
    'apt-get install -y curl', // 4
    'EOF', // 5
    'COPY <<-"CONF" /etc/app.conf', // 6
    '\tport=8080', // 7
    '\tCONF', // 8
    'RUN <<ONE cat > /a && <<TWO cat > /b', // 9
    'first', // 10
    'ONE', // 11
    'second', // 12
    'TWO', // 13
    'RUN cat<<NOT-A-HEREDOC' // 14
  ].join('\n')
  const [stage] = stages(text)
  const body = stage!.body

  test('a RUN heredoc is its script, and the instruction spans to its closing line', () => {
    expect(plain(body, 'instructions.0')).toEqual({
      instruction: 'RUN',
      form: 'shell',
      command: '<<EOF',
      heredocs: [{ delimiter: 'EOF', body: 'apt-get update\napt-get install -y curl' }]
    })
    expect(at(body, 'instructions.0').span).toEqual(span(2, 1, 5, 3))
    expect(at(body, 'instructions.0.heredocs.0').span).toEqual(span(3, 1, 4, 23))
  })

  test('COPY takes a heredoc as its source; <<- strips leading tabs, quotes are removed', () => {
    expect(plain(body, 'instructions.1')).toEqual({
      instruction: 'COPY',
      sources: ['<<-"CONF"'],
      destination: '/etc/app.conf',
      heredocs: [{ delimiter: 'CONF', body: 'port=8080' }]
    })
    expect(at(body, 'instructions.1').span).toEqual(span(6, 1, 8, 5))
  })

  test('several heredocs on one line follow one another', () => {
    expect(plain(body, 'instructions.2.heredocs')).toEqual([
      { delimiter: 'ONE', body: 'first' },
      { delimiter: 'TWO', body: 'second' }
    ])
    expect(at(body, 'instructions.2').span).toEqual(span(9, 1, 13, 3))
  })

  test('`<<` inside a word is not a heredoc', () => {
    expect(plain(body, 'instructions.3')).toEqual({
      instruction: 'RUN',
      form: 'shell',
      command: 'cat<<NOT-A-HEREDOC'
    })
    expect(resource([stage!], 'stage.0').span).toEqual(span(1, 1, 14, 22))
  })
})

describe('forms and flags', () => {
  const text = [
    'FROM node:22-alpine',
    'RUN --mount=type=cache,target=/root/.npm --mount=type=secret,id=npm --network=none npm ci',
    'CMD ["node", "server.js"]',
    'ENTRYPOINT /docker-entrypoint.sh',
    'SHELL ["/bin/ash", "-eo", "pipefail", "-c"]',
    'HEALTHCHECK --interval=30s --timeout=3s CMD wget -qO- http://localhost:8080/health || exit 1',
    'EXPOSE 8080 9090/udp',
    'WORKDIR /app',
    'VOLUME ["/data", "/logs"]',
    'LABEL org.opencontainers.image.source="https://example.com/repo" team=payments',
    'STOPSIGNAL SIGTERM',
    'ONBUILD RUN npm test',
    'ADD --checksum=sha256:abc --chown=app:app https://example.com/a.tgz /tmp/'
  ].join('\n')
  const [stage] = stages(text)
  const body = stage!.body

  test('RUN flags by name; a repeated flag is a list', () => {
    expect(plain(body, 'instructions.0')).toEqual({
      instruction: 'RUN',
      form: 'shell',
      command: 'npm ci',
      flags: { mount: ['type=cache,target=/root/.npm', 'type=secret,id=npm'], network: 'none' }
    })
  })

  test('exec form is a list, shell form a string', () => {
    expect(plain(body, 'instructions.1')).toEqual({
      instruction: 'CMD',
      form: 'exec',
      command: ['node', 'server.js']
    })
    expect(plain(body, 'instructions.2')).toEqual({
      instruction: 'ENTRYPOINT',
      form: 'shell',
      command: '/docker-entrypoint.sh'
    })
    expect(plain(body, 'instructions.3.command')).toEqual(['/bin/ash', '-eo', 'pipefail', '-c'])
  })

  test('the other instructions', () => {
    expect(plain(body, 'instructions.4')).toEqual({
      instruction: 'HEALTHCHECK',
      flags: { interval: '30s', timeout: '3s' },
      form: 'shell',
      command: 'wget -qO- http://localhost:8080/health || exit 1'
    })
    expect(plain(body, 'instructions.5.ports')).toEqual(['8080', '9090/udp'])
    expect(plain(body, 'instructions.6.path')).toBe('/app')
    expect(plain(body, 'instructions.7.paths')).toEqual(['/data', '/logs'])
    expect(plain(body, 'instructions.8.pairs')).toEqual({
      'org.opencontainers.image.source': {
        name: 'org.opencontainers.image.source',
        value: 'https://example.com/repo',
        literal: true
      },
      team: { name: 'team', value: 'payments', literal: true }
    })
    expect(plain(body, 'instructions.9.signal')).toBe('SIGTERM')
    expect(plain(body, 'instructions.10')).toEqual({
      instruction: 'ONBUILD',
      trigger: 'RUN',
      arguments: 'npm test'
    })
    expect(plain(body, 'instructions.11')).toEqual({
      instruction: 'ADD',
      sources: ['https://example.com/a.tgz'],
      destination: '/tmp/',
      flags: { checksum: 'sha256:abc', chown: 'app:app' }
    })
  })

  test('the stage keeps the last settings and gathers ports and labels', () => {
    expect(plain(body, 'cmd')).toEqual(['node', 'server.js'])
    expect(plain(body, 'entrypoint')).toBe('/docker-entrypoint.sh')
    expect(plain(body, 'workdir')).toBe('/app')
    expect(plain(body, 'expose')).toEqual(['8080', '9090/udp'])
    expect(plain(body, 'labels')).toEqual({
      'org.opencontainers.image.source': 'https://example.com/repo',
      team: 'payments'
    })
    expect(plain(body, 'healthcheck.flags.interval')).toBe('30s')
  })
})

describe('line endings', () => {
  test('CRLF files give the same values and spans as LF files', () => {
    const lf = 'FROM alpine:3.22\nENV A=1 \\\n    B=2\nUSER app\n'
    const crlf = lf.replace(/\n/g, '\r\n')
    const [a] = stages(lf)
    const [b] = stages(crlf)
    expect(b!.body).toEqual(a!.body)
    expect(b!.span).toEqual(span(1, 1, 4, 8))
    expect(at(b!.body, 'instructions.0.pairs.B').span).toEqual(span(3, 5, 3, 7))
  })

  test('a byte-order mark does not shift the first line', () => {
    const [stage] = stages('\ufeffFROM alpine:3.22\n')
    expect(plain(stage!.body, 'from.tag')).toBe('3.22')
    expect(stage!.span).toEqual(span(1, 2, 1, 17))
  })
})
