import { describe, expect, test } from '@jest/globals'
import { at, entry, lines, only, parse } from './helpers.js'

const DEPLOYMENT = lines(`
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  replicas: 2
  template:
    spec:
      containers:
        - name: app
          image: shop/web:1.4.2
`)

describe('Kubernetes resources', () => {
  test('one resource per object: kind as type, namespaced address, the file as unit', () => {
    const resource = only(DEPLOYMENT, 'deploy/web.yaml')
    expect(resource).toMatchObject({
      file: 'deploy/web.yaml',
      format: 'kubernetes',
      type: 'Deployment',
      address: 'Deployment/shop/web',
      key: 'deploy/web.yaml//Deployment/shop/web'
    })
  })

  test('the span is the document root mapping; values keep their own spans', () => {
    const resource = only(`# leading comment\n---\n${DEPLOYMENT}`)
    expect(resource.span).toEqual({ line: 3, column: 1, endLine: 14, endColumn: 31 })
    expect(entry(resource.body, 'spec.replicas').span).toEqual({
      line: 9,
      column: 13,
      endLine: 9,
      endColumn: 13
    })
    expect(entry(resource.body, 'spec.template.spec.containers[0].image').span).toEqual({
      line: 14,
      column: 18,
      endLine: 14,
      endColumn: 31
    })
    expect(resource.body.keySpans?.get('spec')).toEqual({ line: 8, column: 1, endLine: 8, endColumn: 4 })
  })

  test('an object without a namespace is addressed by kind and name', () => {
    const text =
      'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: reader\nrules: []\n'
    expect(only(text).address).toBe('ClusterRole/reader')
  })

  test('the body is the manifest as written', () => {
    const body = only(DEPLOYMENT).body
    expect([...body.entries.keys()]).toEqual(['apiVersion', 'kind', 'metadata', 'spec', 'podSpec'])
    expect(at(body, 'metadata.name')).toMatchObject({ kind: 'string', value: 'web' })
  })

  test('every document of a stream, with lines right in the second and third', () => {
    const text = lines(`
apiVersion: v1
kind: Namespace
metadata:
  name: shop
---
# the service
apiVersion: v1
kind: Service
metadata:
  name: web
  namespace: shop
spec:
  type: ClusterIP
--- 
apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
  namespace: shop
data:
  mode: fast
...
`)
    const { resources, errors } = parse(text)
    expect(errors).toEqual([])
    expect(resources.map(r => [r.address, r.span.line, r.span.endLine])).toEqual([
      ['Namespace/shop', 1, 4],
      ['Service/shop/web', 7, 13],
      ['ConfigMap/shop/settings', 15, 21]
    ])
    expect(entry(resources[1]!.body, 'spec.type').span).toEqual({
      line: 13,
      column: 9,
      endLine: 13,
      endColumn: 17
    })
    expect(entry(resources[2]!.body, 'data.mode').span).toEqual({
      line: 21,
      column: 9,
      endLine: 21,
      endColumn: 12
    })
  })

  test('empty documents and comment-only documents are skipped', () => {
    const { resources, errors } = parse(`---\n# nothing\n---\n${DEPLOYMENT}---\n`)
    expect(errors).toEqual([])
    expect(resources.map(r => [r.address, r.span.line])).toEqual([['Deployment/shop/web', 4]])
  })

  test('a List is unwrapped into its items, each with its own span', () => {
    const text = lines(`
apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: ServiceAccount
    metadata:
      name: builder
  - apiVersion: v1
    kind: Pod
    metadata:
      name: probe
      namespace: ops
    spec:
      containers:
        - name: probe
          image: busybox:1.36
`)
    const { resources, errors } = parse(text)
    expect(errors).toEqual([])
    expect(resources.map(r => [r.type, r.address, r.span])).toEqual([
      ['ServiceAccount', 'ServiceAccount/builder', { line: 4, column: 5, endLine: 7, endColumn: 19 }],
      ['Pod', 'Pod/ops/probe', { line: 8, column: 5, endLine: 16, endColumn: 29 }]
    ])
  })

  test('a typed list as the API returns it (DeploymentList) is unwrapped too', () => {
    const item = DEPLOYMENT.trimEnd()
      .split('\n')
      .map((line, n) => (n === 0 ? `  - ${line}` : `    ${line}`))
      .join('\n')
    const { resources, errors } = parse(`apiVersion: apps/v1\nkind: DeploymentList\nitems:\n${item}\n`)
    expect(errors).toEqual([])
    expect(resources.map(r => [r.address, r.span.line])).toEqual([['Deployment/shop/web', 4]])
  })

  test('JSON manifests are read too, with spans', () => {
    const text =
      '{\n  "apiVersion": "v1",\n  "kind": "Secret",\n  "metadata": { "name": "db" },\n  "stringData": { "password": "x" }\n}\n'
    const resource = only(text, 'secret.json')
    expect(resource.address).toBe('Secret/db')
    expect(entry(resource.body, 'stringData.password').span).toEqual({
      line: 5,
      column: 31,
      endLine: 5,
      endColumn: 33
    })
  })

  test('YAML 1.1 booleans are read as the cluster reads them', () => {
    const text = lines(`
apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  hostNetwork: yes
  containers:
    - name: c
      securityContext:
        privileged: on
`)
    const body = only(text).body
    expect(at(body, 'spec.hostNetwork')).toMatchObject({ kind: 'bool', value: true })
    expect(at(body, 'podSpec.containers[0].securityContext.privileged')).toMatchObject({
      kind: 'bool',
      value: true
    })
  })

  test('anchors and merge keys inside a manifest are resolved', () => {
    const text = lines(`
apiVersion: v1
kind: Pod
metadata:
  name: p
  labels: &labels
    app: web
spec:
  containers:
    - &base
      name: a
      image: web:1
    - <<: *base
      name: b
`)
    const body = only(text).body
    expect(at(body, 'podSpec.containers[1].image')).toMatchObject({ value: 'web:1', span: { line: 11 } })
    expect(at(body, 'podSpec.containers[1].name')).toMatchObject({ value: 'b', span: { line: 13 } })
  })
})

