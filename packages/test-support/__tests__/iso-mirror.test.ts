// The vendors' mirror stand-in of the pipelines: an installer image at every *.iso path, checksums everywhere else.
import { createHash } from 'node:crypto'
import { startIsoMirror } from '../src/index.js'

test('every .iso path serves the image, other paths its checksum lines, and the mirror counts what it served', async () => {
  const mirror = await startIsoMirror({ names: ['boot.iso', 'dvd.iso'], size: 4096 })
  try {
    const iso = Buffer.from(await (await fetch(`${mirror.base}/rocky/9/boot.iso`)).arrayBuffer())
    expect(createHash('sha256').update(iso).digest('hex')).toBe(mirror.sha256)
    expect(iso.length).toBe(4096)
    const sums = await (await fetch(`${mirror.base}/rocky/9/CHECKSUM`)).text()
    expect(sums).toBe(`SHA256 (boot.iso) = ${mirror.sha256}\nSHA256 (dvd.iso) = ${mirror.sha256}\n`)
    expect(mirror.isoBytes()).toBe(4096)
    expect(mirror.requests).toEqual(['/rocky/9/boot.iso', '/rocky/9/CHECKSUM'])
  } finally {
    await mirror.stop()
  }
})
