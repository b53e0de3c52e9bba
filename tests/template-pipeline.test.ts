// The template pipeline of workflows-examples/vm-templates/build-templates.yml, run the way the runner runs it: the
// plan step's bundle with the workflow's inputs, each matrix leg's bundle with its `with:` filled from the matrix
// entry, then the release job's own script that turns the downloaded artifacts into release assets. What cannot run
// here is replaced, and only that: the installer ISO comes from a loopback mirror (the var files name the vendors'
// servers), the leg builds the template's `file` source with the Packer on PATH (no qemu), and the artifacts move
// from the leg to the release job by a copy, as download-artifact would lay them out.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { runBundle, suiteRoot, tempDir, TestRepo } from '@slipway/test-support'
import { exampleSteps, loadWorkflow, type Step } from './workflows/checks.js'

const partial = process.env.SLIPWAY_WORKFLOWS_PARTIAL === '1'
const example = 'workflows-examples/vm-templates'
const wf = loadWorkflow(suiteRoot, `${example}/build-templates.yml`)

function hasPacker(): boolean {
  try {
    execFileSync('packer', ['version'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

const ready =
  ['packer-matrix', 'packer-build'].every((id) => existsSync(path.join(suiteRoot, 'dist', id, 'index.js'))) &&
  existsSync(path.join(suiteRoot, example, 'packer_templates'))
// Packer is one of the system tools .ci/run installs; without it there is nothing to run.
const run = (ready || !partial) && hasPacker() ? test : test.skip

/** `${{ matrix.<key> }}` filled from a matrix entry; any other expression is left for the caller to replace. */
function fromMatrix(value: string, entry: Record<string, unknown>): string {
  return value.replace(/\$\{\{\s*matrix\.([\w-]+)\s*\}\}/g, (_m, key: string) => {
    const field = entry[key]
    return typeof field === 'string' || typeof field === 'number' || typeof field === 'boolean' ? String(field) : ''
  })
}

run('build-templates.yml: plan, one leg per template, release assets', async () => {
  const scratch = tempDir()
  const iso = Buffer.alloc(2 * 1024 * 1024, 'installer image for the pipeline test\n')
  let isoRequests = 0
  const server: Server = createServer((req, res) => {
    if (req.url?.endsWith('.iso') === true) {
      isoRequests += 1
      res.writeHead(200, { 'content-length': String(iso.length) }).end(iso)
    } else res.writeHead(404).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const mirror = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  try {
    const repo = TestRepo.create(path.join(scratch.dir, 'repo'))
    cpSync(path.join(suiteRoot, example), repo.dir, { recursive: true })
    repo.commit('templates')

    // jobs.plan: a manual run with os_filter=almalinux.
    const [plan] = exampleSteps(wf).filter((s) => s.action === 'packer-matrix')
    const planned = await runBundle({
      action: 'packer-matrix',
      inputs: { ...plan!.inputs, 'os-filter': 'almalinux' },
      workspace: repo.dir,
      event: 'workflow_dispatch',
      payload: { inputs: { os_filter: 'almalinux' } },
    })
    expect(planned.exitCode).toBe(0)
    const entries = (JSON.parse(planned.outputs.matrix!) as { include: Record<string, unknown>[] }).include
    // The example keeps x86_64 only: one almalinux leg.
    expect([planned.outputs.count, entries.map((e) => e.artifact_name)]).toEqual(['1', ['almalinux-9-x86_64']])

    // jobs.build: each leg's packer-build step, `with:` as the workflow writes it.
    const buildJob = wf.doc.jobs!.build!
    const legStep = buildJob.steps!.find((s: Step) => s.uses?.includes('/actions/packer-build@') === true)!
    for (const entry of entries) {
      const inputs: Record<string, string> = {}
      for (const [key, value] of Object.entries(legStep.with ?? {})) inputs[key] = fromMatrix(String(value), entry)
      expect(inputs.template).toBe(entry.template)
      expect(inputs['var-file']).toBe(entry.var_file)
      const isoName = 'installer.iso'
      Object.assign(inputs, {
        'iso-url': `${mirror}/${isoName}`,
        'iso-checksum': `sha256:${createHash('sha256').update(iso).digest('hex')}`,
        'iso-cache-dir': path.join(scratch.dir, 'iso-cache'),
        only: 'file.local',
      })
      // Installing plugins needs Packer 1.8+ and the network; the file source needs none.
      delete inputs.plugins
      const leg = await runBundle({ action: 'packer-build', inputs, workspace: repo.dir, event: 'push' })
      expect(leg.exitCode).toBe(0)
      const archive = leg.outputs['artifact-path']!
      expect(createHash('sha256').update(readFileSync(archive)).digest('hex')).toBe(leg.outputs.sha256)
      const metadata = JSON.parse(leg.outputs.metadata!) as { os?: string; arch?: string }
      expect([metadata.os, metadata.arch]).toEqual([entry.os, entry.arch])

      // download-artifact (no pattern) lays each artifact out under templates/<artifact name>/.
      cpSync(path.dirname(archive), path.join(repo.dir, 'templates', leg.outputs['artifact-name']!), {
        recursive: true,
      })
    }
    expect(isoRequests).toBe(entries.length)

    // jobs.release: the workflow's own script makes one asset name per file.
    const script = wf.doc.jobs!.release!.steps!.find((s: Step) => s.name === 'One asset name per file')!.run!
    execFileSync('bash', ['-euo', 'pipefail', '-c', script], { cwd: repo.dir })
    const assets = readdirSync(path.join(repo.dir, 'assets')).sort()
    const legName = `almalinux-9-x86_64-${readFileSync(path.join(repo.dir, 'version'), 'utf8').trim()}`
    expect(assets).toContain(`${legName}.metadata.json`)
    // the archive, and the disk image in each format the example's leg delivers (format: qcow2)
    expect(assets.filter((a) => a !== `${legName}.metadata.json`)).toEqual([
      'almalinux-9-x86_64.qcow2',
      expect.stringMatching(/^almalinux-9-x86_64.*\.tar\.zst$/),
    ])
  } finally {
    server.closeAllConnections()
    await new Promise<void>((resolve) => server.close(() => resolve()))
    scratch.cleanup()
  }
})
