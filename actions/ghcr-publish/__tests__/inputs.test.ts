import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { InputError, inputReader } from '@slipway/action-kit'
import { tempDir } from '@slipway/test-support'
import { parseBuildxDriver } from '../src/builder.js'
import { isImmutableTag, parseImmutablePolicy } from '../src/immutable.js'
import { loadImageListParser } from '../src/images.js'
import { getInputs } from '../src/inputs.js'

const scratch = tempDir('ghcr-publish-inputs-')
const workspace = scratch.dir
mkdirSync(path.join(workspace, 'server'), { recursive: true })
writeFileSync(path.join(workspace, 'Dockerfile'), 'FROM scratch\n')
writeFileSync(path.join(workspace, 'server', 'Dockerfile'), 'FROM scratch\n')
writeFileSync(path.join(workspace, 'server', 'Dockerfile.prod'), 'FROM scratch\n')
beforeAll(loadImageListParser)
afterAll(() => scratch.cleanup())

const BASE = { image: 'Acme/App', username: 'octocat', password: 'ghs_secret-value' }

function inputs(values: Record<string, string>): ReturnType<typeof getInputs> {
  const env: NodeJS.ProcessEnv = { GITHUB_WORKSPACE: workspace }
  for (const [name, value] of Object.entries({ ...BASE, ...values })) env[`INPUT_${name.toUpperCase()}`] = value
  return getInputs(inputReader(env))
}

test.each([
  ['exact-versions', '1.2.3', true],
  ['exact-versions', 'v1.2.3', true],
  ['exact-versions', '1.2.3-rc.1', true],
  ['exact-versions', '1.2.3-alpine', true],
  ['exact-versions', '1.2', false],
  ['exact-versions', '1', false],
  ['exact-versions', 'latest', false],
  ['exact-versions', 'sha-abc1234', false],
  ['exact-versions', '01.2.3', false],
  ['all', 'latest', true],
  ['none', '1.2.3', false],
  ['release-*\nsha-*', 'release-2024', true],
  ['release-*\nsha-*', 'sha-abc', true],
  ['release-*\nsha-*', '1.2.3', false],
])('immutable-tags %j: %s is immutable: %s', (policy, tag, expected) => {
  expect(isImmutableTag(tag, parseImmutablePolicy(policy.split('\n')))).toBe(expected)
})

test('one image from the single-image inputs, name lower-cased, Dockerfile in the context', () => {
  const read = inputs({ context: 'server', 'build-args': 'A=1\nB=x=y', platforms: 'linux/amd64, linux/arm64' })
  expect(read.images).toEqual([
    {
      repository: 'acme/app',
      context: path.join(workspace, 'server'),
      file: path.join(workspace, 'server', 'Dockerfile'),
      buildArgs: { A: '1', B: 'x=y' },
      platforms: ['linux/amd64', 'linux/arm64'],
    },
  ])
  expect(read.registry).toBe('ghcr.io')
  expect(read.push).toBe(true)
  expect(read.builder).toBe('auto')
  expect(read.immutable).toEqual({ kind: 'exact-versions' })
})

test('an image list in YAML', () => {
  const read = inputs({
    registry: '127.0.0.1:5000',
    insecure: 'true',
    images: [
      '- name: 127.0.0.1:5000/acme/server',
      '  context: server',
      '  file: server/Dockerfile.prod',
      '  target: runtime',
      '  build-args: { GO_VERSION: "1.22" }',
      '  platforms: linux/amd64,linux/arm64',
      '- name: acme/builder',
      '  build-args: ["X=1"]',
    ].join('\n'),
    cache: 'cache-dir',
  })
  expect(read.images).toEqual([
    {
      repository: 'acme/server',
      context: path.join(workspace, 'server'),
      file: path.join(workspace, 'server', 'Dockerfile.prod'),
      target: 'runtime',
      buildArgs: { GO_VERSION: '1.22' },
      platforms: ['linux/amd64', 'linux/arm64'],
    },
    {
      repository: 'acme/builder',
      context: workspace,
      file: path.join(workspace, 'Dockerfile'),
      buildArgs: { X: '1' },
      platforms: [],
    },
  ])
  expect(read.insecure).toBe(true)
  expect(read.cache).toBe(path.join(workspace, 'cache-dir'))
})

test('with an image list, platforms is the leg of a native multi-arch build: every image builds it', () => {
  const read = inputs({
    images: ['- name: acme/server', '  platforms: linux/amd64', '- name: acme/builder'].join('\n'),
    platforms: 'linux/arm64',
    stage: 'push',
  })
  expect(read.images.map((image) => [image.repository, image.platforms])).toEqual([
    ['acme/server', ['linux/arm64']],
    ['acme/builder', ['linux/arm64']],
  ])
  expect(read.stage).toBe('push')
})

