import { createHash } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { InputError, retry, RetryableError, type Logger } from '@slipway/action-kit'
import type { GitHubClient } from '@slipway/github-api'
import { statusOf } from '@slipway/github-api/status'
import { describe, type Repository } from './lookups.js'

export interface Asset {
  name: string
  /** A file on disk, or the bytes themselves (SHA256SUMS, CHANGELOG.md). */
  file?: string
  data?: Buffer
  size: number
  sha256: string
  /** Made by the action from the release itself (CHANGELOG.md): replaced without asking, whatever overwrite says. */
  generated?: boolean
}

/**
 * The files the `files` globs name, checked before anything is sent: every glob must match (unless allowed), and two
 * files may not share a name, because a release holds one asset per name.
 */
export async function collectAssets(
  patterns: readonly string[],
  workspace: string,
  allowUnmatched: boolean,
  logger: Logger,
): Promise<Asset[]> {
  const assets: Asset[] = []
  const byName = new Map<string, string>()
  if (patterns.length === 0) return assets
  const { glob } = await import('tinyglobby')
  for (const pattern of patterns) {
    const files = (await glob(pattern, { cwd: workspace, absolute: true, onlyFiles: true, dot: false })).sort()
    if (files.length === 0) {
      if (!allowUnmatched) {
        throw new InputError(
          'files',
          pattern,
          'a glob that matches at least one file (or set fail-on-unmatched-files: false)',
        )
      }
      logger.warning(`files: ${pattern} matches no file`)
    }
    for (const file of files) {
      const name = path.basename(file)
      const other = byName.get(name)
      if (other === file) continue
      if (other !== undefined)
        throw new InputError('files', pattern, `files with distinct names (${other} and ${file} are both ${name})`)
      byName.set(name, file)
      const bytes = await readFile(file)
      assets.push({
        name,
        file,
        size: (await stat(file)).size,
        sha256: createHash('sha256').update(bytes).digest('hex'),
      })
    }
  }
  return assets
}

export function bytesAsset(name: string, data: Buffer, generated = false): Asset {
  return { name, data, size: data.length, sha256: createHash('sha256').update(data).digest('hex'), generated }
}

/** `sha256sum` format: `<hex>  <name>`, one line per file, sorted by name; `sha256sum -c SHA256SUMS` checks it. */
export function sha256sums(assets: readonly Asset[]): Buffer {
  const lines = [...assets].sort((a, b) => (a.name < b.name ? -1 : 1)).map((a) => `${a.sha256}  ${a.name}\n`)
  return Buffer.from(lines.join(''), 'utf8')
}

export interface ReleaseRequest {
  tag: string
  /** The commit the tag should point at, should GitHub need to create the tag. */
  targetCommitish: string
  name: string
  body: string
  bodyMode: 'replace' | 'append'
  prerelease: boolean
  draft: boolean
  makeLatest: boolean
  assets: Asset[]
  overwriteAssets: boolean
  draftUntilAssets: boolean
}

export interface PublishedRelease {
  id: number
  url: string
  created: boolean
  /** False when the release already said all this (a re-run): nothing was written. */
  changed: boolean
  uploaded: string[]
  unchanged: string[]
  replaced: string[]
}

type ReleaseData = Awaited<ReturnType<GitHubClient['rest']['repos']['getRelease']>>['data']
type AssetData = ReleaseData['assets'][number]

/** The release of a tag, drafts included (the by-tag endpoint does not see drafts, so a draft is looked up in the list). */
export async function findRelease(
  client: GitHubClient,
  where: Repository,
  tag: string,
): Promise<ReleaseData | undefined> {
  try {
    return (await client.rest.repos.getReleaseByTag({ ...where, tag })).data
  } catch (error) {
    if (statusOf(error) !== 404) throw error
  }
  for (let page = 1; page <= 5; page++) {
    const { data } = await client.rest.repos.listReleases({ ...where, per_page: 100, page })
    const found = data.find((release) => release.tag_name === tag)
    if (found) return found
    if (data.length < 100) break
  }
  return undefined
}

/**
 * Creates the release of the tag, or updates the one there (never a second release for a tag), then uploads the
 * assets. With draftUntilAssets a new release stays a draft until its last asset is up, so nobody sees it without
 * its files. Conflicting assets are found before the first write.
 */
