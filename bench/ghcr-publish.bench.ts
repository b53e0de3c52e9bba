// Publishing one image under 4 tags to the same docker-registry on loopback, in the same run: ghcr-publish's way (push
// blobs and manifest once by digest, then one manifest PUT per tag) against `skopeo copy` once per tag. Bytes are
// counted by a loopback proxy in front of the registry (request bodies sent to it), time is wall time.
// Target (DESIGN.md): each extra tag costs one manifest PUT and zero blob bytes.
import { execFileSync, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { exec } from '@slipway/action-kit'
import { RegistryClient, pushImageByDigest, readOciLayout } from '@slipway/oci-registry'
import { DOCKER_REGISTRY, startLocalRegistry } from '@slipway/oci-registry/local-registry'
import { FaultProxy } from '@slipway/test-support'
import { gzipSync } from 'node:zlib'
import { digestOf } from '@slipway/oci-registry'
import { bundleDriver, fmtMiB, fmtMs, median, timed, type Bench, type BenchRow, type Timed } from './harness.js'

const RUNS = 5
const TAGS = ['1.2.3', '1.2', '1', 'latest']
const USER = { username: 'bench', password: 'bench-password' }
const LAYER_BYTES = 8 * 1024 * 1024

const fmtKiB = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`

const bench: Bench = {
  name: 'ghcr-publish',
  async run() {
    // SLIPWAY_BENCH_ROWS=uploads runs only the 200 MB upload rows (mounts, same repository) against skopeo.
    const only = process.env.SLIPWAY_BENCH_ROWS
    const rows: BenchRow[] = []
    if (only === undefined || only === 'tags') rows.push(...(await tagRows()))
    if (only === undefined || only === 'uploads') rows.push(...(await uploadRows()))
    return rows
  },
}

async function tagRows(): Promise<BenchRow[]> {
  {
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
  }
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

// 200 MB in 10 layers of 20 MB (random, so incompressible: gzip streams of stored blocks), the workload of the
// performance issue: (a) 5 of the 10 layers are already in another repository of the registry (the base image of
// the release, pushed there by skopeo, so skopeo's blob-info cache knows where they are and mounts them; slipway is
// told the base repository, as ghcr-publish reads it from the Dockerfile); (b) every layer is already in the target
// repository (a new config and manifest over the same layers: a rebuild with the same layers). Interleaved rounds,
// the order rotated, the first round dropped as warm-up; a fresh image per round so no tool finds earlier blobs.
//
// Each tool runs as a process of its own, timed whole by GNU time (wall, CPU, peak RSS): skopeo, and slipway's push
// (bench/publish-driver.ts bundled with ncc, so node's start-up counts as skopeo's does). The counting proxy in front
// of the registry runs in a process of its own too: in the bench's own process it would share slipway's event loop
// (and not skopeo's). SLIPWAY_BENCH_PUBLISH_BEFORE=<bundle> adds an older build of the driver to the same rounds, for
// before/after figures (copy bench/publish-driver.ts into the older checkout and bundle it with ncc; it takes the
// same arguments).
const UPLOAD_ROUNDS = 4
const UPLOAD_LAYERS = 10
const UPLOAD_LAYER_BYTES = 20 * 1000 * 1000

interface LayoutImage {
  layout: string
  content: Awaited<ReturnType<typeof readOciLayout>>
}

/** Writes an OCI layout by hand: a config naming the round, and the given layer blobs. */
function writeLayout(dir: string, layers: Buffer[], note: string): string {
  mkdirSync(path.join(dir, 'blobs', 'sha256'), { recursive: true })
  const put = (bytes: Buffer): string => {
    const digest = digestOf(bytes)
    writeFileSync(path.join(dir, 'blobs', 'sha256', digest.slice('sha256:'.length)), bytes)
    return digest
  }
  const config = Buffer.from(
    JSON.stringify({
      architecture: 'amd64',
      os: 'linux',
      config: { Labels: { note } },
      rootfs: { type: 'layers', diff_ids: layers.map((l) => digestOf(l)) },
    }),
  )
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: put(config), size: config.length },
      layers: layers.map((l) => ({
        mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip',
        digest: put(l),
        size: l.length,
      })),
    }),
  )
  const digest = put(manifest)
  writeFileSync(path.join(dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }))
  writeFileSync(
    path.join(dir, 'index.json'),
    JSON.stringify({
      schemaVersion: 2,
      manifests: [
        {
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          digest,
          size: manifest.length,
          annotations: { 'org.opencontainers.image.ref.name': 'image' },
        },
      ],
    }),
  )
  return dir
}

async function layoutImage(dir: string, layers: Buffer[], note: string): Promise<LayoutImage> {
  const layout = writeLayout(dir, layers, note)
  return { layout, content: await readOciLayout(layout, 'image') }
}

/** A byte-counting proxy in front of the registry, in a process of its own; GET /__count answers and resets. */
async function startCountingProxy(target: string): Promise<{ host: string; count(): Promise<number>; stop(): void }> {
  const [host, port] = target.split(':') as [string, string]
  const code = `
    const http = require('node:http')
    const agent = new http.Agent({ keepAlive: true })
    let up = 0
    const server = http.createServer((req, res) => {
      if (req.url === '/__count') { res.end(String(up)); up = 0; return }
      const upstream = http.request({ host: ${JSON.stringify(host)}, port: ${Number(port)}, method: req.method,
        path: req.url, headers: req.headers, agent }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(res)
      })
      upstream.on('error', () => req.socket.destroy())
      req.on('data', (chunk) => { up += chunk.length })
      req.pipe(upstream)
    })
    server.listen(0, '127.0.0.1', () => console.log(server.address().port))
  `
  const child = spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'pipe', 'inherit'] })
  const listening = await new Promise<string>((resolve) =>
    createInterface({ input: child.stdout }).once('line', (line) => resolve(line.trim())),
  )
  const proxyHost = `127.0.0.1:${listening}`
  return {
    host: proxyHost,
    count: async () => Number(await (await fetch(`http://${proxyHost}/__count`)).text()),
    stop: () => child.kill(),
  }
}

