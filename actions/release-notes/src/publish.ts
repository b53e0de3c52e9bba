import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { assertName, InputError, retry, RetryableError, type Logger } from '@slipway/action-kit'
import type { GitHubClient } from '@slipway/github-api'
import { statusOf } from '@slipway/github-api/status'
import { describe, type Repository } from './lookups.js'
import { BODY_LIMIT } from './render.js'

export interface Asset {
  name: string
  /** A file on disk, or the bytes themselves (SHA256SUMS). */
  file?: string
  data?: Buffer
  size: number
  sha256: string
  /** Made by the action from the release itself (CHANGELOG.md): replaced without asking, whatever overwrite says. */
  generated?: boolean
}

/**
 * The files the `files` globs name, checked before anything is sent: every glob must match (unless allowed), each
 * name must be one a release can hold, and two files may not share a name (a release holds one asset per name).
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
      const name = assertName('files', path.basename(file), 'files whose names can be asset names')
      const other = byName.get(name)
      if (other === file) continue
      if (other !== undefined)
        throw new InputError('files', pattern, `files with distinct names (${other} and ${file} are both ${name})`)
      byName.set(name, file)
      assets.push(await fileAsset(name, file))
    }
  }
  return assets
}

export async function fileAsset(name: string, file: string, generated = false): Promise<Asset> {
  return { name, file, size: (await stat(file)).size, sha256: await sha256File(file), generated }
}

async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer)
  return hash.digest('hex')
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
  discussionCategory?: string
  /** The whole notes (CHANGELOG.md), attached when the body had to be cut (`bodyCut`, or an append that would not fit). */
  changelog?: Asset
  bodyCut?: boolean
  /** The body again, fitted to fewer characters (for body-mode append when the sum would pass GitHub's limit). */
  bodyWithin?: (limit: number) => string
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

/** What a replacement is uploaded as, until it takes the old file's place. */
const TEMP_SUFFIX = '.slipway-new'

/** The release of a tag as it stands: the release (drafts included), its assets, and what earlier runs left. */
interface ReleaseState {
  release?: ReleaseData
  assets: Map<string, AssetData>
  /** Replacements an interrupted run left under their temporary name. */
  leftovers: AssetData[]
  /** SHA-256 of assets whose digest the server does not give (older GHES), read by downloading them. */
  downloaded: Map<number, string>
}

type AssetAction = 'upload' | 'keep' | 'replace'

interface AssetStep {
  asset: Asset
  action: AssetAction
  there?: AssetData
}

/** Everything the release needs, decided before the first write. */
export interface ReleasePlan {
  create: boolean
  body: string
  /** The appended notes were cut to fit GitHub's limit. */
  appendCut: boolean
  steps: AssetStep[]
  /** Kept a draft while its assets go up (a new release, or a draft left by an earlier run). */
  holdAsDraft: boolean
  /** Replacements go up under a temporary name first: the release is published and must not lose a file. */
  swap: boolean
}

/**
 * Creates the release of the tag, or updates the one there (never a second release for a tag), with its assets, in
 * four phases: read the state, plan (pure, every conflict found before the first write), apply the assets, then the
 * release itself — its body last, so the notes never describe files that are not up yet.
 */
