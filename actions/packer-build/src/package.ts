import { isUtf8 } from 'node:buffer'
import { createHash } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { createGzip } from 'node:zlib'
import { exec, isOnPath, type Environment } from '@slipway/action-kit'

export interface PackagedArtifact {
  /** The compressed archive of the output directory. */
  archive: string
  sha256: string
  /** Bytes of the output directory's files, and of the archive. */
  outputBytes: number
  archiveBytes: number
  files: string[]
}

/**
 * Files under a folder, relative, sorted (what the archive holds). Names are read as bytes: one that is not valid
 * UTF-8 would come back with U+FFFD in place of its bytes and then name no file (an unrelated ENOENT later). Such a
 * name cannot be listed, checksummed or named in the metadata, so it fails here, naming the file and the reason.
 */
export async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = []
  const walk = async (sub: string): Promise<void> => {
    const entries = await readdir(path.join(dir, sub), { withFileTypes: true, encoding: 'buffer' })
    const named = entries.map((entry) => {
      if (!isUtf8(entry.name)) {
        const shown = JSON.stringify(path.join(dir, sub, entry.name.toString('latin1')))
        throw new Error(
          `the build left a file whose name is not valid UTF-8 in its output folder: ${shown} (bytes shown as Latin-1); rename it in the template: its files are listed, checksummed and described by name`,
        )
      }
      return { name: entry.name.toString('utf8'), directory: entry.isDirectory() }
    })
    for (const entry of named.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const rel = sub ? `${sub}/${entry.name}` : entry.name
      if (entry.directory) await walk(rel)
      else out.push(rel)
    }
  }
  await walk('')
  return out
}

/**
 * Archives the build's output directory as `<name>.tar` with stable order, owners and times (GNU tar: --sort=name,
 * --mtime, numeric owner 0), then compresses it: zstd with the zstd CLI (multi-threaded), gzip with Node's zlib.
 */
export async function packageOutput(
  outputDir: string,
  destDir: string,
  name: string,
  compression: 'zstd' | 'gzip' | 'none',
  mtimeEpoch: number,
  env: Environment,
): Promise<PackagedArtifact> {
  const files = await listFiles(outputDir)
  if (files.length === 0) throw new Error(`the build left no files in ${outputDir}: nothing to package`)
  let outputBytes = 0
  for (const file of files) outputBytes += (await stat(path.join(outputDir, file))).size
  await mkdir(destDir, { recursive: true })
  const tar = path.join(destDir, `${name}.tar`)
  const tarArgs = [
    '--sort=name',
    `--mtime=@${mtimeEpoch}`,
    '--owner=0',
    '--group=0',
    '--numeric-owner',
    '--format=gnu',
    '-C',
    outputDir,
    '-cf',
    tar,
    ...files,
  ]
  await exec('tar', tarArgs, { env })
  let archive = tar
  if (compression === 'zstd') {
    if (!(await isOnPath('zstd')))
      throw new Error('compression zstd needs the zstd command (apt-get install zstd), or use compression: gzip')
    archive = `${tar}.zst`
    await exec('zstd', ['-q', '-f', '-T0', '--rm', tar, '-o', archive], { env })
  } else if (compression === 'gzip') {
    archive = `${tar}.gz`
    // mtime 0 in the gzip header keeps the archive byte-identical across runs.
    await pipeline(createReadStream(tar), createGzip({ level: 6 }), createWriteStream(archive))
    await rm(tar)
  }
  const sha256 = await sha256File(archive)
  return { archive, sha256, outputBytes, archiveBytes: (await stat(archive)).size, files }
}

export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

/** `sha256sum`'s format: `<hex>  <name>`, checkable with `sha256sum -c SHA256SUMS` in the folder. */
export async function writeChecksums(destDir: string, files: string[]): Promise<string> {
  const lines: string[] = []
  for (const file of files) lines.push(`${await sha256File(path.join(destDir, file))}  ${file}`)
  const out = path.join(destDir, 'SHA256SUMS')
  await writeFile(out, `${lines.join('\n')}\n`)
  return out
}
