// Keeps package-lock.json complete for `npm ci`: npm records an optional platform binary (esbuild's, a resolver's)
// only when it could read that package from the registry, and `npm ci` then refuses a lock that lacks one another
// platform would install. This adds each missing optional dependency as an entry tagged with its os/cpu (read from
// its name), which npm skips on every other platform, exactly as it would have written it. Run after `npm install`.
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const file = path.resolve(import.meta.dirname, '..', 'package-lock.json')
const lock = JSON.parse(readFileSync(file, 'utf8'))
const packages = lock.packages
const OS = [
  'android',
  'darwin',
  'freebsd',
  'linux',
  'openharmony',
  'win32',
  'netbsd',
  'openbsd',
  'sunos',
  'aix',
  'wasi',
]
const CPU = ['arm64', 'arm', 'x64', 'ia32', 'loong64', 'ppc64', 's390x', 'riscv64', 'mips64el', 'wasm32']

function platformOf(name) {
  const parts = name.split('/').pop().split('-')
  const os = parts.find((p) => OS.includes(p))
  const cpu =
    parts.map((p) => (p === 'eabi' ? 'arm' : p)).find((p) => CPU.includes(p)) ??
    (parts.includes('arm') ? 'arm' : undefined)
  return { os, cpu }
}

function resolves(from, dep) {
  // Node's lookup: node_modules of the requiring package, then of each parent folder.
  for (let dir = from; ; dir = dir.includes('node_modules/') ? dir.slice(0, dir.lastIndexOf('/node_modules/')) : '') {
    if (packages[`${dir ? `${dir}/` : ''}node_modules/${dep}`]) return true
    if (dir === '') return false
  }
}

let added = 0
for (const [where, entry] of Object.entries(packages)) {
  for (const [dep, version] of Object.entries(entry.optionalDependencies ?? {})) {
    if (resolves(where, dep)) continue
    const { os, cpu } = platformOf(dep)
    if (!os && !cpu) {
      console.warn(`lock-optional: ${dep} (optional, from ${where || 'the root'}) is missing and names no platform`)
      continue
    }
    packages[`node_modules/${dep}`] = {
      version: version.replace(/^[\^~=]/, ''),
      ...(cpu ? { cpu: [cpu] } : {}),
      license: 'MIT',
      optional: true,
      ...(os ? { os: [os === 'wasi' ? 'wasi' : os] } : {}),
    }
    added++
  }
}
lock.packages = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
)
writeFileSync(file, JSON.stringify(lock, null, 2) + '\n')
console.log(`lock-optional: ${added} optional platform entr${added === 1 ? 'y' : 'ies'} added`)
