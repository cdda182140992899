import type { SourceFile } from '../../src/formats/format.js'
import { chance, int, pick, random, type Rng } from '../random.js'
import { block, type Node } from './yaml-emitter.js'

// Kubernetes manifests as applications ship them: one multi-document file per application (namespace,
// service account, config, secret, a workload with its pod spec, service, ingress, RBAC, network policy,
// autoscaler, disruption budget), workloads of every kind, container settings safe or not, so that the
// controls have pods, services, ingresses, roles and secrets to look at.

type Doc = Record<string, Node>

const meta = (name: string, namespace: string, app: string): Node => ({
  name,
  namespace,
  labels: { app, 'app.kubernetes.io/part-of': namespace, 'app.kubernetes.io/managed-by': 'kustomize' }
})

function container(rng: Rng, app: string, n: number): Node {
  const env: Node[] = [
    { name: 'LOG_LEVEL', value: pick(rng, ['info', 'debug', 'warn']) },
    { name: 'DATABASE_URL', valueFrom: { secretKeyRef: { name: `${app}-db`, key: 'url' } } },
    { name: 'POD_NAME', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } }
  ]
  if (chance(rng, 0.15))
    env.push({ name: 'AWS_SECRET_ACCESS_KEY', value: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' })
  const security: Record<string, Node> = {
    allowPrivilegeEscalation: chance(rng, 0.2),
    readOnlyRootFilesystem: chance(rng, 0.7),
    runAsNonRoot: chance(rng, 0.8),
    capabilities: chance(rng, 0.75)
      ? { drop: ['ALL'] }
      : { add: [pick(rng, ['NET_ADMIN', 'SYS_ADMIN', 'NET_BIND_SERVICE'])] }
  }
  if (chance(rng, 0.08)) security.privileged = true
  return {
    name: n === 0 ? app : `${app}-sidecar-${n}`,
    image: `registry.example.com/${app}:${chance(rng, 0.1) ? 'latest' : `${int(rng, 1, 4)}.${int(rng, 0, 20)}.${int(rng, 0, 9)}`}`,
    imagePullPolicy: 'IfNotPresent',
    args: ['--port=8080', `--metrics-port=${9000 + n}`],
    ports: [
      { name: 'http', containerPort: 8080, protocol: 'TCP' },
      { name: 'metrics', containerPort: 9000 + n }
    ],
    env,
    ...(chance(rng, 0.85)
      ? {
          resources: {
            requests: { cpu: `${int(rng, 1, 10) * 50}m`, memory: `${int(rng, 1, 8) * 128}Mi` },
            limits: { cpu: String(int(rng, 1, 4)), memory: `${int(rng, 2, 16) * 128}Mi` }
          }
        }
      : {}),
    readinessProbe: {
      httpGet: { path: '/healthz', port: 'http' },
      initialDelaySeconds: 5,
      periodSeconds: 10
    },
    livenessProbe: { httpGet: { path: '/livez', port: 'http' }, failureThreshold: 3 },
    securityContext: security,
    volumeMounts: [
      { name: 'config', mountPath: '/etc/app', readOnly: true },
      { name: 'tmp', mountPath: '/tmp' }
    ]
  }
}

function podSpec(rng: Rng, app: string, kind: string): Node {
  const volumes: Node[] = [
    { name: 'config', configMap: { name: `${app}-config` } },
    { name: 'tmp', emptyDir: {} }
  ]
  if (kind === 'DaemonSet' || chance(rng, 0.05))
    volumes.push({ name: 'host-logs', hostPath: { path: '/var/log', type: 'Directory' } })
  return {
    serviceAccountName: app,
    ...(kind === 'DaemonSet' && chance(rng, 0.5) ? { hostNetwork: true, hostPID: chance(rng, 0.3) } : {}),
    securityContext: chance(rng, 0.7)
      ? { runAsNonRoot: true, runAsUser: 10001, fsGroup: 10001, seccompProfile: { type: 'RuntimeDefault' } }
      : {},
    containers: Array.from({ length: int(rng, 1, 3) }, (_, n) => container(rng, app, n)),
    volumes,
    nodeSelector: { 'kubernetes.io/os': 'linux' },
    tolerations: [{ key: 'dedicated', operator: 'Equal', value: 'apps', effect: 'NoSchedule' }]
  }
}

function workload(rng: Rng, app: string, namespace: string): Doc {
  const kind = pick(rng, ['Deployment', 'Deployment', 'Deployment', 'StatefulSet', 'DaemonSet', 'CronJob'])
  const template = {
    metadata: { labels: { app }, annotations: { 'prometheus.io/scrape': 'true' } },
    spec: podSpec(rng, app, kind)
  }
  const selector = { matchLabels: { app } }
  const spec: Record<string, Node> =
    kind === 'CronJob'
      ? {
          schedule: `${int(rng, 0, 59)} ${int(rng, 0, 23)} * * *`,
          concurrencyPolicy: 'Forbid',
          jobTemplate: { spec: { backoffLimit: 2, template } }
        }
      : kind === 'DaemonSet'
        ? { selector, template }
        : {
            replicas: int(rng, 1, 6),
            selector,
            template,
            ...(kind === 'StatefulSet' ? { serviceName: app } : {})
          }
  if (kind === 'StatefulSet')
    spec.volumeClaimTemplates = [
      {
        metadata: { name: 'data' },
        spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: `${int(rng, 1, 50)}Gi` } } }
      }
    ]
  return {
    apiVersion: kind === 'CronJob' ? 'batch/v1' : 'apps/v1',
    kind,
    metadata: meta(app, namespace, app),
    spec
  }
}

