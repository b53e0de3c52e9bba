// The builder choice and the command lines and environments both builders get. buildx cannot run on this machine
// (no buildx package), so its argument lists and its config handling are checked here, exactly.
import path from 'node:path'
import { recordingLogger } from '@slipway/action-kit'
import { NO_BUILD_OPTIONS, type BuildOptions } from '../src/build-options.js'
import {
  BuildahBuilder,
  BuildxBuilder,
  buildxConfigDir,
  buildxEnvironment,
  dockerConfigFile,
  selectBuilder,
  type BuildRequest,
  type BuilderProbe,
} from '../src/builder.js'
import { mergedDockerConfig } from '../src/credentials.js'

const image = {
  repository: 'acme/app',
  context: '/ws/app',
  file: '/ws/app/Dockerfile',
  buildArgs: { VERSION: '1.2.3' },
  platforms: ['linux/amd64', 'linux/arm64'],
  target: 'runtime',
}
const request: BuildRequest = {
  image,
  labels: { 'org.opencontainers.image.version': '1.2.3' },
  annotations: { 'org.opencontainers.image.revision': 'abc' },
  timestamp: 1_700_000_000,
  layout: '/tmp/work/layouts/0',
  authFile: '/tmp/runner/ghcr-publish-auth-0123456789ab/config.json',
}
const everything: BuildOptions = {
  secrets: [
    { id: 'npmrc', file: '/home/runner/.npmrc' },
    { id: 'token', env: 'NPM_TOKEN' },
  ],
  ssh: ['default', 'deploy=/keys/id_ed25519'],
  noCache: true,
  pull: true,
  network: 'none',
  shmSize: '2g',
  cacheFrom: [
    { type: 'registry', ref: 'ghcr.io/acme/app-cache', attrs: {} },
    { type: 'gha', attrs: { scope: 'app' } },
  ],
  cacheTo: [
    { type: 'registry', ref: 'ghcr.io/acme/app-cache', attrs: {} },
    { type: 'gha', attrs: { scope: 'app', mode: 'max' } },
  ],
}
const options = (build: BuildOptions = NO_BUILD_OPTIONS) => ({
  workDir: '/tmp/work',
  logger: recordingLogger(),
  env: {},
  build,
})

test('buildx: the OCI exporter with rewrite-timestamp, no attestations, labels, annotations, args, platforms', () => {
  expect(new BuildxBuilder(options()).buildArgs(request)).toEqual([
    'buildx',
    'build',
    '--file',
    '/ws/app/Dockerfile',
    '--provenance=false',
    '--sbom=false',
    '--output',
    'type=oci,dest=/tmp/work/layouts/0,tar=false,rewrite-timestamp=true',
    '--label',
    'org.opencontainers.image.version=1.2.3',
    '--annotation',
    'org.opencontainers.image.revision=abc',
    '--build-arg',
    'VERSION=1.2.3',
    '--target',
    'runtime',
    '--platform',
    'linux/amd64,linux/arm64',
    '/ws/app',
  ])
})

test('buildx: without a timestamp the exporter is left to rewrite nothing', () => {
  const { timestamp: _, ...untimed } = request
  const args = new BuildxBuilder(options()).buildArgs(untimed)
  expect(args[args.indexOf('--output') + 1]).toBe('type=oci,dest=/tmp/work/layouts/0,tar=false')
})

test('buildx: every build option, in build-push-action syntax', () => {
  const args = new BuildxBuilder(options(everything)).buildArgs(request)
  const tail = args.slice(args.indexOf('runtime') + 1)
  expect(tail).toEqual([
    '--platform',
    'linux/amd64,linux/arm64',
    '--cache-from',
    'type=registry,ref=ghcr.io/acme/app-cache',
    '--cache-from',
    'type=gha,scope=app',
    '--cache-to',
    'type=registry,ref=ghcr.io/acme/app-cache,mode=max',
    '--cache-to',
    'type=gha,scope=app,mode=max',
    '--no-cache',
    '--pull',
    '--network',
    'none',
    '--shm-size',
    '2g',
    '--secret',
    'id=npmrc,src=/home/runner/.npmrc',
    '--secret',
    'id=token,env=NPM_TOKEN',
    '--ssh',
    'default',
    '--ssh',
    'deploy=/keys/id_ed25519',
    '/ws/app',
  ])
})

test('buildx: the cache input maps to gha or a local folder', () => {
  const gha = new BuildxBuilder({ ...options(), cache: 'gha' }).buildArgs(request)
  expect(gha.join(' ')).toContain('--cache-from type=gha --cache-to type=gha,mode=max')
  const local = new BuildxBuilder({ ...options(), cache: '/cache' }).buildArgs(request)
  expect(local.join(' ')).toContain('--cache-from type=local,src=/cache --cache-to type=local,dest=/cache,mode=max')
})

test.each([
  [{ BUILDX_CONFIG: '/custom/buildx', DOCKER_CONFIG: '/d', HOME: '/home/u' }, '/custom/buildx'],
  [{ DOCKER_CONFIG: '/d', HOME: '/home/u' }, '/d/buildx'],
  [{ HOME: '/home/u' }, '/home/u/.docker/buildx'],
  [{}, undefined],
])('buildx keeps its builders where the user has them: %j → %s', (env, expected) => {
  expect(buildxConfigDir(env)).toBe(expected)
  const out = buildxEnvironment(env, request)
  // The temporary config carries the credentials; the builders stay the user's.
  expect(out.DOCKER_CONFIG).toBe('/tmp/runner/ghcr-publish-auth-0123456789ab')
  expect(out.BUILDX_CONFIG).toBe(expected)
  expect(out.SOURCE_DATE_EPOCH).toBe('1700000000')
  expect(out.HOME).toBe((env as { HOME?: string }).HOME)
})

