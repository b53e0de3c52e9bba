import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { DOCKER_REGISTRY, startLocalRegistry } from '@slipway/oci-registry/local-registry'
import { isOnPath } from '@slipway/action-kit'
import { runStep } from '../runner.js'
import type { RehearsalStep } from './types.js'

const CONTEXT = 'workflows-examples/scratch-image'

/**
 * ghcr-publish against a docker-registry started on loopback for the rehearsal (htpasswd auth with a throwaway
 * password), building the FROM scratch example with buildah, as a release of this repository's version.
 */
export const ghcrPublish: RehearsalStep = {
  id: 'ghcr-publish',
  title: 'ghcr-publish: build and publish an example image to a registry on loopback',
  async run({ root, scratch }) {
    if (!existsSync(DOCKER_REGISTRY)) return { skipped: `${DOCKER_REGISTRY} is not installed (Debian docker-registry)` }
    if (!(await isOnPath('buildah', ['--version']))) return { skipped: 'buildah is not installed' }
    if (!existsSync(path.join(root, CONTEXT, 'Dockerfile'))) return { skipped: `${CONTEXT}/Dockerfile is missing` }
    const user = { username: 'rehearsal', password: randomBytes(18).toString('base64url') }
    const registry = await startLocalRegistry({ users: [user], dir: path.join(scratch, 'registry') })
    try {
      const version = readFileSync(path.join(root, 'version'), 'utf8').trim()
      const run = await runStep({
        root,
        action: 'ghcr-publish',
        workspace: root,
        ref: `refs/tags/v${version}`,
        repository: 'slipway-dev/slipway',
        actor: user.username,
        token: user.password,
        runnerTemp: path.join(scratch, 'runner'),
        inputs: {
          registry: registry.host,
          insecure: 'true',
          builder: 'buildah',
          image: 'slipway-dev/scratch-image',
          context: CONTEXT,
        },
      })
      return { run, notes: [`registry: docker-registry on ${registry.host} (stopped after this step)`] }
    } finally {
      await registry.stop()
    }
  },
}
