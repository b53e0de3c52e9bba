import { randomBytes } from 'node:crypto'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/**
 * Writes the registry credentials to a Docker-style `config.json` (what buildah's --authfile and buildx's
 * DOCKER_CONFIG read), alone in a fresh directory readable by the runner's user only. The post step removes it.
 */
export function writeCredentialsFile(
  tempRoot: string,
  registry: string,
  credentials: { username: string; password: string },
): string {
  const dir = path.join(tempRoot, `ghcr-publish-auth-${randomBytes(6).toString('hex')}`)
  mkdirSync(dir, { recursive: true, mode: 0o700 })
  const file = path.join(dir, 'config.json')
  const auth = Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')
  writeFileSync(file, JSON.stringify({ auths: { [registry]: { auth } } }), { mode: 0o600 })
  return file
}

/** Removes the directory written by writeCredentialsFile; only a directory of that name, and only once. */
export function removeCredentialsFile(file: string): boolean {
  const dir = path.dirname(file)
  if (!/^ghcr-publish-auth-[0-9a-f]{12}$/.test(path.basename(dir)) || path.basename(file) !== 'config.json')
    return false
  rmSync(dir, { recursive: true, force: true })
  return true
}
