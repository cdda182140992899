import { afterEach, describe, expect, test } from '@jest/globals'
import { readInputs } from '../../src/github/read-inputs.js'

const saved = { ...process.env }

afterEach(() => {
  for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key]
  Object.assign(process.env, saved)
})

function inputs(values: Record<string, string>) {
  process.env['INPUT_GITHUB-TOKEN'] = 'token'
  for (const [name, value] of Object.entries(values)) process.env[`INPUT_${name.toUpperCase()}`] = value
  return readInputs()
}

describe('the action’s inputs tell "not given" from the default', () => {
  test('nothing given: the defaults, and nothing marked as given', () => {
    expect(inputs({})).toMatchObject({
      config: '.github/demarc.yml',
      configGiven: false,
      failOn: 'high',
      failOnOwner: ['customer', 'shared'],
      gateGiven: {}
    })
  })

  test('given: marked as such, so they win over the configuration file', () => {
    expect(
      inputs({ config: './ci/demarc.yml', 'fail-on': 'low', 'fail-on-owner': 'aws, shared' })
    ).toMatchObject({
      config: 'ci/demarc.yml',
      configGiven: true,
      failOn: 'low',
      failOnOwner: ['aws', 'shared'],
      gateGiven: { failOn: 'low', owners: ['aws', 'shared'] }
    })
  })

  test.each(['/etc/demarc.yml', '../demarc.yml', '.github/../../x.yml', '.github/'])(
    'a config outside the repository is refused, naming the input: %s',
    value => {
      expect(() => inputs({ config: value })).toThrow(
        `Input 'config' must be a file's path from the repository root, without '..' (it is read from the commit, not the workspace); got '${value}'`
      )
    }
  )

  test('a bad fail-on is still refused, naming the input', () => {
    expect(() => inputs({ 'fail-on': 'severe' })).toThrow(
      "Input 'fail-on' must be one of critical, high, medium, low, info, never; got 'severe'"
    )
  })
})
