// The pipeline rehearsals of `slipway rehearse`: the `with:` values come from the example workflows themselves, and
// each pipeline runs its actions from the bundles, one after the other, its summaries under out/<pipeline>/.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { suiteRoot, tempDir } from '@slipway/test-support'
import { rehearse } from '../src/index.js'
import { containerServicePipeline, releasePipeline, vmTemplatesPipeline } from '../src/rehearse/pipelines.js'
import { workflowInputs } from '../src/rehearse/workflow.js'

const example = (file: string) => path.join(suiteRoot, 'workflows-examples', file)

describe('workflowInputs', () => {
  test.each([
    [
      'release.yml images: the owner filled in',
      'server-and-builder/release.yml',
      'release',
      'release-notes',
      { values: { 'needs.version.outputs.owner': 'acme' } },
      { images: 'ghcr.io/acme/server\nghcr.io/acme/builder\n' },
    ],
    [
      'build-server.yml: the second iso-build step',
      'container-service/build-server.yml',
      'isos',
      'iso-build',
      { nth: 1 },
      expect.objectContaining({ profile: 'autounattend', output: 'out/iso/windows-autounattend.iso' }),
    ],
    [
      'build-templates.yml: an override replaces the expression, undefined drops the input',
      'vm-templates/build-templates.yml',
      'plan',
      'packer-matrix',
      { overrides: { 'os-filter': 'all', 'shared-paths': undefined } },
      { 'os-filter': 'all', arch: 'x86_64' },
    ],
  ])('%s', (_name, file, job, action, options, expected) => {
    expect(workflowInputs(example(file), job, action, options)).toEqual(expected)
  })

  test('an expression the rehearsal does not set, or a step the job lacks, is an error', () => {
    expect(() => workflowInputs(example('server-and-builder/release.yml'), 'release', 'release-notes')).toThrow(
      'jobs.release release-notes input images: ${{ needs.version.outputs.owner }} is not set',
    )
    expect(() => workflowInputs(example('server-and-builder/release.yml'), 'release', 'iso-build')).toThrow(
      'jobs.release has no iso-build step',
    )
  })
})

test('the three pipelines run action after action; each summary lands in out/<pipeline>/', async () => {
  const out = tempDir('slipway-rehearse-out-')
  let printed = ''
  try {
    const report = await rehearse(suiteRoot, {
      outDir: out.dir,
      steps: [containerServicePipeline, releasePipeline, vmTemplatesPipeline],
      write: (text) => (printed += text),
    })
    expect(report.failed).toEqual([])
    // A pipeline is skipped only past the steps a missing tool stops (docker-registry, buildah, packer).
    expect(printed.match(/skipped: jobs\.\w+ \(/g) ?? []).toHaveLength(report.skipped.length)
    const files = (id: string) => (existsSync(path.join(out.dir, id)) ? readdirSync(path.join(out.dir, id)).sort() : [])
    expect(files('pipeline-container-service').slice(0, 3)).toEqual([
      '1-version-check.md',
      '2-iso-build-linux.md',
      '3-iso-build-windows.md',
    ])
    expect(files('pipeline-release').slice(0, 2)).toEqual(['1-version-check.md', '2-oci-labels.md'])
    expect(files('pipeline-release').at(-1)).toBe(
      report.skipped.includes('pipeline-release') ? '3-release-notes.md' : '4-release-notes.md',
    )
    expect(files('pipeline-vm-templates').slice(0, 2)).toEqual(['1-version-check.md', '2-packer-matrix.md'])
    // The version-check output of the container service is the example's version file.
    const version = readFileSync(example('container-service/version'), 'utf8').trim()
    expect(printed).toMatch(
      new RegExp(`▸ jobs\\.version: version-check\\n[^▸]*version +${version.replace(/\./g, '\\.')}\\n`),
    )
    // The release notes body is printed: both images' pull lines and the contributors.
    expect(printed).toMatch(/docker pull \S+\/acme\/server:1\.2\.0\n/)
    expect(printed).toMatch(/docker pull \S+\/acme\/builder:latest\n/)
    expect(printed).toContain('Bob Ray (first contribution 🎉), Ann Lee')
    if (!report.skipped.includes('pipeline-release'))
      expect(printed).toContain('tags agree with oci-labels: 1.2.0, 1.2, 1, latest')
    if (!report.skipped.includes('pipeline-vm-templates'))
      expect(readFileSync(path.join(out.dir, 'pipeline-vm-templates', '3-packer-build.md'), 'utf8')).toContain(
        'almalinux-9-x86_64',
      )
  } finally {
    out.cleanup()
  }
}, 120_000)
