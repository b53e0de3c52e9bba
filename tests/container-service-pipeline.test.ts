// The container-service pipeline of workflows-examples/container-service/build-server.yml up to its image build, run
// the way the runner runs it: the version job's and the ISO job's steps from their bundles with the workflow's own
// `with:` values, on a git repository made of the example; then the ISOs are laid out as the image job's
// download-artifact step lays them out, and every file server/Dockerfile copies is checked to be there. (Building and
// publishing the image itself needs the Dockerfile's base images from their registry.)
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { runBundle, suiteRoot, tempDir, TestRepo } from '@slipway/test-support'
import { exampleSteps, loadWorkflow } from './workflows/checks.js'

const partial = process.env.SLIPWAY_WORKFLOWS_PARTIAL === '1'
const example = 'workflows-examples/container-service'
const wf = loadWorkflow(suiteRoot, `${example}/build-server.yml`)

const ready =
  ['version-check', 'iso-build'].every((id) => existsSync(path.join(suiteRoot, 'dist', id, 'index.js'))) &&
  existsSync(path.join(suiteRoot, example, 'Linux')) &&
  existsSync(path.join(suiteRoot, example, 'Windows'))
const run = ready || !partial ? test : test.skip

/** The files (not folders) of an ISO image, read back with xorriso when it is installed, else undefined. */
function isoFiles(image: string): string[] | undefined {
  try {
    const out = execFileSync('xorriso', ['-indev', image, '-find', '/', '-type', 'f'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    })
    return out
      .split('\n')
      .filter((line) => line.startsWith("'"))
      .map((line) => line.slice(1, -1))
      .sort()
  } catch {
    return undefined
  }
}

run('build-server.yml: version check, both provisioning ISOs, and everything the image copies', async () => {
  const scratch = tempDir()
  try {
    const repo = TestRepo.create(path.join(scratch.dir, 'repo'), 'server')
    cpSync(path.join(suiteRoot, example), repo.dir, { recursive: true })
    repo.commit('container service')
    const steps = exampleSteps(wf)

    // jobs.version
    const versionStep = steps.find((s) => s.job === 'version' && s.action === 'version-check')!
    const version = await runBundle({
      action: 'version-check',
      inputs: versionStep.inputs,
      workspace: repo.dir,
      event: 'push',
      ref: 'refs/heads/server',
    })
    expect(version.exitCode).toBe(0)
    const expected = readFileSync(path.join(repo.dir, 'version'), 'utf8').trim()
    expect(version.outputs.version).toBe(expected)

    // jobs.isos: both steps as written (upload-artifact is for GitHub runners; locally the image stays in place).
    const isoSteps = steps.filter((s) => s.job === 'isos' && s.action === 'iso-build')
    expect(isoSteps.map((s) => s.inputs.profile)).toEqual(['cidata', 'autounattend'])
    const images: string[] = []
    for (const step of isoSteps) {
      const result = await runBundle({
        action: 'iso-build',
        inputs: step.inputs,
        workspace: repo.dir,
        event: 'push',
        ref: 'refs/heads/server',
      })
      expect(result.exitCode).toBe(0)
      expect(result.outputs.path).toBe(path.join(repo.dir, step.inputs.output!))
      images.push(result.outputs.path!)
      const files = isoFiles(result.outputs.path!)
      if (files) expect(files).toContain('/version')
    }
    const [linux, windows] = images.map((image) => isoFiles(image))
    if (linux) expect(linux).toEqual(expect.arrayContaining(['/meta-data', '/user-data']))
    if (windows) expect(windows).toEqual(expect.arrayContaining(['/autounattend.xml', '/scripts/Install-Service.ps1']))

    // jobs.image: download-artifact merges the ISO artifacts into out/iso, where they already are here; then every
    // COPY source of server/Dockerfile (the build context is the repository root) must exist.
    const publish = steps.find((s) => s.action === 'ghcr-publish')!
    const dockerfile = readFileSync(path.join(repo.dir, publish.inputs.file!), 'utf8')
    const sources = [...dockerfile.matchAll(/^COPY\s+(?!--from)(.+)\s+\S+$/gm)].flatMap((m) =>
      m[1]!.trim().split(/\s+/),
    )
    expect(sources).toEqual(expect.arrayContaining(['out/iso/*.iso', 'version']))
    // Plain sources must exist; a glob may match nothing (the Dockerfile then builds the ISOs itself), but here the
    // ISO job's images are what out/iso/*.iso picks up.
    const plain = sources.filter((source) => !source.includes('*'))
    expect(plain.filter((source) => !existsSync(path.join(repo.dir, publish.inputs.context ?? '.', source)))).toEqual(
      [],
    )
    expect(images.map((image) => path.relative(repo.dir, image)).sort()).toEqual([
      'out/iso/LinuxProvisioning.iso',
      'out/iso/WindowsProvisioning.iso',
    ])
  } finally {
    scratch.cleanup()
  }
})
