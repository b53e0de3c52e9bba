// The buildah builder on its own: an OCI layout out of a real build, reproducible digests, the cache directory.
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { recordingLogger } from '@slipway/action-kit'
import { readOciLayout } from '@slipway/oci-registry'
import { tempDir } from '@slipway/test-support'
import { BuildahBuilder } from '../src/builder.js'
import { buildContext } from './harness.js'

const scratch = tempDir('ghcr-publish-builder-')
afterAll(() => scratch.cleanup())

function builder(
  name: string,
  cache?: string,
): { builder: BuildahBuilder; logger: ReturnType<typeof recordingLogger> } {
  const logger = recordingLogger()
  const workDir = path.join(scratch.dir, name)
  mkdirSync(workDir, { recursive: true })
  return { builder: new BuildahBuilder({ workDir, logger, ...(cache ? { cache } : {}) }), logger }
}

test('two builds of the same sources with the same timestamp give the same digest; labels land in the config', async () => {
  const image = { ...buildContext(scratch.dir, 'acme/repro', 'same'), buildArgs: { UNUSED: 'x' } }
  const digests: string[] = []
  for (const name of ['one', 'two']) {
    const layout = path.join(scratch.dir, `layout-${name}`)
    await builder(name).builder.build({
      image,
      labels: { 'org.example.kind': 'repro' },
      timestamp: 1_600_000_000,
      layout,
    })
    const content = await readOciLayout(layout)
    digests.push(content.root.digest)
    expect(content.configs[0]?.config.config?.Labels).toMatchObject({ 'org.example.kind': 'repro' })
  }
  expect(digests[0]).toBe(digests[1])
})

test('a cache directory keeps buildah layers between runs', async () => {
  const cache = path.join(scratch.dir, 'cache')
  const image = buildContext(scratch.dir, 'acme/cached', 'cached')
  const first = builder('c1', cache)
  await first.builder.build({ image, labels: {}, timestamp: 1, layout: path.join(scratch.dir, 'layout-c1') })
  expect(first.logger.messages('info').some((m) => m.includes('Using cache'))).toBe(false)
  const second = builder('c2', cache)
  await second.builder.build({ image, labels: {}, timestamp: 1, layout: path.join(scratch.dir, 'layout-c2') })
  expect(second.logger.messages('info').filter((m) => m.includes('Using cache')).length).toBeGreaterThan(0)
})
