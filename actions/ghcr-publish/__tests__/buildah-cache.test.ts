// buildah's registry layer cache (cache-from/cache-to type=registry) against the real docker-registry: a second
// build on a fresh machine (its own empty storage, as a new hosted runner has) pulls the cached steps instead of
// running them, and sends far fewer bytes to the registry.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { recordingLogger } from '@slipway/action-kit'
import { readOciLayout } from '@slipway/oci-registry'
import { NO_BUILD_OPTIONS, type BuildOptions } from '../src/build-options.js'
import { BuildahBuilder } from '../src/builder.js'
import { mergedDockerConfig, writeCredentialsFile } from '../src/credentials.js'
import { USER, registryTags, startHarness, type Harness } from './harness.js'

let h: Harness
beforeAll(async () => {
  h = await startHarness()
})
afterAll(async () => {
  await h.stop()
})

test('a second build on empty storage reuses the registry cache: no step runs again, a fraction of the bytes', async () => {
  const context = path.join(h.dir, 'ws', 'cached')
  mkdirSync(context, { recursive: true })
  copyFileSync('/usr/bin/busybox', path.join(context, 'busybox'))
  writeFileSync(
    path.join(context, 'Dockerfile'),
    [
      'FROM scratch',
      'COPY busybox /bin/busybox',
      'COPY busybox /bin/sh',
      // 1 MiB of random bytes: a step whose result is worth caching, and whose re-run would show in the bytes.
      'RUN ["/bin/busybox", "sh", "-c", "/bin/busybox echo STEP-RAN; /bin/busybox dd if=/dev/urandom of=/big bs=1024 count=1024"]',
      '',
    ].join('\n'),
  )
  const image = {
    repository: 'acme/cached',
    context,
    file: path.join(context, 'Dockerfile'),
    buildArgs: {},
    platforms: [],
  }
  const cacheRepository = `${h.proxy.host}/acme/cached-cache`
  const build: BuildOptions = {
    ...NO_BUILD_OPTIONS,
    cacheFrom: [{ type: 'registry', ref: cacheRepository, attrs: {} }],
    cacheTo: [{ type: 'registry', ref: cacheRepository, attrs: {} }],
  }
  const authFile = writeCredentialsFile(h.dir, mergedDockerConfig(undefined, h.proxy.host, USER))
  const runs: { lines: string[]; bytesUp: number; digest: string }[] = []
  for (const machine of ['first', 'second']) {
    const workDir = path.join(h.dir, `machine-${machine}`)
    mkdirSync(workDir, { recursive: true })
    const logger = recordingLogger()
    const builder = new BuildahBuilder({ workDir, logger, env: { PATH: '/usr/sbin:/usr/bin:/sbin:/bin' }, build })
    h.proxy.resetCounters()
    const layout = path.join(workDir, 'layout')
    await builder.build({ image, labels: {}, timestamp: 1_700_000_000, layout, authFile, insecureRegistry: true })
    runs.push({
      lines: logger.records.map((r) => r.message),
      bytesUp: h.proxy.bytes.up,
      digest: (await readOciLayout(layout)).root.digest,
    })
  }
  const [first, second] = runs as [(typeof runs)[0], (typeof runs)[0]]
  // The first build ran its step and filled the cache repository.
  expect(first.lines).toContain('STEP-RAN')
  expect(first.lines.filter((l) => l.startsWith('--> Pushing cache'))).toHaveLength(3)
  expect(registryTags(h.registry.host, 'acme/cached-cache')).toHaveLength(3)
  expect(first.bytesUp).toBeGreaterThan(1024 * 1024)
  // The second, on empty storage, ran no step: each came from the cache.
  expect(second.lines).not.toContain('STEP-RAN')
  expect(second.lines.filter((l) => l.startsWith('--> Cache pulled from remote'))).toHaveLength(3)
  expect(second.lines.filter((l) => l.startsWith('--> Pushing cache'))).toHaveLength(0)
  expect(second.bytesUp).toBeLessThan(first.bytesUp / 10)
  // Same layers, same timestamp: the same image.
  expect(second.digest).toBe(first.digest)
})
