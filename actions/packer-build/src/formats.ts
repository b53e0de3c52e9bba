import { mkdir, open, stat } from 'node:fs/promises'
import path from 'node:path'
import { exec, type Environment, type Logger } from '@slipway/action-kit'
import type { DiskFormat } from './inputs.js'
import { listFiles, sha256File } from './package.js'

/** One delivered disk image: what metadata.json lists under `images`. */
export interface DiskImage {
  format: DiskFormat
  file: string
  bytes: number
  sha256: string
  /** The disk's size as the guest sees it. */
  virtual_size: number
}

const EXTENSION: Record<DiskFormat, string> = {
  qcow2: 'qcow2',
  raw: 'raw',
  vpc: 'vhd',
  vhdx: 'vhdx',
  vmdk: 'vmdk',
  ova: 'ova',
}

/**
 * qemu-img's options per format: qcow2 compressed; vpc (VHD) with `force_size`, so the virtual size stays exactly
 * the built disk's (Hyper-V and Azure check it); vmdk as a monolithic sparse file (VMware Workstation, VirtualBox).
 */
const CONVERT_OPTIONS: Record<Exclude<DiskFormat, 'ova'>, string[]> = {
  qcow2: ['-c'],
  raw: [],
  vpc: ['-o', 'force_size=on'],
  vhdx: [],
  vmdk: ['-o', 'subformat=monolithicSparse'],
}

const DISK_EXTENSIONS = new Set(['.qcow2', '.raw', '.img', '.vmdk', '.vhd', '.vhdx'])

/**
 * The disk image the build left in its output folder: the one qcow2 file (found by its magic `QFI\xfb`), else the
 * one file with a disk image extension. None or several is an error that lists what is there.
 */
export async function findDiskImage(outputDir: string): Promise<string> {
  const files = await listFiles(outputDir)
  const qcow2: string[] = []
  const byName: string[] = []
  for (const file of files) {
    const full = path.join(outputDir, file)
    const handle = await open(full, 'r')
    try {
      const head = Buffer.alloc(4)
      await handle.read(head, 0, 4, 0)
      if (head.toString('latin1') === 'QFI\xfb') qcow2.push(file)
    } finally {
      await handle.close()
    }
    if (DISK_EXTENSIONS.has(path.extname(file).toLowerCase())) byName.push(file)
  }
  const found = qcow2.length > 0 ? qcow2 : byName
  if (found.length !== 1) {
    throw new Error(
      `the format input needs one disk image in the output folder, but it holds ${found.length === 0 ? 'none' : found.join(', ')} (files: ${files.join(', ') || 'none'}): build one source with the only input`,
    )
  }
  return path.join(outputDir, found[0] ?? '')
}

interface ImageInfo {
  format: string
  'virtual-size': number
}

export async function imageInfo(file: string, env: Environment): Promise<ImageInfo> {
  const { stdout } = await exec('qemu-img', ['info', '--output=json', file], { env })
  return JSON.parse(stdout) as ImageInfo
}

export interface OvfMachine {
  name: string
  os: string
  version: string
  arch: string
  cpus: number
  memoryMiB: number
}

/**
 * Converts the built disk into each format, into `destDir/<name>.<ext>`, and describes each file. The OVA is packed
 * from a stream-optimized VMDK, an OVF descriptor and a SHA-256 manifest (see ova.ts).
 */
export async function convertImages(
  disk: string,
  formats: DiskFormat[],
  destDir: string,
  machine: OvfMachine,
  mtimeEpoch: number,
  logger: Logger,
  env: Environment,
): Promise<DiskImage[]> {
  const source = await imageInfo(disk, env)
  logger.info(`Disk image ${path.basename(disk)}: ${source.format}, ${source['virtual-size']} bytes virtual`)
  const images: DiskImage[] = []
  await mkdir(destDir, { recursive: true })
  for (const format of formats) {
    const file = path.join(destDir, `${machine.name}.${EXTENSION[format]}`)
    if (format === 'ova') {
      const { packOva } = await import('./ova.js')
      await packOva(disk, file, machine, source['virtual-size'], mtimeEpoch, env)
    } else {
      const args = ['convert', '-q', '-f', source.format, '-O', format, ...CONVERT_OPTIONS[format], disk, file]
      await exec('qemu-img', args, { env })
    }
    const image: DiskImage = {
      format,
      file: path.basename(file),
      bytes: (await stat(file)).size,
      sha256: await sha256File(file),
      virtual_size: source['virtual-size'],
    }
    logger.info(`${format}: ${image.file}, ${image.bytes} bytes, sha256 ${image.sha256}`)
    images.push(image)
  }
  return images
}
