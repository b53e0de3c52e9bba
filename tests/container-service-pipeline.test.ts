// container-service/build-server.yml run by `slipway workflow` (the CLI bundle) on a push to `server` of a repository
// made of the example: the version job, both provisioning ISOs (uploaded through the runner's artifact service), the
// image job's download-artifact merging them into out/iso, and ghcr-publish to a docker-registry on loopback
// (--registry ghcr.io=...). The one change to the example: server/Dockerfile is FROM scratch here (no public base image).
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { pipeline, publishedTags, runWorkflowCli, suiteRoot, tempDir } from '@slipway/test-support'

const definition = pipeline('container-service-build-server')
const missing = definition.missing()
if (missing !== undefined) process.stderr.write(`container-service-pipeline.test.ts skipped: ${missing}\n`)
const run = missing === undefined ? test : test.skip

/** The files of an ISO image, read back with xorriso. */
function isoFiles(image: string): string[] {
  const out = execFileSync('xorriso', ['-indev', image, '-find', '/', '-type', 'f'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  })
  return out
    .split('\n')
    .filter((line) => line.startsWith("'"))
    .map((line) => line.slice(1, -1))
    .sort()
}

run(
  'build-server.yml: version check, both ISOs as artifacts, and the image with both inside, published',
  async () => {
    const scratch = tempDir()
    const prepared = await definition.prepare(scratch.dir)
    const runDir = path.join(scratch.dir, 'run')
    try {
      const result = await runWorkflowCli(suiteRoot, [...prepared.args, '--out', runDir])
      if (result.exitCode !== 0) throw new Error(result.log)
      const version = readFileSync(path.join(prepared.repo.dir, 'version'), 'utf8').trim()
      expect(result.job('version').outputs.version).toBe(version)
      expect(result.job('isos').steps.map((s) => s.outcome)).toEqual(['success', 'success', 'success'])

      // Each ISO reached the run's artifacts through iso-build's own upload, with the version file at its root.
      const linux = path.join(runDir, 'artifacts', 'linux-provisioning-iso', 'LinuxProvisioning.iso')
      const windows = path.join(runDir, 'artifacts', 'windows-provisioning-iso', 'WindowsProvisioning.iso')
      expect([existsSync(linux), existsSync(windows)]).toEqual([true, true])
      expect(isoFiles(linux)).toEqual(expect.arrayContaining(['/meta-data', '/user-data', '/version']))
      expect(isoFiles(windows)).toEqual(
        expect.arrayContaining(['/autounattend.xml', '/scripts/Install-Service.ps1', '/version']),
      )

      // The image job merged both into out/iso and published the image as <version> and latest.
      const image = result.job('image')
      expect(image.steps.find((s) => s.name === 'Fetch the ISOs')?.note).toBe(
        'download-artifact: linux-provisioning-iso, windows-provisioning-iso merged into out/iso',
      )
      const host = prepared.registry!.host
      const images = JSON.parse(image.outputs.images ?? '[]') as { name: string; digest: string }[]
      expect(images.map((i) => i.name)).toEqual([`${host}/acme/container-service`])
      // latest on every push; the version tag when the version changed (a first commit has no earlier version).
      expect(publishedTags(prepared, 'acme/container-service')).toContain('latest')
      expect(result.log).toContain(`↪ registry: ghcr.io → ${host}`)
    } finally {
      await prepared.stop()
      scratch.cleanup()
    }
  },
  300_000,
)
