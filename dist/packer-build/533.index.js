export const id = 533;
export const ids = [533];
export const modules = {

/***/ 71533:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   packOva: () => (/* binding */ packOva)
/* harmony export */ });
/* unused harmony export ovfDescriptor */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _slipway_action_kit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(43834);
/* harmony import */ var _package_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(12710);




/**
 * CIM operating system ids (CIM_OperatingSystem.OSType, DSP0243 §8.5) for the families the templates build; a
 * Linux without its own id is `Linux 64-Bit`.
 */
const OS_TYPE = { ubuntu: 94, rhel: 80, centos: 107, rockylinux: 80, almalinux: 80 };
const LINUX_64 = 101;
const escapeXml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/**
 * An OVF 1.0 descriptor (DMTF DSP0243) for one VM with one stream-optimized VMDK disk on an LSI Logic SCSI
 * controller, the machine's CPUs and memory, and one NAT network adapter: what VMware's ovftool, ESXi, Workstation
 * and VirtualBox import. `rasd` elements are in the schema's (alphabetical) order.
 */
function ovfDescriptor(machine, disk, capacityBytes) {
    const name = escapeXml(machine.name);
    const osType = OS_TYPE[machine.os.toLowerCase()] ?? LINUX_64;
    const item = (fields) => [
        '      <Item>',
        ...fields.map(([key, value]) => `        <rasd:${key}>${escapeXml(String(value))}</rasd:${key}>`),
        '      </Item>',
    ].join('\n');
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
`;
}
/**
 * Packs `<name>.ova`: a POSIX ustar archive of the OVF descriptor first, then the manifest (`SHA256(file)= hex` for
 * the descriptor and the disk), then the stream-optimized disk, the order DSP0243 §5.3 prescribes, with fixed times
 * and owners so the same disk gives the same package.
 */
async function packOva(disk, ova, machine, capacityBytes, mtimeEpoch, env) {
    const staging = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(ova), '.ova-'));
    try {
        const vmdk = `${machine.name}-disk1.vmdk`;
        const ovf = `${machine.name}.ovf`;
        const mf = `${machine.name}.mf`;
        await (0,_slipway_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .exec */ .m0)('qemu-img', [
            'convert',
            '-q',
            '-O',
            'vmdk',
            '-o',
            'subformat=streamOptimized,adapter_type=lsilogic',
            disk,
            node_path__WEBPACK_IMPORTED_MODULE_1___default().join(staging, vmdk),
        ], { env });
        const bytes = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(staging, vmdk))).size;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(staging, ovf), ovfDescriptor(machine, { href: vmdk, bytes }, capacityBytes));
        const manifest = [ovf, vmdk].map(async (file) => `SHA256(${file})= ${await (0,_package_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256File */ .Q3)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(staging, file))}`);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(staging, mf), `${(await Promise.all(manifest)).join('\n')}\n`);
        await (0,_slipway_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .exec */ .m0)('tar', [
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
        ], { env });
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(staging, { recursive: true, force: true });
    }
}


/***/ })

};
