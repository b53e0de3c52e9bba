// packer-build's inputs and leg plan from the sources (no bundle, no packer): URL inputs fail naming the input, the
// folders slipway empties never hold the template or var file, and output files are listed by their bytes.
import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { InputError, readRunnerContext } from '@slipway/action-kit'
import { suiteRoot, tempDir } from '@slipway/test-support'
import { getInputs } from '../src/inputs.js'
import { listFiles } from '../src/package.js'
import { resolveLeg } from '../src/plan.js'

const temp = tempDir('slipway-packer-inputs-')
afterAll(() => temp.cleanup())
const workspace = path.join(temp.dir, 'repo')
cpSync(path.join(suiteRoot, 'workflows-examples', 'vm-templates'), workspace, { recursive: true })
const LEG = 'os_pkrvars/rockylinux/rockylinux-9-x86_64.pkrvars.hcl'

function contextWith(inputs: Record<string, string>) {
  const env: Record<string, string> = {
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: path.join(temp.dir, 'runner-temp'),
    HOME: path.join(temp.dir, 'home'),
  }
  for (const [name, value] of Object.entries({ template: 'packer_templates', 'var-file': LEG, ...inputs }))
    env[`INPUT_${name.toUpperCase()}`] = value
  return readRunnerContext(env, workspace)
}

/** The InputError that reading the inputs and planning the leg throws (nothing is written by either). */
function refusal(inputs: Record<string, string>): InputError {
  const ctx = contextWith(inputs)
  try {
    resolveLeg(getInputs(ctx), ctx, 'c0ffee')
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    return error as InputError
  }
  throw new Error(`${JSON.stringify(inputs)} was accepted`)
}

describe('URL inputs fail naming the input and the value, not as a bare Invalid URL', () => {
  test.each([
    ['iso-url', 'https://mirror.example:99999/rocky.iso', 'the port "99999" is not a number from 1 to 65535'],
    ['iso-url', 'https://mirror.example:0/rocky.iso', 'the port "0" is not a number from 1 to 65535'],
    ['iso-url', 'https://has space.example/rocky.iso', 'it is not a URL'],
    ['iso-url', 'ftp://mirror.example/rocky.iso', 'ftp:// is not one of these'],
    ['iso-url', 'mirror.example/rocky.iso', 'it is not a URL'],
    ['packer-releases-url', 'https://mirror.example:70000/packer', 'the port "70000" is not a number from 1 to 65535'],
    ['packer-releases-url', 'file:///srv/packer', 'file:// is not one of these'],
    ['iso-checksum', 'file:https://mirror.example:99999/CHECKSUM', 'the port "99999" is not a number from 1 to 65535'],
  ])('%s %j', (input, value, problem) => {
    const error = refusal({ [input]: value })
    expect(error.input).toBe(input)
    expect(error.message).toContain(`has value ${JSON.stringify(value)}`)
    expect(error.message).toContain(problem)
  })

  test('good URLs and a local checksum file pass', () => {
    const ctx = contextWith({
      'iso-url': 'https://mirror.example:8443/rocky.iso',
      'iso-checksum': 'file:./CHECKSUM',
      'packer-releases-url': 'http://127.0.0.1:8080/packer/',
    })
    const inputs = getInputs(ctx)
    expect(inputs.isoUrl).toBe('https://mirror.example:8443/rocky.iso')
    expect(inputs.packerReleasesUrl).toBe('http://127.0.0.1:8080/packer')
  })
})

describe('a folder slipway empties or replaces never holds the template or the var file', () => {
  test.each([
    // The issue's examples: each removed the whole workspace, .git included, before packer ran.
    [{ 'artifact-name': '..' }, 'artifact-name', 'a leg name (it names a folder above)'],
    [{ 'output-directory': '.' }, 'output-directory', 'it is the workspace itself'],
    [{ 'output-directory': '..' }, 'output-directory', 'it is a parent of the workspace'],
    [{ 'output-directory': 'packer_templates' }, 'output-directory', 'a folder apart from the template'],
    [{ 'output-directory': 'os_pkrvars' }, 'output-directory', 'a folder apart from the var file'],
    [{ 'output-directory': 'os_pkrvars/rockylinux' }, 'output-directory', 'a folder apart from the var file'],
    [
      { 'artifacts-directory': 'os_pkrvars', 'artifact-name': 'rockylinux' },
      'artifacts-directory',
      '(os_pkrvars/rockylinux is replaced after the build, and it holds os_pkrvars/rockylinux/rockylinux-9-x86_64.pkrvars.hcl)',
    ],
  ])('%j is refused naming %s, before anything is deleted', (inputs, input, message) => {
    const error = refusal(inputs)
    expect(error.input).toBe(input)
    expect(error.message).toContain(message)
    expect(existsSync(path.join(workspace, 'packer_templates', 'build.pkr.hcl'))).toBe(true)
    expect(existsSync(path.join(workspace, LEG))).toBe(true)
  })

  test('an output folder beside them is planned as given', () => {
    const ctx = contextWith({ 'output-directory': 'out/rocky' })
    const leg = resolveLeg(getInputs(ctx), ctx, 'c0ffee')
    expect(leg.outputDir).toBe(path.join(workspace, 'out', 'rocky'))
    expect(leg.artifactDir).toBe(path.join(workspace, 'packer-artifacts', 'rockylinux-9-x86_64'))
  })
})

describe('the files a build leaves are listed by their bytes', () => {
  test('a name that is not UTF-8 fails naming the file and the reason, not with an unrelated ENOENT', async () => {
    const output = path.join(temp.dir, 'output')
    mkdirSync(path.join(output, 'sub'), { recursive: true })
    writeFileSync(path.join(output, 'disk.qcow2'), 'disk')
    writeFileSync(Buffer.concat([Buffer.from(`${output}/sub/`), Buffer.from('r\xe9seau.cfg', 'latin1')]), 'x')
    await expect(listFiles(output)).rejects.toThrow(
      `the build left a file whose name is not valid UTF-8 in its output folder: ${JSON.stringify(`${output}/sub/r\xe9seau.cfg`)}`,
    )
  })

  test('UTF-8 names, nested, sorted', async () => {
    const output = path.join(temp.dir, 'output-ok')
    mkdirSync(path.join(output, 'b'), { recursive: true })
    writeFileSync(path.join(output, 'b', 'réseau.cfg'), 'x')
    writeFileSync(path.join(output, 'a.qcow2'), 'x')
    expect(await listFiles(output)).toEqual(['a.qcow2', 'b/réseau.cfg'])
  })
})
