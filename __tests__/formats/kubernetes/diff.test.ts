import { describe, expect, test } from '@jest/globals'
import { scanTexts } from '../../helpers/scan-texts.js'

const deployment = (securityContext: string): string => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: web
          image: registry.example.com/web:2.3.0
          securityContext:
${securityContext}`

const SAFE = '            privileged: false\n'
const PRIVILEGED = '            privileged: true\n'

describe('Kubernetes through the whole pipeline', () => {
  test('a container made privileged: the Deployment is modified at that path, with a new finding on its line', async () => {
    const report = await scanTexts(
      { 'k8s/web.yaml': deployment(SAFE) },
      { 'k8s/web.yaml': deployment(PRIVILEGED) }
    )
    expect(report.errors).toEqual([])
    expect(report.changes.map(c => [c.address, c.type, c.format, c.change, c.line, c.attributes])).toEqual([
      [
        'Deployment/shop/web',
        'Deployment',
        'kubernetes',
        'modified',
        1,
        ['spec.template.spec.containers[0].securityContext.privileged']
      ]
    ])
    const privileged = report.findings.filter(f => f.ruleId === 'k8s-container-privileged')
    expect(privileged.map(f => [f.status, f.file, f.line, f.address, f.row])).toEqual([
      ['new', 'k8s/web.yaml', 19, 'Deployment/shop/web', 'service-configuration']
    ])
  })

  test('removing the problem gives a fixed finding', async () => {
    const report = await scanTexts(
      { 'k8s/web.yaml': deployment(PRIVILEGED) },
      { 'k8s/web.yaml': deployment(SAFE) }
    )
    const privileged = report.findings.filter(f => f.ruleId === 'k8s-container-privileged')
    expect(privileged.map(f => [f.status, f.address])).toEqual([['fixed', 'Deployment/shop/web']])
  })

  test('a new manifest is an added resource per object, with its findings new', async () => {
    const text = `${deployment(PRIVILEGED)}---\napiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  type: LoadBalancer\n`
    const report = await scanTexts({}, { 'k8s/web.yaml': text })
    expect(report.changes.map(c => [c.address, c.change, c.line])).toEqual([
      ['Deployment/shop/web', 'added', 1],
      ['Service/shop/web', 'added', 21]
    ])
    expect(report.findings.filter(f => f.status === 'new').map(f => f.ruleId)).toEqual(
      expect.arrayContaining(['k8s-container-privileged', 'k8s-service-load-balancer-open'])
    )
  })

  test('a Helm template in a pull request is listed as skipped, not as an error', async () => {
    const template = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ .Release.Name }}\n'
    const report = await scanTexts({}, { 'chart/templates/service.yaml': template })
    expect(report.errors).toEqual([])
    expect(report.skipped).toEqual([
      { file: 'chart/templates/service.yaml', reason: 'Helm template (not rendered, not scanned)' }
    ])
  })
})
