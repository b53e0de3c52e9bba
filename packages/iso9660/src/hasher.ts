// SHA-256 of the image, computed on a second thread while the main thread copies large files: hashing 1 GiB costs
// about as much as copying it, so done in line it would add to the build time. The two threads share a ring of
// buffers (SharedArrayBuffer): the main thread packs the image into a free slot (file data read straight into it),
// writes it out and publishes the slot; the worker hashes slots in order and frees them. Atomics keep the two in step
// without the event loop.
import { createHash, type Hash } from 'node:crypto'
import { Worker } from 'node:worker_threads'

/** control[0]: slots published; control[1]: slots hashed; control[2 + slot]: byte length (END: the last). */
const END = -0x80000000

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
const { createHash } = require('node:crypto')
const { data, control, slots, slotSize } = workerData
const ctl = new Int32Array(control)
const ring = Buffer.from(data)
const hash = createHash('sha256')
for (let tail = 0; ; ) {
  if (Atomics.load(ctl, 0) === tail) { Atomics.wait(ctl, 0, tail); continue }
  const slot = tail % slots
  const length = ctl[2 + slot]
  if (length === ${END}) { parentPort.postMessage(hash.digest('hex')); break }
  hash.update(ring.subarray(slot * slotSize, slot * slotSize + length))
  tail++
  Atomics.store(ctl, 1, tail)
  Atomics.notify(ctl, 1)
}
`

export class ParallelHasher {
  private readonly control: Int32Array
  private readonly ring: Buffer
  private readonly worker: Worker
  private readonly result: Promise<string>
  private head = 0
  private failure: Error | undefined

  constructor(
    readonly slotSize = 4 * 1024 * 1024,
    private readonly slots = 4,
  ) {
    const data = new SharedArrayBuffer(slotSize * slots)
    const control = new SharedArrayBuffer(4 * (2 + slots))
    this.control = new Int32Array(control)
    this.ring = Buffer.from(data)
    this.worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { data, control, slots, slotSize } })
    this.result = new Promise((resolve, reject) => {
      this.worker.once('message', (digest: string) => resolve(digest))
      this.worker.once('error', (error) => {
        this.failure = error
        reject(error)
      })
      this.worker.once('exit', (code) => reject(new Error(`the hashing thread exited with code ${code}`)))
    })
    // Until the end, a failure surfaces through digest(); an unhandled rejection before that would end the process.
    this.result.catch(() => undefined)
  }

  /** The next free slot to fill (waits while the worker is a full ring behind). */
  slot(): Buffer {
    for (;;) {
      const tail = Atomics.load(this.control, 1)
      if (this.head - tail < this.slots) break
      if (this.failure) throw this.failure
      Atomics.wait(this.control, 1, tail, 1000)
    }
    const start = (this.head % this.slots) * this.slotSize
    return this.ring.subarray(start, start + this.slotSize)
  }

  /** Publishes the slot returned by slot(): its first `length` bytes are the next bytes of the image. */
  publish(length: number): void {
    this.control[2 + (this.head % this.slots)] = length
    this.head++
    Atomics.store(this.control, 0, this.head)
    Atomics.notify(this.control, 0)
  }

  async digest(): Promise<string> {
    this.slot()
    this.publish(END)
    try {
      return await this.result
    } finally {
      await this.worker.terminate()
    }
  }

  /** Stops the worker without a result (the build failed). */
  async abort(): Promise<void> {
    await this.worker.terminate()
  }
}

/**
 * The same interface, hashing in line: for small images, or many small files, a thread costs more than it saves.
 * Without `hashing` it hashes nothing and its digest is undefined (an image built without its checksum).
 */
export class InlineHasher {
  private readonly buffer: Buffer
  private readonly hash: Hash | undefined

  constructor(
    readonly slotSize = 4 * 1024 * 1024,
    hashing = true,
  ) {
    this.buffer = Buffer.allocUnsafe(slotSize)
    this.hash = hashing ? createHash('sha256') : undefined
  }

  slot(): Buffer {
    return this.buffer
  }

  publish(length: number): void {
    this.hash?.update(this.buffer.subarray(0, length))
  }

  digest(): Promise<string | undefined> {
    return Promise.resolve(this.hash?.digest('hex'))
  }

  abort(): Promise<void> {
    return Promise.resolve()
  }
}

export type ImageHasher = ParallelHasher | InlineHasher
