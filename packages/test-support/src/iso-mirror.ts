// A stand-in for the OS vendors' mirrors on 127.0.0.1: every `*.iso` path serves a small installer image, and every
// other path a checksum file (BSD `SHA256 (name) = hex` lines) over the ISO names it was given, so packer-build
// downloads, verifies and caches as it does in CI. `slipway workflow --mirror <vendor prefix>=<base>` points a
// workflow's ISO URLs at it.
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

export interface IsoMirror {
  /** `http://127.0.0.1:<port>` */
  base: string
  /** The image every ISO path serves, and its SHA-256. */
  iso: Buffer
  sha256: string
  /** ISO bytes served so far (a warm cache serves none). */
  isoBytes(): number
  /** Request paths, in order. */
  requests: string[]
  stop(): Promise<void>
}

export async function startIsoMirror(
  options: { names?: string[]; size?: number; iso?: Buffer } = {},
): Promise<IsoMirror> {
  const iso = options.iso ?? Buffer.alloc(options.size ?? 2 * 1024 * 1024, 'slipway stand-in installer image\n')
  const sha256 = createHash('sha256').update(iso).digest('hex')
  const sums = (options.names ?? []).map((name) => `SHA256 (${name}) = ${sha256}\n`).join('')
  let served = 0
  const requests: string[] = []
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/'
    requests.push(url)
    if (url.endsWith('.iso')) {
      served += iso.length
      res.writeHead(200, { 'content-length': String(iso.length) }).end(iso)
    } else res.writeHead(200, { 'content-type': 'text/plain' }).end(sums)
  })
  server.setTimeout(30_000)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    base,
    iso,
    sha256,
    isoBytes: () => served,
    requests,
    async stop() {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

/**
 * The vendors' ISO URLs of a template tree's var files (`iso_url = "https://..."`): their origins (what `--mirror`
 * replaces) and file names (what the mirror's checksum files list).
 */
export function isoUrlsOf(varFilesDir: string): { origins: string[]; names: string[] } {
  const urls: string[] = []
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.name.endsWith('.pkrvars.hcl'))
        for (const m of readFileSync(full, 'utf8').matchAll(/^\s*iso_url\s*=\s*"([^"]+)"/gm)) if (m[1]) urls.push(m[1])
    }
  }
  walk(varFilesDir)
  return {
    origins: [...new Set(urls.map((u) => new URL(u).origin))].sort(),
    names: [...new Set(urls.map((u) => path.posix.basename(new URL(u).pathname)))].sort(),
  }
}
