import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { randomBytes, removeOwned, type OwnedRoots } from '@slipway/action-kit'

export interface DockerConfig {
  auths: Record<string, { auth?: string; identitytoken?: string; registrytoken?: string }>
  credHelpers?: Record<string, string>
}

/**
 * The temporary docker config: the user's existing `auths` (logins made earlier by docker/login-action stay usable
 * for base images and caches on other registries) and `credHelpers`, with this registry's credentials over them.
 * `credsStore` is left out: with it, docker would ask the store for this registry too and ignore the inline auth.
 */
export function mergedDockerConfig(
  existing: unknown,
  registry: string,
  credentials: { username: string; password: string },
): DockerConfig {
  const config: DockerConfig = { auths: {} }
  if (isRecord(existing)) {
    if (isRecord(existing.auths)) {
      for (const [host, entry] of Object.entries(existing.auths)) {
        if (!isRecord(entry)) continue
        const kept: DockerConfig['auths'][string] = {}
        for (const key of ['auth', 'identitytoken', 'registrytoken'] as const) {
          const value = entry[key]
          if (typeof value === 'string' && value !== '') kept[key] = value
        }
        if (Object.keys(kept).length > 0) config.auths[host] = kept
      }
    }
    if (isRecord(existing.credHelpers)) {
      const helpers = Object.entries(existing.credHelpers).filter(
        (entry): entry is [string, string] => typeof entry[1] === 'string' && entry[0] !== registry,
      )
      if (helpers.length > 0) config.credHelpers = Object.fromEntries(helpers)
    }
  }
  const auth = Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')
  config.auths[registry] = { auth }
  return config
}

/**
 * Writes the docker config (what buildah's --authfile and buildx's DOCKER_CONFIG read) as `config.json`, alone in
 * a fresh folder of the runner's temp folder, readable by the runner's user only. The post step removes it.
 */
export function writeCredentialsFile(temp: string, config: DockerConfig): string {
  const dir = path.join(temp, `ghcr-publish-auth-${randomBytes(6).toString('hex')}`)
  mkdirSync(dir, { recursive: true, mode: 0o700 })
  const file = path.join(dir, 'config.json')
  writeFileSync(file, JSON.stringify(config), { mode: 0o600 })
  return file
}

/**
 * Removes the folder written by writeCredentialsFile: only a folder of that name, inside what slipway owns
 * (checked again by removeOwned), so a tampered state value cannot steer the delete elsewhere.
 */
export async function removeCredentialsFile(roots: OwnedRoots, file: string): Promise<boolean> {
  const dir = path.dirname(file)
  if (!/^ghcr-publish-auth-[0-9a-f]{12}$/.test(path.basename(dir)) || path.basename(file) !== 'config.json')
    return false
  await removeOwned(roots, dir)
  return true
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
