// The images input, from the sources: every reference is checked against the OCI name grammar before anything is
// signed, and a bad one fails naming the input and the value.
import { InputError, inputReader } from '@slipway/action-kit'
import { getInputs } from '../src/inputs.js'
import { parseSubjects } from '../src/subjects.js'

const DIGEST = `sha256:${'a'.repeat(64)}`

test.each([
  [`ghcr.io:99999/acme/app@${DIGEST}`, 'the port "99999" is not a number from 1 to 65535'],
  [`127.0.0.1:0/acme/app@${DIGEST}`, 'the port "0" is not a number from 1 to 65535'],
  [`bad_host.example/acme/app@${DIGEST}`, '"bad_host.example" is not a host name'],
  [`ghcr.io/acme/${'a'.repeat(300)}@${DIGEST}`, 'a name of at most 255 characters, this one has 313'],
  [`ghcr.io/acme/App@${DIGEST}`, 'images by digest like ghcr.io/owner/name@sha256:<64 hex>'],
  ['ghcr.io/acme/app:1.0.0', 'images by digest like ghcr.io/owner/name@sha256:<64 hex>'],
])('%j is refused: %s', (reference, problem) => {
  let error: unknown
  try {
    getInputs(inputReader({ INPUT_IMAGES: reference, 'INPUT_GITHUB-TOKEN': 't' }))
  } catch (caught) {
    error = caught
  }
  expect(error).toBeInstanceOf(InputError)
  expect((error as InputError).input).toBe('images')
  // The value is quoted (a long one cut at 200 characters).
  expect((error as InputError).message).toContain(`Input 'images' has value ${JSON.stringify(reference).slice(0, 60)}`)
  expect((error as InputError).message).toContain(problem)
})

test('ghcr-publish’s images output and plain lines, with a port and at the longest name allowed', () => {
  const longest = `acme/${'b'.repeat(255 - 'ghcr.io/acme/'.length)}`
  const subjects = parseSubjects(JSON.stringify([{ name: 'ghcr.io/acme/app', digest: DIGEST }]))
  expect(subjects).toEqual([{ name: 'ghcr.io/acme/app', registry: 'ghcr.io', repository: 'acme/app', digest: DIGEST }])
  expect(parseSubjects(`127.0.0.1:5000/acme/app@${DIGEST}\nghcr.io/${longest}@${DIGEST}`).map((s) => s.name)).toEqual([
    '127.0.0.1:5000/acme/app',
    `ghcr.io/${longest}`,
  ])
})