test('buildx without credentials leaves DOCKER_CONFIG and BUILDX_CONFIG alone', () => {
  const env = { DOCKER_CONFIG: '/d', PATH: '/bin' }
  expect(buildxEnvironment(env, { timestamp: 5 })).toEqual({
    DOCKER_CONFIG: '/d',
    PATH: '/bin',
    SOURCE_DATE_EPOCH: '5',
  })
})

test.each([
  [{ DOCKER_CONFIG: '/d', HOME: '/h' }, '/d/config.json'],
  [{ HOME: '/h' }, '/h/.docker/config.json'],
  [{}, undefined],
])('the user docker config of %j is %s', (env, expected) => {
  expect(dockerConfigFile(env)).toBe(expected)
})

test("the temporary docker config keeps the user's logins and helpers, with this registry's credentials on top", () => {
  const existing = {
    auths: {
      'docker.io': { auth: 'dXNlcjpodWI=' },
      'ghcr.io': { auth: 'b2xkOm9sZA==' },
      'quay.io': { identitytoken: 'tok' },
      'empty.example': {},
      broken: 'nope',
    },
    credHelpers: { 'gcr.io': 'gcloud', 'ghcr.io': 'desktop' },
    credsStore: 'desktop',
    proxies: { default: { httpProxy: 'http://proxy:3128' } },
  }
  expect(mergedDockerConfig(existing, 'ghcr.io', { username: 'me', password: 'pw' })).toEqual({
    auths: {
      'docker.io': { auth: 'dXNlcjpodWI=' },
      'ghcr.io': { auth: Buffer.from('me:pw').toString('base64') },
      'quay.io': { identitytoken: 'tok' },
    },
    credHelpers: { 'gcr.io': 'gcloud' },
  })
  expect(mergedDockerConfig(undefined, '127.0.0.1:5000', { username: 'a', password: 'b' })).toEqual({
    auths: { '127.0.0.1:5000': { auth: Buffer.from('a:b').toString('base64') } },
  })
  expect(mergedDockerConfig('not json object', 'r', { username: 'a', password: 'b' }).auths).toEqual({
    r: { auth: Buffer.from('a:b').toString('base64') },
  })
})

test('buildah: the bud command line with every build option mapped', () => {
  const builder = new BuildahBuilder(options(everything))
  expect(builder.budArgs({ ...request, insecureRegistry: true })).toEqual([
    '--root',
    path.join('/tmp/work', 'buildah-root'),
    '--runroot',
    path.join('/tmp/work', 'buildah-runroot'),
    '--storage-driver',
    'vfs',
    'bud',
    '--isolation',
    'chroot',
    '--file',
    '/ws/app/Dockerfile',
    '--layers',
    '--cache-from',
    'ghcr.io/acme/app-cache',
    '--cache-to',
    'ghcr.io/acme/app-cache',
    '--no-cache',
    '--pull=always',
    '--network',
    'none',
    '--shm-size',
    '2g',
    '--secret',
    'id=npmrc,src=/home/runner/.npmrc',
    '--secret',
    'id=token,src=NPM_TOKEN,type=env',
    '--ssh',
    'default',
    '--ssh',
    'deploy=/keys/id_ed25519',
    '--timestamp',
    '1700000000',
    '--label',
    'org.opencontainers.image.version=1.2.3',
    '--annotation',
    'org.opencontainers.image.revision=abc',
    '--build-arg',
    'VERSION=1.2.3',
    '--target',
    'runtime',
    '--authfile',
    '/tmp/runner/ghcr-publish-auth-0123456789ab/config.json',
    '--tls-verify=false',
    '--platform',
    'linux/amd64,linux/arm64',
    '--manifest',
    'localhost/slipway-build/acme/app:0',
    '/ws/app',
  ])
})

function probe(buildah: boolean, driver: string | undefined): BuilderProbe {
  return { buildah: () => Promise.resolve(buildah), buildxDriver: () => Promise.resolve(driver) }
}

test.each([
  ['auto', true, 'docker-container', 'buildah', /auto: buildah is installed/],
  ['auto', true, undefined, 'buildah', /auto: buildah is installed/],
  ['auto', false, 'docker-container', 'buildx', /buildah is not installed; buildx has the docker-container driver/],
  ['buildx', true, undefined, 'buildx', /chosen by the builder input/],
  ['buildah', false, 'docker-container', 'buildah', /chosen by the builder input/],
] as const)('builder %s (buildah installed: %s, buildx driver %s) → %s', async (choice, buildah, driver, kind, why) => {
  const selected = await selectBuilder(choice, options(), probe(buildah, driver))
  expect(selected.builder.kind).toBe(kind)
  expect(selected.reason).toMatch(why)
})

test.each([
  ['docker', /docker driver, which cannot export an OCI layout/],
  [undefined, /neither buildah nor a Docker engine with buildx/],
])('builder auto without buildah and buildx driver %s fails clearly', async (driver, message) => {
  await expect(selectBuilder('auto', options(), probe(false, driver))).rejects.toThrow(message)
})
