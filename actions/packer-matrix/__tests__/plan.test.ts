import { cpSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { ConfigError, InputError, readRunnerContext, recordingLogger } from '@slipway/action-kit'
import { TestRepo, suiteRoot, tempDir } from '@slipway/test-support'
import { changeRangeOf } from '../src/changed.js'
import { chooseOs, globToRegExp } from '../src/filter.js'
import { getInputs } from '../src/inputs.js'
import { MAX_MATRIX, planMatrix } from '../src/plan.js'

const exampleTree = path.join(suiteRoot, 'workflows-examples', 'vm-templates')

function inputsFor(workspace: string, inputs: Record<string, string>) {
  const env: NodeJS.ProcessEnv = { GITHUB_WORKSPACE: workspace }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  return getInputs(readRunnerContext(env, workspace))
}

const plan = (
  inputs: Record<string, string>,
  workspace = exampleTree,
  event = { name: 'workflow_dispatch', payload: {} },
) => planMatrix(inputsFor(workspace, inputs), event, recordingLogger())

describe('discovery on the example tree', () => {
  test('ten legs: five OSes, two architectures, one shared template directory', async () => {
    const { entries } = await plan({})
    expect(entries.map((e) => e.artifact_name)).toEqual([
      'almalinux-9-aarch64',
      'almalinux-9-x86_64',
      'centos-stream-9-aarch64',
      'centos-stream-9-x86_64',
      'fedora-41-aarch64',
      'fedora-41-x86_64',
      'rockylinux-9-aarch64',
      'rockylinux-9-x86_64',
      'ubuntu-22.04-aarch64',
      'ubuntu-22.04-x86_64',
    ])
    expect(entries.find((e) => e.artifact_name === 'ubuntu-22.04-x86_64')).toEqual({
      os: 'ubuntu',
      version: '22.04',
      arch: 'x86_64',
      template: 'packer_templates',
      var_file: 'os_pkrvars/ubuntu/ubuntu-22.04-x86_64.pkrvars.hcl',
      iso_url: 'https://releases.ubuntu.com/22.04.5/ubuntu-22.04.5-live-server-amd64.iso',
      iso_checksum: 'file:https://releases.ubuntu.com/22.04.5/SHA256SUMS',
      iso_cache_key: expect.stringMatching(/^iso-file-[0-9a-f]{32}$/),
      artifact_name: 'ubuntu-22.04-x86_64',
    })
  })

  test('paths are relative to the workspace when the tree is a sub-folder', async () => {
    const { entries } = await plan(
      { path: 'workflows-examples/vm-templates', 'os-filter': 'fedora', arch: 'aarch64' },
      suiteRoot,
    )
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({
      template: 'workflows-examples/vm-templates/packer_templates',
      var_file: 'workflows-examples/vm-templates/os_pkrvars/fedora/fedora-41-aarch64.pkrvars.hcl',
    })
  })
})

describe('filters', () => {
  test.each([
    [{ 'os-filter': 'all' }, 10],
    [{ 'os-filter': 'ubuntu' }, 2],
    [{ 'os-filter': 'alma*, rocky*' }, 4],
    [{ 'os-filter': 'centos,fedora', arch: 'x86_64' }, 2],
    [{ exclude: 'centos' }, 8],
    [{ exclude: 'ubuntu-22.04-aarch64\nfedora-41' }, 7],
    [{ exclude: '*-aarch64' }, 5],
    [{ 'os-filter': 'ubuntu', exclude: 'ubuntu' }, 0],
  ])('%j → %i', async (inputs, count) => {
    expect((await plan(inputs)).entries).toHaveLength(count)
  })

  test('an empty result gives the reasons', async () => {
    const { entries, reasons } = await plan({ 'os-filter': 'ubuntu', exclude: 'ubuntu' })
    expect(entries).toEqual([])
    expect(reasons).toEqual([
      'os-filter ubuntu: ubuntu-22.04-aarch64, ubuntu-22.04-x86_64 kept 2 of 10',
      'exclude ubuntu removed 2',
    ])
  })

  test('an unknown OS names the known ones', async () => {
    await expect(plan({ 'os-filter': 'ubuntu,debian' })).rejects.toThrow(
      new InputError(
        'os-filter',
        'ubuntu,debian',
        'OS names from the templates: almalinux, centos, fedora, rockylinux, ubuntu, or <os>-<version>: almalinux-9, centos-stream-9, fedora-41, rockylinux-9, ubuntu-22.04 (debian matches none)',
      ),
    )
  })

  test.each([
    ['Ubuntu', ['ubuntu-22.04-aarch64', 'ubuntu-22.04-x86_64'], 'Ubuntu'],
    ['rocky', ['rockylinux-9-aarch64', 'rockylinux-9-x86_64'], 'rocky → rockylinux'],
    ['ROCKY-9', ['rockylinux-9-aarch64', 'rockylinux-9-x86_64'], 'ROCKY-9 → rockylinux-9'],
    ['ubuntu-22.04', ['ubuntu-22.04-aarch64', 'ubuntu-22.04-x86_64'], 'ubuntu-22.04'],
    ['CentOS-Stream-9', ['centos-stream-9-aarch64', 'centos-stream-9-x86_64'], 'CentOS-Stream-9'],
    ['Alma*', ['almalinux-9-aarch64', 'almalinux-9-x86_64'], 'Alma* (glob)'],
    [
      'fed, Ubuntu-22.04',
      ['fedora-41-aarch64', 'fedora-41-x86_64', 'ubuntu-22.04-aarch64', 'ubuntu-22.04-x86_64'],
      'fed → fedora',
    ],
  ])('os-filter %j as people type it chooses %j and says so', async (filter, legs, reading) => {
    const { entries, reasons } = await plan({ 'os-filter': filter })
    expect(entries.map((e) => e.artifact_name).sort()).toEqual(legs)
    expect(reasons[0]).toContain(`${reading}: `)
    for (const leg of legs) expect(reasons[0]).toContain(leg)
  })

  test('a prefix of several OS names is an error that lists them', () => {
    const entry = (os: string) =>
      ({ os, version: '9', arch: 'x86_64', artifact_name: `${os}-9-x86_64` }) as Parameters<typeof chooseOs>[1][number]
    const all = [entry('rhel'), entry('rockylinux'), entry('ubuntu')]
    expect(() => chooseOs('r', all, 'ubuntu,r')).toThrow(
      new InputError(
        'os-filter',
        'ubuntu,r',
        'one OS per name, but r is a prefix of rhel, rockylinux: write more of the name',
      ),
    )
    expect(chooseOs('ro', all, 'ro').entries.map((e) => e.os)).toEqual(['rockylinux'])
  })

  test('an unknown architecture names the known ones', async () => {
    await expect(plan({ arch: 'riscv64' })).rejects.toThrow(
      new InputError('arch', 'riscv64', 'architectures from the templates: aarch64, x86_64'),
    )
  })

  test.each([
    ['os-filter', 'ubuntu;rm'],
    ['os-filter', 'all,ubuntu'],
    ['arch', 'x86 64'],
    ['base', 'abc'],
  ])('bad input %s=%s is refused before reading anything', (name, value) => {
    expect(() => inputsFor(exampleTree, { [name]: value })).toThrow(InputError)
  })

  test.each([
    ['packer_templates/**', 'packer_templates/a/b.pkr.hcl', true],
    ['packer_templates/**', 'packer_templates', true],
    ['scripts/*.sh', 'scripts/x.sh', true],
    ['scripts/*.sh', 'scripts/sub/x.sh', false],
    ['**/*.cfg', 'http/ks.cfg', true],
    ['alma*', 'almalinux', true],
    ['rocky?inux', 'rockylinux', true],
  ])('glob %s on %s → %s', (glob, name, matches) => {
    expect(globToRegExp(glob).test(name)).toBe(matches)
  })
})

describe('explicit templates', () => {
  test.each([
    ['==', 'one = between the template and its var file'],
    ['=os_pkrvars/ubuntu/ubuntu-22.04-x86_64.pkrvars.hcl', 'a template path before the ='],
    ['packer_templates=', 'a var file after the ='],
    ['packer_templates=version', 'a *.pkrvars.hcl var file after the ='],
  ])('templates %j fails naming the input before any file is read', (line, problem) => {
    expect(() => inputsFor(exampleTree, { templates: line })).toThrow(
      new InputError(
        'templates',
        line,
        `template[=var-file] lines (a *.pkr.hcl file or a folder of them, then a *.pkrvars.hcl), or one YAML file; this line needs ${problem}`,
      ),
    )
  })

  test.each([
    ['missing', 'the template missing does not exist'],
    ['http', 'the folder http holds no *.pkr.hcl file'],
    ['version', 'version is not a *.pkr.hcl file or a folder'],
    ['../../README.md', 'inside the workspace (../../README.md is not)'],
    ['packer_templates=os_pkrvars/x.pkrvars.hcl', 'the var file os_pkrvars/x.pkrvars.hcl does not exist'],
  ])('templates %j that names no template fails naming the input', async (line, problem) => {
    await expect(plan({ templates: line })).rejects.toThrow(
      new InputError(
        'templates',
        line,
        `template[=var-file] lines of paths relative to the path input${problem.startsWith('inside') ? ', ' : '; '}${problem}`,
      ),
    )
  })

  test('template=var-file lines', async () => {
    const { entries } = await plan({
      templates:
        'packer_templates=os_pkrvars/ubuntu/ubuntu-22.04-x86_64.pkrvars.hcl\npacker_templates=os_pkrvars/fedora/fedora-41-x86_64.pkrvars.hcl',
    })
    expect(entries.map((e) => e.artifact_name)).toEqual(['fedora-41-x86_64', 'ubuntu-22.04-x86_64'])
  })

  test('a YAML file', async () => {
    const dir = tempDir()
    try {
      cpSync(exampleTree, dir.dir, { recursive: true })
      writeFileSync(
        path.join(dir.dir, 'templates.yml'),
        'templates:\n  - template: packer_templates\n    var_file: os_pkrvars/centos/centos-stream-9-aarch64.pkrvars.hcl\n',
      )
      const { entries } = await plan({ templates: 'templates.yml' }, dir.dir)
      expect(entries.map((e) => e.artifact_name)).toEqual(['centos-stream-9-aarch64'])
      writeFileSync(path.join(dir.dir, 'bad.yml'), 'templates:\n  - var_file: x\n')
      await expect(plan({ templates: 'bad.yml' }, dir.dir)).rejects.toThrow(
        'bad.yml: item 1: expected template: <path>',
      )
    } finally {
      dir.cleanup()
    }
  })
})

describe('var file mistakes point at the file and line', () => {
  test.each([
    [
      'os_name = "x"\nos_version = "1"\nos_arch = "x86_64"\niso_checksum = "sha256:abc"\n',
      /x.pkrvars.hcl:4: iso_checksum "sha256:abc" is not valid/,
    ],
    ['os_name = "x"\nos_arch = "x86_64"\n', /x.pkrvars.hcl: os_version is not set/],
    ['os_name = "x"\nos_version = \n', /x.pkrvars.hcl:2:14: expected an expression/],
  ])('%#', async (text, message) => {
    const dir = tempDir()
    try {
      mkdirSync(path.join(dir.dir, 't'))
      writeFileSync(
        path.join(dir.dir, 't', 'main.pkr.hcl'),
        'variable "os_name" {}\nvariable "os_version" {}\nvariable "os_arch" {}\n',
      )
      writeFileSync(path.join(dir.dir, 't', 'x.pkrvars.hcl'), text)
      const error = await plan({}, dir.dir).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(ConfigError)
      expect((error as Error).message).toMatch(message)
    } finally {
      dir.cleanup()
    }
  })

  test('two template directories and a var file outside both', async () => {
    const dir = tempDir()
    try {
      for (const t of ['a', 'b']) {
        mkdirSync(path.join(dir.dir, t))
        writeFileSync(path.join(dir.dir, t, 'main.pkr.hcl'), 'variable "os_name" {}\n')
      }
      writeFileSync(path.join(dir.dir, 'x.pkrvars.hcl'), 'os_name = "x"\n')
      await expect(plan({}, dir.dir)).rejects.toThrow(
        'x.pkrvars.hcl: cannot tell which template this var file is for (template directories: a, b)',
      )
    } finally {
      dir.cleanup()
    }
  })
})

test(`more than ${MAX_MATRIX} entries is an error with the count`, async () => {
  const dir = tempDir()
  try {
    mkdirSync(path.join(dir.dir, 'vars'))
    writeFileSync(
      path.join(dir.dir, 'main.pkr.hcl'),
      'variable "os_name" {}\nvariable "os_version" {}\nvariable "os_arch" {}\n',
    )
    for (let i = 0; i < 300; i++) {
      writeFileSync(
        path.join(dir.dir, 'vars', `os${i}.pkrvars.hcl`),
        `os_name = "os${i}"\nos_version = "1"\nos_arch = "x86_64"\n`,
      )
    }
    await expect(plan({}, dir.dir)).rejects.toThrow('the matrix has 300 entries, more than the 256 GitHub allows')
    expect((await plan({ exclude: 'os1*' }, dir.dir)).entries).toHaveLength(300 - 111)
  } finally {
    dir.cleanup()
  }
})

describe('os-filter changed, on a real git history', () => {
  let repo: TestRepo
  let base: string
  const dir = tempDir('slipway-changed-')
  beforeAll(() => {
    repo = TestRepo.create(path.join(dir.dir, 'repo'))
    cpSync(exampleTree, repo.dir, { recursive: true })
    base = repo.commit('templates')
  })
  afterAll(() => dir.cleanup())

  const changed = async (files: Record<string, string>) => {
    repo.git(
      'checkout',
      '-q',
      '-B',
      `change-${Object.keys(files)
        .join('-')
        .replace(/[^a-z0-9]/gi, '')}`,
      base,
    )
    const head = repo.commit({ message: 'change', files })
    return plan({ 'os-filter': 'changed', 'shared-paths': 'scripts/**, http/**' }, repo.dir, {
      name: 'pull_request',
      payload: { pull_request: { base: { sha: base }, head: { sha: head } } },
    })
  }

  test('a changed var file selects its leg only', async () => {
    const result = await changed({
      'os_pkrvars/rockylinux/rockylinux-9-aarch64.pkrvars.hcl':
        'os_name = "rockylinux"\nos_version = "9"\nos_arch = "aarch64"\niso_url = "https://x/y.iso"\niso_checksum = "none"\n',
    })
    expect(result.entries.map((e) => e.artifact_name)).toEqual(['rockylinux-9-aarch64'])
    expect(result.reasons.at(-1)).toMatch(
      /^changed: 1 file\(s\) changed between [0-9a-f]{12} and [0-9a-f]{12}, 1 template\(s\) affected$/,
    )
  })

  test('a changed shared path selects all', async () => {
    const result = await changed({ 'http/ks.cfg': 'text\n' })
    expect(result.entries).toHaveLength(10)
    expect(result.reasons.at(-1)).toBe('changed: shared paths changed (http/ks.cfg), all kept')
  })

  test('a changed template file selects every leg of that template', async () => {
    expect(
      (await changed({ 'packer_templates/build.pkr.hcl': 'build {\n  sources = ["source.file.local"]\n}\n' })).entries,
    ).toHaveLength(10)
  })

  test('an unrelated change selects none', async () => {
    const result = await changed({ 'README.md': 'docs\n' })
    expect(result.entries).toEqual([])
    expect(result.reasons.at(-1)).toMatch(/1 file\(s\) changed .* 0 template\(s\) affected/)
  })

  test('combined with arch through the filters', async () => {
    repo.git('checkout', '-q', '-B', 'combo', base)
    const head = repo.commit({ message: 'c', files: { 'scripts/build-info.sh': '#!/bin/sh\n' } })
    const result = await plan(
      { 'os-filter': 'changed', 'shared-paths': 'scripts/**', arch: 'aarch64', base, head },
      repo.dir,
    )
    expect(result.entries).toHaveLength(5)
  })

  test('a commit missing from a shallow clone says how to fix the checkout', async () => {
    await expect(
      plan({ 'os-filter': 'changed', base: '0123456789abcdef0123456789abcdef01234567', head: base }, repo.dir),
    ).rejects.toThrow(/is not in this clone.*fetch-depth: 0/)
  })

  test('an event without a base builds everything, with a notice', async () => {
    const logger = recordingLogger()
    const result = await planMatrix(
      inputsFor(repo.dir, { 'os-filter': 'changed' }),
      { name: 'workflow_dispatch', payload: {} },
      logger,
    )
    expect(result.entries).toHaveLength(10)
    expect(logger.messages('notice')[0]).toContain('no base to compare with')
  })

  test.each([
    ['push', { before: 'a'.repeat(40), after: 'b'.repeat(40) }, { base: 'a'.repeat(40), head: 'b'.repeat(40) }],
    ['push', { before: '0'.repeat(40), after: 'b'.repeat(40) }, undefined],
    ['pull_request', { pull_request: { base: { sha: 'c' }, head: { sha: 'd' } } }, { base: 'c', head: 'd' }],
    ['schedule', {}, undefined],
  ])('change range of a %s event', (event, payload, expected) => {
    expect(changeRangeOf(event, payload)).toEqual(expected)
  })
})
