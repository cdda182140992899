import { describe, expect, test } from '@jest/globals'
import type { Value } from '../../../src/model.js'
import { toPlain, UNKNOWN } from '../../../src/values.js'
import { at, parseOk, parseTemplate, span } from './helpers.js'

const PRELUDE_YAML = `Parameters:
  Env: { Type: String, Default: prod }
  Port: { Type: Number, Default: 8080 }
  Subnets: { Type: CommaDelimitedList, Default: 'a,b,c' }
  Secret: { Type: String, NoEcho: true }
  Ami: { Type: 'AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>', Default: /app/ami }
Mappings:
  Sizes: { prod: { Instance: m5.large } }
Conditions:
  IsProd: !Equals [!Ref Env, prod]
`

const PRELUDE_JSON = `"Parameters": {
  "Env": { "Type": "String", "Default": "prod" },
  "Port": { "Type": "Number", "Default": 8080 },
  "Subnets": { "Type": "CommaDelimitedList", "Default": "a,b,c" },
  "Secret": { "Type": "String", "NoEcho": true },
  "Ami": { "Type": "AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>", "Default": "/app/ami" }
},
"Mappings": { "Sizes": { "prod": { "Instance": "m5.large" } } },
"Conditions": { "IsProd": { "Fn::Equals": [{ "Ref": "Env" }, "prod"] } },`

/** The evaluated `Value` of a resource `Thing`, next to a bucket `Other`, in a YAML template. */
function yamlValue(expr: string): Value {
  const text = `${PRELUDE_YAML}Resources:
  Thing:
    Type: AWS::Test::Thing
    Properties:
      Value: ${expr}
  Other:
    Type: AWS::S3::Bucket
`
  return at(parseOk(text)[0]!.body, 'Value')
}

function jsonValue(expr: string): Value {
  const text = `{
${PRELUDE_JSON}
"Resources": {
  "Thing": { "Type": "AWS::Test::Thing", "Properties": { "Value": ${expr} } },
  "Other": { "Type": "AWS::S3::Bucket" }
}
}
`
  return at(parseOk(text, 'template.json')[0]!.body, 'Value')
}

type Case = [name: string, yaml: string, json: string, expected: unknown, refs?: string[]]