export async function publishRelease(
  client: GitHubClient,
  where: Repository,
  request: ReleaseRequest,
  logger: Logger,
): Promise<PublishedRelease> {
  const state = await readState(client, where, request, logger)
  const plan = planRelease(request, state)
  if (plan.appendCut) logger.warning(`The appended notes are cut to fit GitHub's limit: CHANGELOG.md holds them all`)
  let release = state.release
  let created = false
  if (!release) {
    release = await createRelease(client, where, request, plan, logger)
    created = !('adopted' in release)
  }
  const steps = plan.steps.filter((s) => s.action !== 'keep')
  for (const leftover of state.leftovers) await deleteAsset(client, where, leftover.id)
  for (const step of steps) await applyStep(client, where, release, step, plan.swap, logger)
  const final = finalFields(request, plan, release)
  if (final) {
    release = (await client.rest.repos.updateRelease({ ...where, release_id: release.id, ...final })).data
    logger.info(`${release.draft ? 'Updated' : 'Published'} release ${request.tag} (id ${release.id})`)
  } else logger.info(`Release ${request.tag} (id ${release.id}) already says this: left as it is`)
  return {
    id: release.id,
    url: release.html_url,
    created,
    changed: created || final !== undefined || steps.length > 0,
    uploaded: steps.filter((s) => s.action === 'upload').map((s) => s.asset.name),
    replaced: steps.filter((s) => s.action === 'replace').map((s) => s.asset.name),
    unchanged: plan.steps.filter((s) => s.action === 'keep').map((s) => s.asset.name),
  }
}

async function readState(
  client: GitHubClient,
  where: Repository,
  request: ReleaseRequest,
  logger: Logger,
): Promise<ReleaseState> {
  const state: ReleaseState = { assets: new Map(), leftovers: [], downloaded: new Map() }
  const release = await findRelease(client, where, request.tag, logger)
  if (!release) return state
  state.release = release
  const assets = await client.paginate(client.rest.repos.listReleaseAssets, {
    ...where,
    release_id: release.id,
    per_page: 100,
  })
  for (const asset of assets) {
    if (asset.name.endsWith(TEMP_SUFFIX)) state.leftovers.push(asset)
    else state.assets.set(asset.name, asset)
  }
  // An older GitHub Enterprise Server gives no digest: an asset of the same size is downloaded and hashed, so a
  // re-run still finds it unchanged instead of failing on a "conflict" it cannot see.
  for (const asset of [...request.assets, ...(request.changelog ? [request.changelog] : [])]) {
    const there = state.assets.get(asset.name)
    if (!there || there.state !== 'uploaded' || there.digest || there.size !== asset.size) continue
    state.downloaded.set(there.id, await downloadSha256(client, where, there.id))
  }
  return state
}

/** The plan for a release (pure): what each asset needs, the body, whether the release stays a draft meanwhile. */
export function planRelease(request: ReleaseRequest, state: ReleaseState): ReleasePlan {
  const existing = state.release
  const { body, cut } = bodyFor(request, existing?.body ?? undefined)
  const assets = [...request.assets]
  if (request.changelog && (request.bodyCut === true || cut)) assets.push(request.changelog)
  const steps = assets.map((asset): AssetStep => {
    const there = state.assets.get(asset.name)
    if (!there || there.state !== 'uploaded')
      return there ? { asset, action: 'upload', there } : { asset, action: 'upload' }
    const sha256 = there.digest?.replace(/^sha256:/, '') ?? state.downloaded.get(there.id)
    return { asset, action: sha256 === asset.sha256 ? 'keep' : 'replace', there }
  })
  const conflicts = steps.filter((s) => s.action === 'replace' && s.asset.generated !== true).map((s) => s.asset.name)
  if (conflicts.length > 0 && !request.overwriteAssets) {
    throw new InputError(
      'overwrite-files',
      'false',
      `true to replace the assets already on release ${request.tag} with other content: ${conflicts.join(', ')}`,
    )
  }
  const changing = steps.some((s) => s.action !== 'keep')
  const holdAsDraft = request.draftUntilAssets && changing && !request.draft && (!existing || existing.draft)
  return {
    create: !existing,
    body,
    appendCut: cut,
    steps,
    holdAsDraft,
    swap: existing !== undefined && !existing.draft,
  }
}

/**
 * The body to write: the new one, or with `body-mode: append` the old one followed by the new (once: a re-run does
 * not append it again). GitHub refuses more than BODY_LIMIT characters, so an append that would pass it cuts the
 * appended notes (fitted again to what is left), never the text already there.
 */
