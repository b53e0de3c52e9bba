import type { GitHubFake } from './server.js'

/**
 * GitHub's attestations API as `@actions/attest` writes to it (`POST /repos/{owner}/{repo}/attestations` with the
 * Sigstore bundle), checked against the OpenAPI description like the fake's other routes. The stored bundles are
 * kept for the test to verify.
 */
export class FakeAttestations {
  readonly stored: { id: number; bundle: Record<string, unknown> }[] = []
  private nextId = 9000

  constructor(fake: GitHubFake) {
    const base = `/repos/${fake.owner}/${fake.repo}`.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    fake.addRoute(
      'POST',
      '/repos/{owner}/{repo}/attestations',
      new RegExp(`^${base}/attestations$`),
      (_m, { json }) => {
        const bundle = (json as { bundle: Record<string, unknown> }).bundle
        const id = this.nextId++
        this.stored.push({ id, bundle })
        return { status: 201, body: { id } }
      },
    )
  }
}
