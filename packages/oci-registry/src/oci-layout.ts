import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { isDigest, verifyDigest } from './digest.js'
import {
  isIndexMediaType,
  manifestMediaTypeOf,
  type Descriptor,
  type ImageIndex,
  type ImageManifest,
} from './media-types.js'

export interface ManifestContent {
  digest: string
  mediaType: string
  bytes: Buffer
}

/**
 * An image read from an OCI image layout (image-spec `image-layout.md`): its root manifest (an image manifest or an
 * index), every manifest below it and every blob, each verified against its digest when read.
 */
export interface ImageContent {
  root: ManifestContent
  /** Child manifests of an index, to push before the index itself. */
  children: ManifestContent[]
  blobs: { digest: string; size: number; file: string }[]
  /** The config blobs of the image manifests, parsed: labels, platform. */
  configs: { digest: string; config: ImageConfig }[]
}

export interface ImageConfig {
  architecture?: string
  os?: string
  config?: { Labels?: Record<string, string> | null }
}

function blobPath(layout: string, digest: string): string {
  if (!isDigest(digest)) throw new Error(`${layout}: ${digest} is not a valid digest`)
  const [algorithm, hex] = digest.split(':') as [string, string]
  return path.join(layout, 'blobs', algorithm, hex)
}

async function readVerified(layout: string, descriptor: Descriptor): Promise<Buffer> {
  const bytes = await readFile(blobPath(layout, descriptor.digest))
  verifyDigest(`${layout} ${descriptor.digest}`, bytes, descriptor.digest)
  return bytes
}

/** Reads the image a layout's index.json names `refName` (or its only image when none is given). */
export async function readOciLayout(layout: string, refName?: string): Promise<ImageContent> {
  const index = JSON.parse(await readFile(path.join(layout, 'index.json'), 'utf8')) as ImageIndex
  const candidates = index.manifests.filter(
    (m) => refName === undefined || m.annotations?.['org.opencontainers.image.ref.name'] === refName,
  )
  const top = candidates[0]
  if (!top || candidates.length > 1) {
    throw new Error(`${layout}: expected one image${refName ? ` named ${refName}` : ''}, found ${candidates.length}`)
  }
  const rootBytes = await readVerified(layout, top)
  const content: ImageContent = {
    root: { digest: top.digest, mediaType: top.mediaType, bytes: rootBytes },
    children: [],
    blobs: [],
    configs: [],
  }
  const seen = new Set<string>()
  const addBlob = async (descriptor: Descriptor): Promise<void> => {
    if (seen.has(descriptor.digest)) return
    seen.add(descriptor.digest)
    const file = blobPath(layout, descriptor.digest)
    const { size } = await stat(file)
    if (size !== descriptor.size) throw new Error(`${file}: ${size} bytes, the manifest says ${descriptor.size}`)
    content.blobs.push({ digest: descriptor.digest, size, file })
  }
  const addImage = async (bytes: Buffer): Promise<void> => {
    const manifest = JSON.parse(bytes.toString('utf8')) as ImageManifest
    const configBytes = await readVerified(layout, manifest.config)
    content.configs.push({
      digest: manifest.config.digest,
      config: JSON.parse(configBytes.toString('utf8')) as ImageConfig,
    })
    await addBlob(manifest.config)
    for (const layer of manifest.layers) await addBlob(layer)
  }
  const rootJson: unknown = JSON.parse(rootBytes.toString('utf8'))
  if (isIndexMediaType(manifestMediaTypeOf(rootJson))) {
    for (const child of (rootJson as ImageIndex).manifests) {
      const bytes = await readVerified(layout, child)
      content.children.push({ digest: child.digest, mediaType: child.mediaType, bytes })
      await addImage(bytes)
    }
  } else await addImage(rootBytes)
  return content
}

/** Total size of an image: its manifests and every distinct blob. */
export function imageSize(content: ImageContent): number {
  return (
    content.root.bytes.length +
    content.children.reduce((sum, c) => sum + c.bytes.length, 0) +
    content.blobs.reduce((sum, b) => sum + b.size, 0)
  )
}
