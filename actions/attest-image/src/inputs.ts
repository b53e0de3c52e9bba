import { InputError, inputReader, type InputReader } from '@slipway/action-kit'
import { isLoopbackRegistry } from '@slipway/oci-registry'
import { parseSubjects, type ImageSubject } from './subjects.js'

export interface Inputs {
  images: ImageSubject[]
  pushToRegistry: boolean
  registryUsername: string
  registryPassword: string
  insecure: boolean
  githubToken: string
  showSummary: boolean
}

export function getInputs(read: InputReader = inputReader()): Inputs {
  const images = parseSubjects(read.required('images'))
  const pushToRegistry = read.boolean('push-to-registry', { default: false })
  const insecure = read.boolean('insecure', { default: false })
  if (insecure) {
    const remote = images.find((image) => !isLoopbackRegistry(image.registry))
    if (remote)
      throw new InputError(
        'insecure',
        'true',
        `false for ${remote.registry}: plain HTTP is only for a loopback registry`,
      )
  }
  const registryUsername = read.string('registry-username')
  // The password's value never appears in an error: only whether it is there.
  const registryPassword = read.string('registry-password')
  if (pushToRegistry && (registryUsername === '' || registryPassword === '')) {
    throw new InputError(
      registryUsername === '' ? 'registry-username' : 'registry-password',
      '',
      'registry credentials (default: the actor and github.token) when push-to-registry is true',
    )
  }
  const githubToken = read.string('github-token')
  if (githubToken === '')
    throw new InputError('github-token', '', 'a token allowed to write attestations (default: github.token)')
  return {
    images,
    pushToRegistry,
    registryUsername,
    registryPassword,
    insecure,
    githubToken,
    showSummary: read.boolean('show-summary', { default: true }),
  }
}