function bodyFor(request: ReleaseRequest, old: string | undefined): { body: string; cut: boolean } {
  if (request.bodyMode !== 'append' || !old) return { body: request.body, cut: false }
  if (old.includes(request.body)) return { body: old, cut: false }
  const joined = `${old}\n\n${request.body}`
  if (joined.length <= BODY_LIMIT) return { body: joined, cut: false }
  const room = BODY_LIMIT - old.length - 2
  const fitted = room >= 2_000 && request.bodyWithin ? request.bodyWithin(room) : ''
  if (fitted !== '' && fitted.length <= room) {
    return { body: old.includes(fitted) ? old : `${old}\n\n${fitted}`, cut: true }
  }
  const pointer = `The notes of ${request.tag} are in the attached \`CHANGELOG.md\`.`
  if (old.includes(pointer) || pointer.length > room) return { body: old, cut: true }
  return { body: `${old}\n\n${pointer}`, cut: true }
}

/** The fields the release still needs once its assets are up, or undefined when it already says all of it. */
function finalFields(request: ReleaseRequest, plan: ReleasePlan, release: ReleaseData) {
  const latest = request.makeLatest ? ('true' as const) : ('false' as const)
  const same =
    release.name === request.name &&
    (release.body ?? '') === plan.body &&
    release.prerelease === request.prerelease &&
    release.draft === request.draft
  if (same) return undefined
  return {
    name: request.name,
    body: plan.body,
    prerelease: request.prerelease,
    draft: request.draft,
    ...(request.draft ? {} : { make_latest: latest }),
  }
}

/**
 * The release of a tag, drafts included: the by-tag endpoint does not see drafts, so they are looked up in the list.
 * github.com keeps every draft made for a tag, so a lost create can leave two: the published one wins, else the
 * oldest draft, and the others are reported.
 */
export async function findRelease(
  client: GitHubClient,
  where: Repository,
  tag: string,
  logger: Logger,
): Promise<ReleaseData | undefined> {
  try {
    return (await client.rest.repos.getReleaseByTag({ ...where, tag })).data
  } catch (error) {
    if (statusOf(error) !== 404) throw error
  }
  const found: ReleaseData[] = []
  for (let page = 1; page <= 10; page++) {
    const { data } = await client.rest.repos.listReleases({ ...where, per_page: 100, page })
    found.push(...data.filter((release) => release.tag_name === tag))
    if (data.length < 100) break
  }
  found.sort((a, b) => Number(a.draft) - Number(b.draft) || a.id - b.id)
  const [chosen, ...others] = found
  if (chosen && others.length > 0) {
    logger.warning(
      `Tag ${tag} has ${found.length} releases (drafts left by earlier runs): using id ${chosen.id}; ids ${others.map((r) => r.id).join(', ')} can be deleted`,
    )
  }
  return chosen
}

/**
 * Creates the release once. A create is not blindly sent again: when it fails, or its answer is lost, GitHub may
 * have made it all the same (and would make a second draft on a retry), so the releases of the tag are listed first
 * and one found there is adopted; only when none is there is the create sent again.
 */
