// Shared set-up of the registry tests: the real docker-registry on loopback with htpasswd auth, the fault proxy in
// front of it, and build contexts for buildah (FROM scratch, files COPY'd).
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { recordingLogger, type RecordingLogger } from '@slipway/action-kit'
import { RegistryClient } from '@slipway/oci-registry'
import { startLocalRegistry, type LocalRegistry } from '@slipway/oci-registry/local-registry'
import { FaultProxy, tempDir } from '@slipway/test-support'
import { BuildahBuilder } from '../src/builder.js'
import type { ImageSpec } from '../src/images.js'

export const USER = { username: 'publisher', password: 's3cret-Publisher-Token-42' }

export interface Harness {
  registry: LocalRegistry
  proxy: FaultProxy
  dir: string
  stop(): Promise<void>
}

export async function startHarness(): Promise<Harness> {
  const scratch = tempDir('ghcr-publish-test-')
  const registry = await startLocalRegistry({ users: [USER], dir: path.join(scratch.dir, 'registry') })
  const proxy = await FaultProxy.start(registry.host)
  return {
    registry,
    proxy,
    dir: scratch.dir,
    async stop() {
      await proxy.stop()
      await registry.stop()
      scratch.cleanup()
    },
  }
}

export function client(
  host: string,
  logger: RecordingLogger = recordingLogger(),
  password = USER.password,
): RegistryClient {
  return new RegistryClient({
    registry: host,
    insecure: true,
    credentials: { username: USER.username, password },
    logger,
    retry: { minDelayMs: 5, maxDelayMs: 50, attempts: 4 },
  })
}

let counter = 0

/** A build context with a FROM scratch Dockerfile that copies one file (or a broken one that copies a missing file). */
export function buildContext(root: string, repository: string, content: string, broken = false): ImageSpec {
  const context = path.join(root, 'ws', `ctx-${++counter}`)
  mkdirSync(context, { recursive: true })
  writeFileSync(path.join(context, 'payload.txt'), content)
  const dockerfile = broken
    ? 'FROM scratch\nCOPY does-not-exist.txt /\n'
    : 'FROM scratch\nCOPY payload.txt /payload.txt\nENV APP=slipway\n'
  writeFileSync(path.join(context, 'Dockerfile'), dockerfile)
  return { repository, context, file: path.join(context, 'Dockerfile'), buildArgs: {}, platforms: [] }
}

export function builder(root: string, logger: RecordingLogger = recordingLogger()): BuildahBuilder {
  const workDir = path.join(root, `build-${++counter}`)
  mkdirSync(workDir, { recursive: true })
  return new BuildahBuilder({ workDir, logger })
}

export function labelsFor(images: ImageSpec[], revision: string): Map<string, Record<string, string>> {
  return new Map(
    images.map((image) => [
      image.repository,
      {
        'org.opencontainers.image.revision': revision,
        'org.opencontainers.image.version': '1.2.3',
        'org.opencontainers.image.source': 'https://github.com/acme/app',
      },
    ]),
  )
}

/** What skopeo (the independent reader) sees for an image reference in the registry. */
export function skopeoInspect(
  host: string,
  reference: string,
): { Digest: string; Labels: Record<string, string> | null } {
  return JSON.parse(
    execFileSync(
      'skopeo',
      [
        'inspect',
        '--tls-verify=false',
        '--creds',
        `${USER.username}:${USER.password}`,
        `docker://${host}/${reference}`,
      ],
      { encoding: 'utf8' },
    ),
  ) as { Digest: string; Labels: Record<string, string> | null }
}

/** The tags the registry lists for a repository (through skopeo), sorted; [] when the repository does not exist. */
export function registryTags(host: string, repository: string): string[] {
  try {
    const out = execFileSync(
      'skopeo',
      [
        'list-tags',
        '--tls-verify=false',
        '--creds',
        `${USER.username}:${USER.password}`,
        `docker://${host}/${repository}`,
      ],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
    )
    return ((JSON.parse(out) as { Tags: string[] | null }).Tags ?? []).sort()
  } catch {
    return []
  }
}

/** The manifest the registry holds for a reference, as skopeo reads it (`inspect --raw`). */
export function rawManifest(host: string, reference: string): { annotations?: Record<string, string> } {
  return JSON.parse(
    execFileSync(
      'skopeo',
      [
        'inspect',
        '--raw',
        '--tls-verify=false',
        '--creds',
        `${USER.username}:${USER.password}`,
        `docker://${host}/${reference}`,
      ],
      { encoding: 'utf8' },
    ),
  ) as { annotations?: Record<string, string> }
}
