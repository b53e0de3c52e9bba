import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { DiskImage } from './formats.js'

/** What metadata.json says about one built template. */
export interface BuildMetadata {
  name: string
  os: string
  version: string
  arch: string
  template: string
  var_file: string
  packer_version: string
  builds: string
  accelerator: string
  iso: { url: string; checksum: string; cache_key: string; cache_hit: boolean; bytes_downloaded: number } | null
  git_sha: string
  slipway_version: string
  build_started: string
  build_finished: string
  build_seconds: number
  build_attempts: number
  /** False when skip-validation skipped `packer validate` and the validation command. */
  validated: boolean
  output_bytes: number
  artifact: { file: string; bytes: number; sha256: string; compression: string }
  /** The disk converted into each requested format (the format input). */
  images: DiskImage[]
  files: string[]
}

/**
 * slipway's own version: the `version` file at the root of the slipway checkout the runner fetched for
 * `uses: …/actions/packer-build@v1`, two folders above the bundle (dist/packer-build/index.js).
 */
export function slipwayVersion(bundle: string | undefined): string {
  if (!bundle) return 'unknown'
  try {
    return readFileSync(path.resolve(path.dirname(bundle), '..', '..', 'version'), 'utf8').trim() || 'unknown'
  } catch {
    return 'unknown'
  }
}
