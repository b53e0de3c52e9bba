import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { exec, isOnPath, type Logger } from '@slipway/action-kit'
import type { ImageSpec } from './images.js'

export type BuilderKind = 'buildx' | 'buildah'

export interface BuildRequest {
  image: ImageSpec
  labels: Record<string, string>
  /** Annotations of the image manifest. */
  annotations?: Record<string, string>
  /** Seconds since the epoch for every timestamp in the image (created, file times): same commit, same digest. */
  timestamp?: number
  /** The OCI image layout directory the image is exported to; the publisher pushes from there. */
  layout: string
  /** Docker-style config.json with the registry's credentials, for base images pulled from it. */
  authFile?: string
  /** Base images may come from a loopback registry over plain HTTP. */
  insecureRegistry?: boolean
}

/** Builds an image into an OCI image layout, pushing nothing: the publisher decides when anything leaves. */
export interface Builder {
  readonly kind: BuilderKind
  build(request: BuildRequest): Promise<void>
}

export interface BuilderOptions {
  /** `gha` (buildx on GitHub), or a directory kept between runs (buildah's storage, buildx's local cache). */
  cache?: string
  /** Scratch space for this run (buildah's storage when no cache directory is given). */
  workDir: string
  logger: Logger
}

const LAYOUT_REF = 'image'

function streamTo(logger: Logger): (line: string) => void {
  return (line) => logger.info(line)
}

/**
 * buildah (no daemon, no root needed): `buildah bud` with chroot isolation and the vfs storage driver in its own
 * --root, so it runs in containers and on runners alike; `buildah push` (or `manifest push --all` for several
 * platforms) then writes an OCI layout.
 */
export class BuildahBuilder implements Builder {
  readonly kind = 'buildah'
  private readonly global: string[]

  constructor(private readonly options: BuilderOptions) {
    const root = options.cache && options.cache !== 'gha' ? options.cache : path.join(options.workDir, 'buildah-root')
    this.global = [
      '--root',
      root,
      '--runroot',
      path.join(options.workDir, 'buildah-runroot'),
      '--storage-driver',
      'vfs',
    ]
  }

  async build(request: BuildRequest): Promise<void> {
    const { image } = request
    const local = `localhost/slipway-build/${image.repository}:${path.basename(request.layout)}`
    const args = [...this.global, 'bud', '--isolation', 'chroot', '--file', image.file]
    if (this.options.cache && this.options.cache !== 'gha') args.push('--layers')
    if (request.timestamp !== undefined) args.push('--timestamp', String(request.timestamp))
    for (const [key, value] of Object.entries(request.labels)) args.push('--label', `${key}=${value}`)
    for (const [key, value] of Object.entries(request.annotations ?? {})) args.push('--annotation', `${key}=${value}`)
    for (const [key, value] of Object.entries(image.buildArgs)) args.push('--build-arg', `${key}=${value}`)
    if (image.target) args.push('--target', image.target)
    if (request.authFile) args.push('--authfile', request.authFile)
    if (request.insecureRegistry) args.push('--tls-verify=false')
    const multi = image.platforms.length > 1
    if (image.platforms.length > 0) args.push('--platform', image.platforms.join(','))
    args.push(multi ? '--manifest' : '--tag', local, image.context)
    const env = { ...process.env, BUILDAH_ISOLATION: 'chroot' }
    await exec('buildah', args, { env, onStdoutLine: streamTo(this.options.logger) })
    await mkdir(path.dirname(request.layout), { recursive: true })
    const destination = `oci:${request.layout}:${LAYOUT_REF}`
    const push = multi
      ? [...this.global, 'manifest', 'push', '--all', '--format', 'oci', local, destination]
      : [...this.global, 'push', '--format', 'oci', local, destination]
    await exec('buildah', push, { env })
  }
}

