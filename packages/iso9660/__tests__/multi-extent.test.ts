// A file of 4.5 GiB needs two extents (ECMA-119 §6.5.1, Level 3). The source is sparse and so is the image (runs of
// zeros are not written), so the test needs little disk; readers stream the file into SHA-256 without a copy.
// It reads 4.5 GiB several times, so it runs only with SLIPWAY_BIG_ISO_TEST=1 (.ci/run sets it when there is room).
import { closeSync, mkdirSync, openSync, statSync, writeSync, ftruncateSync } from 'node:fs'
import path from 'node:path'
import { tempDir } from '@slipway/test-support'
import { IsoTree, MAX_EXTENT, writeIso } from '../src/index.js'
import { isoinfoList, run, sha256File, sha256Through, xorrisoFind } from './readers.js'

const big = process.env.SLIPWAY_BIG_ISO_TEST === '1'
const SIZE = 4.5 * 1024 * 1024 * 1024

;(big ? test : test.skip)(
  'a sparse 4.5 GiB file is stored as multi-extent and read back whole by every reader',
  async () => {
    const temp = tempDir('slipway-iso-big-')
    try {
      const source = path.join(temp.dir, 'source')
      mkdirSync(source)
      const file = path.join(source, 'disk.img')
      const fd = openSync(file, 'w')
      ftruncateSync(fd, SIZE)
      // Markers at the start, on both sides of the first extent's end, and at the very end.
      for (const [at, text] of [
        [0, 'start'],
        [MAX_EXTENT - 3, 'across-the-extent-boundary'],
        [SIZE - 3, 'end'],
      ] as const)
        writeSync(fd, Buffer.from(text), 0, text.length, at)
      closeSync(fd)
      const expected = sha256File(file)

      const tree = new IsoTree()
      await tree.addDirectory(source)
      const iso = path.join(temp.dir, 'big.iso')
      const result = await writeIso(tree, iso, { volumeId: 'BIG', epoch: 1_700_000_000 })
      expect(result.bytes).toBeGreaterThan(SIZE)
      // The image is sparse on disk: far fewer blocks than bytes.
      expect(statSync(iso).blocks * 512).toBeLessThan(64 * 1024 * 1024)

      expect(xorrisoFind(iso)).toEqual(['disk.img'])
      const listing = run('xorriso', ['-indev', iso, '-find', '/disk.img', '-exec', 'lsdl'])
      expect(listing).toContain(String(SIZE))
      // isoinfo (genisoimage 1.1.11) lists each extent as a record but extracts only the last one, the same with
      // an image xorriso makes: check the records and that last extent.
      const records = isoinfoList(iso, '-R').filter((e) => e.path === '/disk.img')
      expect(records.map((e) => e.size)).toEqual([MAX_EXTENT, SIZE - MAX_EXTENT])
      expect(await sha256Through('isoinfo', ['-R', '-x', '/disk.img', '-i', iso])).toEqual({
        sha256: sha256File(file, MAX_EXTENT),
        bytes: SIZE - MAX_EXTENT,
      })
      const readers: [string, string[]][] = [
        ['bsdtar', ['-xOf', iso, 'disk.img']],
        ['7z', ['x', '-so', iso, 'disk.img']],
      ]
      for (const [command, args] of readers) {
        const got = await sha256Through(command, args)
        expect([command, got]).toEqual([command, { sha256: expected, bytes: SIZE }])
      }
      // xorriso extracts to a file (kept sparse) rather than to a pipe.
      const extracted = path.join(temp.dir, 'extracted.img')
      run('xorriso', ['-osirrox', 'on:sparse=1m', '-indev', iso, '-extract', '/disk.img', extracted])
      expect(statSync(extracted).size).toBe(SIZE)
      expect(sha256File(extracted)).toBe(expected)
    } finally {
      temp.cleanup()
    }
  },
  15 * 60_000,
)
