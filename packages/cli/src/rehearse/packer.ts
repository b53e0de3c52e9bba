import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { cpSync, readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { runStep } from '../runner.js'
import type { RehearsalStep } from './types.js'

const tree = path.join('workflows-examples', 'vm-templates')

/** packer-matrix on the example template tree: five OSes, two architectures. */
export const packerMatrix: RehearsalStep = {
  id: 'packer-matrix',
  title: 'packer-matrix on workflows-examples/vm-templates',
  async run({ root }) {
    const run = await runStep({ root, action: 'packer-matrix', workspace: root, inputs: { path: tree } })
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
    try {
      execFileSync('packer', ['version'], { stdio: 'ignore' })
    } catch {
      return { skipped: 'packer is not installed (apt-get install packer)' }
    }
    const workspace = path.join(scratch, 'repo')
    cpSync(path.join(root, tree), workspace, { recursive: true })
    const iso = Buffer.alloc(4 * 1024 * 1024, 'slipway rehearsal installer image\n')
    const name = 'AlmaLinux-9-latest-x86_64-boot.iso'
    const sums = `SHA256 (${name}) = ${createHash('sha256').update(iso).digest('hex')}\n`
    let isoBytes = 0
    const server: Server = createServer((req, res) => {
      if (req.url === `/${name}`) {
        isoBytes += iso.length
        res.writeHead(200, { 'content-length': String(iso.length) }).end(iso)
      } else if (req.url === '/CHECKSUM') res.writeHead(200).end(sums)
      else res.writeHead(404).end()
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    try {
      const inputs = {
        template: 'packer_templates',
        'var-file': 'os_pkrvars/almalinux/almalinux-9-x86_64.pkrvars.hcl',
        'iso-url': `${base}/${name}`,
        'iso-checksum': `file:${base}/CHECKSUM`,
        'iso-cache-dir': path.join(scratch, 'iso-cache'),
        only: 'file.local',
        version: readFileSync(path.join(root, 'version'), 'utf8').trim(),
      }
      const first = await runStep({ root, action: 'packer-build', workspace, inputs })
      if (first.exitCode !== 0) return { run: first }
      const afterFirst = isoBytes
      const second = await runStep({ root, action: 'packer-build', workspace, inputs })
      context.log(
        `first run: ISO ${afterFirst} bytes from the mirror; second run: ${isoBytes - afterFirst} bytes, cache hit ${second.outputs['iso-cache-hit'] ?? '?'}`,
      )
      const warm = second.outputs['iso-cache-hit'] === 'true' && isoBytes === afterFirst
      return {
        run: warm ? second : { ...second, exitCode: second.exitCode || 1 },
        notes: [`artifact ${second.outputs['artifact-path'] ?? ''}`, `sha256 ${second.outputs.sha256 ?? ''}`],
      }
    } finally {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  },
}
