/** The parts of an image reference: `[registry[:port]/]path[:tag][@digest]`. */
export interface ImageReference {
  /** The reference without tag and digest, as written (`ghcr.io/acme/api`). */
  image: string
  /** The registry host when the reference names one (`ghcr.io`, `localhost:5000`). */
  registry?: string
  /** The path within the registry (`acme/api`, `node`, `library/node`). */
  repository: string
  /** The last segment of the path (`api`, `node`): what end-of-life tables go by. */
  name: string
  tag?: string
  digest?: string
}

/**
 * Splits an image reference. The first path segment is a registry when it
 * has a `.` or a `:` or is `localhost`, as the reference grammar says; the
 * tag follows the last `:` after the last `/`; the digest follows `@`.
 */
export function parseImageReference(ref: string): ImageReference {
  const at = ref.indexOf('@')
  const digest = at < 0 ? undefined : ref.slice(at + 1)
  const named = at < 0 ? ref : ref.slice(0, at)
  const slash = named.lastIndexOf('/')
  const colon = named.lastIndexOf(':')
  const tag = colon > slash ? named.slice(colon + 1) : undefined
  const image = colon > slash ? named.slice(0, colon) : named
  const first = image.indexOf('/')
  const head = first < 0 ? '' : image.slice(0, first)
  const hasRegistry = first >= 0 && (head.includes('.') || head.includes(':') || head === 'localhost')
  const repository = hasRegistry ? image.slice(first + 1) : image
  return {
    image,
    ...(hasRegistry ? { registry: head } : {}),
    repository,
    name: repository.slice(repository.lastIndexOf('/') + 1),
    ...(tag === undefined ? {} : { tag }),
    ...(digest === undefined ? {} : { digest })
  }
}
