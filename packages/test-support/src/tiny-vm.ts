// A VM that Packer's real qemu builder can build here in seconds, under TCG: this machine's kernel (/boot/vmlinuz-*,
// Debian's linux-image-cloud-amd64 in CI) and a busybox initramfs whose init says it ran on the serial port and powers
// the VM off. With communicator "none" Packer waits for that shutdown and keeps the disk. The "installer ISO" is a small
// real ISO, so the download, checksum and cache paths run as they do for a vendor's image.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The Packer template of the tiny VM: `source "qemu" "tiny"`, variables kernel, initrd, serial_log, iso_url, ... */
export const TINY_TEMPLATE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'qemu-tiny')

/** What the VM prints on its serial port once it booted. */
export const TINY_BOOTED = 'slipway-tcg: booted, powering off'

const TOOLS = ['qemu-system-x86_64', 'qemu-img', 'busybox', 'xorriso', 'bsdtar']

const commandPath = (tool: string): string | undefined => {
  try {
    return execFileSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).trim() || undefined
  } catch {
    return undefined
  }
}

/** This machine's kernel, or undefined. */
export function hostKernel(): string | undefined {
  if (!existsSync('/boot')) return undefined
  return readdirSync('/boot')
    .filter((f) => f.startsWith('vmlinuz-'))
    .sort()
    .map((f) => path.join('/boot', f))[0]
}

/** Why the tiny VM cannot be built here (a tool or the kernel missing), or undefined. */
export function tinyVmMissing(): string | undefined {
  const missing = TOOLS.filter((tool) => commandPath(tool) === undefined)
  if (hostKernel() === undefined) missing.push('a kernel in /boot (linux-image-cloud-amd64)')
  return missing.length > 0 ? `not installed: ${missing.join(', ')}` : undefined
}

export interface TinyVm {
  kernel: string
  initrd: string
  /** The small real ISO that stands in for the installer. */
  iso: Buffer
  isoSha256: string
  /** Where the VM's serial port is written (the template's serial_log). */
  serialLog: string
  /** Packer variables for the template, as packer-build's `vars` input takes them. */
  vars: string
}

/** Writes the initramfs, the ISO and the serial log's place under `dir`. */
export function makeTinyVm(dir: string): TinyVm {
  const kernel = hostKernel()
  const busybox = commandPath('busybox')
  if (kernel === undefined || busybox === undefined) throw new Error(`tiny VM: ${tinyVmMissing() ?? 'unavailable'}`)
  const root = path.join(dir, 'initramfs')
  mkdirSync(path.join(root, 'bin'), { recursive: true })
  copyFileSync(busybox, path.join(root, 'bin', 'busybox'))
  writeFileSync(
    path.join(root, 'init'),
    `#!/bin/busybox sh\n/bin/busybox echo "${TINY_BOOTED}"\n/bin/busybox poweroff -f\n`,
  )
  chmodSync(path.join(root, 'init'), 0o755)
  chmodSync(path.join(root, 'bin', 'busybox'), 0o755)
  const initrd = path.join(dir, 'initrd.cpio')
  execFileSync('bsdtar', ['-cf', initrd, '--format', 'newc', '-C', root, 'init', 'bin'])
  const isoFile = path.join(dir, 'tiny.iso')
  execFileSync('xorriso', ['-as', 'mkisofs', '-quiet', '-V', 'TINY', '-o', isoFile, path.join(root, 'init')])
  const iso = readFileSync(isoFile)
  const serialLog = path.join(dir, 'serial.log')
  return {
    kernel,
    initrd,
    iso,
    isoSha256: createHash('sha256').update(iso).digest('hex'),
    serialLog,
    vars: `kernel=${kernel}\ninitrd=${initrd}\nserial_log=${serialLog}`,
  }
}