describe('podSpec', () => {
  const container = '        - name: app\n          image: app:1\n'
  const controller = (kind: string): string =>
    `apiVersion: apps/v1\nkind: ${kind}\nmetadata:\n  name: w\nspec:\n  template:\n    spec:\n      containers:\n${container}`

  test.each(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController', 'Job'])(
    '%s exposes spec.template.spec as podSpec, the same value',
    kind => {
      const resource = only(controller(kind))
      expect(resource.derived).toEqual(['podSpec'])
      expect(resource.body.entries.get('podSpec')).toBe(at(resource.body, 'spec.template.spec'))
      expect(at(resource.body, 'podSpec.containers[0].image')?.span.line).toBe(10)
    }
  )

  test('Pod exposes spec', () => {
    const resource = only(
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n'
    )
    expect(resource.body.entries.get('podSpec')).toBe(at(resource.body, 'spec'))
  })

  test('CronJob exposes spec.jobTemplate.spec.template.spec', () => {
    const text = lines(`
apiVersion: batch/v1
kind: CronJob
metadata:
  name: nightly
spec:
  schedule: "0 3 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: Never
          initContainers:
            - name: wait
              image: busybox:1.36
          containers:
            - name: run
              image: batch:2
`)
    const resource = only(text)
    expect(resource.body.entries.get('podSpec')).toBe(
      at(resource.body, 'spec.jobTemplate.spec.template.spec')
    )
    expect(at(resource.body, 'podSpec.initContainers[0].image')?.span.line).toBe(14)
  })

  test('PodTemplate exposes template.spec', () => {
    const text =
      'apiVersion: v1\nkind: PodTemplate\nmetadata:\n  name: t\ntemplate:\n  spec:\n    containers:\n      - name: c\n'
    const resource = only(text)
    expect(resource.body.entries.get('podSpec')).toBe(at(resource.body, 'template.spec'))
  })

  test('another kind with a Deployment-like pod template exposes it too', () => {
    const resource = only(controller('Rollout').replace('apps/v1', 'example.com/v1'))
    expect(resource.type).toBe('Rollout')
    expect(resource.derived).toEqual(['podSpec'])
    expect(resource.body.entries.get('podSpec')).toBe(at(resource.body, 'spec.template.spec'))
  })

  test('kinds that run no pods, and workloads without a template (a patch), have none', () => {
    const service = only(
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: s\nspec:\n  template:\n    spec: {}\n'
    )
    expect(service.body.entries.has('podSpec')).toBe(false)
    expect(service.derived).toBeUndefined()
    const patch = only(
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 3\n'
    )
    expect(patch.body.entries.has('podSpec')).toBe(false)
  })
})
