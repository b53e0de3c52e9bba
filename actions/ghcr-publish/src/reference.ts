import { InputError } from '@slipway/action-kit'
import { registryHostProblem } from '@slipway/oci-registry'

// The grammar of the OCI distribution spec (v1.1, "Pulling manifests"; docker/distribution's reference package):
// a repository name is path components of lowercase letters and digits joined by `.`, `_`, `__` or dashes; a tag
// is at most 128 characters of letters, digits, `_`, `.` and `-`, not starting with `.` or `-`. Clients and
// registries cap the whole name (host, `/`, repository) at 255 characters.
const COMPONENT = '[a-z0-9]+(?:(?:\\.|_|__|-+)[a-z0-9]+)*'
const REPOSITORY = new RegExp(`^${COMPONENT}(?:/${COMPONENT})*$`)
const TAG = /^[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}$/
export const NAME_MAX = 255

/** Why a registry host (`ghcr.io`, `127.0.0.1:5000`, `[::1]:5000`) is not one, or undefined when it is. */
export const registryProblem = registryHostProblem

export function assertRegistry(input: string, value: string): string {
  const problem = registryProblem(value)
  if (problem) throw new InputError(input, value, `a registry host like ghcr.io or 127.0.0.1:5000 (${problem})`)
  return value
}

/** Why a repository name is not valid in `registry`, or undefined when it is. */
export function repositoryProblem(repository: string, registry: string): string | undefined {
  if (!REPOSITORY.test(repository)) {
    return 'path components of lowercase letters and digits, joined by ., _, __ or -, separated by /'
  }
  const total = registry.length + 1 + repository.length
  if (total > NAME_MAX) {
    return `at most ${NAME_MAX} characters with the registry host (${registry}/… is ${total})`
  }
  return undefined
}

/** Why a tag is not one, or undefined when it is. */
export function tagProblem(tag: string): string | undefined {
  if (tag.length > 128) return `at most 128 characters (it has ${tag.length})`
  if (!TAG.test(tag)) return 'letters, digits, _ . and -, not starting with . or - (no spaces)'
  return undefined
}

export function assertTag(input: string, value: string, tag = value): string {
  const problem = tagProblem(tag)
  if (problem) throw new InputError(input, value, `a valid tag: ${JSON.stringify(tag)} is not (${problem})`)
  return tag
}

/** A full reference `registry/owner/name:tag` (as metadata-action's and oci-labels' `tags` outputs give them). */
export interface TagReference {
  registry: string
  repository: string
  tag: string
}

/**
 * Parses `host[:port]/path:tag`. The host is the first component when it has a `.` or a `:` or is `localhost`
 * (docker's rule); a reference without one is refused rather than sent to docker.io.
 */
export function parseTagReference(input: string, value: string): TagReference {
  const expected = 'a full reference registry/owner/name:tag'
  if (value.includes('@')) throw new InputError(input, value, `${expected} (a tag, not a digest)`)
  const slash = value.indexOf('/')
  const first = slash < 0 ? '' : value.slice(0, slash)
  if (slash < 0 || !(first.includes('.') || first.includes(':') || first === 'localhost')) {
    throw new InputError(input, value, `${expected}, starting with the registry host`)
  }
  const rest = value.slice(slash + 1)
  const colon = rest.lastIndexOf(':')
  if (colon < 0) throw new InputError(input, value, `${expected} (the :tag is missing)`)
  const repository = rest.slice(0, colon)
  const tag = rest.slice(colon + 1)
  const hostProblem = registryProblem(first)
  if (hostProblem) throw new InputError(input, value, `${expected} (${hostProblem})`)
  const nameProblem = repositoryProblem(repository, first)
  if (nameProblem)
    throw new InputError(
      input,
      value,
      `${expected}: the name ${JSON.stringify(repository)} is not valid (${nameProblem})`,
    )
  assertTag(input, value, tag)
  return { registry: first, repository, tag }
}
