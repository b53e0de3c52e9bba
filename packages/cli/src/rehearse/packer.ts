import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { cpSync, readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { runStep } from '../runner.js'
import type { RehearsalStep } from './types.js'

/** The example template tree, relative to the slipway checkout. */
export const templateTree = path.join('workflows-examples', 'vm-templates')

/** The leg rehearsed: its var file names the vendor's mirror, which the rehearsal replaces by one on loopback. */
export const rehearsedLeg = {
  varFile: 'os_pkrvars/almalinux/almalinux-9-x86_64.pkrvars.hcl',
  isoName: 'AlmaLinux-9-latest-x86_64-boot.iso',
}

export function hasPacker(): boolean {
  try {
    execFileSync('packer', ['version'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

export interface IsoMirror {
  /** `http://127.0.0.1:<port>` */
  base: string
  /** The ISO's URL and the `file:` checksum reference packer-build takes. */
  isoUrl: string
  isoChecksum: string
  /** ISO bytes served so far (a warm cache serves none). */
  isoBytes(): number
  stop(): Promise<void>
}

/**
 * A stand-in for an OS vendor's mirror on 127.0.0.1: a small installer image under `name` and the vendor's CHECKSUM
 * file (BSD-style `SHA256 (name) = hex`), so packer-build downloads, verifies and caches as it would in CI.
 */
export async function startIsoMirror(name = rehearsedLeg.isoName): Promise<IsoMirror> {
  const iso = Buffer.alloc(4 * 1024 * 1024, 'slipway rehearsal installer image\n')
  const sums = `SHA256 (${name}) = ${createHash('sha256').update(iso).digest('hex')}\n`
  let served = 0
  const server: Server = createServer((req, res) => {
    if (req.url === `/${name}`) {
      served += iso.length
      res.writeHead(200, { 'content-length': String(iso.length) }).end(iso)
    } else if (req.url === '/CHECKSUM') res.writeHead(200).end(sums)
    else res.writeHead(404).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    base,
    isoUrl: `${base}/${name}`,
    isoChecksum: `file:${base}/CHECKSUM`,
    isoBytes: () => served,
    async stop() {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

/**
 * What a leg needs to run here besides the workflow's `with:`: the ISO from the loopback mirror into a scratch cache,
 * and Packer's `file` source (no VM, no plugin to install).
 */
export function localLegInputs(mirror: IsoMirror, isoCacheDir: string): Record<string, string> {
  return {
    'iso-url': mirror.isoUrl,
    'iso-checksum': mirror.isoChecksum,
    'iso-cache-dir': isoCacheDir,
    only: 'file.local',
  }
}

/** packer-matrix on the example template tree: five OSes, two architectures. */
export const packerMatrix: RehearsalStep = {
  id: 'packer-matrix',
  title: 'packer-matrix on workflows-examples/vm-templates',
  async run({ root }) {
    const run = await runStep({ root, action: 'packer-matrix', workspace: root, inputs: { path: templateTree } })
    return { run }
  },
}

/**
 * One leg of that matrix built by packer-build with the template's `file` source (no VM): the ISO comes from a mirror
 * on 127.0.0.1 started here, with a CHECKSUM file, into a scratch ISO cache; then a second run must hit the cache.
 */
export const packerBuild: RehearsalStep = {
  id: 'packer-build',
  title: 'packer-build: one leg (almalinux 9 x86_64) with the file builder, ISO from a loopback mirror',
  async run(context) {
    const { root, scratch } = context
    if (!hasPacker()) return { skipped: 'packer is not installed (apt-get install packer)' }
    const workspace = path.join(scratch, 'repo')
    cpSync(path.join(root, templateTree), workspace, { recursive: true })
    const mirror = await startIsoMirror()
    try {
      const inputs = {
        template: 'packer_templates',
        'var-file': rehearsedLeg.varFile,
        ...localLegInputs(mirror, path.join(scratch, 'iso-cache')),
        version: readFileSync(path.join(root, 'version'), 'utf8').trim(),
      }
      const first = await runStep({ root, action: 'packer-build', workspace, inputs })
      if (first.exitCode !== 0) return { run: first }
      const afterFirst = mirror.isoBytes()
      const second = await runStep({ root, action: 'packer-build', workspace, inputs })
      context.log(
        `first run: ISO ${afterFirst} bytes from the mirror; second run: ${mirror.isoBytes() - afterFirst} bytes, cache hit ${second.outputs['iso-cache-hit'] ?? '?'}`,
      )
      const warm = second.outputs['iso-cache-hit'] === 'true' && mirror.isoBytes() === afterFirst
      return {
        run: warm ? second : { ...second, exitCode: second.exitCode || 1 },
        notes: [`artifact ${second.outputs['artifact-path'] ?? ''}`, `sha256 ${second.outputs.sha256 ?? ''}`],
      }
    } finally {
      await mirror.stop()
    }
  },
}