function service(rng: Rng, app: string, namespace: string): Doc {
  const exposed = chance(rng, 0.3)
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: meta(app, namespace, app),
    spec: {
      type: exposed ? 'LoadBalancer' : 'ClusterIP',
      selector: { app },
      ports: [{ name: 'http', port: exposed ? 443 : 80, targetPort: 'http' }],
      ...(exposed && chance(rng, 0.5) ? { loadBalancerSourceRanges: ['203.0.113.0/24'] } : {})
    }
  }
}

function ingress(rng: Rng, app: string, namespace: string): Doc {
  const host = `${app}.${namespace}.example.com`
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: {
      ...(meta(app, namespace, app) as object),
      annotations: { 'kubernetes.io/ingress.class': 'alb' }
    },
    spec: {
      ...(chance(rng, 0.7) ? { tls: [{ hosts: [host], secretName: `${app}-tls` }] } : {}),
      rules: [
        {
          host,
          http: {
            paths: [
              { path: '/', pathType: 'Prefix', backend: { service: { name: app, port: { name: 'http' } } } }
            ]
          }
        }
      ]
    }
  }
}

function rbac(rng: Rng, app: string, namespace: string): Doc[] {
  const cluster = chance(rng, 0.2)
  const kind = cluster ? 'ClusterRole' : 'Role'
  const rules: Node[] = [
    { apiGroups: [''], resources: ['configmaps', 'secrets'], verbs: ['get', 'list', 'watch'] }
  ]
  if (chance(rng, 0.15)) rules.push({ apiGroups: ['*'], resources: ['*'], verbs: ['*'] })
  const metadata = cluster ? { name: `${namespace}-${app}` } : meta(app, namespace, app)
  return [
    { apiVersion: 'v1', kind: 'ServiceAccount', metadata: meta(app, namespace, app) },
    { apiVersion: 'rbac.authorization.k8s.io/v1', kind, metadata, rules },
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: cluster ? 'ClusterRoleBinding' : 'RoleBinding',
      metadata,
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind, name: cluster ? `${namespace}-${app}` : app },
      subjects: [{ kind: 'ServiceAccount', name: app, namespace }]
    }
  ]
}

function config(rng: Rng, app: string, namespace: string): Doc[] {
  const docs: Doc[] = [
    {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: meta(`${app}-config`, namespace, app),
      data: {
        'app.properties': `server.port=8080\nfeature.search=${chance(rng, 0.5)}\ncache.ttl=${int(rng, 10, 600)}\n`,
        LOG_FORMAT: 'json'
      }
    }
  ]
  if (chance(rng, 0.5))
    docs.push({
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: meta(`${app}-db`, namespace, app),
      type: 'Opaque',
      ...(chance(rng, 0.5)
        ? { stringData: { url: `postgres://app:s3cr3t-${int(rng, 100, 999)}@db:5432/app` } }
        : { data: { url: 'cG9zdGdyZXM6Ly9hcHA6cGFzc0BkYjo1NDMyL2FwcA==' } })
    })
  return docs
}

function extras(rng: Rng, app: string, namespace: string): Doc[] {
  return [
    {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: meta(`${app}-ingress`, namespace, app),
      spec: {
        podSelector: { matchLabels: { app } },
        policyTypes: ['Ingress'],
        ingress: [
          {
            from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'ingress' } } }],
            ports: [{ port: 8080 }]
          }
        ]
      }
    },
    {
      apiVersion: 'autoscaling/v2',
      kind: 'HorizontalPodAutoscaler',
      metadata: meta(app, namespace, app),
      spec: {
        scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: app },
        minReplicas: 2,
        maxReplicas: int(rng, 4, 20),
        metrics: [
          {
            type: 'Resource',
            resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } }
          }
        ]
      }
    },
    {
      apiVersion: 'policy/v1',
      kind: 'PodDisruptionBudget',
      metadata: meta(app, namespace, app),
      spec: { minAvailable: 1, selector: { matchLabels: { app } } }
    }
  ]
}

/** One application's manifests, in the order `kubectl apply` wants them. */
export function applicationManifests(rng: Rng, a: number): { namespace: string; app: string; docs: Doc[] } {
  const namespace = pick(rng, ['shop', 'payments', 'search', 'platform', 'data'])
  const app = `${pick(rng, ['orders', 'cart', 'ledger', 'indexer', 'gateway', 'worker'])}-${a}`
  const docs: Doc[] = [
    ...rbac(rng, app, namespace),
    ...config(rng, app, namespace),
    workload(rng, app, namespace)
  ]
  docs.push(service(rng, app, namespace))
  if (chance(rng, 0.5)) docs.push(ingress(rng, app, namespace))
  if (chance(rng, 0.6)) docs.push(...extras(rng, app, namespace))
  return { namespace, app, docs }
}

/** Applications until the corpus holds `bytes` bytes, one multi-document file each. */
export function kubernetesCorpus(bytes: number, seed = 20240603): SourceFile[] {
  const rng = random(seed)
  const files: SourceFile[] = []
  for (let a = 0, size = 0; size < bytes; a++) {
    const { namespace, app, docs } = applicationManifests(rng, a)
    const text = `# ${app}: generated by the platform team's templates\n${docs.map(doc => block(doc)).join('---\n')}`
    const file = { path: `deploy/${namespace}/${app}/${a % 3 === 0 ? 'manifests.yml' : 'app.yaml'}`, text }
    size += Buffer.byteLength(text)
    files.push(file)
  }
  return files
}
