/** Manifest media types a registry may hold (OCI image-spec v1.1, Docker image manifest v2 schema 2). */
export const MediaType = {
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  ociConfig: 'application/vnd.oci.image.config.v1+json',
  dockerConfig: 'application/vnd.docker.container.image.v1+json',
} as const

/** Every manifest type this client reads, in the Accept header of each manifest request. */
export const manifestMediaTypes: readonly string[] = [
  MediaType.ociIndex,
  MediaType.ociManifest,
  MediaType.dockerManifestList,
  MediaType.dockerManifest,
]

export function isIndexMediaType(mediaType: string): boolean {
  return mediaType === MediaType.ociIndex || mediaType === MediaType.dockerManifestList
}

export interface Descriptor {
  mediaType: string
  digest: string
  size: number
  platform?: { architecture: string; os: string; variant?: string }
  annotations?: Record<string, string>
}

/** An image manifest (OCI or Docker v2): one config and its layers. */
export interface ImageManifest {
  schemaVersion: 2
  mediaType?: string
  config: Descriptor
  layers: Descriptor[]
  annotations?: Record<string, string>
}

/** An image index (OCI) or manifest list (Docker): one manifest per platform. */
export interface ImageIndex {
  schemaVersion: 2
  mediaType?: string
  manifests: Descriptor[]
  annotations?: Record<string, string>
}

/** The media type a manifest declares, or the one its shape implies (OCI allows an absent mediaType field). */
export function manifestMediaTypeOf(manifest: unknown): string {
  const value = manifest as { mediaType?: unknown; manifests?: unknown; config?: unknown } | null
  if (typeof value?.mediaType === 'string') return value.mediaType
  if (Array.isArray(value?.manifests)) return MediaType.ociIndex
  return MediaType.ociManifest
}
