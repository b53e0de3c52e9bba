import { InputError, code, heading, markdownTable } from '@slipway/action-kit'
import { isIndexMediaType, type ImageIndex, type ImageManifest, type RegistryClient } from '@slipway/oci-registry'
import { formatSemVer, parseSemVer, previousVersionTag } from '@slipway/semver-tags'

/** The compressed size of an image as the registry holds it: what a pull downloads, read from manifests only. */
export interface CompressedSize {
  /** Config and layer blobs, each counted once across platforms. */
  bytes: number
  platforms: { platform: string; bytes: number }[]
}

export interface SizeReport {
  /** `registry/owner/name`. */
  name: string
  digest: string
  bytes: number
  platforms: { platform: string; bytes: number }[]
  /** The previous release in the registry (`1.2.2`), when there is one. */
  previous?: { tag: string; digest: string; bytes: number }
  /** Bytes more (or fewer, negative) than the previous release. */
  change?: number
  /** The change as a fraction of the previous size (0.05 is 5 %). */
  changeRatio?: number
}

/** `max-size-increase`: a percentage of the previous release (`10%`) or a byte count (`5MiB`, `500kB`, `123456`). */
export type SizeLimit = { kind: 'percent'; value: number } | { kind: 'bytes'; value: number }

const UNITS: Record<string, number> = {
  '': 1,
  b: 1,
  kb: 1000,
  mb: 1000 ** 2,
  gb: 1000 ** 3,
  kib: 1024,
  mib: 1024 ** 2,
  gib: 1024 ** 3,
}

export function parseSizeLimit(text: string): SizeLimit {
  const percent = /^(\d+(?:\.\d+)?)\s*%$/.exec(text)
  if (percent) return { kind: 'percent', value: Number(percent[1]) }
  const bytes = /^(\d+(?:\.\d+)?)\s*([kmg]i?b|b)?$/i.exec(text)
  const unit = UNITS[(bytes?.[2] ?? '').toLowerCase()]
  if (bytes && unit !== undefined) return { kind: 'bytes', value: Math.round(Number(bytes[1]) * unit) }
  throw new InputError(
    'max-size-increase',
    text,
    'a percentage of the previous release (10%) or a size (500kB, 5MiB, 1048576 bytes)',
  )
}

/** Reads the image's manifests (an index's children too) and adds up its config and layer sizes; no blob is pulled. */
export async function compressedSize(
  client: RegistryClient,
  repository: string,
  digest: string,
): Promise<CompressedSize> {
  const root = await client.getManifest(repository, digest)
  if (!root) throw new Error(`${client.registry}/${repository}@${digest} is not in the registry`)
  const parsed = JSON.parse(root.bytes.toString('utf8')) as ImageManifest | ImageIndex
  const blobs = new Map<string, number>()
  const platforms: CompressedSize['platforms'] = []
  const add = (manifest: ImageManifest): number => {
    let bytes = 0
    for (const blob of [manifest.config, ...manifest.layers]) {
      blobs.set(blob.digest, blob.size)
      bytes += blob.size
    }
    return bytes
  }
  if ('manifests' in parsed || isIndexMediaType(root.mediaType)) {
    for (const child of (parsed as ImageIndex).manifests) {
      // Attestation manifests (buildx's `unknown/unknown`) are not a platform a user pulls.
      if (!child.platform || child.platform.os === 'unknown') continue
      const manifest = await client.getManifest(repository, child.digest)
      if (!manifest) continue
      const { os, architecture, variant } = child.platform
      platforms.push({
        platform: [os, architecture, variant].filter(Boolean).join('/'),
        bytes: add(JSON.parse(manifest.bytes.toString('utf8')) as ImageManifest),
      })
    }
  } else {
    platforms.push({ platform: '', bytes: add(parsed) })
  }
  return { bytes: [...blobs.values()].reduce((a, b) => a + b, 0), platforms }
}

/**
 * The release before `version` among the repository's git tags (`v1.2.2` before `v1.2.3`, prereleases skipped for a
 * stable release), as the image tag the zero-config strategy gives it (`1.2.2`).
 */
export function previousReleaseTag(repoTags: readonly string[] | undefined, version: string): string | undefined {
  const current = parseSemVer(version.replace(/^v/, ''))
  if (!current || !repoTags) return undefined
  const previous = previousVersionTag(repoTags, current, { prefix: 'v' })
  return previous ? formatSemVer(previous.version) : undefined
}

export async function sizeReport(
  client: RegistryClient,
  repository: string,
  digest: string,
  previousTag: string | undefined,
): Promise<SizeReport> {
  const now = await compressedSize(client, repository, digest)
  const report: SizeReport = {
    name: `${client.registry}/${repository}`,
    digest,
    bytes: now.bytes,
    platforms: now.platforms.filter((p) => p.platform !== ''),
  }
  if (previousTag === undefined) return report
  const found = await client.headManifest(repository, previousTag)
  if (!found) return report
  const before = await compressedSize(client, repository, found.digest)
  report.previous = { tag: previousTag, digest: found.digest, bytes: before.bytes }
  report.change = now.bytes - before.bytes
  report.changeRatio = before.bytes > 0 ? report.change / before.bytes : 0
  return report
}

/** Why a report breaks the limit, or undefined when it keeps it (or there is no previous release to compare with). */
export function sizeLimitBreach(report: SizeReport, limit: SizeLimit): string | undefined {
  if (report.change === undefined || report.previous === undefined || report.changeRatio === undefined) return undefined
  const over = limit.kind === 'percent' ? report.changeRatio * 100 > limit.value : report.change > limit.value
  if (!over) return undefined
  const allowed = limit.kind === 'percent' ? `${limit.value}%` : formatBytes(limit.value)
  return (
    `${report.name} grew by ${formatBytes(report.change)} (${formatPercent(report.changeRatio)}) since ` +
    `${report.previous.tag}, more than max-size-increase ${allowed}`
  )
}

export function formatBytes(bytes: number): string {
  const sign = bytes < 0 ? '-' : ''
  const value = Math.abs(bytes)
  if (value < 1024) return `${sign}${value} B`
  if (value < 1024 * 1024) return `${sign}${(value / 1024).toFixed(1)} KiB`
  if (value < 1024 * 1024 * 1024) return `${sign}${(value / 1024 / 1024).toFixed(1)} MiB`
  return `${sign}${(value / 1024 / 1024 / 1024).toFixed(2)} GiB`
}

function formatPercent(ratio: number): string {
  return `${ratio >= 0 ? '+' : ''}${(ratio * 100).toFixed(1)}%`
}

function changeText(report: SizeReport): string {
  if (report.change === undefined || report.changeRatio === undefined || !report.previous) return 'first release'
  const sign = report.change > 0 ? '+' : ''
  return `${sign}${formatBytes(report.change)} (${formatPercent(report.changeRatio)}) since ${report.previous.tag}`
}

/** The size table, for the step summary and (as the `size-report` output) the release body. */
export function sizeMarkdown(reports: readonly SizeReport[]): string {
  return (
    heading('Image sizes') +
    '\n' +
    markdownTable(
      ['image', 'compressed size', 'change', 'platforms'],
      reports.map((r) => [
        code(r.name),
        formatBytes(r.bytes),
        changeText(r),
        r.platforms.map((p) => `${p.platform} ${formatBytes(p.bytes)}`).join(', '),
      ]),
    )
  )
}
