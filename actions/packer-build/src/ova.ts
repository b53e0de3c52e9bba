import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { exec, type Environment } from '@slipway/action-kit'
import type { OvfMachine } from './formats.js'
import { sha256File } from './package.js'

/**
 * CIM operating system ids (CIM_OperatingSystem.OSType, DSP0243 §8.5) for the families the templates build; a
 * Linux without its own id is `Linux 64-Bit`.
 */
const OS_TYPE: Record<string, number> = { ubuntu: 94, rhel: 80, centos: 107, rockylinux: 80, almalinux: 80 }
const LINUX_64 = 101

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/**
 * An OVF 1.0 descriptor (DMTF DSP0243) for one VM with one stream-optimized VMDK disk on an LSI Logic SCSI
 * controller, the machine's CPUs and memory, and one NAT network adapter: what VMware's ovftool, ESXi, Workstation
 * and VirtualBox import. `rasd` elements are in the schema's (alphabetical) order.
 */
export function ovfDescriptor(
  machine: OvfMachine,
  disk: { href: string; bytes: number },
  capacityBytes: number,
): string {
  const name = escapeXml(machine.name)
  const osType = OS_TYPE[machine.os.toLowerCase()] ?? LINUX_64
  const item = (fields: [string, string | number][]): string =>
    [
      '      <Item>',
      ...fields.map(([key, value]) => `        <rasd:${key}>${escapeXml(String(value))}</rasd:${key}>`),
      '      </Item>',
    ].join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?>
<Envelope xmlns="http://schemas.dmtf.org/ovf/envelope/1" xmlns:ovf="http://schemas.dmtf.org/ovf/envelope/1" xmlns:rasd="http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_ResourceAllocationSettingData" xmlns:vssd="http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_VirtualSystemSettingData" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <References>
    <File ovf:href="${escapeXml(disk.href)}" ovf:id="file1" ovf:size="${disk.bytes}"/>
  </References>
  <DiskSection>
    <Info>Virtual disk information</Info>
    <Disk ovf:capacity="${capacityBytes}" ovf:capacityAllocationUnits="byte" ovf:diskId="vmdisk1" ovf:fileRef="file1" ovf:format="http://www.vmware.com/interfaces/specifications/vmdk.html#streamOptimized"/>
  </DiskSection>
  <NetworkSection>
    <Info>The logical networks</Info>
    <Network ovf:name="NAT">
      <Description>The NAT network</Description>
    </Network>
  </NetworkSection>
  <VirtualSystem ovf:id="${name}">
    <Info>A virtual machine built by Packer</Info>
    <Name>${name}</Name>
    <OperatingSystemSection ovf:id="${osType}">
      <Info>The guest operating system</Info>
      <Description>${escapeXml(`${machine.os} ${machine.version} ${machine.arch}`)}</Description>
    </OperatingSystemSection>
    <VirtualHardwareSection>
      <Info>Virtual hardware requirements</Info>
      <System>
        <vssd:ElementName>Virtual Hardware Family</vssd:ElementName>
        <vssd:InstanceID>0</vssd:InstanceID>
        <vssd:VirtualSystemIdentifier>${name}</vssd:VirtualSystemIdentifier>
        <vssd:VirtualSystemType>vmx-13</vssd:VirtualSystemType>
      </System>
${item([
  ['AllocationUnits', 'hertz * 10^6'],
  ['Description', 'Number of virtual CPUs'],
  ['ElementName', `${machine.cpus} virtual CPU(s)`],
  ['InstanceID', 1],
  ['ResourceType', 3],
  ['VirtualQuantity', machine.cpus],
])}
${item([
  ['AllocationUnits', 'byte * 2^20'],
  ['Description', 'Memory size'],
  ['ElementName', `${machine.memoryMiB} MB of memory`],
  ['InstanceID', 2],
  ['ResourceType', 4],
  ['VirtualQuantity', machine.memoryMiB],
])}
${item([
  ['Address', 0],
  ['Description', 'SCSI controller'],
  ['ElementName', 'SCSI controller 0'],
  ['InstanceID', 3],
  ['ResourceSubType', 'lsilogic'],
  ['ResourceType', 6],
])}
${item([
  ['AddressOnParent', 0],
  ['ElementName', 'Hard disk 1'],
  ['HostResource', 'ovf:/disk/vmdisk1'],
  ['InstanceID', 4],
  ['Parent', 3],
  ['ResourceType', 17],
])}
${item([
  ['AutomaticAllocation', 'true'],
  ['Connection', 'NAT'],
  ['ElementName', 'Ethernet adapter 1'],
  ['InstanceID', 5],
  ['ResourceSubType', 'E1000'],
  ['ResourceType', 10],
])}
    </VirtualHardwareSection>
  </VirtualSystem>
</Envelope>
`
}

/**
 * Packs `<name>.ova`: a POSIX ustar archive of the OVF descriptor first, then the manifest (`SHA256(file)= hex` for
 * the descriptor and the disk), then the stream-optimized disk, the order DSP0243 §5.3 prescribes, with fixed times
 * and owners so the same disk gives the same package.
 */
export async function packOva(
  disk: string,
  ova: string,
  machine: OvfMachine,
  capacityBytes: number,
  mtimeEpoch: number,
  env: Environment,
): Promise<void> {
  const staging = await mkdtemp(path.join(path.dirname(ova), '.ova-'))
  try {
    const vmdk = `${machine.name}-disk1.vmdk`
    const ovf = `${machine.name}.ovf`
    const mf = `${machine.name}.mf`
    await exec(
      'qemu-img',
      [
        'convert',
        '-q',
        '-O',
        'vmdk',
        '-o',
        'subformat=streamOptimized,adapter_type=lsilogic',
        disk,
        path.join(staging, vmdk),
      ],
      { env },
    )
    const bytes = (await stat(path.join(staging, vmdk))).size
    await writeFile(path.join(staging, ovf), ovfDescriptor(machine, { href: vmdk, bytes }, capacityBytes))
    const manifest = [ovf, vmdk].map(async (file) => `SHA256(${file})= ${await sha256File(path.join(staging, file))}`)
    await writeFile(path.join(staging, mf), `${(await Promise.all(manifest)).join('\n')}\n`)
    await exec(
      'tar',
      [
        '--format=ustar',
        `--mtime=@${mtimeEpoch}`,
        '--owner=0',
        '--group=0',
        '--numeric-owner',
        '--mode=0644',
        '-C',
        staging,
        '-cf',
        ova,
        ovf,
        mf,
        vmdk,
      ],
      { env },
    )
  } finally {
    await rm(staging, { recursive: true, force: true })
  }
}
