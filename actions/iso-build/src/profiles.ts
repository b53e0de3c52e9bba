// Checks that a provisioning image carries what its consumer needs, before anything is written: cloud-init's NoCloud
// data source (`cidata`) and Windows Setup's answer file (`autounattend`).
import { readFile } from 'node:fs/promises'
import { ConfigError } from '@slipway/action-kit'
import { fsPath, type IsoEntry, type IsoTree } from '@slipway/iso9660'
import type { Profile } from './inputs.js'

/** The first lines cloud-init accepts as user-data (cloud-init's "user data formats"). */
const USER_DATA_STARTS = ['#cloud-config', '#!', '#include', '#cloud-boothook', '#part-handler', '## template: jinja']

export async function checkProfile(profile: Profile, tree: IsoTree): Promise<void> {
  if (profile === 'plain') return
  if (profile === 'cidata') {
    const userData = requireFile(tree, 'user-data', 'profile cidata needs user-data at the image root')
    const metaData = requireFile(
      tree,
      'meta-data',
      'profile cidata needs meta-data at the image root (it may be empty)',
    )
    await checkUserData(await readFile(fsPath(userData), 'utf8'), userData)
    await checkMetaData(await readFile(fsPath(metaData), 'utf8'), metaData)
    return
  }
  // Windows Setup looks for the answer file by name, in any case, at the root of removable media.
  const name = [...tree.root.children.keys()].find((n) => n.toLowerCase() === 'autounattend.xml')
  const answer = requireFile(
    tree,
    name ?? 'autounattend.xml',
    'profile autounattend needs autounattend.xml at the image root',
  )
  await checkXml(await readFile(fsPath(answer), 'utf8'), answer)
}

function requireFile(tree: IsoTree, name: string, message: string): string {
  const entry: IsoEntry | undefined = tree.root.children.get(name)
  if (entry?.kind !== 'file') throw new ConfigError(message)
  return entry.source
}

export async function checkUserData(text: string, file: string): Promise<void> {
  const body = text.replace(/^\uFEFF/, '')
  const first = body.split(/\r?\n/, 1)[0] ?? ''
  if (USER_DATA_STARTS.some((start) => first.startsWith(start))) {
    if (first.startsWith('#cloud-config')) await checkYaml(body, file, 'user-data')
    return
  }
  // A MIME multi-part archive (cloud-init's combined format) starts with its headers.
  if (/^(Content-Type:\s*multipart\/|MIME-Version:)/im.test(body.split(/\r?\n\r?\n/, 1)[0] ?? '')) return
  throw new ConfigError(
    `user-data must start with #cloud-config, a script's #! line or MIME multipart headers; it starts with ${JSON.stringify(first.slice(0, 40))}`,
    { file, line: 1 },
  )
}

export async function checkMetaData(text: string, file: string): Promise<void> {
  await checkYaml(text, file, 'meta-data')
}

// The parsers load only for the profiles that need them, which keeps the bundle's start-up small.
async function checkYaml(text: string, file: string, what: string): Promise<void> {
  const { parseDocument } = await import('yaml')
  const document = parseDocument(text)
  const error = document.errors[0]
  if (error) {
    const line = error.linePos?.[0].line
    throw new ConfigError(`${what} is not valid YAML: ${error.message.split('\n')[0] ?? ''}`, {
      file,
      ...(line !== undefined ? { line } : {}),
    })
  }
}

export async function checkXml(text: string, file: string): Promise<void> {
  const { XMLValidator } = await import('fast-xml-parser')
  const result = XMLValidator.validate(text)
  if (result === true) return
  throw new ConfigError(`autounattend.xml is not well-formed XML: ${result.err.msg}`, {
    file,
    line: result.err.line,
    column: result.err.col,
  })
}
