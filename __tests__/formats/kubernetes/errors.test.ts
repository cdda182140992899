import { describe, expect, test } from '@jest/globals'
import { lines, parse } from './helpers.js'

const pod = (name: string): string =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n  containers:\n    - name: c\n      image: c:1\n`

describe('Kubernetes parse errors', () => {
  test('a syntax error in one document is one error at its line; the other documents still come through', () => {
    const text = `${pod('a')}---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: [broken\n---\n${pod('c')}`
    const { resources, errors } = parse(text, 'pods.yaml')
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatchObject({ file: 'pods.yaml', line: 13 })
    expect(errors[0]!.message).toMatch(/^could not read the YAML: /)
    expect(resources.map(r => [r.address, r.span.line])).toEqual([
      ['Pod/a', 1],
      ['Pod/c', 15]
    ])
    expect(resources[1]!.body.keySpans?.get('spec')).toMatchObject({ line: 19 })
  })

  test('a duplicate key is an error naming the key and both lines', () => {
    const text = lines(`
apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
data:
  mode: fast
  mode: slow
`)
    const { resources, errors } = parse(text)
    expect(resources).toEqual([])
    expect(errors).toEqual([
      {
        file: 'k8s/app.yaml',
        line: 7,
        message: "could not read the YAML: duplicate key 'mode' (first at line 6)"
      }
    ])
  })

  test('a document that is not a mapping is an error at its line', () => {
    const { resources, errors } = parse(`${pod('a')}---\n- just\n- a list\n`)
    expect(resources.map(r => r.address)).toEqual(['Pod/a'])
    expect(errors).toEqual([
      {
        file: 'k8s/app.yaml',
        line: 10,
        message:
          'expected a Kubernetes object (a mapping with apiVersion and kind) as this document, found a list'
      }
    ])
  })

  test('an object without kind, without apiVersion, or without a name is an error', () => {
    const text =
      'apiVersion: v1\nmetadata:\n  name: x\n---\nkind: Pod\nmetadata:\n  name: y\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  labels: {}\n'
    const { resources, errors } = parse(text)
    expect(resources).toEqual([])
    expect(errors.map(e => [e.line, e.message])).toEqual([
      [1, "expected a string 'kind' in this document, found none"],
      [5, "expected a string 'apiVersion' in this document, found none"],
      [11, 'expected metadata.name (or metadata.generateName) on this Pod, found none']
    ])
  })

  test('generateName stands in for a missing name', () => {
    const text = 'apiVersion: batch/v1\nkind: Job\nmetadata:\n  generateName: migrate-\n'
    expect(parse(text).resources.map(r => r.address)).toEqual(['Job/migrate-'])
  })

  test('two objects with the same address in one file: the second is an error and left out', () => {
    const { resources, errors } = parse(`${pod('a')}---\n${pod('a')}`)
    expect(resources.map(r => [r.address, r.span.line])).toEqual([['Pod/a', 1]])
    expect(errors).toEqual([
      {
        file: 'k8s/app.yaml',
        line: 10,
        message:
          "expected one object per kind, namespace and name in a file, found 'Pod/a' again (first at line 1)"
      }
    ])
  })

  test('the same name in two namespaces, or of two kinds, is two objects', () => {
    const text = `${pod('a')}---\n${pod('a').replace('  name: a', '  name: a\n  namespace: ops')}---\n${pod('a').replace('kind: Pod', 'kind: Service')}`
    expect(parse(text).resources.map(r => r.address)).toEqual(['Pod/a', 'Pod/ops/a', 'Service/a'])
  })

  test('a broken item of a List is an error; the other items come through', () => {
    const text =
      'apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: Pod\n    metadata:\n      name: a\n  - 42\n'
    const { resources, errors } = parse(text)
    expect(resources.map(r => r.address)).toEqual(['Pod/a'])
    expect(errors).toEqual([
      {
        file: 'k8s/app.yaml',
        line: 8,
        message:
          'expected a Kubernetes object (a mapping with apiVersion and kind) as this item of the List, found a number'
      }
    ])
  })

  test('a file that is not text is one error', () => {
    const { resources, errors } = parse('apiVersion: v1\nkind: Pod\n\u0000\n')
    expect(resources).toEqual([])
    expect(errors).toEqual([
      {
        file: 'k8s/app.yaml',
        line: 3,
        message: 'expected UTF-8 text, found a NUL byte (is this a binary file?)'
      }
    ])
  })

  test('a broken single-document file is one error with its line', () => {
    const { resources, errors } = parse('apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n bad: indent\n')
    expect(resources).toEqual([])
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatchObject({ line: 5 })
  })
})