export async function publishRelease(
  client: GitHubClient,
  where: Repository,
  request: ReleaseRequest,
  logger: Logger,
): Promise<PublishedRelease> {
  const existing = await findRelease(client, where, request.tag)
  const existingAssets = new Map<string, AssetData>()
  if (existing) {
    const assets = await client.paginate(client.rest.repos.listReleaseAssets, {
      ...where,
      release_id: existing.id,
      per_page: 100,
    })
    for (const asset of assets) existingAssets.set(asset.name, asset)
  }
  const plan = request.assets.map((asset) => {
    const there = existingAssets.get(asset.name)
    if (!there || there.state !== 'uploaded') return { asset, action: 'upload' as const, there }
    if (there.digest === `sha256:${asset.sha256}`) return { asset, action: 'keep' as const, there }
    return { asset, action: 'replace' as const, there }
  })
  const conflicts = plan.filter((p) => p.action === 'replace' && p.asset.generated !== true).map((p) => p.asset.name)
  if (conflicts.length > 0 && !request.overwriteAssets) {
    throw new InputError(
      'overwrite-files',
      'false',
      `true to replace the assets already on release ${request.tag} with other content: ${conflicts.join(', ')}`,
    )
  }
  const uploads = plan.filter((p) => p.action !== 'keep')
  const holdAsDraft = request.draftUntilAssets && uploads.length > 0 && !request.draft
  let release: ReleaseData
  let created = false
  let changed = false
  const makeLatest = request.makeLatest ? ('true' as const) : ('false' as const)
  if (existing) {
    const body =
      request.bodyMode === 'append' && existing.body && !existing.body.includes(request.body)
        ? `${existing.body}\n\n${request.body}`
        : request.bodyMode === 'append' && existing.body
          ? existing.body
          : request.body
    // A published release is never pulled back to a draft; one still a draft stays so until its assets are up.
    const draft = request.draft || (existing.draft && holdAsDraft)
    // A re-run of the same job finds the release as it left it: no write, so a re-run changes nothing.
    const same =
      existing.name === request.name &&
      (existing.body ?? '') === body &&
      existing.prerelease === request.prerelease &&
      existing.draft === draft
    if (same) {
      release = existing
      logger.info(`Release ${request.tag} (id ${release.id}) already says this: left as it is`)
    } else {
      release = (
        await client.rest.repos.updateRelease({
          ...where,
          release_id: existing.id,
          name: request.name,
          body,
          prerelease: request.prerelease,
          draft,
          ...(draft ? {} : { make_latest: makeLatest }),
        })
      ).data
      changed = true
      logger.info(`Updated release ${request.tag} (id ${release.id})`)
    }
  } else {
    const draft = request.draft || holdAsDraft
    release = (
      await client.rest.repos.createRelease({
        ...where,
        tag_name: request.tag,
        target_commitish: request.targetCommitish,
        name: request.name,
        body: request.body,
        prerelease: request.prerelease,
        draft,
        ...(draft ? {} : { make_latest: makeLatest }),
      })
    ).data
    created = true
    changed = true
    logger.info(`Created release ${request.tag} (id ${release.id}${draft ? ', draft' : ''})`)
  }
  for (const { asset, there } of uploads) {
    if (there) await deleteAsset(client, where, there.id)
    await uploadAsset(client, where, release, asset, logger)
    logger.info(`Uploaded ${asset.name} (${asset.size} bytes)`)
  }
  if (release.draft && !request.draft) {
    release = (
      await client.rest.repos.updateRelease({ ...where, release_id: release.id, draft: false, make_latest: makeLatest })
    ).data
    logger.info(`Published release ${request.tag}`)
  }
  return {
    id: release.id,
    url: release.html_url,
    created,
    changed: changed || uploads.length > 0,
    uploaded: uploads.filter((p) => p.action === 'upload').map((p) => p.asset.name),
    replaced: uploads.filter((p) => p.action === 'replace').map((p) => p.asset.name),
    unchanged: plan.filter((p) => p.action === 'keep').map((p) => p.asset.name),
  }
}

async function deleteAsset(client: GitHubClient, where: Repository, id: number): Promise<void> {
  try {
    await client.rest.repos.deleteReleaseAsset({ ...where, asset_id: id })
  } catch (error) {
    if (statusOf(error) !== 404) throw error
  }
}

/**
 * Uploads one asset to the release's `upload_url`. Octokit's retry plugin resends a failed request, but an upload cut
 * off midway can leave a half-made asset behind that blocks the name, so each new attempt first removes what the
 * failed one left.
 */
async function uploadAsset(
  client: GitHubClient,
  where: Repository,
  release: ReleaseData,
  asset: Asset,
  logger: Logger,
): Promise<void> {
  const data = asset.data ?? (await readFile(asset.file ?? ''))
  await retry(
    async (attempt) => {
      if (attempt > 1) {
        const assets = await client.paginate(client.rest.repos.listReleaseAssets, {
          ...where,
          release_id: release.id,
          per_page: 100,
        })
        const leftover = assets.find((a) => a.name === asset.name)
        if (leftover) await deleteAsset(client, where, leftover.id)
      }
      try {
        await client.request({
          method: 'POST',
          url: release.upload_url,
          name: asset.name,
          data,
          headers: { 'content-type': contentType(asset.name), 'content-length': data.length },
          request: { retries: 0 },
        })
      } catch (error) {
        const status = statusOf(error)
        if (status === undefined || status >= 500 || status === 422) {
          throw new RetryableError(`Upload of ${asset.name} failed: ${describe(error)}`)
        }
        throw error
      }
    },
    {
      attempts: 4,
      minDelayMs: 500,
      onRetry: ({ error, delayMs }) =>
        logger.warning(`${error instanceof Error ? error.message : String(error)}; retrying in ${delayMs} ms`),
    },
  )
}

function contentType(name: string): string {
  if (/\.(md|txt)$/i.test(name) || name === 'SHA256SUMS') return 'text/plain; charset=utf-8'
  if (/\.json$/i.test(name)) return 'application/json'
  if (/\.(tar\.gz|tgz)$/i.test(name)) return 'application/gzip'
  if (/\.zip$/i.test(name)) return 'application/zip'
  return 'application/octet-stream'
}
