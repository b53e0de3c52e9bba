import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { tempDir } from '@slipway/test-support'
import type { Inputs } from '../src/inputs.js'
import { isLargeTree } from '../src/worker.js'

let temp: ReturnType<typeof tempDir>
beforeEach(() => {
  temp = tempDir('slipway-iso-worker-')
})
afterEach(() => temp.cleanup())

const inputsFor = (fields: Partial<Inputs>): Inputs =>
  ({ files: [], output: 'x.iso', volumeId: 'X', checksum: true, ...fields }) as Inputs

test('counts files, folders and links under source and the folders of files lines, up to the limit', () => {
  const a = path.join(temp.dir, 'a')
  const b = path.join(temp.dir, 'b')
  mkdirSync(path.join(a, 'sub'), { recursive: true })
  mkdirSync(b)
  for (let i = 0; i < 4; i++) writeFileSync(path.join(a, 'sub', `f${i}`), '')
  for (let i = 0; i < 3; i++) writeFileSync(path.join(b, `g${i}`), '')
  // a: sub + 4 files = 5 entries; b: 3.
  expect(isLargeTree(inputsFor({ source: a }), 5)).toBe(false)
  expect(isLargeTree(inputsFor({ source: a }), 4)).toBe(true)
  const files = [
    { source: b, isoPath: '/b/', line: '' },
    { source: path.join(b, 'g0'), isoPath: '/g0', line: '' },
  ]
  expect(isLargeTree(inputsFor({ files }), 3)).toBe(false)
  expect(isLargeTree(inputsFor({ files }), 2)).toBe(true)
})

test('a folder whose name is not UTF-8 is counted, and a missing source counts as nothing', () => {
  const root = path.join(temp.dir, 'root')
  const odd = Buffer.concat([Buffer.from(`${root}/`), Buffer.from('r\xe9seau', 'latin1')])
  mkdirSync(odd, { recursive: true })
  for (let i = 0; i < 3; i++) writeFileSync(Buffer.concat([odd, Buffer.from(`/f${i}`)]), '')
  expect(isLargeTree(inputsFor({ source: root }), 3)).toBe(true)
  expect(isLargeTree(inputsFor({ source: root }), 4)).toBe(false)
  expect(isLargeTree(inputsFor({ source: path.join(temp.dir, 'missing') }), 0)).toBe(false)
})
