import { existsSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import path from 'node:path'
import type { Git } from '@slipway/git'

/**
 * The files a glob rule can match, workspace-relative with `/` separators, sorted: git's tracked and untracked
 * (not ignored) files when the workspace is a git checkout, else every file under it. node_modules never counts:
 * a dependency's package.json is not this repository's version.
 */
export async function workspaceFiles(workspace: string, git: Git): Promise<string[]> {
  let files: string[]
  if (await git.isRepository()) {
    const out = await git.run(['ls-files', '-z', '--cached', '--others', '--exclude-standard'])
    // A file deleted in the work tree but not yet from the index is still listed by --cached.
    files = out.split('\0').filter((file) => file !== '' && existsSync(path.join(workspace, file)))
  } else {
    files = await walk(workspace, '')
  }
  return [...new Set(files)].filter((file) => !file.split('/').includes('node_modules')).sort()
}

async function walk(root: string, relative: string): Promise<string[]> {
  const found: string[] = []
  for (const entry of await readdir(path.join(root, relative), { withFileTypes: true })) {
    if (entry.name === '.git' || entry.name === 'node_modules') continue
    const child = relative ? `${relative}/${entry.name}` : entry.name
    if (entry.isDirectory()) found.push(...(await walk(root, child)))
    else if (entry.isFile()) found.push(child)
  }
  return found
}
