import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { cpSync, mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import {
  LoopbackMirror,
  makeTinyVm,
  runBundle,
  tempDir,
  TINY_BOOTED,
  TINY_TEMPLATE,
  tinyVmMissing,
  type TinyVm,
} from '@slipway/test-support'
import { XMLParser } from 'fast-xml-parser'

// The real qemu path, end to end, under TCG, on test-support's tiny VM (this machine's kernel and a busybox initramfs
// that powers the VM off). Packer's qemu builder with communicator "none" waits for that shutdown; packer-build then
// converts the disk (qcow2, vhd, ova), compresses, checksums and describes the leg as it would on a KVM runner.

// CI installs every piece (.ci/run): there a missing one fails the test instead of skipping it.
const runnable = tinyVmMissing() === undefined || Boolean(process.env.CI)

const sha256 = (data: Buffer): string => createHash('sha256').update(data).digest('hex')

let tmp: ReturnType<typeof tempDir>
let mirror: LoopbackMirror
let base: string
let workspace: string
let vm: TinyVm

beforeAll(async () => {
  if (!runnable) return
  tmp = tempDir('slipway-packer-qemu-')
  vm = makeTinyVm(tmp.dir)
  mirror = new LoopbackMirror()
  base = await mirror.start()
  mirror.files.set('/tiny.iso', vm.iso)
  workspace = path.join(tmp.dir, 'repo')
  mkdirSync(workspace)
  cpSync(TINY_TEMPLATE, path.join(workspace, 'tiny'), { recursive: true })
})
afterAll(async () => {
  if (!runnable) return
  await mirror.stop()
  tmp.cleanup()
})

;(runnable ? test : test.skip)(
  'a qemu leg under TCG: boots, shuts down, and delivers qcow2, vhd and ova with checksums and metadata',
  async () => {
    const run = await runBundle({
      action: 'packer-build',
      workspace,
      inputs: {
        template: 'tiny',
        'iso-url': `${base}/tiny.iso`,
        'iso-checksum': `sha256:${vm.isoSha256}`,
        'iso-cache-dir': path.join(tmp.dir, 'iso-cache'),
        accelerator: 'tcg',
        vars: vm.vars,
        format: 'qcow2, vhd, ova',
        'validate-command': 'qemu-img\ncheck\ndisk.qcow2',
        'timeout-minutes': '5',
        'build-attempts': '1',
        version: '1.0.0',
      },
      env: { SOURCE_DATE_EPOCH: '1700000000' },
      timeoutMs: 360_000,
    })
    expect(run.stderr).toBe('')
    expect(run.exitCode).toBe(0)
    // the VM really ran: its init wrote to the serial port before powering off
    expect(readFileSync(vm.serialLog, 'utf8')).toContain(TINY_BOOTED)
    expect(run.stdout).toContain('Waiting for shutdown')

    const dir = path.join(workspace, 'packer-artifacts', 'tiny-1-x86_64')
    const metadata = JSON.parse(readFileSync(path.join(dir, 'metadata.json'), 'utf8')) as {
      accelerator: string
      validated: boolean
      files: string[]
      images: { format: string; file: string; bytes: number; sha256: string; virtual_size: number }[]
    }
    expect(metadata).toMatchObject({ accelerator: 'tcg', validated: true, files: ['disk.qcow2'] })
    expect(metadata.images.map((i) => [i.format, i.file, i.virtual_size])).toEqual([
      ['qcow2', 'tiny-1-x86_64.qcow2', 64 * 1024 * 1024],
      ['vpc', 'tiny-1-x86_64.vhd', 64 * 1024 * 1024],
      ['ova', 'tiny-1-x86_64.ova', 64 * 1024 * 1024],
    ])
    for (const image of metadata.images) {
      const bytes = readFileSync(path.join(dir, image.file))
      expect([image.file, image.bytes, image.sha256]).toEqual([image.file, bytes.length, sha256(bytes)])
    }
    expect(JSON.parse(run.outputs.images ?? '')).toEqual({
      qcow2: path.join(dir, 'tiny-1-x86_64.qcow2'),
      vpc: path.join(dir, 'tiny-1-x86_64.vhd'),
      ova: path.join(dir, 'tiny-1-x86_64.ova'),
    })
    // every file verifies with coreutils
    expect(execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: dir, encoding: 'utf8' })).toBe(
      [
        'tiny-1-x86_64.tar.zst: OK',
        'tiny-1-x86_64.qcow2: OK',
        'tiny-1-x86_64.vhd: OK',
        'tiny-1-x86_64.ova: OK',
        'metadata.json: OK',
        '',
      ].join('\n'),
    )
    // qemu-img reads each converted disk as its format, with the built disk's size
    const info = (file: string) =>
      JSON.parse(execFileSync('qemu-img', ['info', '--output=json', path.join(dir, file)], { encoding: 'utf8' })) as {
        format: string
        'virtual-size': number
      }
    expect(info('tiny-1-x86_64.qcow2')).toMatchObject({ format: 'qcow2', 'virtual-size': 64 * 1024 * 1024 })
    expect(info('tiny-1-x86_64.vhd')).toMatchObject({ format: 'vpc', 'virtual-size': 64 * 1024 * 1024 })
    // the archive holds the disk packer wrote
    const listing = execFileSync('tar', ['--zstd', '-tf', 'tiny-1-x86_64.tar.zst'], { cwd: dir, encoding: 'utf8' })
    expect(listing).toBe('disk.qcow2\n')

    // The OVA, re-read: a ustar archive of descriptor, manifest, disk in that order; the OVF XML parsed; the
    // manifest's SHA-256 lines checked against the files; the disk a stream-optimized VMDK of the right size.
    const ova = readFileSync(path.join(dir, 'tiny-1-x86_64.ova'))
    expect(ova.subarray(257, 265).toString('latin1')).toBe('ustar\u000000')
    expect(execFileSync('tar', ['-tf', path.join(dir, 'tiny-1-x86_64.ova')], { encoding: 'utf8' })).toBe(
      'tiny-1-x86_64.ovf\ntiny-1-x86_64.mf\ntiny-1-x86_64-disk1.vmdk\n',
    )
    const unpacked = path.join(tmp.dir, 'ova')
    mkdirSync(unpacked)
    execFileSync('tar', ['-xf', path.join(dir, 'tiny-1-x86_64.ova'), '-C', unpacked])
    const manifest = readFileSync(path.join(unpacked, 'tiny-1-x86_64.mf'), 'utf8')
    const lines = manifest.trim().split('\n')
    expect(lines.map((l) => /^SHA256\((.+)\)= ([0-9a-f]{64})$/.exec(l)?.[1])).toEqual([
      'tiny-1-x86_64.ovf',
      'tiny-1-x86_64-disk1.vmdk',
    ])
    for (const line of lines) {
      const [, file = '', hex] = /^SHA256\((.+)\)= ([0-9a-f]{64})$/.exec(line) ?? []
      expect([file, sha256(readFileSync(path.join(unpacked, file)))]).toEqual([file, hex])
    }
    const vmdk = path.join(unpacked, 'tiny-1-x86_64-disk1.vmdk')
    const vmdkInfo = JSON.parse(execFileSync('qemu-img', ['info', '--output=json', vmdk], { encoding: 'utf8' })) as {
      format: string
      'virtual-size': number
      'format-specific': { data: { 'create-type': string } }
    }
    expect([vmdkInfo.format, vmdkInfo['virtual-size'], vmdkInfo['format-specific'].data['create-type']]).toEqual([
      'vmdk',
      64 * 1024 * 1024,
      'streamOptimized',
    ])
    const ovf = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(
      readFileSync(path.join(unpacked, 'tiny-1-x86_64.ovf'), 'utf8'),
    ) as {
      Envelope: {
        '@xmlns': string
        References: { File: Record<string, string> }
        DiskSection: { Disk: Record<string, string> }
        VirtualSystem: {
          '@ovf:id': string
          VirtualHardwareSection: { Item: Record<string, string | number>[] }
        }
      }
    }
    const envelope = ovf.Envelope
    expect(envelope['@xmlns']).toBe('http://schemas.dmtf.org/ovf/envelope/1')
    expect(envelope.References.File).toMatchObject({
      '@ovf:href': 'tiny-1-x86_64-disk1.vmdk',
      '@ovf:id': 'file1',
      '@ovf:size': String(readFileSync(vmdk).length),
    })
    expect(envelope.DiskSection.Disk).toMatchObject({
      '@ovf:capacity': String(64 * 1024 * 1024),
      '@ovf:fileRef': 'file1',
      '@ovf:format': 'http://www.vmware.com/interfaces/specifications/vmdk.html#streamOptimized',
    })
    expect(envelope.VirtualSystem['@ovf:id']).toBe('tiny-1-x86_64')
    const items = envelope.VirtualSystem.VirtualHardwareSection.Item
    // the template's cpus and memory, one disk on the SCSI controller, one network adapter
    expect(
      items.map((i) => [i['rasd:ResourceType'], i['rasd:VirtualQuantity'] ?? i['rasd:HostResource'] ?? '']),
    ).toEqual([
      [3, 1],
      [4, 256],
      [6, ''],
      [17, 'ovf:/disk/vmdisk1'],
      [10, ''],
    ])
  },
  420_000,
)
