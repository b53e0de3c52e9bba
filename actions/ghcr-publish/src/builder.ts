import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { exec, isOnPath, type Logger } from '@slipway/action-kit'
import { NO_BUILD_OPTIONS, buildxCacheArg, secretArg, type BuildOptions } from './build-options.js'
import type { ImageSpec } from './images.js'

export type BuilderKind = 'buildx' | 'buildah'
export type Environment = Readonly<Record<string, string | undefined>>

export interface BuildRequest {
  image: ImageSpec
  labels: Record<string, string>
  /** Annotations of the image manifest. */
  annotations?: Record<string, string>
  /** Seconds since the epoch for every timestamp in the image (created, file times): same commit, same digest. */
  timestamp?: number
  /** The OCI image layout directory the image is exported to; the publisher pushes from there. */
  layout: string
  /** Docker-style config.json with the registry's credentials, for base images and the registry cache. */
  authFile?: string
  /** Base images and the cache may come from a loopback registry over plain HTTP. */
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
  /** The step's environment (RunnerContext.env), handed to the builder process. */
  env?: Environment
  build?: BuildOptions
}

const LAYOUT_REF = 'image'

function streamTo(logger: Logger): (line: string) => void {
  return (line) => logger.info(line)
}

function childEnv(env: Environment | undefined, extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {}
  for (const [key, value] of Object.entries({ ...(env ?? {}), ...extra })) if (value !== undefined) out[key] = value
  return out
}

/**
 * buildah (no daemon, no root needed): `buildah bud` with chroot isolation and the vfs storage driver in its own
 * --root, so it runs in containers and on runners alike; `buildah push` (or `manifest push --all` for several
 * platforms) then writes an OCI layout.
 */
export class BuildahBuilder implements Builder {
  readonly kind = 'buildah'
  readonly global: string[]

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

  localName(request: BuildRequest): string {
    return `localhost/slipway-build/${request.image.repository}:${path.basename(request.layout)}`
  }

  /** The `buildah bud` arguments of a request (pure: the unit tests read them). */
  budArgs(request: BuildRequest): string[] {
    const { image } = request
    const build = this.options.build ?? NO_BUILD_OPTIONS
    const args = [...this.global, 'bud', '--isolation', 'chroot', '--file', image.file]
    const registryCacheFrom = build.cacheFrom.find((c) => c.type === 'registry')
    const registryCacheTo = build.cacheTo.find((c) => c.type === 'registry')
    if ((this.options.cache && this.options.cache !== 'gha') || registryCacheFrom || registryCacheTo) {
      args.push('--layers')
    }
    // buildah takes one repository each way; it stores every cached step there under its own tag.
    if (registryCacheFrom?.type === 'registry') args.push('--cache-from', registryCacheFrom.ref)
    if (registryCacheTo?.type === 'registry') args.push('--cache-to', registryCacheTo.ref)
    if (build.noCache) args.push('--no-cache')
    if (build.pull) args.push('--pull=always')
    if (build.network !== 'default') args.push('--network', build.network === 'none' ? 'none' : 'host')
    if (build.shmSize) args.push('--shm-size', build.shmSize)
    for (const secret of build.secrets) args.push('--secret', secretArg(secret, 'buildah'))
    for (const ssh of build.ssh) args.push('--ssh', ssh)
    if (request.timestamp !== undefined) args.push('--timestamp', String(request.timestamp))
    for (const [key, value] of Object.entries(request.labels)) args.push('--label', `${key}=${value}`)
    for (const [key, value] of Object.entries(request.annotations ?? {})) args.push('--annotation', `${key}=${value}`)
    for (const [key, value] of Object.entries(image.buildArgs)) args.push('--build-arg', `${key}=${value}`)
    if (image.target) args.push('--target', image.target)
    if (request.authFile) args.push('--authfile', request.authFile)
    if (request.insecureRegistry) args.push('--tls-verify=false')
    const multi = image.platforms.length > 1
    if (image.platforms.length > 0) args.push('--platform', image.platforms.join(','))
    args.push(multi ? '--manifest' : '--tag', this.localName(request), image.context)
    return args
  }

  async build(request: BuildRequest): Promise<void> {
    const env = childEnv(this.options.env, { BUILDAH_ISOLATION: 'chroot' })
    // buildah writes its steps to stdout and the registry cache's pulls and pushes to stderr: both go to the log.
    const log = streamTo(this.options.logger)
    await exec('buildah', this.budArgs(request), { env, onStdoutLine: log, onStderrLine: log })
    await mkdir(path.dirname(request.layout), { recursive: true })
    const destination = `oci:${request.layout}:${LAYOUT_REF}`
    const local = this.localName(request)
    const push =
      request.image.platforms.length > 1
        ? [...this.global, 'manifest', 'push', '--all', '--format', 'oci', local, destination]
        : [...this.global, 'push', '--format', 'oci', local, destination]
    await exec('buildah', push, { env })
  }
}

/**
 * Where buildx keeps its builder instances: `$BUILDX_CONFIG`, else `$DOCKER_CONFIG/buildx`, else `~/.docker/buildx`.
 * Pointing DOCKER_CONFIG at the temporary credentials would hide the builder docker/setup-buildx-action created, so
 * BUILDX_CONFIG keeps naming the user's own place.
 */
export function buildxConfigDir(env: Environment): string | undefined {
  if (env.BUILDX_CONFIG) return env.BUILDX_CONFIG
  if (env.DOCKER_CONFIG) return path.join(env.DOCKER_CONFIG, 'buildx')
  if (env.HOME) return path.join(env.HOME, '.docker', 'buildx')
  return undefined
}

