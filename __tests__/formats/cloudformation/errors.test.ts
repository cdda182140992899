import { describe, expect, test } from '@jest/globals'
import { cloudformationParser } from '../../../src/formats/cloudformation/index.js'
import { parseTemplate } from './helpers.js'

describe('malformed templates', () => {
  test('a YAML syntax error is one error with its line; nothing else is guessed', () => {
    const out = parseTemplate(`Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: [unclosed
  Other:
    Type: AWS::S3::Bucket
`)
    expect(out.resources).toEqual([])
    expect(out.errors).toHaveLength(1)
    expect(out.errors[0]).toMatchObject({ file: 'template.yaml', line: expect.any(Number) })
    expect(out.errors[0]!.line).toBeGreaterThanOrEqual(5)
  })

  test('a JSON syntax error is one error with its line', () => {
    const out = parseTemplate(
      `{
  "Resources": {
    "Bucket": { "Type": "AWS::S3::Bucket", },
  }
}
`,
      'stack.template.json'
    )
    expect(out.resources).toEqual([])
    expect(out.errors).toEqual([
      { file: 'stack.template.json', line: 3, message: `expected a key in quotes, found "},\\n  }\\n}\\n"` }
    ])
  })

  test('a duplicate key is an error at its line', () => {
    const out = parseTemplate(
      'Resources:\n  A:\n    Type: AWS::S3::Bucket\n  A:\n    Type: AWS::SQS::Queue\n'
    )
    expect(out.errors).toEqual([
      { file: 'template.yaml', line: 4, message: "duplicate key 'A' (first at line 2)" }
    ])
  })

  test('Resources that is not a map', () => {
    const out = parseTemplate("AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  - Bucket\n")
    expect(out.errors).toEqual([
      {
        file: 'template.yaml',
        line: 3,
        message: "expected 'Resources' to be a map of logical ids to resources, found a list"
      }
    ])
  })

  test('a template without Resources', () => {
    const out = parseTemplate("AWSTemplateFormatVersion: '2010-09-09'\nDescription: nothing yet\n")
    expect(out.errors).toEqual([
      { file: 'template.yaml', line: 1, message: "expected a 'Resources' map, found none" }
    ])
  })

  test('a resource without Type, or with a wrong one, is an error; the other resources still come through', () => {
    const out = parseTemplate(`Resources:
  NoType:
    Properties:
      BucketName: x
  Good:
    Type: AWS::S3::Bucket
  NotAMap: just text
  ListType:
    Type: [AWS::S3::Bucket]
  BadProperties:
    Type: AWS::SQS::Queue
    Properties: [a, b]
  AlsoGood:
    Type: AWS::SQS::Queue
    Properties:
      QueueName: jobs
`)
    expect(out.resources.map(r => r.address)).toEqual(['Good', 'AlsoGood'])
    expect(out.errors).toEqual([
      {
        file: 'template.yaml',
        line: 2,
        message: "expected the resource 'NoType' to have a Type, found none"
      },
      {
        file: 'template.yaml',
        line: 7,
        message: 'expected the resource \'NotAMap\' to be a map with a Type, found the string "just text"'
      },
      {
        file: 'template.yaml',
        line: 9,
        message: "expected the Type of 'ListType' to be a resource type name, found a list"
      },
      {
        file: 'template.yaml',
        line: 12,
        message: "expected the Properties of 'BadProperties' to be a map, found a list"
      }
    ])
  })

  test('a file that is not text, a list, an empty file, several documents', () => {
    expect(parseTemplate('Resources:\n  A:\u0000\n').errors).toEqual([
      {
        file: 'template.yaml',
        line: 2,
        message: 'expected UTF-8 text, found a NUL byte (is this a binary file?)'
      }
    ])
    expect(parseTemplate('- a\n- b\n').errors).toEqual([
      {
        file: 'template.yaml',
        line: 1,
        message: "expected a template (a map with 'Resources'), found a list"
      }
    ])
    expect(parseTemplate('# nothing\n').errors).toEqual([
      { file: 'template.yaml', line: 1, message: 'the file is empty' }
    ])
    expect(parseTemplate('Resources: {}\n---\nResources: {}\n').errors).toEqual([
      {
        file: 'template.yaml',
        line: 3,
        message: 'expected one YAML document, found 2 (the second at line 3)'
      }
    ])
  })

  test('an alias bomb is refused with an error, not expanded', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]']
    for (let i = 1; i < 9; i++)
      lines.push(
        `${'abcdefghij'[i]}: &${'abcdefghij'[i]} [${Array(10)
          .fill(`*${'abcdefghij'[i - 1]}`)
          .join(', ')}]`
      )
    const out = parseTemplate(`Mappings:\n  ${lines.join('\n  ')}\nResources: {}\n`)
    expect(out.errors).toHaveLength(1)
    expect(out.errors[0]!.message).toMatch(/alias bomb|more than .* aliases/)
  })

  test('a malformed file of a unit does not stop the others', () => {
    const out = cloudformationParser.parse('.', [
      { path: 'bad.yaml', text: 'Resources: [\n' },
      { path: 'good.yaml', text: 'Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n' }
    ])
    expect(out.resources.map(r => r.key)).toEqual(['.//Queue'])
    expect(out.errors.map(e => e.file)).toEqual(['bad.yaml'])
  })
})
