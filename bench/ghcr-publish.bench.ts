// Publishing one image under 4 tags to the same docker-registry on loopback, in the same run: ghcr-publish's way (push
// blobs and manifest once by digest, then one manifest PUT per tag) against `skopeo copy` once per tag. Bytes are
// counted by a loopback proxy in front of the registry (request bodies sent to it), time is wall time.
// Target (DESIGN.md): each extra tag costs one manifest PUT and zero blob bytes.
import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { exec } from '@slipway/action-kit'
import { RegistryClient, pushImageByDigest, readOciLayout } from '@slipway/oci-registry'
import { DOCKER_REGISTRY, startLocalRegistry } from '@slipway/oci-registry/local-registry'
import { FaultProxy } from '@slipway/test-support'
import { fmtMs, median, type Bench, type BenchRow } from './harness.js'

const RUNS = 5
const TAGS = ['1.2.3', '1.2', '1', 'latest']
const USER = { username: 'bench', password: 'bench-password' }
const LAYER_BYTES = 8 * 1024 * 1024

const fmtKiB = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`

const bench: Bench = {
  name: 'ghcr-publish',
  async run() {
    execFileSync(DOCKER_REGISTRY, ['--version'])
    execFileSync('skopeo', ['--version'])
    const scratch = mkdtempSync(path.join(os.tmpdir(), 'slipway-bench-publish-'))
    const registry = await startLocalRegistry({ users: [USER], dir: path.join(scratch, 'registry') })
    const proxy = await FaultProxy.start(registry.host)
    try {
      const slipway = {
        ms: [] as number[],
        bytes: [] as number[],
        tagBytes: [] as number[],
        tagRequests: [] as number[],
      }
      const skopeo = { ms: [] as number[], bytes: [] as number[], tagBytes: [] as number[] }
      let manifestBytes = 0
      for (let run = 0; run < RUNS; run++) {
        // A fresh image each run (FROM scratch, 8 MiB of incompressible data, built by buildah into an OCI layout),
        // so neither tool finds its blobs anywhere in the registry: skopeo would otherwise mount them from the
        // repositories of earlier runs that its blob-info cache remembers.
        const { layout, content } = await buildImage(scratch, run)
        manifestBytes = content.root.bytes.length
        // ghcr-publish's client: push by digest once, then one manifest PUT per tag.
        const repository = `bench/slipway-${run}`
        proxy.resetCounters()
        const client = new RegistryClient({ registry: proxy.host, insecure: true, credentials: USER })
        let started = performance.now()
        await pushImageByDigest(client, repository, content)
        const afterPush = { bytes: proxy.bytes.up, requests: proxy.requests.length }
        for (const tag of TAGS) await client.putManifest(repository, tag, content.root.bytes, content.root.mediaType)
        slipway.ms.push(performance.now() - started)
        slipway.bytes.push(proxy.bytes.up)
        slipway.tagBytes.push((proxy.bytes.up - afterPush.bytes) / TAGS.length)
        slipway.tagRequests.push((proxy.requests.length - afterPush.requests) / TAGS.length)

        // skopeo copy once per tag, from the same layout to a fresh repository.
        const target = `bench/skopeo-${run}`
        proxy.resetCounters()
        started = performance.now()
        let afterFirst = 0
        for (const [index, tag] of TAGS.entries()) {
          await exec('skopeo', [
            'copy',
            '--quiet',
            '--dest-tls-verify=false',
            '--dest-creds',
            `${USER.username}:${USER.password}`,
            `oci:${layout}:image`,
            `docker://${proxy.host}/${target}:${tag}`,
          ])
          if (index === 0) afterFirst = proxy.bytes.up
        }
        skopeo.ms.push(performance.now() - started)
        skopeo.bytes.push(proxy.bytes.up)
        skopeo.tagBytes.push((proxy.bytes.up - afterFirst) / (TAGS.length - 1))
      }
      const rows: BenchRow[] = [
        {
          bench: 'ghcr-publish',
          metric: `publish 1 image (8 MiB layer) under 4 tags, time (median of ${RUNS})`,
          slipway: fmtMs(median(slipway.ms)),
          baseline: `${fmtMs(median(skopeo.ms))} skopeo copy ×4`,
          ratio: median(slipway.ms) / median(skopeo.ms),
          target: '≤ skopeo copy per tag',
          met: median(slipway.ms) <= median(skopeo.ms),
        },
        {
          bench: 'ghcr-publish',
          metric: 'bytes sent to the registry, 4 tags',
          slipway: fmtKiB(median(slipway.bytes)),
          baseline: `${fmtKiB(median(skopeo.bytes))} skopeo copy ×4`,
          ratio: median(slipway.bytes) / median(skopeo.bytes),
          // The manifest PUT by digest is the price of all or nothing: the image is in the registry, untagged, before
          // any tag is applied.
          target: '≤ skopeo + 1 manifest (the untagged push)',
          met: median(slipway.bytes) <= median(skopeo.bytes) + manifestBytes,
        },
        {
          bench: 'ghcr-publish',
          metric: 'bytes and requests per extra tag',
          slipway: `${median(slipway.tagBytes)} B in ${median(slipway.tagRequests)} request`,
          baseline: `${Math.round(median(skopeo.tagBytes))} B skopeo copy`,
          target: `one manifest PUT (${manifestBytes} B), zero blob bytes`,
          met: median(slipway.tagBytes) === manifestBytes && median(slipway.tagRequests) === 1,
        },
      ]
      return rows
    } finally {
      await proxy.stop()
      await registry.stop()
      rmSync(scratch, { recursive: true, force: true })
    }
  },
}
async function buildImage(
  scratch: string,
  run: number,
): Promise<{ layout: string; content: Awaited<ReturnType<typeof readOciLayout>> }> {
  const context = path.join(scratch, `context-${run}`)
  mkdirSync(context)
  writeFileSync(path.join(context, 'data.bin'), randomBytes(LAYER_BYTES))
  writeFileSync(path.join(context, 'Dockerfile'), 'FROM scratch\nCOPY data.bin /data.bin\n')
  const global = [
    '--root',
    path.join(scratch, 'root'),
    '--runroot',
    path.join(scratch, 'runroot'),
    '--storage-driver',
    'vfs',
  ]
  const local = `localhost/bench-${run}`
  await exec('buildah', [...global, 'bud', '--isolation', 'chroot', '--timestamp', '0', '-t', local, context])
  const layout = path.join(scratch, `layout-${run}`)
  await exec('buildah', [...global, 'push', '--format', 'oci', local, `oci:${layout}:image`])
  return { layout, content: await readOciLayout(layout, 'image') }
}

export default bench
