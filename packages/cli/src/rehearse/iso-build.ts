import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { runStep } from '../runner.js'
import type { RehearsalStep } from './types.js'

/**
 * iso-build on the container-service examples: the Linux cloud-init seed (profile cidata) and the Windows answer-file
 * image (profile autounattend), both with the repository's version file, written to out/iso-build/. Both are built by
 * slipway's own writer, so no system tool is needed.
 */
export const isoBuild: RehearsalStep = {
  id: 'iso-build',
  title: 'iso-build: Linux cidata and Windows autounattend images from workflows-examples/container-service',
  async run({ root, outDir }) {
    const examples = path.relative(root, path.join(root, 'workflows-examples', 'container-service'))
    const output = path.relative(root, path.join(outDir, 'iso-build'))
    const notes: string[] = []
    const linux = await runStep({
      root,
      action: 'iso-build',
      workspace: root,
      inputs: {
        source: path.join(examples, 'Linux'),
        profile: 'cidata',
        'version-file': 'version',
        output: path.join(output, 'cidata.iso'),
      },
    })
    if (linux.exitCode !== 0) return { run: linux }
    await writeFile(path.join(outDir, 'iso-build-linux.md'), linux.summary)
    notes.push(`cidata.iso        sha256 ${linux.outputs.sha256 ?? ''} (${linux.outputs.size ?? '?'} bytes)`)
    const windows = await runStep({
      root,
      action: 'iso-build',
      workspace: root,
      inputs: {
        source: path.join(examples, 'Windows'),
        profile: 'autounattend',
        'volume-id': 'AUTOUNATTEND',
        'version-file': 'version',
        output: path.join(output, 'autounattend.iso'),
      },
    })
    if (windows.exitCode === 0)
      notes.push(`autounattend.iso  sha256 ${windows.outputs.sha256 ?? ''} (${windows.outputs.size ?? '?'} bytes)`)
    return { run: windows, notes }
  },
}
