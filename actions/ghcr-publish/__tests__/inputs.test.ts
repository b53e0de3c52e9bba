import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { InputError, inputReader } from '@slipway/action-kit'
import { tempDir } from '@slipway/test-support'
import { parseBuildxDriver } from '../src/builder.js'
import { isImmutableTag, parseImmutablePolicy } from '../src/immutable.js'
import { getInputs } from '../src/inputs.js'

const scratch = tempDir('ghcr-publish-inputs-')
const workspace = scratch.dir
mkdirSync(path.join(workspace, 'server'), { recursive: true })
writeFileSync(path.join(workspace, 'Dockerfile'), 'FROM scratch\n')
writeFileSync(path.join(workspace, 'server', 'Dockerfile'), 'FROM scratch\n')
writeFileSync(path.join(workspace, 'server', 'Dockerfile.prod'), 'FROM scratch\n')
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
})

test.each([
  ['Name:          builder\nDriver:        docker-container\nLast Activity: 2024-01-01\n', 'docker-container'],
  ['Name:   default\nDriver: docker\n\nNodes:\nName: default\n', 'docker'],
  ['no driver line', undefined],
])('the buildx driver of `docker buildx inspect` output %#', (output, driver) => {
  expect(parseBuildxDriver(output)).toBe(driver)
})
