import { InputError } from '@slipway/action-kit'
import { registryProblem, repositoryProblem } from './reference.js'

/** A build secret: a file, or an environment variable of the step. Only its id ever appears in logs. */
export type SecretSpec = { id: string; file: string } | { id: string; env: string }

/**
 * A layer cache, in build-push-action's syntax: `type=registry,ref=ghcr.io/owner/name-cache` (both builders: buildah
 * `--cache-from/--cache-to` with `--layers`, buildx's registry cache), `type=gha` and `type=local` (buildx only).
 */
export type CacheSpec =
  | { type: 'registry'; ref: string; attrs: Record<string, string> }
  | { type: 'gha' | 'local'; attrs: Record<string, string> }

/** What the run asks of the builder beyond the Dockerfile: the options both builders map (see the README). */
export interface BuildOptions {
  secrets: SecretSpec[]
  /** `default` or `id=socket-or-key`, passed to `--ssh`. */
  ssh: string[]
  noCache: boolean
  /** Always pull the base images, even when a copy is at hand. */
  pull: boolean
  network: 'default' | 'host' | 'none'
  shmSize: string | undefined
  cacheFrom: CacheSpec[]
  cacheTo: CacheSpec[]
}

export const NO_BUILD_OPTIONS: BuildOptions = {
  secrets: [],
  ssh: [],
  noCache: false,
  pull: false,
  network: 'default',
  shmSize: undefined,
  cacheFrom: [],
  cacheTo: [],
}

export function parseCacheSpecs(
  input: string,
  lines: readonly string[],
  registry: string,
  builder: 'auto' | 'buildx' | 'buildah',
): CacheSpec[] {
  const expected = 'type=registry,ref=REGISTRY/OWNER/NAME-cache (both builders), type=gha or type=local (buildx)'
  return lines.map((line) => {
    const attrs: Record<string, string> = {}
    for (const part of line.split(',')) {
      const cut = part.indexOf('=')
      if (cut <= 0) throw new InputError(input, line, expected)
      attrs[part.slice(0, cut).trim()] = part.slice(cut + 1).trim()
    }
    // A bare reference is a registry cache, as build-push-action reads `user/app:cache`.
    const { type = 'registry', ref, ...rest } = attrs
    if (type === 'registry') {
      if (!ref) throw new InputError(input, line, `${expected}: the ref= of the cache repository`)
      const slash = ref.indexOf('/')
      const host = ref.slice(0, Math.max(0, slash))
      // Lower-cased as image names are: `${{ github.repository_owner }}-cache` is often in capitals, GHCR wants none.
      const repository = ref.slice(slash + 1).toLowerCase()
      const problem =
        slash < 0 ? 'it names no registry host' : (registryProblem(host) ?? repositoryProblem(repository, host))
      if (problem) {
        throw new InputError(
          input,
          line,
          `a cache repository like ${registry}/owner/name-cache, without a tag (${problem})`,
        )
      }
      return { type: 'registry', ref: `${host}/${repository}`, attrs: rest }
    }
    if (type === 'gha' || type === 'local') {
      if (builder === 'buildah') throw new InputError(input, line, `type=registry: type=${type} needs buildx`)
      return { type, attrs: ref === undefined ? rest : { ...rest, ref } }
    }
    throw new InputError(input, line, expected)
  })
}

/** buildx's own syntax for a cache spec. */
export function buildxCacheArg(spec: CacheSpec, to: boolean): string {
  const attrs = Object.entries(spec.attrs).map(([k, v]) => `${k}=${v}`)
  if (spec.type === 'registry') {
    return [`type=registry`, `ref=${spec.ref}`, ...(to && !('mode' in spec.attrs) ? ['mode=max'] : []), ...attrs].join(
      ',',
    )
  }
  return [`type=${spec.type}`, ...attrs].join(',')
}

/** The `--secret` of each builder: buildah 1.28 reads an environment variable as `type=env,src=NAME`. */
export function secretArg(secret: SecretSpec, builder: 'buildah' | 'buildx'): string {
  if ('file' in secret) return `id=${secret.id},src=${secret.file}`
  return builder === 'buildah' ? `id=${secret.id},src=${secret.env},type=env` : `id=${secret.id},env=${secret.env}`
}