async function createRelease(
  client: GitHubClient,
  where: Repository,
  request: ReleaseRequest,
  plan: ReleasePlan,
  logger: Logger,
): Promise<ReleaseData | (ReleaseData & { adopted: true })> {
  const draft = request.draft || plan.holdAsDraft
  return retry(
    async (attempt) => {
      if (attempt > 1) {
        const existing = await findRelease(client, where, request.tag, logger)
        if (existing) {
          logger.info(`The release of ${request.tag} was made by the create that failed: id ${existing.id}, adopted`)
          return { ...existing, adopted: true as const }
        }
      }
      try {
        const { data } = await client.rest.repos.createRelease({
          ...where,
          tag_name: request.tag,
          target_commitish: request.targetCommitish,
          name: request.name,
          body: plan.body,
          prerelease: request.prerelease,
          draft,
          ...(draft ? {} : { make_latest: request.makeLatest ? ('true' as const) : ('false' as const) }),
          ...(request.discussionCategory !== undefined ? { discussion_category_name: request.discussionCategory } : {}),
          request: { retries: 0 },
        })
        logger.info(`Created release ${request.tag} (id ${data.id}${draft ? ', draft' : ''})`)
        return data
      } catch (error) {
        const status = statusOf(error)
        if (status === undefined || status >= 500) {
          throw new RetryableError(`Creating release ${request.tag} failed: ${describe(error)}`)
        }
        throw error
      }
    },
    {
      attempts: 4,
      minDelayMs: 500,
      onRetry: ({ error, delayMs }) =>
        logger.warning(
          `${error instanceof Error ? error.message : String(error)}; looking for it, then retrying in ${delayMs} ms`,
        ),
    },
  )
}

/**
 * One asset: a new one is uploaded under its name. A replacement on a draft (nobody sees it yet) is deleted, then
 * uploaded. On a published release the old file stays until its replacement is whole: the new one is uploaded under
 * a temporary name, then the old one is deleted and the new one renamed, so a failed upload leaves the old file in
 * place and a re-run finishes the swap.
 */
async function applyStep(
  client: GitHubClient,
  where: Repository,
  release: ReleaseData,
  step: AssetStep,
  swap: boolean,
  logger: Logger,
): Promise<void> {
  const { asset, there } = step
  if (step.action === 'replace' && there && swap) {
    const temporary = await uploadAsset(client, where, release, asset, `${asset.name}${TEMP_SUFFIX}`, logger)
    await deleteAsset(client, where, there.id)
    await client.rest.repos.updateReleaseAsset({ ...where, asset_id: temporary, name: asset.name })
    logger.info(`Replaced ${asset.name} (${asset.size} bytes)`)
    return
  }
  if (there) await deleteAsset(client, where, there.id)
  await uploadAsset(client, where, release, asset, asset.name, logger)
  logger.info(`Uploaded ${asset.name} (${asset.size} bytes)`)
}

async function deleteAsset(client: GitHubClient, where: Repository, id: number): Promise<void> {
  try {
    await client.rest.repos.deleteReleaseAsset({ ...where, asset_id: id })
  } catch (error) {
    if (statusOf(error) !== 404) throw error
  }
}

async function downloadSha256(client: GitHubClient, where: Repository, id: number): Promise<string> {
  const { data } = await client.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', {
    ...where,
    asset_id: id,
    headers: { accept: 'application/octet-stream' },
  })
  const bytes = data instanceof ArrayBuffer ? Buffer.from(data) : Buffer.from(data as unknown as string)
  return createHash('sha256').update(bytes).digest('hex')
}

/**
 * Uploads one asset to the release's `upload_url` as `name`, and returns its id. Octokit's retry plugin resends a
 * failed request, but an upload cut off midway can leave a half-made asset behind that blocks the name, so each new
 * attempt first removes what the failed one left.
 */
async function uploadAsset(
  client: GitHubClient,
  where: Repository,
  release: ReleaseData,
  asset: Asset,
  name: string,
  logger: Logger,
): Promise<number> {
  const data = asset.data ?? (await readFile(asset.file ?? ''))
  return retry(
    async (attempt) => {
      if (attempt > 1) {
        const assets = await client.paginate(client.rest.repos.listReleaseAssets, {
          ...where,
          release_id: release.id,
          per_page: 100,
        })
        const leftover = assets.find((a) => a.name === name)
        if (leftover) await deleteAsset(client, where, leftover.id)
      }
      try {
        const response = await client.request({
          method: 'POST',
          url: release.upload_url,
          name,
          data,
          headers: { 'content-type': contentType(asset.name), 'content-length': data.length },
          request: { retries: 0 },
        })
        return (response.data as { id: number }).id
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