test.each([
  [{ stage: 'promote' }, 'plan', /the plan output of the push stage/],
  [{ stage: 'push', plan: '{}' }, 'plan', /nothing with stage: push/],
  [{ stage: 'promote', plan: 'not json' }, 'plan', /JSON/],
  [{ stage: 'release' }, 'stage', /all, push, promote, merge, cleanup/],
  [{ stage: 'push', push: 'false' }, 'push', /true with stage: push/],
  [{ stage: 'push', 'max-size-increase': '10 percent' }, 'max-size-increase', /percentage/],
  [{ 'max-size-increase': '10%' }, 'max-size-increase', /stage: push, promote, merge/],
  [{ cleanup: 'sometimes' }, 'cleanup', /auto, registry, packages-api, none/],
])('stage input %j fails on %s', (given, name, message) => {
  let thrown: unknown
  try {
    inputs(given)
  } catch (error) {
    thrown = error
  }
  expect(thrown).toBeInstanceOf(InputError)
  expect((thrown as InputError).input).toBe(name)
  expect((thrown as InputError).message).toMatch(message)
})

test.each([
  [{ registry: 'ghcr.io', insecure: 'true' }, 'registry', /loopback host/],
  [{ registry: 'https://ghcr.io' }, 'registry', /registry host like ghcr.io/],
  [{ password: '' }, 'password', /write packages/],
  [{ username: '' }, 'username', /registry user/],
  [{ push: 'yes' }, 'push', /true or false/],
  [{ builder: 'docker' }, 'builder', /one of auto, buildx, buildah/],
  [{ image: 'acme/App Server' }, 'image', /owner\/name/],
  [{ context: '../outside' }, 'context', /inside the workspace/],
  [{ context: 'missing' }, 'context', /existing directory/],
  [{ file: 'server/Nope' }, 'file', /existing file/],
  [{ 'build-args': 'not an arg' }, 'build-args', /NAME=value/],
  [{ platforms: 'amd64' }, 'platforms', /linux\/amd64/],
  [{ images: 'name: x' }, 'images', /YAML list of images/],
  [{ images: '- name: acme/x\n  dockerfile: D' }, 'images', /images\[0\]: one of the keys/],
  [{ images: '- context: server' }, 'images', /images\[0\]: a `name`/],
  [{ images: '- name: a/b\n- name: a/b' }, 'images', /each image name once/],
  [{ images: '- name: a/b', file: 'Dockerfile' }, 'file', /nothing when images is given/],
  [{ cache: 'gha', builder: 'buildah' }, 'cache', /needs buildx/],
  [{ 'immutable-tags': 'v1.* || rm' }, 'immutable-tags', /tag pattern/],
  [{ tags: 'type=nonsense' }, 'tags', /./],
  [{ flavor: 'latest=sometimes' }, 'flavor', /./],
  // The OCI distribution grammar, before anything is built (a port out of range, a name too long, a tag with a space).
  [{ registry: '127.0.0.1:99999' }, 'registry', /port "99999" is not a number from 1 to 65535/],
  [{ registry: '127.0.0.1:0' }, 'registry', /port "0"/],
  [{ registry: 'bad_host.example' }, 'registry', /not a host name/],
  [{ image: `acme/${'a'.repeat(300)}` }, 'image', /at most 255 characters with the registry host/],
  [{ images: `- name: acme/${'b'.repeat(250)}` }, 'images', /at most 255 characters/],
  [{ image: 'acme/-leading' }, 'image', /path components/],
  [{ tags: 'type=raw,value=has space' }, 'tags', /"has space" would be published as "-"/],
  [{ tags: 'type=raw,value=ok,suffix=-a b' }, 'tags', /suffix= text/],
  [{ flavor: 'prefix=v 1' }, 'flavor', /prefix= text/],
  [{ tags: 'ghcr.io/acme/app:has space' }, 'tags', /a valid tag/],
  [{ tags: `ghcr.io/acme/app:${'t'.repeat(129)}` }, 'tags', /at most 128 characters/],
  [{ tags: 'ghcr.io/acme/other:1.0.0' }, 'tags', /one of the images built here \(ghcr.io\/acme\/app\)/],
  [{ tags: 'docker.io/acme/app:1.0.0' }, 'tags', /one of the images built here/],
  [{ tags: 'acme/app:1.0.0' }, 'tags', /starting with the registry host/],
  [{ tags: 'ghcr.io/acme/app@sha256:abc' }, 'tags', /a tag, not a digest/],
  [{ tags: 'ghcr.io/acme/app:1.0.0\ntype=raw,value=x' }, 'tags', /not both/],
  [{ secrets: 'id=npm,src=missing.txt' }, 'secrets', /an existing file/],
  [{ secrets: 'id=npm,env=NOT_SET_ANYWHERE' }, 'secrets', /environment variable that is set/],
  [{ secrets: 'npm-token-value-xyz' }, 'secrets', /id=NAME,src=FILE/],
  [{ secrets: 'id=a,src=Dockerfile\nid=a,src=Dockerfile' }, 'secrets', /each secret id once/],
  [{ ssh: 'default' }, 'ssh', /SSH_AUTH_SOCK is not set/],
  [{ ssh: 'key=/does/not/exist' }, 'ssh', /existing socket or key/],
  [{ 'shm-size': '2 gigs' }, 'shm-size', /2g, 512m/],
  [{ network: 'bridge' }, 'network', /one of default, host, none/],
  [{ 'cache-to': 'type=registry' }, 'cache-to', /the ref= of the cache repository/],
  [{ 'cache-to': 'type=registry,ref=ghcr.io/acme/app-cache:tag' }, 'cache-to', /without a tag/],
  [{ 'cache-from': 'type=gha', builder: 'buildah' }, 'cache-from', /needs buildx/],
  [{ 'cache-from': 'type=s3,bucket=x' }, 'cache-from', /type=registry/],
  [{ annotations: 'no equals sign' }, 'annotations', /key=value/],
  [{ cache: '.' }, 'cache', /it is the workspace itself/],
  [{ cache: '.git/cache' }, 'cache', /inside a .git folder/],
  [{ cache: '/etc/cache' }, 'cache', /outside the workspace/],
  [{ 'allow-moving-tags-backwards': 'sure' }, 'allow-moving-tags-backwards', /true or false/],
])('%j is refused with an error naming the input', (values, input, message) => {
  let error: unknown
  try {
    inputs(values)
  } catch (e) {
    error = e
  }
  expect(error).toBeInstanceOf(InputError)
  expect((error as InputError).input).toBe(input)
  expect((error as InputError).message).toMatch(message)
  expect((error as InputError).message).not.toContain(BASE.password)
  expect((error as InputError).message).not.toContain('npm-token-value-xyz')
})

