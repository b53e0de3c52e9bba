// The local artifact service of `slipway workflow`, spoken to as @actions/artifact and @actions/cache speak to the
// runner's: Twirp calls, the staged blob upload, a cache that keeps nothing.
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { tempDir } from '@slipway/test-support'
import { startArtifactService, type ArtifactService } from '../src/workflow/artifact-service.js'

const scratch = tempDir('slipway-artifact-service-')
let service: ArtifactService
let base: string
const folder = path.join(scratch.dir, 'artifacts')

beforeAll(async () => {
  service = await startArtifactService(folder)
  base = service.env.ACTIONS_RESULTS_URL!.replace(/\/$/, '')
})
afterAll(async () => {
  await service.stop()
  scratch.cleanup()
})

const twirp = async (method: string, body: object) => {
  const res = await fetch(`${base}/twirp/github.actions.results.api.v1.ArtifactService/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  return { status: res.status, body: (await res.json()) as Record<string, unknown> }
}

function zipOf(files: Record<string, string>): Buffer {
  const dir = path.join(scratch.dir, `zip-${Math.random().toString(36).slice(2)}`)
  mkdirSync(dir, { recursive: true })
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text)
  return execFileSync('bsdtar', ['-cf', '-', '--format', 'zip', '-C', dir, ...Object.keys(files)])
}

test('an upload in staged blocks lands unpacked in the run folder, and the list names it', async () => {
  expect((await twirp('ListArtifacts', {})).body).toEqual({ artifacts: [] })
  const created = await twirp('CreateArtifact', { name: 'isos' })
  expect(created.status).toBe(200)
  const upload = String(created.body.signed_upload_url)
  expect(upload.startsWith(`${base}/blob/`)).toBe(true)
  const zip = zipOf({ 'a.txt': 'first\n', 'b.txt': 'second\n' })
  const half = Math.floor(zip.length / 2)
  for (const [id, part] of [
    ['b1', zip.subarray(0, half)],
    ['b2', zip.subarray(half)],
  ] as const) {
    const put = await fetch(`${upload}&comp=block&blockid=${id}`, { method: 'PUT', body: part })
    expect(put.status).toBe(201)
  }
  const list = '<?xml version="1.0"?><BlockList><Latest>b1</Latest><Latest>b2</Latest></BlockList>'
  expect((await fetch(`${upload}&comp=blocklist`, { method: 'PUT', body: list })).status).toBe(201)
  expect((await twirp('FinalizeArtifact', { name: 'isos' })).body).toEqual({ ok: true, artifact_id: '1' })
  expect(readFileSync(path.join(folder, 'isos', 'b.txt'), 'utf8')).toBe('second\n')
  const listed = await twirp('ListArtifacts', { name_filter: 'isos' })
  expect((listed.body.artifacts as { name: string }[]).map((a) => a.name)).toEqual(['isos'])
  expect(((await twirp('ListArtifacts', { name_filter: 'other' })).body.artifacts as unknown[]).length).toBe(0)
})

test('a name that is not a file name, an unknown call and an unknown path are refused', async () => {
  expect((await twirp('CreateArtifact', { name: '../escape' })).status).toBe(400)
  expect((await twirp('DeleteArtifact', { name: 'isos' })).status).toBe(404)
  expect((await fetch(`${base}/blob/not-created`, { method: 'PUT', body: 'x' })).status).toBe(404)
})

test('the cache service keeps nothing: a lookup misses, a reservation is refused', async () => {
  expect((await fetch(`${base}/_apis/artifactcache/cache?keys=k&version=v`)).status).toBe(204)
  const reserve = await fetch(`${base}/_apis/artifactcache/caches`, { method: 'POST', body: '{}' })
  expect([reserve.status, await reserve.json()]).toEqual([409, { message: 'the local run keeps no cache' }])
})
