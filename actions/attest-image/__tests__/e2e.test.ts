// The built bundle of attest-image, run as the runner runs it, fully offline: @actions/attest signs with Fulcio
// certificates from @sigstore/mock (Rekor for a public repository, the TSA for a private one) reached through
// https_proxy, the workflow's OIDC token comes from the fake token service, the attestation is stored through the
// GitHub fake's attestations route (checked against the OpenAPI description), and the bundle is pushed to the real
// docker-registry as an OCI referrer of the image, read back with skopeo.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { rmSync } from 'node:fs'
import { recordingLogger } from '@slipway/action-kit'
import { FakeAttestations, FakeOidc, GitHubFake } from '@slipway/github-fake'
import { MediaType, RegistryClient, digestOf } from '@slipway/oci-registry'
import { startLocalRegistry, type LocalRegistry } from '@slipway/oci-registry/local-registry'
import { runBundle, tempDir } from '@slipway/test-support'
import { SigstoreServices } from '@slipway/test-support/sigstore'

const USER = { username: 'publisher', password: 's3cret-Attest-Token-42' }
const CLAIMS = {
  sub: 'repo:acme/app:ref:refs/tags/v1.2.3',
  ref: 'refs/tags/v1.2.3',
  sha: 'c'.repeat(40),
  repository: 'acme/app',
  repository_owner: 'acme',
  repository_id: '42',
  repository_owner_id: '7',
  event_name: 'push',
  workflow_ref: 'acme/app/.github/workflows/release.yml@refs/tags/v1.2.3',
  job_workflow_ref: 'acme/app/.github/workflows/release.yml@refs/tags/v1.2.3',
  runner_environment: 'github-hosted',
  run_id: '1001',
  run_attempt: '1',
}

let scratch: { dir: string; cleanup(): void }
let registry: LocalRegistry
let fake: GitHubFake
let attestations: FakeAttestations
let oidc: FakeOidc
let sigstore: SigstoreServices
let image: { repository: string; digest: string }

beforeAll(async () => {
  scratch = tempDir('attest-image-test-')
  registry = await startLocalRegistry({ users: [USER], dir: `${scratch.dir}/registry` })
  fake = await GitHubFake.start('acme', 'app')
  attestations = new FakeAttestations(fake)
  oidc = await FakeOidc.start('https://token.actions.githubusercontent.com', CLAIMS)
  sigstore = await SigstoreServices.start(scratch.dir, oidc)
  image = await pushTinyImage('acme/app/server')
}, 60_000)
afterAll(async () => {
  await sigstore.stop()
  await oidc.stop()
  await fake.stop()
  await registry.stop()
  scratch.cleanup()
})

/** A one-layer image pushed straight through the registry client: the subject to attest. */
async function pushTinyImage(repository: string): Promise<{ repository: string; digest: string }> {
  const client = new RegistryClient({
    registry: registry.host,
    insecure: true,
    credentials: USER,
    logger: recordingLogger(),
  })
  const config = Buffer.from(
    JSON.stringify({ architecture: 'amd64', os: 'linux', rootfs: { type: 'layers', diff_ids: [] } }),
  )
  const layer = Buffer.from('not really a tar, but a blob')
  await client.ensureBlob(repository, digestOf(config), { bytes: config })
  await client.ensureBlob(repository, digestOf(layer), { bytes: layer })
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MediaType.ociManifest,
      config: { mediaType: MediaType.ociConfig, digest: digestOf(config), size: config.length },
      layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar', digest: digestOf(layer), size: layer.length }],
    }),
  )
  const digest = await client.putManifest(repository, digestOf(manifest), manifest, MediaType.ociManifest)
  return { repository, digest }
}

function skopeoRaw(reference: string): Record<string, unknown> {
  return JSON.parse(
    execFileSync(
      'skopeo',
      [
        'inspect',
        '--raw',
        '--tls-verify=false',
        '--creds',
        `${USER.username}:${USER.password}`,
        `docker://${registry.host}/${reference}`,
      ],
      { encoding: 'utf8' },
    ),
  ) as Record<string, unknown>
}

async function attest(visibility: 'public' | 'private', inputs: Record<string, string>): ReturnType<typeof runBundle> {
  const result = await runBundle({
    action: 'attest-image',
    workspace: scratch.dir,
    event: 'push',
    ref: 'refs/tags/v1.2.3',
    sha: CLAIMS.sha,
    repository: 'acme/app',
    actor: USER.username,
    token: 'ghs_fake-github-token',
    payload: { repository: { full_name: 'acme/app', visibility } },
    inputs: { 'registry-username': USER.username, 'registry-password': USER.password, ...inputs },
    env: {
      GITHUB_API_URL: fake.url,
      ACTIONS_ID_TOKEN_REQUEST_URL: oidc.requestUrl,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken,
      https_proxy: sigstore.proxyUrl,
      no_proxy: '127.0.0.1,localhost',
      NODE_EXTRA_CA_CERTS: sigstore.caFile,
    },
    keepTemp: true,
  })
  rmSync(result.runnerTemp, { recursive: true, force: true })
  return result
}

interface Bundle {
  mediaType: string
  verificationMaterial: {
    certificate?: { rawBytes: string }
    x509CertificateChain?: { certificates: { rawBytes: string }[] }
    tlogEntries: unknown[]
    timestampVerificationData?: { rfc3161Timestamps: unknown[] }
  }
  dsseEnvelope: { payload: string; payloadType: string; signatures: { sig: string }[] }
}

