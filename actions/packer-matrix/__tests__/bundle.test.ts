import path from 'node:path'
import { runBundle, suiteRoot } from '@slipway/test-support'

// The built dist/packer-matrix/index.js, run as the runner runs it, on the example template tree.
const tree = 'workflows-examples/vm-templates'

test('plans the example tree: matrix, count, os-list and the summary table', async () => {
  const run = await runBundle({
    action: 'packer-matrix',
    workspace: suiteRoot,
    inputs: { path: tree, arch: 'x86_64', exclude: 'centos' },
  })
  expect(run.stderr).toBe('')
  expect(run.exitCode).toBe(0)
  const matrix = JSON.parse(run.outputs.matrix ?? '') as { include: Record<string, string>[] }
  expect(matrix.include.map((e) => e.artifact_name)).toEqual([
    'almalinux-9-x86_64',
    'fedora-41-x86_64',
    'rockylinux-9-x86_64',
    'ubuntu-22.04-x86_64',
  ])
  expect(Object.keys(matrix.include[0] ?? {})).toEqual([
    'os',
    'version',
    'arch',
    'template',
    'var_file',
    'iso_url',
    'iso_checksum',
    'iso_cache_key',
    'artifact_name',
  ])
  expect(matrix.include[3]?.var_file).toBe(`${tree}/os_pkrvars/ubuntu/ubuntu-22.04-x86_64.pkrvars.hcl`)
  expect(run.outputs.count).toBe('4')
  expect(JSON.parse(run.outputs['os-list'] ?? '')).toEqual(['almalinux', 'fedora', 'rockylinux', 'ubuntu'])
  expect(run.summary).toContain('### Packer matrix: 4 of 10 template(s)')
  expect(run.summary).toContain('| OS | version | arch | template | var file | ISO | ISO cache key | artifact |')
  expect(run.summary).toContain(`| ubuntu | 22.04 | x86_64 | \`${tree}/packer_templates\` |`)
  expect(run.summary).toContain('Filters: arch x86_64 kept 5 of 10; exclude centos removed 1.')
})

test('an empty matrix is not an error: count 0 and the summary says why', async () => {
  const run = await runBundle({
    action: 'packer-matrix',
    workspace: suiteRoot,
    inputs: { path: tree, 'os-filter': 'fedora', exclude: 'fedora-*' },
  })
  expect(run.exitCode).toBe(0)
  expect(run.outputs.count).toBe('0')
  expect(JSON.parse(run.outputs.matrix ?? '')).toEqual({ include: [] })
  expect(run.summary).toContain(
    'Nothing to build: os-filter fedora: fedora-41-aarch64, fedora-41-x86_64 kept 2 of 10; exclude fedora-* removed 2.',
  )
  expect(run.annotations.map((a) => a.level)).toEqual(['notice'])
})

test('an unknown OS fails with one error listing the known ones', async () => {
  const run = await runBundle({
    action: 'packer-matrix',
    workspace: suiteRoot,
    inputs: { path: tree, 'os-filter': 'debian' },
  })
  expect(run.exitCode).toBe(1)
  expect(run.outputs).toEqual({})
  expect(run.annotations).toHaveLength(1)
  expect(run.annotations[0]?.message).toBe(
    'Input \'os-filter\' has value "debian": expected OS names from the templates: almalinux, centos, fedora, rockylinux, ubuntu, or <os>-<version>: almalinux-9, centos-stream-9, fedora-41, rockylinux-9, ubuntu-22.04 (debian matches none)',
  )
})

test('os-filter as people type it: the summary says which legs each word chose', async () => {
  const run = await runBundle({
    action: 'packer-matrix',
    workspace: suiteRoot,
    inputs: { path: tree, 'os-filter': 'rocky, Ubuntu-22.04', arch: 'x86_64' },
  })
  expect(run.exitCode).toBe(0)
  const matrix = JSON.parse(run.outputs.matrix ?? '') as { include: Record<string, string>[] }
  expect(matrix.include.map((e) => e.artifact_name)).toEqual(['rockylinux-9-x86_64', 'ubuntu-22.04-x86_64'])
  expect(run.summary).toContain(
    'Filters: os-filter rocky → rockylinux: rockylinux-9-aarch64, rockylinux-9-x86_64; Ubuntu-22.04: ubuntu-22.04-aarch64, ubuntu-22.04-x86_64 kept 4 of 10; arch x86_64 kept 2 of 4.',
  )
})

test('templates: == fails naming the input', async () => {
  const run = await runBundle({
    action: 'packer-matrix',
    workspace: suiteRoot,
    inputs: { path: tree, templates: '==' },
  })
  expect(run.exitCode).toBe(1)
  expect(run.annotations).toHaveLength(1)
  expect(run.annotations[0]?.message).toMatch(/^Input 'templates' has value "==": expected template\[=var-file\] lines/)
})

test('a broken var file is annotated at its file and line', async () => {
  const run = await runBundle({
    action: 'packer-matrix',
    workspace: path.join(suiteRoot, 'actions', 'packer-matrix', '__tests__', 'fixtures'),
    inputs: { path: 'broken' },
  })
  expect(run.exitCode).toBe(1)
  expect(run.annotations).toHaveLength(1)
  expect(run.annotations[0]).toMatchObject({
    level: 'error',
    properties: { file: 'broken/ubuntu.pkrvars.hcl', line: '4' },
  })
  expect(run.annotations[0]?.message).toContain(
    'iso_checksum "sha256:1234" is not valid: expected a sha256 digest of 64 hex digits',
  )
})