/** Every short form, its long form, and what it evaluates to (UNKNOWN: an unknown value). */
const CASES: Case[] = [
  ['Ref to a parameter default', '!Ref Env', '{ "Ref": "Env" }', 'prod'],
  ['Ref to a Number parameter, as text', '!Ref Port', '{ "Ref": "Port" }', '8080'],
  ['Ref to a list parameter', '!Ref Subnets', '{ "Ref": "Subnets" }', ['a', 'b', 'c']],
  ['Ref to a parameter without default', '!Ref Secret', '{ "Ref": "Secret" }', UNKNOWN],
  ['Ref to an SSM parameter', '!Ref Ami', '{ "Ref": "Ami" }', UNKNOWN],
  ['Ref to a resource', '!Ref Other', '{ "Ref": "Other" }', UNKNOWN, ['Other']],
  ['Ref to a pseudo parameter', '!Ref AWS::Region', '{ "Ref": "AWS::Region" }', UNKNOWN],
  ['Sub with a parameter', "!Sub '${Env}-app'", '{ "Fn::Sub": "${Env}-app" }', 'prod-app'],
  [
    'Sub with variables',
    "!Sub ['${Name}-${Env}', { Name: web }]",
    '{ "Fn::Sub": ["${Name}-${Env}", { "Name": "web" }] }',
    'web-prod'
  ],
  [
    'Sub with a literal ${!…}',
    "!Sub '${!Literal}-${Env}'",
    '{ "Fn::Sub": "${!Literal}-${Env}" }',
    '${Literal}-prod'
  ],
  [
    'Sub of a resource attribute',
    "!Sub '${Other.Arn}/*'",
    '{ "Fn::Sub": "${Other.Arn}/*" }',
    UNKNOWN,
    ['Other']
  ],
  [
    'Sub of a pseudo parameter',
    "!Sub 'arn:${AWS::Partition}:s3:::x'",
    '{ "Fn::Sub": "arn:${AWS::Partition}:s3:::x" }',
    UNKNOWN
  ],
  ['GetAtt, dotted', '!GetAtt Other.Arn', '{ "Fn::GetAtt": ["Other", "Arn"] }', UNKNOWN, ['Other']],
  ['GetAtt, as a list', '!GetAtt [Other, Arn]', '{ "Fn::GetAtt": ["Other", "Arn"] }', UNKNOWN, ['Other']],
  [
    'If',
    '!If [IsProd, !Ref Other, !Ref AWS::NoValue]',
    '{ "Fn::If": ["IsProd", { "Ref": "Other" }, { "Ref": "AWS::NoValue" }] }',
    UNKNOWN,
    ['Other']
  ],
  ['Join', "!Join ['-', [a, !Ref Env]]", '{ "Fn::Join": ["-", ["a", { "Ref": "Env" }]] }', 'a-prod'],
  [
    'Join of a list parameter',
    "!Join [',', !Ref Subnets]",
    '{ "Fn::Join": [",", { "Ref": "Subnets" }] }',
    'a,b,c'
  ],
  [
    'Join with a resource',
    "!Join ['', [!GetAtt Other.Arn, '/*']]",
    '{ "Fn::Join": ["", [{ "Fn::GetAtt": ["Other", "Arn"] }, "/*"]] }',
    UNKNOWN,
    ['Other']
  ],
  ['Select', '!Select [1, !Ref Subnets]', '{ "Fn::Select": [1, { "Ref": "Subnets" }] }', 'b'],
  ['Select from GetAZs', "!Select [0, !GetAZs '']", '{ "Fn::Select": [0, { "Fn::GetAZs": "" }] }', UNKNOWN],
  ['Split', "!Split [',', 'x,y']", '{ "Fn::Split": [",", "x,y"] }', ['x', 'y']],
  [
    'FindInMap',
    '!FindInMap [Sizes, !Ref Env, Instance]',
    '{ "Fn::FindInMap": ["Sizes", { "Ref": "Env" }, "Instance"] }',
    'm5.large'
  ],
  [
    'FindInMap by region',
    '!FindInMap [Sizes, !Ref AWS::Region, Instance]',
    '{ "Fn::FindInMap": ["Sizes", { "Ref": "AWS::Region" }, "Instance"] }',
    UNKNOWN
  ],
  ['ImportValue', '!ImportValue shared-vpc', '{ "Fn::ImportValue": "shared-vpc" }', UNKNOWN],
  ['Base64', '!Base64 hello', '{ "Fn::Base64": "hello" }', 'aGVsbG8='],
  [
    'Cidr',
    "!Cidr ['10.0.0.0/16', 2, 8]",
    '{ "Fn::Cidr": ["10.0.0.0/16", 2, 8] }',
    ['10.0.0.0/24', '10.0.1.0/24']
  ],
  ['GetAZs', "!GetAZs ''", '{ "Fn::GetAZs": "" }', UNKNOWN],
  ['Equals', '!Equals [!Ref Env, prod]', '{ "Fn::Equals": [{ "Ref": "Env" }, "prod"] }', true],
  [
    'And with a condition',
    '!And [!Equals [a, a], !Condition IsProd]',
    '{ "Fn::And": [{ "Fn::Equals": ["a", "a"] }, { "Condition": "IsProd" }] }',
    UNKNOWN
  ],
  [
    'Or settled by one operand',
    '!Or [!Equals [a, a], !Condition IsProd]',
    '{ "Fn::Or": [{ "Fn::Equals": ["a", "a"] }, { "Condition": "IsProd" }] }',
    true
  ],
  ['Not', '!Not [!Equals [a, b]]', '{ "Fn::Not": [{ "Fn::Equals": ["a", "b"] }] }', true],
  [
    'Transform',
    '!Transform { Name: AWS::Include, Parameters: { Location: s3://b/x.yaml } }',
    '{ "Fn::Transform": { "Name": "AWS::Include", "Parameters": { "Location": "s3://b/x.yaml" } } }',
    UNKNOWN
  ],
  ['Length', '!Length [a, b]', '{ "Fn::Length": ["a", "b"] }', 2],
  ['ToJsonString', '!ToJsonString { a: 1 }', '{ "Fn::ToJsonString": { "a": 1 } }', '{"a":1}']
]

