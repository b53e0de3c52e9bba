// iso-build's inputs from the sources (no bundle): the image is never written into a folder it is built from, and
// the refusal names the input before anything is read or written.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { InputError, inputReader } from '@slipway/action-kit'
import { tempDir } from '@slipway/test-support'
import { getInputs } from '../src/inputs.js'

const temp = tempDir('slipway-iso-inputs-')
afterAll(() => temp.cleanup())
const workspace = path.join(temp.dir, 'repo')
mkdirSync(path.join(workspace, 'provisioning', 'linux'), { recursive: true })
mkdirSync(path.join(workspace, 'provisioning', 'windows'), { recursive: true })
writeFileSync(path.join(workspace, 'provisioning', 'linux', 'user-data'), '#cloud-config\n')
writeFileSync(path.join(workspace, 'version'), '1.0.0\n')
symlinkSync(path.join(workspace, 'provisioning', 'linux'), path.join(workspace, 'linux-link'))
const ctx = { env: {}, workspace, temp: path.join(temp.dir, 'runner-temp') }

function read(inputs: Record<string, string>) {
  const env: NodeJS.ProcessEnv = { GITHUB_WORKSPACE: workspace }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  return getInputs(ctx, inputReader(env))
}

test.each([
  [{ source: 'provisioning/linux', output: 'provisioning/linux/seed.iso' }, '(source: '],
  [{ source: 'provisioning', output: 'provisioning/linux/seed.iso' }, '(source: '],
  [{ source: 'provisioning/linux', output: 'linux-link/seed.iso' }, '(source: '],
  [{ source: 'provisioning/linux', output: 'provisioning/linux' }, 'not the folder the image is built from'],
  [{ files: 'provisioning/windows => /\nversion => /v', output: 'provisioning/windows/w.iso' }, '(files: '],
  [{ files: 'version => /v', output: 'version' }, 'a path other than a file the image is built from'],
])('%j is refused up front, naming the output input', (inputs, message) => {
  let error: unknown
  try {
    read(inputs)
  } catch (caught) {
    error = caught
  }
  expect(error).toBeInstanceOf(InputError)
  expect((error as InputError).input).toBe('output')
  expect((error as InputError).message).toContain(`has value ${JSON.stringify(inputs.output)}`)
  expect((error as InputError).message).toContain(message)
})

test('an output beside the source is accepted', () => {
  expect(read({ source: 'provisioning/linux', output: 'out/seed.iso' }).output).toBe(
    path.join(workspace, 'out', 'seed.iso'),
  )
})
