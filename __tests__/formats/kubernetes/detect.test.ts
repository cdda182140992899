import { describe, expect, test } from '@jest/globals'
import { parserFor } from '../../../src/formats/index.js'
import {
  HELM_TEMPLATE_REASON,
  KUSTOMIZATION_REASON,
  TOOL_CONFIG_REASON,
  kubernetesParser
} from '../../../src/formats/kubernetes/index.js'
import { lines, parse } from './helpers.js'

async function formatOf(path: string, text: string): Promise<string | undefined> {
  return (await parserFor(path, async () => text))?.format
}

const WORKFLOW = lines(`
name: ci
on: [push]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm test
        env:
          kind: unit
`)

const OPENAPI = lines(`
openapi: 3.0.3
info:
  title: Shop
  version: 1.0.0
components:
  schemas:
    Object:
      properties:
        apiVersion:
          type: string
        kind:
          type: string
`)

const TEMPLATE = lines(`
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "shop.fullname" . }}
spec:
  replicas: {{ .Values.replicas }}
`)

describe('Kubernetes detection', () => {
  test('a manifest is Kubernetes by its content, whatever its name', async () => {
    expect(
      await formatOf('deploy/web.yaml', 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: w\n')
    ).toBe('kubernetes')
    expect(await formatOf('app.yml', '---\napiVersion: v1\nkind: Service\nmetadata:\n  name: s\n')).toBe(
      'kubernetes'
    )
    expect(await formatOf('pod.json', '{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "p"}}')).toBe(
      'kubernetes'
    )
  })

  test('YAML that is not a cluster object is not Kubernetes', async () => {
    expect(await formatOf('.github/workflows/ci.yml', WORKFLOW)).not.toBe('kubernetes')
    expect(await formatOf('api/openapi.yaml', OPENAPI)).not.toBe('kubernetes')
    expect(await formatOf('app.yml', 'server:\n  port: 8080\n')).not.toBe('kubernetes')
    expect(await formatOf('chart/values.yaml', 'replicas: 2\nimage:\n  tag: 1.2.3\n')).not.toBe('kubernetes')
    expect(await formatOf('chart/Chart.yaml', 'apiVersion: v2\nname: shop\nversion: 0.1.0\n')).not.toBe(
      'kubernetes'
    )
    const cloudformation =
      'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Bucket:\n    Type: AWS::S3::Bucket\n'
    expect(kubernetesParser.claimsContent?.('stack.yaml', cloudformation)).toBe(false)
    expect(await formatOf('stack.yaml', cloudformation)).not.toBe('kubernetes')
  })

  test('nested apiVersion and kind keys do not make a JSON document a manifest', () => {
    const json = '{"definitions": {"Pod": {"apiVersion": "v1", "kind": "Pod"}}}'
    expect(kubernetesParser.claimsContent?.('schema.json', json)).toBe(false)
  })

  test('compose file names are never Kubernetes', () => {
    expect(kubernetesParser.claimsPath('docker-compose.yml')).toBe('no')
    expect(kubernetesParser.claimsPath('deploy/compose.prod.yaml')).toBe('no')
  })

  test('a manifest whose YAML is broken is still claimed, so that its error is reported', () => {
    const broken = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: [p\n'
    expect(kubernetesParser.claimsContent?.('pod.yaml', broken)).toBe(true)
  })

  test('a Helm template is claimed and skipped, without parse errors', async () => {
    expect(await formatOf('charts/shop/templates/deployment.yaml', TEMPLATE)).toBe('kubernetes')
    expect(parse(TEMPLATE, 'charts/shop/templates/deployment.yaml')).toEqual({
      resources: [],
      errors: [],
      skipped: [{ file: 'charts/shop/templates/deployment.yaml', reason: HELM_TEMPLATE_REASON }]
    })
    expect(HELM_TEMPLATE_REASON).toBe('Helm template (not rendered, not scanned)')
  })

  test('a plain manifest under templates/ (no template actions) is read as a manifest', () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n'
    expect(parse(text, 'charts/shop/templates/config.yaml').resources.map(r => r.address)).toEqual([
      'ConfigMap/c'
    ])
  })

  test('a kustomization is claimed by name and skipped: it is not a cluster object', async () => {
    const text = 'resources:\n  - deployment.yaml\npatches:\n  - path: replicas.yaml\n'
    expect(await formatOf('overlays/prod/kustomization.yaml', text)).toBe('kubernetes')
    expect(parse(text, 'overlays/prod/kustomization.yaml')).toEqual({
      resources: [],
      errors: [],
      skipped: [{ file: 'overlays/prod/kustomization.yaml', reason: KUSTOMIZATION_REASON }]
    })
  })

  test('a Kustomization object in a file of another name is skipped the same way', () => {
    const text = 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: [a.yaml]\n'
    expect(parse(text, 'base/build.yaml').skipped).toEqual([
      { file: 'base/build.yaml', reason: KUSTOMIZATION_REASON }
    ])
  })

  test('an overlay patch is read as a plain manifest', () => {
    const patch = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 5\n'
    expect(parse(patch, 'overlays/prod/replicas.yaml').resources.map(r => r.address)).toEqual([
      'Deployment/web'
    ])
  })

  test("a tool's configuration (apiVersion and kind, no metadata) is skipped, not an error", () => {
    const kubeconfig = 'apiVersion: v1\nkind: Config\nclusters: []\ncontexts: []\nusers: []\n'
    expect(parse(kubeconfig, 'ci/kubeconfig.yaml')).toEqual({
      resources: [],
      errors: [],
      skipped: [{ file: 'ci/kubeconfig.yaml', reason: TOOL_CONFIG_REASON }]
    })
  })
})
