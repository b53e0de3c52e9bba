import { randomBytes, randomUUID } from '../src/index.js'

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

describe('random', () => {
  test('randomUUID has the form of a version 4 UUID, and differs each time', () => {
    const ids = new Set(Array.from({ length: 50 }, () => randomUUID()))
    expect(ids.size).toBe(50)
    for (const id of ids) expect(id).toMatch(UUID_V4)
  })
  test('randomBytes gives as many bytes as asked', () => {
    expect(randomBytes(6)).toHaveLength(6)
    expect(randomBytes(100_000)).toHaveLength(100_000)
    expect(randomBytes(32).equals(randomBytes(32))).toBe(false)
  })
  test('without a random device (Windows) node:crypto gives them', () => {
    const missing = '/nonexistent/slipway-random-device'
    expect(randomBytes(16, missing)).toHaveLength(16)
    expect(randomUUID(missing)).toMatch(UUID_V4)
  })
  test('a device that runs dry falls back too', () => {
    expect(randomBytes(16, '/dev/null')).toHaveLength(16)
    expect(randomBytes(16, '/dev/null').equals(Buffer.alloc(16))).toBe(false)
  })
})
