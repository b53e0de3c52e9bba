// A large tree is planned and written on a worker thread whose young generation is capped. Building the tree makes
// tens of thousands of long-lived records in a burst, and V8 answers such a burst by growing the main thread's young
// generation to its full 32 MiB (two 16 MiB semi-spaces), most of it empty once the records are promoted: with the
// cap, 50,000 files take about 20 MiB less. An action cannot pass node flags, but a worker takes resource limits.
// Smaller trees (a cloud-init seed, an answer file, a few thousand files) are written in line: loading the bundle again
// as a worker costs some 100 ms and 6 MiB, which pays off from about 10,000 entries.
import { readdirSync, statSync } from 'node:fs'
import { Worker, parentPort, workerData } from 'node:worker_threads'
import { rmSync } from 'node:fs'
import {
  ConfigError,
  formatLocation,
  InputError,
  type AnnotationProperties,
  type FileLocation,
  type Logger,
} from '@slipway/action-kit'
import { writeImage, type BuiltImage, type ImageWriter } from './build.js'
import type { Inputs } from './inputs.js'

/** More entries than this (files, folders and links, counted up to here only) go to the worker. */
export const WORKER_ENTRIES = 10_000
const YOUNG_GENERATION_MB = 4
const MARK = 'slipway-iso-build-writer'

interface Job {
  mark: typeof MARK
  inputs: Inputs
  epoch: number
}

type Reply =
  | { log: 'debug' | 'info' | 'notice' | 'warning' | 'error'; message: string; properties?: AnnotationProperties }
  | { result: BuiltImage }
  | { error: SerializedError }

type SerializedError =
  | { kind: 'input'; input: string; value: string; expected: string }
  | { kind: 'config'; message: string; location?: FileLocation }
  | { kind: 'error'; message: string; stack?: string }

/** This thread is the image-writing worker started by `workerWriter`. */
export function isImageWorker(): boolean {
  return parentPort !== null && (workerData as Partial<Job> | null)?.mark === MARK
}

/**
 * The writer for these inputs: `entry` (the action bundle's own URL) is loaded again as the worker when the sources
 * hold more than WORKER_ENTRIES entries; without it (run from sources, as the tests do) the image is written in line.
 */
export function chooseWriter(inputs: Inputs, entry: URL | undefined): ImageWriter {
  // A remaster is xorriso's work: there is no tree of records to write.
  if (entry === undefined || inputs.baseIso !== undefined || !isLargeTree(inputs)) return writeImage
  return (jobInputs, epoch, logger) => writeInWorker(entry, { mark: MARK, inputs: jobInputs, epoch }, logger)
}

/** Counts the entries under the source folders, stopping as soon as there are more than WORKER_ENTRIES. */
export function isLargeTree(inputs: Inputs, limit = WORKER_ENTRIES): boolean {
  // Names are bytes here, as planTree reads them: a name that is not UTF-8 is still a folder to count.
  const folders = [
    ...(inputs.source !== undefined ? [inputs.source] : []),
    ...inputs.files.map((f) => f.source).filter((source) => isFolder(source)),
  ].map((folder) => Buffer.from(folder))
  const slash = Buffer.from('/')
  let count = 0
  for (let folder = folders.pop(); folder !== undefined; folder = folders.pop()) {
    let entries
    try {
      entries = readdirSync(folder, { withFileTypes: true, encoding: 'buffer' })
    } catch {
      continue // planTree reports an unreadable folder, naming it
    }
    count += entries.length
    if (count > limit) return true
    for (const entry of entries) if (entry.isDirectory()) folders.push(Buffer.concat([folder, slash, entry.name]))
  }
  return false
}

function isFolder(file: string): boolean {
  try {
    return statSync(file).isDirectory()
  } catch {
    return false
  }
}

function writeInWorker(entry: URL, job: Job, logger: Logger): Promise<BuiltImage> {
  logger.debug(
    `iso-build: more than ${WORKER_ENTRIES} entries, planned and written on a worker thread (young generation ${YOUNG_GENERATION_MB} MiB)`,
  )
  return new Promise((resolve, reject) => {
    const worker = new Worker(entry, {
      workerData: job,
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    })
    let settled = false
    // A thread that dies (out of memory, say) cannot remove its half-written image: this side does.
    const fail = (error: Error): void => {
      settled = true
      rmSync(`${job.inputs.output}.partial`, { force: true })
      reject(error)
    }
    worker.on('message', (reply: Reply) => {
      if ('log' in reply) {
        if (reply.log === 'debug' || reply.log === 'info') logger[reply.log](reply.message)
        else logger[reply.log](reply.message, reply.properties)
      } else if ('result' in reply) {
        settled = true
        resolve(reply.result)
      } else {
        settled = true
        reject(revive(reply.error))
      }
    })
    worker.once('error', fail)
    worker.once('exit', (code) => {
      if (!settled) fail(new Error(`the image-writing thread exited with code ${code} before it finished`))
    })
  })
}

/** The worker's side: writes the image it was given, reporting log lines, then the result or the error. */
export async function runImageWorker(): Promise<void> {
  const port = parentPort
  if (port === null) throw new Error('runImageWorker runs on a worker thread only')
  const job = workerData as Job
  const send = (reply: Reply) => port.postMessage(reply)
  const forward =
    (level: 'debug' | 'info' | 'notice' | 'warning' | 'error') =>
    (message: string, properties?: AnnotationProperties): void =>
      send({ log: level, message, ...(properties ? { properties } : {}) })
  const logger: Logger = {
    debug: forward('debug'),
    info: forward('info'),
    notice: forward('notice'),
    warning: forward('warning'),
    error: forward('error'),
    group: (_name, body) => body(),
  }
  try {
    send({ result: await writeImage(job.inputs, job.epoch, logger) })
  } catch (error) {
    send({ error: serialize(error) })
  }
}

function serialize(error: unknown): SerializedError {
  if (error instanceof InputError)
    return { kind: 'input', input: error.input, value: error.value, expected: error.expected }
  if (error instanceof ConfigError)
    return { kind: 'config', message: error.message, ...(error.location ? { location: error.location } : {}) }
  if (error instanceof Error)
    return { kind: 'error', message: error.message, ...(error.stack ? { stack: error.stack } : {}) }
  return { kind: 'error', message: String(error) }
}

function revive(error: SerializedError): Error {
  if (error.kind === 'input') return new InputError(error.input, error.value, error.expected)
  if (error.kind === 'config') {
    if (error.location === undefined) return new ConfigError(error.message)
    // The message carries the location already (ConfigError prefixes it): take it off before it is added again.
    const prefix = `${formatLocation(error.location)}: `
    const message = error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message
    return new ConfigError(message, error.location)
  }
  const revived = new Error(error.message)
  if (error.stack !== undefined) revived.stack = error.stack
  return revived
}