function statementOf(bundle: Bundle): {
  subject: { name: string; digest: { sha256: string } }[]
  predicateType: string
  predicate: { buildDefinition: { externalParameters: { workflow: { repository: string; path: string } } } }
} {
  expect(bundle.dsseEnvelope.payloadType).toBe('application/vnd.in-toto+json')
  return JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString('utf8')) as ReturnType<
    typeof statementOf
  >
}

test('a public repository: SLSA provenance signed through Fulcio and Rekor, stored, and pushed as a referrer', async () => {
  const reference = `${registry.host}/${image.repository}@${image.digest}`
  const result = await attest('public', { images: reference, 'push-to-registry': 'true', insecure: 'true' })
  expect(result.stderr).toBe('')
  expect(result.exitCode).toBe(0)

  // Signed by the public-good instance, the ID token asked for the sigstore audience.
  expect(sigstore.requests).toEqual(
    expect.arrayContaining(['fulcio.sigstore.dev /api/v2/signingCert', 'rekor.sigstore.dev /api/v1/log/entries']),
  )
  expect(sigstore.requests.some((r) => r.startsWith('timestamp.githubapp.com'))).toBe(false)
  expect(oidc.requests.map((r) => r.audience)).toEqual(expect.arrayContaining(['sigstore', 'nobody']))

  // Stored through the attestations API, exactly the bundle the action made.
  expect(fake.violations).toEqual([])
  expect(attestations.stored).toHaveLength(1)
  const stored = attestations.stored[0]!.bundle as unknown as Bundle
  expect(stored.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json')
  expect(stored.verificationMaterial.tlogEntries).toHaveLength(1)
  const statement = statementOf(stored)
  expect(statement.subject).toEqual([
    { name: `${registry.host}/${image.repository}`, digest: { sha256: image.digest.slice(7) } },
  ])
  expect(statement.predicateType).toBe('https://slsa.dev/provenance/v1')
  expect(statement.predicate.buildDefinition.externalParameters.workflow).toEqual({
    ref: 'refs/tags/v1.2.3',
    repository: 'https://github.com/acme/app',
    path: '.github/workflows/release.yml',
  })

  // The outputs: the attestation and how to verify it.
  const [attested] = JSON.parse(result.outputs.attestations!) as Record<string, string>[]
  expect(attested).toMatchObject({
    name: `${registry.host}/${image.repository}`,
    digest: image.digest,
    'attestation-id': attestations.stored[0]!.id,
    'attestation-url': `https://github.com/acme/app/attestations/${attestations.stored[0]!.id}`,
  })
  const verify = `gh attestation verify oci://${reference} -R acme/app`
  expect(result.outputs['verify-commands']).toBe(verify)
  expect(result.summary).toContain(verify)

  // In the registry: the referrers tag schema lists an artifact manifest whose subject is the image.
  const index = skopeoRaw(`${image.repository}:${image.digest.replace(':', '-')}`) as {
    mediaType: string
    manifests: { digest: string; artifactType: string }[]
  }
  expect(index.mediaType).toBe(MediaType.ociIndex)
  expect(index.manifests).toEqual([
    expect.objectContaining({
      digest: attested!.referrer,
      artifactType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
    }),
  ])
  const referrer = skopeoRaw(`${image.repository}@${attested!.referrer}`) as {
    subject: { digest: string }
    layers: { digest: string; mediaType: string }[]
  }
  expect(referrer.subject.digest).toBe(image.digest)
  const bundleBytes = Buffer.from(JSON.stringify(attestations.stored[0]!.bundle))
  expect(referrer.layers).toEqual([
    expect.objectContaining({
      mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
      digest: `sha256:${createHash('sha256').update(bundleBytes).digest('hex')}`,
    }),
  ])

  // The GitHub token and the registry password reached only their own origins and never the log.
  for (const request of fake.requests) expect(request.headers.authorization).toBe('token ghs_fake-github-token')
  expect(result.stdout.split(`::add-mask::${USER.password}`).join('')).not.toContain(USER.password)
})

test("a private repository: signed through GitHub's Fulcio with a TSA timestamp; nothing pushed unless asked", async () => {
  const before = attestations.stored.length
  sigstore.requests.length = 0
  const images = JSON.stringify([{ name: `${registry.host}/${image.repository}`, digest: image.digest }])
  const result = await attest('private', { images })
  expect(result.exitCode).toBe(0)
  expect(sigstore.requests).toEqual(
    expect.arrayContaining(['fulcio.githubapp.com /api/v2/signingCert', 'timestamp.githubapp.com /api/v1/timestamp']),
  )
  expect(sigstore.requests.some((r) => r.startsWith('rekor.'))).toBe(false)
  const stored = attestations.stored[before]!.bundle as unknown as Bundle
  expect(stored.verificationMaterial.timestampVerificationData?.rfc3161Timestamps).toHaveLength(1)
  const [attested] = JSON.parse(result.outputs.attestations!) as Record<string, unknown>[]
  expect(attested!.referrer).toBeNull()
})

test('a bad images input fails before anything is signed', async () => {
  sigstore.requests.length = 0
  const result = await attest('public', { images: `${registry.host}/acme/app/server:1.2.3` })
  expect(result.exitCode).toBe(1)
  expect(result.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
    expect.stringMatching(/^Input 'images' .*images by digest like ghcr.io\/owner\/name@sha256/),
  ])
  expect(sigstore.requests).toEqual([])
})