/**
 * docker buildx (where a Docker engine is present): the OCI exporter writes the layout (`type=oci,tar=false`), so
 * the image is built completely before anything is pushed, as with buildah. `SOURCE_DATE_EPOCH` makes the build
 * reproducible; provenance and SBOM attestations are off because they carry the build time, and a re-run must give
 * the same digest to be recognised as a re-run.
 */
export class BuildxBuilder implements Builder {
  readonly kind = 'buildx'
  constructor(private readonly options: BuilderOptions) {}

  async build(request: BuildRequest): Promise<void> {
    const { image } = request
    const args = ['buildx', 'build', '--file', image.file, '--provenance=false', '--sbom=false']
    args.push('--output', `type=oci,dest=${request.layout},tar=false`)
    for (const [key, value] of Object.entries(request.labels)) args.push('--label', `${key}=${value}`)
    // buildx puts a bare key on the image manifest(s), as buildah does.
    for (const [key, value] of Object.entries(request.annotations ?? {})) args.push('--annotation', `${key}=${value}`)
    for (const [key, value] of Object.entries(image.buildArgs)) args.push('--build-arg', `${key}=${value}`)
    if (image.target) args.push('--target', image.target)
    if (image.platforms.length > 0) args.push('--platform', image.platforms.join(','))
    const cache = this.options.cache
    if (cache === 'gha') args.push('--cache-from', 'type=gha', '--cache-to', 'type=gha,mode=max')
    else if (cache)
      args.push('--cache-from', `type=local,src=${cache}`, '--cache-to', `type=local,dest=${cache},mode=max`)
    args.push(image.context)
    const env: NodeJS.ProcessEnv = { ...process.env }
    if (request.timestamp !== undefined) env.SOURCE_DATE_EPOCH = String(request.timestamp)
    if (request.authFile) env.DOCKER_CONFIG = path.dirname(request.authFile)
    await exec('docker', args, { env, onStderrLine: streamTo(this.options.logger) })
  }
}

/**
 * `auto`: buildx when a Docker engine answers and its current buildx builder can export an OCI layout (a
 * `docker-container`, `kubernetes` or `remote` driver, as docker/setup-buildx-action creates), else buildah. The
 * plain `docker` driver cannot export OCI layouts without the containerd image store, so it is passed over.
 */
export async function selectBuilder(choice: BuilderKind | 'auto', options: BuilderOptions): Promise<Builder> {
  if (choice === 'buildx') return new BuildxBuilder(options)
  if (choice === 'buildah') return new BuildahBuilder(options)
  const driver = await buildxDriver()
  if (driver !== undefined && driver !== 'docker') return new BuildxBuilder(options)
  if (await isOnPath('buildah', ['--version'])) {
    if (driver === 'docker') {
      options.logger.info('builder auto: buildx uses the docker driver, which cannot export OCI layouts; using buildah')
    }
    return new BuildahBuilder(options)
  }
  if (driver === 'docker') {
    throw new Error(
      'builder auto: buildx uses the docker driver (no OCI export) and buildah is not installed; ' +
        'run docker/setup-buildx-action first, or install buildah',
    )
  }
  throw new Error('builder auto: neither a Docker engine with buildx nor buildah was found on this runner')
}

/** The driver of the current buildx builder, or undefined when there is no Docker engine with buildx. */
async function buildxDriver(): Promise<string | undefined> {
  if (!(await isOnPath('docker', ['--version']))) return undefined
  const info = await exec('docker', ['info', '--format', '{{.ServerVersion}}'], { allowFailure: true })
  if (info.exitCode !== 0 || info.stdout.trim() === '') return undefined
  const inspect = await exec('docker', ['buildx', 'inspect'], { allowFailure: true })
  if (inspect.exitCode !== 0) return undefined
  return parseBuildxDriver(inspect.stdout)
}

/** `Driver: docker-container` from `docker buildx inspect`. */
export function parseBuildxDriver(inspectOutput: string): string | undefined {
  return /^Driver:\s*(\S+)/m.exec(inspectOutput)?.[1]
}
