import { appendFileSync, existsSync } from 'node:fs'
import { EOL } from 'node:os'
import type { AnnotationProperties } from './logger.js'
import { randomUUID } from './random.js'

/**
 * The runner's workflow commands (`::error file=…,line=…::message`) and file commands (GITHUB_OUTPUT, GITHUB_ENV,
 * GITHUB_STATE, GITHUB_PATH), written exactly as @actions/core 3.x writes them, byte for byte (a test compares the
 * two). @actions/core's entry point also loads its OIDC client, and with it @actions/http-client and undici: about
 * 1 MB of bundle and most of an action's cold start, for a token no slipway action asks for. An action that needs
 * more of @actions/core can still import it; both write the same commands to the same files.
 */

/** Where an annotation points: the same properties as the Logger's. */
export type CommandAnnotation = AnnotationProperties

type CommandValue = string | number | boolean | object | null | undefined

/** As @actions/core's toCommandValue: strings as they are, nothing as '', anything else as JSON. */
function commandValue(value: CommandValue): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  return JSON.stringify(value)
}

function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/** `::name key=value,…::message`; properties with an empty value are left out, as the runner's toolkit does. */
export function issueCommand(name: string, properties: Record<string, CommandValue>, message: CommandValue): void {
  let text = `::${name}`
  const keys = Object.keys(properties)
  if (keys.length > 0) {
    const pairs = keys
      .filter((key) => Boolean(properties[key]))
      .map((key) => `${key}=${escapeProperty(commandValue(properties[key]))}`)
    text += ` ${pairs.join(',')}`
  }
  process.stdout.write(`${text}::${escapeData(commandValue(message))}${EOL}`)
}

function annotationProperties(properties: CommandAnnotation): Record<string, CommandValue> {
  if (Object.keys(properties).length === 0) return {}
  return {
    title: properties.title,
    file: properties.file,
    line: properties.startLine,
    endLine: properties.endLine,
    col: properties.startColumn,
    endColumn: properties.endColumn,
  }
}

const text = (message: string | Error): string => (message instanceof Error ? message.toString() : message)

export function error(message: string | Error, properties: CommandAnnotation = {}): void {
  issueCommand('error', annotationProperties(properties), text(message))
}
export function warning(message: string | Error, properties: CommandAnnotation = {}): void {
  issueCommand('warning', annotationProperties(properties), text(message))
}
export function notice(message: string | Error, properties: CommandAnnotation = {}): void {
  issueCommand('notice', annotationProperties(properties), text(message))
}
export function debug(message: string): void {
  issueCommand('debug', {}, message)
}
export function info(message: string): void {
  process.stdout.write(message + EOL)
}
export function isDebug(): boolean {
  return process.env.RUNNER_DEBUG === '1'
}
export function setSecret(secret: string): void {
  issueCommand('add-mask', {}, secret)
}

export async function group<T>(name: string, body: () => Promise<T>): Promise<T> {
  issueCommand('group', {}, name)
  try {
    return await body()
  } finally {
    issueCommand('endgroup', {}, '')
  }
}

/** `name<<delimiter` … `delimiter`, with a random delimiter that neither the name nor the value may contain. */
function keyValueMessage(name: string, value: CommandValue): string {
  const delimiter = `ghadelimiter_${randomUUID()}`
  const converted = commandValue(value)
  if (name.includes(delimiter))
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`)
  if (converted.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`)
  }
  return `${name}<<${delimiter}${EOL}${converted}${EOL}${delimiter}`
}

function issueFileCommand(variable: string, message: string): void {
  const file = process.env[`GITHUB_${variable}`]
  if (!file) throw new Error(`Unable to find environment variable for file command ${variable}`)
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`)
  appendFileSync(file, `${message}${EOL}`, { encoding: 'utf8' })
}

export function setOutput(name: string, value: CommandValue): void {
  if (process.env.GITHUB_OUTPUT) {
    issueFileCommand('OUTPUT', keyValueMessage(name, value))
    return
  }
  process.stdout.write(EOL)
  issueCommand('set-output', { name }, commandValue(value))
}

export function exportVariable(name: string, value: CommandValue): void {
  process.env[name] = commandValue(value)
  if (process.env.GITHUB_ENV) {
    issueFileCommand('ENV', keyValueMessage(name, value))
    return
  }
  issueCommand('set-env', { name }, commandValue(value))
}

export function saveState(name: string, value: CommandValue): void {
  if (process.env.GITHUB_STATE) {
    issueFileCommand('STATE', keyValueMessage(name, value))
    return
  }
  issueCommand('save-state', { name }, commandValue(value))
}

/** A value the main step saved with saveState, as the runner hands it to the post step (STATE_<name>). */
export function getState(name: string): string {
  return process.env[`STATE_${name}`] ?? ''
}

/** Prepends a folder to PATH for this step and the steps after it. */
export function addPath(folder: string): void {
  if (process.env.GITHUB_PATH) issueFileCommand('PATH', folder)
  else issueCommand('add-path', {}, folder)
  process.env.PATH = `${folder}${process.platform === 'win32' ? ';' : ':'}${process.env.PATH ?? ''}`
}