test('tags as full references (metadata-action output) go to the image they name; rules are then not used', () => {
  const read = inputs({
    images: '- name: acme/server\n  context: server\n- name: acme/builder\n  context: server',
    tags: 'ghcr.io/acme/server:1.2.3\nghcr.io/acme/server:latest\nghcr.io/acme/builder:1.2.3',
  })
  expect(read.references).toEqual(
    new Map([
      ['acme/server', ['1.2.3', 'latest']],
      ['acme/builder', ['1.2.3']],
    ]),
  )
  expect(read.rules.tags).toEqual([])
})

test('build options: secrets from a file and from the environment, ssh, cache, no-cache, pull, network, shm-size', () => {
  const env = { GITHUB_WORKSPACE: workspace, NPM_TOKEN: 'x', SSH_AUTH_SOCK: '/tmp/agent.sock' } as NodeJS.ProcessEnv
  for (const [name, value] of Object.entries({
    ...BASE,
    secrets: 'id=npmrc,src=Dockerfile\nid=token,env=NPM_TOKEN',
    ssh: 'default',
    'cache-from': 'type=registry,ref=ghcr.io/acme/app-cache\ntype=gha',
    // The owner as github.repository_owner gives it: lower-cased, as image names are.
    'cache-to': 'type=registry,ref=ghcr.io/ACME/App-cache',
    'no-cache': 'true',
    pull: 'true',
    network: 'none',
    'shm-size': '2G',
    annotations: 'org.example.team=platform',
  }))
    env[`INPUT_${name.toUpperCase()}`] = value
  const read = getInputs(inputReader(env), env)
  expect(read.build).toEqual({
    secrets: [
      { id: 'npmrc', file: path.join(workspace, 'Dockerfile') },
      { id: 'token', env: 'NPM_TOKEN' },
    ],
    ssh: ['default'],
    noCache: true,
    pull: true,
    network: 'none',
    shmSize: '2g',
    cacheFrom: [
      { type: 'registry', ref: 'ghcr.io/acme/app-cache', attrs: {} },
      { type: 'gha', attrs: {} },
    ],
    cacheTo: [{ type: 'registry', ref: 'ghcr.io/acme/app-cache', attrs: {} }],
  })
  expect(read.annotations).toEqual({ 'org.example.team': 'platform' })
  expect(read.allowMovingTagsBackwards).toBe(false)
})

test.each([
  ['Name:          builder\nDriver:        docker-container\nLast Activity: 2024-01-01\n', 'docker-container'],
  ['Name:   default\nDriver: docker\n\nNodes:\nName: default\n', 'docker'],
  ['no driver line', undefined],
])('the buildx driver of `docker buildx inspect` output %#', (output, driver) => {
  expect(parseBuildxDriver(output)).toBe(driver)
})