/** The user's docker config.json: `$DOCKER_CONFIG/config.json`, else `~/.docker/config.json`. */
export function dockerConfigFile(env: Environment): string | undefined {
  if (env.DOCKER_CONFIG) return path.join(env.DOCKER_CONFIG, 'config.json')
  if (env.HOME) return path.join(env.HOME, '.docker', 'config.json')
  return undefined
}

/**
 * The environment of `docker buildx build`: DOCKER_CONFIG at the temporary config (the user's auths merged with the
 * registry's credentials), BUILDX_CONFIG at the user's buildx folder, SOURCE_DATE_EPOCH for reproducible builds.
 */
export function buildxEnvironment(
  env: Environment,
  request: Pick<BuildRequest, 'authFile' | 'timestamp'>,
): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = { ...env }
  if (request.authFile) {
    const buildx = buildxConfigDir(env)
    out.DOCKER_CONFIG = path.dirname(request.authFile)
    if (buildx) out.BUILDX_CONFIG = buildx
  }
  if (request.timestamp !== undefined) out.SOURCE_DATE_EPOCH = String(request.timestamp)
  return out
}

/**
 * docker buildx (where a Docker engine is present): the OCI exporter writes the layout (`type=oci,tar=false`), so
 * the image is built completely before anything is pushed, as with buildah. `SOURCE_DATE_EPOCH` fixes the image's
 * dates and `rewrite-timestamp=true` (BuildKit ≥ 0.13) the file times inside the layers, so a re-run of the same
 * revision gives the same digest; provenance and SBOM attestations are off because they carry the build time.
 */
export class BuildxBuilder implements Builder {
  readonly kind = 'buildx'
  constructor(private readonly options: BuilderOptions) {}

  /** The `docker buildx build` arguments of a request (pure: the unit tests read them). */
  buildArgs(request: BuildRequest): string[] {
    const { image } = request
    const build = this.options.build ?? NO_BUILD_OPTIONS
    const args = ['buildx', 'build', '--file', image.file, '--provenance=false', '--sbom=false']
    const output = [`type=oci`, `dest=${request.layout}`, 'tar=false']
    if (request.timestamp !== undefined) output.push('rewrite-timestamp=true')
    args.push('--output', output.join(','))
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
    for (const spec of build.cacheFrom) args.push('--cache-from', buildxCacheArg(spec, false))
    for (const spec of build.cacheTo) args.push('--cache-to', buildxCacheArg(spec, true))
    if (build.noCache) args.push('--no-cache')
    if (build.pull) args.push('--pull')
    if (build.network !== 'default') args.push('--network', build.network)
    if (build.shmSize) args.push('--shm-size', build.shmSize)
    for (const secret of build.secrets) args.push('--secret', secretArg(secret, 'buildx'))
    for (const ssh of build.ssh) args.push('--ssh', ssh)
    args.push(image.context)
    return args
  }

  async build(request: BuildRequest): Promise<void> {
    const env = childEnv(buildxEnvironment(this.options.env ?? {}, request))
    await exec('docker', this.buildArgs(request), { env, onStderrLine: streamTo(this.options.logger) })
  }
}

export interface SelectedBuilder {
  builder: Builder
  /** Why this builder, for the log and the summary. */
  reason: string
}

export interface BuilderProbe {
  /** buildah answers `buildah --version`. */
  buildah(): Promise<boolean>
  /** The driver of the current buildx builder; undefined without a Docker engine with buildx. */
  buildxDriver(): Promise<string | undefined>
}

/**
 * `auto`: buildah whenever it is installed (the hosted Ubuntu image has it; no daemon, and it never depends on the
 * builder another step configured); buildx only when buildah is missing, and then only with a driver that can
 * export an OCI layout (`docker-container`, `kubernetes`, `remote`: what docker/setup-buildx-action creates).
 */
export async function selectBuilder(
  choice: BuilderKind | 'auto',
  options: BuilderOptions,
  probe: BuilderProbe = systemProbe(options.env),
): Promise<SelectedBuilder> {
  if (choice === 'buildx') return { builder: new BuildxBuilder(options), reason: 'chosen by the builder input' }
  if (choice === 'buildah') return { builder: new BuildahBuilder(options), reason: 'chosen by the builder input' }
  if (await probe.buildah()) {
    return { builder: new BuildahBuilder(options), reason: 'auto: buildah is installed (auto prefers it)' }
  }
  const driver = await probe.buildxDriver()
  if (driver !== undefined && driver !== 'docker') {
    return {
      builder: new BuildxBuilder(options),
      reason: `auto: buildah is not installed; buildx has the ${driver} driver, which exports OCI layouts`,
    }
  }
  if (driver === 'docker') {
    throw new Error(
      'builder auto: buildah is not installed and buildx uses the docker driver, which cannot export an OCI ' +
        'layout; install buildah, or run docker/setup-buildx-action first',
    )
  }
  throw new Error('builder auto: neither buildah nor a Docker engine with buildx was found on this runner')
}

function systemProbe(env: Environment | undefined): BuilderProbe {
  return {
    buildah: () => isOnPath('buildah', ['--version']),
    buildxDriver: async () => {
      if (!(await isOnPath('docker', ['--version']))) return undefined
      const options = { allowFailure: true, env: childEnv(env) }
      const info = await exec('docker', ['info', '--format', '{{.ServerVersion}}'], options)
      if (info.exitCode !== 0 || info.stdout.trim() === '') return undefined
      const inspect = await exec('docker', ['buildx', 'inspect'], options)
      if (inspect.exitCode !== 0) return undefined
      return parseBuildxDriver(inspect.stdout)
    },
  }
}

/** `Driver: docker-container` from `docker buildx inspect`. */
export function parseBuildxDriver(inspectOutput: string): string | undefined {
  return /^Driver:\s*(\S+)/m.exec(inspectOutput)?.[1]
}