interface Sample {
  ms: number
  cpuMs: number
  rss: number
  bytes: number
}

async function uploadRows(): Promise<BenchRow[]> {
  execFileSync(DOCKER_REGISTRY, ['--version'])
  execFileSync('skopeo', ['--version'])
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'slipway-bench-uploads-'))
  const registry = await startLocalRegistry({ users: [USER], dir: path.join(scratch, 'registry') })
  const proxy = await startCountingProxy(registry.host)
  const driver = await bundleDriver('bench/publish-driver.ts')
  const before = process.env.SLIPWAY_BENCH_PUBLISH_BEFORE
  const env = { ...process.env, REGISTRY_USER: USER.username, REGISTRY_PASSWORD: USER.password }
  const skopeoCopy = (layout: string, target: string) =>
    timed('skopeo', [
      'copy',
      '--quiet',
      '--dest-tls-verify=false',
      '--dest-creds',
      `${USER.username}:${USER.password}`,
      `oci:${layout}:image`,
      `docker://${proxy.host}/${target}`,
    ])
  type Tool = 'slipway' | 'before' | 'skopeo'
  const toolNames: Tool[] = before ? ['slipway', 'before', 'skopeo'] : ['slipway', 'skopeo']
  const measured = {
    mount: { slipway: [] as Sample[], before: [] as Sample[], skopeo: [] as Sample[] },
    same: { slipway: [] as Sample[], before: [] as Sample[], skopeo: [] as Sample[] },
  }
  try {
    for (let round = 0; round < UPLOAD_ROUNDS; round++) {
      const layers = Array.from({ length: UPLOAD_LAYERS }, () =>
        gzipSync(randomBytes(UPLOAD_LAYER_BYTES), { level: 0 }),
      )
      const base = await layoutImage(path.join(scratch, `base-${round}`), layers.slice(0, 5), `base ${round}`)
      const app = await layoutImage(path.join(scratch, `app-${round}`), layers, `app ${round}`)
      const rebuilt = await layoutImage(path.join(scratch, `rebuilt-${round}`), layers, `rebuilt ${round}`)
      // The base image, by skopeo (its blob-info cache now knows the 5 base layers are in bench/base-N).
      await skopeoCopy(base.layout, `bench/base-${round}:1`)
      const push = (bundle: string) => (image: LayoutImage, target: string) =>
        timed(process.execPath, [bundle, image.layout, proxy.host, target, `bench/base-${round}`, '1'], env)
      const tools: Record<Tool, (image: LayoutImage, target: string) => Promise<Timed>> = {
        slipway: push(driver),
        before: push(before ?? driver),
        skopeo: (image, target) => skopeoCopy(image.layout, `${target}:1`),
      }
      // The order rotated each round, so no tool always runs on a warmer machine.
      const order = toolNames.map((_, i) => toolNames[(i + round) % toolNames.length] as Tool)
      for (const tool of order) {
        for (const [scenario, image] of [
          // (a) into a new repository: 5 layers to mount from the base, 5 to upload; then (b) the same layers again
          // into that repository, under a new config and manifest.
          ['mount', app],
          ['same', rebuilt],
        ] as const) {
          execFileSync('sync')
          await proxy.count()
          const t = await tools[tool](image, `bench/app-${tool}-${round}`)
          const sample = { ms: t.wallMs, cpuMs: t.cpuMs, rss: t.maxRssBytes, bytes: await proxy.count() }
          if (round > 0) measured[scenario][tool].push(sample)
        }
      }
      for (const dir of [`base-${round}`, `app-${round}`, `rebuilt-${round}`])
        rmSync(path.join(scratch, dir), { recursive: true })
    }
    const rows: BenchRow[] = []
    const figures = (samples: Sample[]): string =>
      `${fmtMs(median(samples.map((s) => s.ms)))} (CPU ${fmtMs(median(samples.map((s) => s.cpuMs)))}, ${fmtMiB(
        median(samples.map((s) => s.rss)),
      )})`
    for (const [scenario, label] of [
      ['mount', '200 MB / 10 layers, 5 in another repository'],
      ['same', '200 MB / 10 layers, all already in the repository'],
    ] as const) {
      const slipway = measured[scenario].slipway
      const skopeo = measured[scenario].skopeo
      const ms = median(slipway.map((s) => s.ms))
      const baseMs = median(skopeo.map((s) => s.ms))
      const bytes = median(slipway.map((s) => s.bytes))
      const baseBytes = median(skopeo.map((s) => s.bytes))
      rows.push({
        bench: 'ghcr-publish',
        metric: `${label}: time, whole process (median of ${slipway.length})`,
        slipway: figures(slipway),
        baseline: `${figures(skopeo)} skopeo copy`,
        ratio: ms / baseMs,
        target: '≤ 1.0× skopeo copy',
        met: ms <= baseMs,
      })
      if (before) {
        const earlier = measured[scenario].before
        rows.push({
          bench: 'ghcr-publish',
          metric: `${label}: before (${path.basename(path.dirname(before))}), whole process`,
          slipway: figures(earlier),
          baseline: `${figures(skopeo)} skopeo copy`,
          ratio: median(earlier.map((s) => s.ms)) / baseMs,
          target: '(for comparison)',
          met: true,
        })
      }
      rows.push({
        bench: 'ghcr-publish',
        metric: `${label}: bytes sent`,
        slipway: fmtMB(bytes),
        baseline: `${fmtMB(baseBytes)} skopeo copy`,
        ratio: baseBytes === 0 ? undefined : bytes / baseBytes,
        target: 'same bytes as skopeo (± 1 manifest)',
        met: bytes <= baseBytes + 4096,
      })
    }
    return rows
  } finally {
    proxy.stop()
    await registry.stop()
    rmSync(scratch, { recursive: true, force: true })
    rmSync(path.dirname(driver), { recursive: true, force: true })
  }
}

const fmtMB = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`
