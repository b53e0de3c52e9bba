import { MediaType, digestOf, type Descriptor, type ImageIndex, type RegistryClient } from '@slipway/oci-registry'

export const BUNDLE_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json'
export const EMPTY_MEDIA_TYPE = 'application/vnd.oci.empty.v1+json'
const EMPTY = Buffer.from('{}')

/** An OCI artifact manifest with a subject (image-spec v1.1): the bundle as its one layer. */
interface ReferrerManifest {
  schemaVersion: 2
  mediaType: string
  artifactType: string
  config: Descriptor
  layers: Descriptor[]
  subject: Descriptor
  annotations: Record<string, string>
}

/** The fallback tag of the referrers tag schema (distribution-spec v1.1): `sha256-<hex>` of the subject. */
export function referrersTag(digest: string): string {
  return digest.replace(':', '-')
}

/**
 * Pushes a Sigstore bundle as an OCI referrer of an image: the bundle blob, the empty config, and an artifact
 * manifest whose `subject` is the image manifest, by digest. Registries without the referrers API (distribution 2.8,
 * GHCR) find referrers through the tag schema: the `sha256-<hex>` index gains this manifest, keeping every entry it
 * had (another attestation, a signature). Returns the referrer manifest's digest; the same bundle gives the same
 * digest, so a re-run adds nothing.
 */
export async function pushBundleReferrer(
  client: RegistryClient,
  repository: string,
  subjectDigest: string,
  bundle: object,
  predicateType: string,
): Promise<string> {
  const subject = await client.headManifest(repository, subjectDigest)
  if (!subject) throw new Error(`${client.registry}/${repository}@${subjectDigest} is not in the registry`)
  const bundleBytes = Buffer.from(JSON.stringify(bundle))
  const bundleDigest = digestOf(bundleBytes)
  await client.ensureBlob(repository, bundleDigest, { bytes: bundleBytes })
  await client.ensureBlob(repository, digestOf(EMPTY), { bytes: EMPTY })
  const annotations = {
    'dev.sigstore.bundle.content': 'dsse-envelope',
    'dev.sigstore.bundle.predicateType': predicateType,
  }
  const manifest: ReferrerManifest = {
    schemaVersion: 2,
    mediaType: MediaType.ociManifest,
    artifactType: BUNDLE_MEDIA_TYPE,
    config: { mediaType: EMPTY_MEDIA_TYPE, digest: digestOf(EMPTY), size: EMPTY.length },
    layers: [{ mediaType: BUNDLE_MEDIA_TYPE, digest: bundleDigest, size: bundleBytes.length }],
    subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
    annotations,
  }
  const bytes = Buffer.from(JSON.stringify(manifest))
  const digest = await client.putManifest(repository, digestOf(bytes), bytes, MediaType.ociManifest)

  const tag = referrersTag(subjectDigest)
  const existing = await client.getManifest(repository, tag)
  const index: ImageIndex = existing
    ? (JSON.parse(existing.bytes.toString('utf8')) as ImageIndex)
    : { schemaVersion: 2, mediaType: MediaType.ociIndex, manifests: [] }
  if (!index.manifests.some((entry) => entry.digest === digest)) {
    const entry: Descriptor & { artifactType: string } = {
      mediaType: MediaType.ociManifest,
      digest,
      size: bytes.length,
      artifactType: BUNDLE_MEDIA_TYPE,
      annotations,
    }
    index.manifests.push(entry)
    await client.putManifest(repository, tag, Buffer.from(JSON.stringify(index)), MediaType.ociIndex)
  }
  return digest
}