describe('intrinsic functions', () => {
  test.each(CASES)(
    '%s: the short form, the long form, and what they give',
    (...[, yaml, json, expected, refs]: Case) => {
      const fromYaml = yamlValue(yaml)
      const fromJson = jsonValue(json)
      expect(toPlain(fromYaml)).toEqual(expected)
      expect(toPlain(fromJson)).toEqual(expected)
      if (fromYaml.kind === 'unknown') {
        expect(fromJson).toMatchObject({ kind: 'unknown', expr: fromYaml.expr })
        expect(fromYaml.refs).toEqual(refs)
        expect(fromJson.kind === 'unknown' && fromJson.refs).toEqual(refs)
      }
    }
  )

  test('an unknown value keeps the expression in the short form, shortened', () => {
    expect(yamlValue("!Sub 'arn:${AWS::Partition}:s3:::x'")).toMatchObject({
      expr: '!Sub "arn:${AWS::Partition}:s3:::x"'
    })
    expect(yamlValue('!If [IsProd, !Ref Other, !Ref AWS::NoValue]')).toMatchObject({
      expr: '!If [IsProd, !Ref Other, !Ref AWS::NoValue]'
    })
    const long = yamlValue(`!Sub '${'x'.repeat(100)}\${AWS::Region}'`)
    expect(long.kind === 'unknown' && long.expr.length).toBe(80)
    expect(long.kind === 'unknown' && long.expr.endsWith('…')).toBe(true)
  })

  test('an intrinsic this parser does not know is unknown, not an error', () => {
    expect(yamlValue('!Foo bar')).toMatchObject({ kind: 'unknown', expr: '!Foo bar' })
    expect(jsonValue('{ "Fn::Foo": "bar" }')).toMatchObject({ kind: 'unknown', expr: '!Foo bar' })
    expect(yamlValue('{ "Fn::Select": "not a list" }')).toMatchObject({ kind: 'unknown' })
  })

  test('a map with more keys than the function is data, not a call', () => {
    expect(toPlain(yamlValue('{ Ref: Env, Other: x }'))).toEqual({ Ref: 'Env', Other: 'x' })
    expect(toPlain(yamlValue('{ Condition: IsProd }'))).toEqual({ Condition: 'IsProd' })
  })

  test('Ref AWS::NoValue removes the property, or the item of a list', () => {
    const [thing] = parseOk(`Resources:
  Thing:
    Type: AWS::Test::Thing
    Properties:
      Gone: !Ref AWS::NoValue
      Items: [a, !Ref AWS::NoValue, b]
`)
    expect(toPlain(thing!.body)).toEqual({ Items: ['a', 'b'] })
  })

  test('an evaluated value carries the span of the expression it came from', () => {
    const text = `Parameters:
  Env: { Type: String, Default: prod }
  Zones: { Type: CommaDelimitedList, Default: 'a,b' }
Resources:
  Thing:
    Type: AWS::Test::Thing
    Properties:
      Name: !Ref Env
      Zones: !Ref Zones
      Joined: !Join
        - '-'
        - [x, !Ref Env]
      Block: !Sub |
        \${Env}-name
`
    const body = parseOk(text)[0]!.body
    expect(at(body, 'Name').span).toEqual(span(8, 13, 8, 20))
    expect(at(body, 'Zones').span).toEqual(span(9, 14, 9, 23))
    expect(at(body, 'Zones.1').span).toEqual(span(9, 14, 9, 23))
    expect(at(body, 'Joined')).toMatchObject({ value: 'x-prod', span: span(10, 15, 12, 23) })
    expect(at(body, 'Block')).toMatchObject({ value: 'prod-name\n', span: span(13, 14, 14, 20) })
  })

  test('JSON long forms span their object', () => {
    const text = `{
  "Parameters": { "Env": { "Type": "String", "Default": "prod" } },
  "Resources": {
    "Thing": {
      "Type": "AWS::Test::Thing",
      "Properties": {
        "Name": { "Ref": "Env" },
        "Arn": { "Fn::GetAtt": ["Thing", "Arn"] }
      }
    }
  }
}
`
    const body = parseOk(text, 'template.json')[0]!.body
    expect(at(body, 'Name')).toMatchObject({ value: 'prod', span: span(7, 17, 7, 32) })
    expect(at(body, 'Arn')).toMatchObject({ kind: 'unknown', refs: ['Thing'], span: span(8, 16, 8, 49) })
  })
})

describe('bounds on evaluation', () => {
  test('a string built past the size limit is unknown', () => {
    const ten = (alias: string): string => `[${Array(10).fill(alias).join(', ')}]`
    const text = `Resources:
  Thing:
    Type: AWS::Test::Thing
    Properties:
      A: &a !Join ['', [${'x'.repeat(2000)}]]
      B: &b !Join ['', ${ten('*a')}]
      C: !Join ['', ${ten('*b')}]
`
    const body = parseOk(text)[0]!.body
    expect((toPlain(at(body, 'B')) as string).length).toBe(20_000)
    expect(at(body, 'C')).toMatchObject({ kind: 'unknown', expr: expect.stringMatching(/^!Join/) })
  })

  test('work past the budget leaves the rest unknown, with one error, and returns quickly', () => {
    const big = Array.from({ length: 5000 }, (_, i) => `s${i}`).join(',')
    const uses = Array(9000).fill('*r').join(', ')
    const text = `Parameters:
  Big: { Type: CommaDelimitedList, Default: '${big}' }
Resources:
  Thing:
    Type: AWS::Test::Thing
    Properties:
      R: &r !Ref Big
      L: [${uses}]
  After:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Ref Big
`
    const started = Date.now()
    const out = parseTemplate(text)
    expect(Date.now() - started).toBeLessThan(5000)
    expect(out.resources.map(r => r.address)).toEqual(['Thing', 'After'])
    expect(out.errors).toEqual([
      {
        file: 'template.yaml',
        line: 4,
        message: expect.stringMatching(/^evaluation stopped after \d+ steps/)
      }
    ])
    expect(at(out.resources[1]!.body, 'BucketName')).toMatchObject({ kind: 'unknown' })
  })
})
