// Reads images back with the real readers (xorriso, isoinfo, bsdtar, 7z) and describes trees for comparison.
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { closeSync, lstatSync, mkdirSync, openSync, readdirSync, readlinkSync, readSync, writeFileSync } from 'node:fs'
import path from 'node:path'

export interface Described {
  type: 'file' | 'dir' | 'symlink'
  /** Permission bits (0o7777). */
  mode?: number
  /** Whole seconds. */
  mtime?: number
  sha256?: string
  size?: number
  target?: string
}

export type TreeView = Record<string, Described>

/** SHA-256 of a file, from byte `start` to the end. */
export function sha256File(file: string, start = 0): string {
  const hash = createHash('sha256')
  const buffer = Buffer.allocUnsafe(4 * 1024 * 1024)
  const fd = openSync(file, 'r')
  try {
    let position = start
    for (
      let n = readSync(fd, buffer, 0, buffer.length, position);
      n > 0;
      n = readSync(fd, buffer, 0, buffer.length, position)
    ) {
      hash.update(buffer.subarray(0, n))
      position += n
    }
  } finally {
    closeSync(fd)
  }
  return hash.digest('hex')
}

/** Every entry under `root`, by relative path; what is recorded is chosen by `with`. */
export function describeTree(
  root: string,
  options: { modes?: boolean; mtimes?: boolean; symlinkMtimes?: boolean; symlinks?: boolean; dirs?: boolean } = {},
): TreeView {
  const view: TreeView = {}
  const walk = (dir: string, prefix: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name)
      const rel = prefix ? `${prefix}/${name}` : name
      const stats = lstatSync(full)
      const entry: Described = stats.isDirectory()
        ? { type: 'dir' }
        : stats.isSymbolicLink()
          ? { type: 'symlink' }
          : { type: 'file', sha256: sha256File(full), size: stats.size }
      if (entry.type === 'symlink') {
        if (options.symlinks === false) continue
        entry.target = readlinkSync(full)
      }
      if (options.modes && entry.type !== 'symlink') entry.mode = stats.mode & 0o7777
      if (options.mtimes && (entry.type !== 'symlink' || options.symlinkMtimes) && entry.type !== 'dir')
        entry.mtime = Math.floor(stats.mtimeMs / 1000)
      if (entry.type === 'dir' && options.dirs === false) {
        walk(full, rel)
        continue
      }
      view[rel] = entry
      if (entry.type === 'dir') walk(full, rel)
    }
  }
  walk(root, '')
  return view
}

export function run(command: string, args: string[]): string {
  return execFileSync(command, args, {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
}

export function extractWithXorriso(iso: string, dest: string): void {
  run('xorriso', ['-osirrox', 'on', '-indev', iso, '-extract', '/', dest])
}

export function extractWithBsdtar(iso: string, dest: string): void {
  mkdirSync(dest, { recursive: true })
  run('bsdtar', ['-xpf', iso, '-C', dest])
}

export function extractWith7z(iso: string, dest: string): void {
  run('7z', ['x', '-y', `-o${dest}`, iso])
}

/** Every path xorriso's `-find` lists (Rock Ridge names), relative, without the root. */
export function xorrisoFind(iso: string): string[] {
  const out = run('xorriso', ['-indev', iso, '-find', '/', '-exec', 'echo'])
  return out
    .split('\n')
    .filter((line) => line.startsWith("'/"))
    .map((line) => line.slice(2, -1).replace(/'"'"'/g, "'"))
    .filter((p) => p !== '')
    .sort()
}

interface IsoinfoEntry {
  path: string
  type: 'file' | 'dir' | 'symlink'
  modeString: string
  size: number
  target?: string
}

/** Parses `isoinfo -l` (with -R for Rock Ridge names and modes, with -J for Joliet names). */
export function isoinfoList(iso: string, view: '-R' | '-J'): IsoinfoEntry[] {
  const out = execFileSync('isoinfo', [...charset(view), '-l', '-i', iso], { maxBuffer: 64 * 1024 * 1024 }).toString(
    view === '-J' ? 'latin1' : 'utf8',
  )
  const entries: IsoinfoEntry[] = []
  let dir = '/'
  for (const line of out.split('\n')) {
    const heading = /^Directory listing of (.*)$/.exec(line)
    if (heading) {
      dir = heading[1]!
      continue
    }
    // The flags column overflows its width for a multi-extent record ("[     26 FFFF name"): both forms parse.
    const match =
      /^([dl-][rwxsStT-]{9})\s+\d+\s+\d+\s+\d+\s+(\d+)\s+\w{3}\s+\d+\s+\d+\s+\[\s*\d+\s+(?:[0-9A-Fa-f]{2}\]\s|[0-9A-Fa-f]{3,})\s(.*)$/.exec(
        line,
      )
    if (!match) continue
    let name = match[3]!
    const modeString = match[1]!
    const type = modeString.startsWith('d') ? 'dir' : modeString.startsWith('l') ? 'symlink' : 'file'
    let target: string | undefined
    if (type === 'symlink') {
      const arrow = name.indexOf(' -> ')
      target = name.slice(arrow + 4)
      name = name.slice(0, arrow)
    } else name = name.replace(/ $/, '')
    if (view === '-J') name = name.replace(/;1$/, '')
    if (name === '.' || name === '..') continue
    entries.push({ path: `${dir}${name}`, type, modeString, size: Number(match[2]), ...(target ? { target } : {}) })
  }
  return entries
}

/** isoinfo (without iconv) shows Joliet names in ISO-8859-1, and other characters as `_`. */
function charset(view: '-R' | '-J'): string[] {
  return view === '-J' ? ['-J', '-j', 'iso8859-1'] : ['-R']
}

/** Extracts every file with `isoinfo -x` (one call per file, output to a file) into `dest`. */
export function extractWithIsoinfo(iso: string, dest: string, view: '-R' | '-J'): void {
  for (const entry of isoinfoList(iso, view)) {
    // A Joliet path outside ASCII cannot be named to isoinfo -x in its 8-bit charset.
    if (view === '-J' && /[^\x20-\x7e]/.test(entry.path)) continue
    const target = path.join(dest, entry.path)
    if (entry.type === 'dir') mkdirSync(target, { recursive: true })
    else if (entry.type === 'file') {
      mkdirSync(path.dirname(target), { recursive: true })
      const result = spawnSync('isoinfo', [...charset(view), '-x', entry.path, '-i', iso], {
        maxBuffer: 1024 * 1024 * 1024,
      })
      if (result.status !== 0) throw new Error(`isoinfo -x ${entry.path} failed: ${String(result.stderr)}`)
      writeFileSync(target, result.stdout)
    }
  }
}

/** Streams one file out of the image through a reader and returns its SHA-256 and length (no copy on disk). */
export function sha256Through(command: string, args: string[]): Promise<{ sha256: string; bytes: number }> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256')
    let bytes = 0
    let stderr = ''
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] })
    child.stdout.on('data', (chunk: Buffer) => {
      bytes += chunk.length
      hash.update(chunk)
    })
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => {
      if (code === 0) resolve({ sha256: hash.digest('hex'), bytes })
      else reject(new Error(`${command} ${args.join(' ')} exited with ${String(code)}: ${stderr}`))
    })
  })
}
