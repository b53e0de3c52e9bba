import type { Logger } from '@slipway/action-kit'
import { RegistryError, isIndexMediaType, type ImageIndex, type RegistryClient } from '@slipway/oci-registry'

/** How untagged manifests are removed: the registry's DELETE, or (GHCR) GitHub's packages API. */
export type CleanupMethod = 'registry' | 'packages-api'
export type CleanupChoice = 'auto' | CleanupMethod | 'none'

/** A manifest this run pushed by digest, and the tags that would have pointed at it. */
export interface PushedManifest {
  repository: string
  digest: string
  tags: string[]
}

export interface CleanupResult {
  /** `registry/owner/name@sha256:…` removed. */
  deleted: string[]
  /** Left in place, with why (a tag points at it, the registry does not allow deletes, ...). */
  kept: { ref: string; reason: string }[]
}

/** `auto`: GHCR keeps untagged manifests as package versions, deleted through the packages API; others by DELETE. */
export function cleanupMethodFor(choice: CleanupChoice, registry: string): CleanupMethod | undefined {
  if (choice === 'none') return undefined
  if (choice !== 'auto') return choice
  return registry === 'ghcr.io' || registry.startsWith('containers.') ? 'packages-api' : 'registry'
}

/**
 * Deletes, through the registry's `DELETE /v2/<name>/manifests/<digest>`, the manifests this run pushed and did not
 * tag. Distribution removes every tag of a deleted manifest, and keeps no count of the indexes that list a manifest,
 * so each one is first looked up under the tags it would have had: a tag that points at it, or at an index that lists
 * it (a platform leg of a merged index that was promoted), keeps it. Nothing the run did not push is touched.
 */
export async function cleanupWithRegistry(
  client: RegistryClient,
  pushed: readonly PushedManifest[],
  logger: Logger,
): Promise<CleanupResult> {
  const result: CleanupResult = { deleted: [], kept: [] }
  for (const manifest of pushed) {
    const ref = `${client.registry}/${manifest.repository}@${manifest.digest}`
    const reason = await keptBy(client, manifest)
    if (reason) {
      result.kept.push({ ref, reason })
      continue
    }
    try {
      if (await client.deleteManifest(manifest.repository, manifest.digest)) {
        result.deleted.push(ref)
        logger.info(`deleted ${ref} (pushed by this run, never tagged)`)
      }
    } catch (error) {
      if (error instanceof RegistryError && (error.status === 405 || error.codes.includes('UNSUPPORTED'))) {
        result.kept.push({ ref, reason: 'the registry does not allow deletes' })
        logger.warning(`${ref} is left untagged: the registry does not allow deletes (storage.delete.enabled)`)
        continue
      }
      throw error
    }
  }
  return result
}

/**
 * Why a manifest must stay although this run pushed it: one of the tags it would have had points at it, or at an index
 * that lists it. Pulling that tag needs every child of its index, so a child is never deleted while the index is
 * tagged. Only the planned tags are looked up (one HEAD each, a GET for an index), not every tag of the repository.
 */
export async function keptBy(client: RegistryClient, manifest: PushedManifest): Promise<string | undefined> {
  for (const tag of manifest.tags) {
    const found = await client.headManifest(manifest.repository, tag)
    if (!found) continue
    if (found.digest === manifest.digest) return `tagged ${tag}`
    if (!isIndexMediaType(found.mediaType)) continue
    const index = await client.getManifest(manifest.repository, found.digest)
    const children = index ? ((JSON.parse(index.bytes.toString('utf8')) as Partial<ImageIndex>).manifests ?? []) : []
    if (children.some((child) => child.digest === manifest.digest))
      return `listed by the index ${found.digest}, tagged ${tag}`
  }
  return undefined
}

/** One container package version, as GitHub's packages API lists it. */
export interface PackageVersion {
  id: number
  /** The manifest digest, for a container package. */
  name: string
  metadata?: { container?: { tags?: string[] } }
}

/** The three calls of GitHub's packages API a cleanup needs (an Octokit behind it, a recording fake in tests). */
export interface PackagesApi {
  listVersions(owner: string, packageName: string): Promise<{ versions: PackageVersion[]; ownerKind: OwnerKind }>
  deleteVersion(owner: string, ownerKind: OwnerKind, packageName: string, id: number): Promise<void>
}

export type OwnerKind = 'orgs' | 'users'

/**
 * GHCR does not take a registry DELETE: an untagged manifest is a package version, deleted through the packages API
 * (`DELETE /orgs/{org}/packages/container/{name}/versions/{id}`, or `/users/...`). Only a version whose name is a
 * digest this run pushed and which has no tag is deleted. GHCR lists the children of a multi-platform image as
 * untagged versions too, so `referencedBy` (the registry's view, see keptBy) keeps a child of a tagged index.
 */
export async function cleanupWithPackagesApi(
  api: PackagesApi,
  registry: string,
  pushed: readonly PushedManifest[],
  logger: Logger,
  referencedBy: (manifest: PushedManifest) => Promise<string | undefined> = () => Promise.resolve(undefined),
): Promise<CleanupResult> {
  const result: CleanupResult = { deleted: [], kept: [] }
  const byPackage = new Map<string, PushedManifest[]>()
  for (const manifest of pushed)
    byPackage.set(manifest.repository, [...(byPackage.get(manifest.repository) ?? []), manifest])
  for (const [repository, manifests] of byPackage) {
    const [owner = '', ...rest] = repository.split('/')
    const packageName = rest.join('/')
    const { versions, ownerKind } = await api.listVersions(owner, packageName)
    for (const manifest of manifests) {
      const ref = `${registry}/${repository}@${manifest.digest}`
      const version = versions.find((v) => v.name === manifest.digest)
      if (!version) {
        result.kept.push({ ref, reason: 'no package version has this digest' })
        continue
      }
      const tags = version.metadata?.container?.tags ?? []
      if (tags.length > 0) {
        result.kept.push({ ref, reason: `tagged ${tags.join(', ')}` })
        continue
      }
      const referenced = await referencedBy(manifest)
      if (referenced) {
        result.kept.push({ ref, reason: referenced })
        continue
      }
      await api.deleteVersion(owner, ownerKind, packageName, version.id)
      result.deleted.push(ref)
      logger.info(`deleted ${ref} (package version ${version.id}, pushed by this run, never tagged)`)
    }
  }
  return result
}
