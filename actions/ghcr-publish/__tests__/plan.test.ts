// The publishing plan, pure: moving tags decided from the registry's published versions (or git's, when the registry
// cannot be read), never moving backwards unless allowed; tags given as references.
import { recordingLogger } from '@slipway/action-kit'
import type { GitContext } from '@slipway/image-meta'
import type { ImageSpec } from '../src/images.js'
import { movesBackwards } from '../src/moving-tags.js'
import { planPublish, type PlanInput } from '../src/plan.js'

test.each([
  [['1.2.1', '1.2', '1', 'latest'], '1.2.1', ['1.3.0', '1.2.0', 'latest', '1'], ['1 < 1.3.0', 'latest < 1.3.0']],
  [['1.2.1', '1.2', '1', 'latest'], '1.2.1', ['v1.2.5'], ['1.2 < 1.2.5', '1 < 1.2.5', 'latest < 1.2.5']],
  [['2.0.0', '2.0', '2', 'latest'], '2.0.0', ['1.9.9', '1.3.0'], []],
  [['1.2.1', 'latest'], '1.2.1', ['2.0.0-rc.1'], []],
  [['1.2.1-rc.1'], '1.2.1-rc.1', ['1.3.0'], []],
  [['edge', 'latest'], 'edge', ['1.3.0'], []],
  [['1.2.1', '1.2-alpine', 'latest'], '1.2.1', ['1.2.9'], ['latest < 1.2.9']],
])('tags %j of %s against published %j: held %j', (tags, version, published, held) => {
  expect(movesBackwards(tags, version, published).map((h) => `${h.tag} < ${h.higher}`)).toEqual(held)
})

const image: ImageSpec = {
  repository: 'acme/app',
  context: '/ws',
  file: '/ws/Dockerfile',
  buildArgs: {},
  platforms: [],
}
const context: GitContext = {
  eventName: 'push',
  ref: 'refs/tags/v1.2.1',
  sha: 'a'.repeat(40),
  payload: {},
  repository: 'acme/app',
  serverUrl: 'https://github.com',
  commitDate: new Date('2026-01-02T03:04:05Z'),
  repoTags: ['v1.2.1'],
  shallow: true,
}
const input: PlanInput = {
  images: [image],
  rules: { tags: [], flavor: [], labels: [] },
  references: new Map(),
  annotations: { 'org.example.extra': 'yes' },
  allowMovingTagsBackwards: false,
  registry: 'ghcr.io',
}
const dockerfiles = new Map([['acme/app', 'FROM ghcr.io/acme/base:1@sha256:' + 'b'.repeat(64) + '\n']])

test('zero-config 1.2.1 after 1.3.0, from a shallow clone: the registry keeps latest and 1 on 1.3.0', () => {
  const plan = planPublish(
    input,
    { context, dockerfiles, registryTags: new Map([['acme/app', ['1.3.0', '1.3', '1', 'latest', '1.2.0', '1.2']]]) },
    recordingLogger(),
  )
  expect(plan.versionSource).toEqual({ kind: 'registry' })
  const [only] = plan.images
  expect(only!.tags).toEqual(['1.2.1', '1.2'])
  expect(only!.heldBack.join('\n')).toMatch(/^1 stays: 1\.3\.0 is published/m)
  expect(only!.heldBack.join('\n')).toMatch(/^latest stays: 1\.3\.0 is published/m)
  expect(only!.annotations).toMatchObject({ 'org.example.extra': 'yes', 'org.opencontainers.image.version': '1.2.1' })
  // Its base image lives in the same registry: its layers can be mounted.
  expect(only!.mountFrom).toEqual(['acme/base'])
})

test('an explicit latest rule is held back too; allow-moving-tags-backwards moves it, and says so', () => {
  const rules = {
    tags: ['type=semver,pattern={{version}}', 'type=raw,value=latest'],
    flavor: ['latest=false'],
    labels: [],
  }
  const registryTags = new Map([['acme/app', ['1.3.0', 'latest']]])
  const held = planPublish({ ...input, rules }, { context, dockerfiles, registryTags }, recordingLogger())
  expect(held.images[0]!.tags).toEqual(['1.2.1'])
  expect(held.images[0]!.heldBack).toEqual(['latest stays: 1.3.0 is published, higher than 1.2.1'])
  const allowed = planPublish(
    { ...input, rules, allowMovingTagsBackwards: true },
    { context, dockerfiles, registryTags },
    recordingLogger(),
  )
  expect(allowed.images[0]!.tags).toEqual(['1.2.1', 'latest'])
  expect(allowed.images[0]!.movedBackwards).toEqual(['latest (1.3.0 is published)'])
})

test("when the registry cannot be read, git's tags decide, and the plan says why", () => {
  const full = { ...context, repoTags: ['v1.2.1', 'v1.3.0'], shallow: false }
  const plan = planPublish(
    input,
    { context: full, dockerfiles, registryTags: undefined, registryProblem: 'HTTP 500' },
    recordingLogger(),
  )
  expect(plan.versionSource).toEqual({ kind: 'git', why: 'HTTP 500' })
  expect(plan.images[0]!.tags).toEqual(['1.2.1', '1.2'])
})

test('a first release: every moving tag moves', () => {
  const plan = planPublish(input, { context, dockerfiles, registryTags: new Map() }, recordingLogger())
  expect(plan.images[0]!.tags).toEqual(['1.2.1', '1.2', '1', 'latest'])
  expect(plan.images[0]!.heldBack).toEqual([])
})

test('references given in tags are the tags, image by image', () => {
  const plan = planPublish(
    { ...input, references: new Map([['acme/app', ['1.2.1', 'stable']]]) },
    { context, dockerfiles, registryTags: new Map([['acme/app', []]]) },
    recordingLogger(),
  )
  expect(plan.strategy).toBe('references')
  expect(plan.images[0]!.tags).toEqual(['1.2.1', 'stable'])
})
