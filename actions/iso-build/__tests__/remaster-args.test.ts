import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { tempDir } from '@slipway/test-support'
import type { Inputs } from '../src/inputs.js'
import { remasterArgs } from '../src/remaster.js'

test('xorriso arguments: replayed boot records, directories merged, files keeping their name under a path ending in /', () => {
  const temp = tempDir()
  try {
    const dir = path.join(temp.dir, 'drivers')
    mkdirSync(dir)
    const file = path.join(temp.dir, 'answer.toml')
    writeFileSync(file, '')
    const inputs: Inputs = {
      files: [
        { source: dir, isoPath: '/extra/', line: '' },
        { source: file, isoPath: '/auto/', line: '' },
        { source: file, isoPath: '/answer.toml', line: '' },
      ],
      output: 'out.iso',
      volumeId: 'PVE',
      volumeIdExplicit: true,
      preparer: 'SLIPWAY',
      applicationId: 'SLIPWAY ISO-BUILD',
      profile: 'plain',
      reproducible: true,
      checksum: true,
      overwrite: false,
      baseIso: '/isos/base.iso',
      versionFile: path.join(temp.dir, 'version'),
      workspace: temp.dir,
    }
    expect(remasterArgs(inputs, 'out.iso.partial')).toEqual([
      '-no_rc',
      '-abort_on',
      'FAILURE',
      '-indev',
      '/isos/base.iso',
      '-outdev',
      'out.iso.partial',
      '-boot_image',
      'any',
      'replay',
      '-volid',
      'PVE',
      '-map',
      dir,
      '/extra/',
      '-map',
      file,
      '/auto/answer.toml',
      '-map',
      file,
      '/answer.toml',
      '-map',
      path.join(temp.dir, 'version'),
      '/version',
    ])
  } finally {
    temp.cleanup()
  }
})
