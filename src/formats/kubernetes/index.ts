import type { FormatParser } from '../format.js'
import { claimsKubernetesContent, claimsKubernetesPath } from './detect.js'
import { parseManifests } from './parse-manifests.js'

export { claimsKubernetesContent, claimsKubernetesPath, isHelmTemplate } from './detect.js'
export {
  HELM_TEMPLATE_REASON,
  KUSTOMIZATION_REASON,
  TOOL_CONFIG_REASON,
  parseManifests
} from './parse-manifests.js'
export { podSpecOf } from './pod-spec.js'

/**
 * Kubernetes manifests: YAML (and JSON) files whose documents are cluster
 * objects, each file its own unit. Workloads expose their pod spec as
 * `podSpec`; see docs/formats/kubernetes.md.
 */
export const kubernetesParser: FormatParser = {
  format: 'kubernetes',
  claimsPath: claimsKubernetesPath,
  claimsContent: claimsKubernetesContent,
  unitOf: path => path,
  parse: (unit, files) => parseManifests(unit, files)
}
