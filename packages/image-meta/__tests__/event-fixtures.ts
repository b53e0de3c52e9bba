import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { readRunnerContext } from '@slipway/action-kit'
import { readGitContext, type GitContext } from '../src/index.js'

/** An event fixture: what the runner puts in GITHUB_EVENT_NAME, GITHUB_REF, GITHUB_SHA and the payload file. */
export interface EventFixture {
  event: string
  ref: string
  sha: string
  payload: Record<string, unknown>
}

export const fixturesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures')

export function loadEvent(name: string): EventFixture {
  return JSON.parse(readFileSync(path.join(fixturesDir, 'events', `${name}.json`), 'utf8')) as EventFixture
}

/** The runner's environment for a fixture, the payload written to a temp GITHUB_EVENT_PATH. */
export function runnerEnv(fixture: EventFixture, dir: string): NodeJS.ProcessEnv {
  const file = path.join(dir, `event-${Math.random().toString(36).slice(2)}.json`)
  writeFileSync(file, JSON.stringify(fixture.payload))
  return {
    GITHUB_EVENT_NAME: fixture.event,
    GITHUB_REF: fixture.ref,
    GITHUB_SHA: fixture.sha,
    GITHUB_EVENT_PATH: file,
    GITHUB_REPOSITORY: 'acme/app',
    GITHUB_SERVER_URL: 'https://github.com',
  }
}

export const FIXED_NOW = new Date('2024-05-06T20:30:00Z')

/** Reads a fixture through the RunnerContext and readGitContext, as the action does, with the repository's tags given. */
export async function contextFor(
  name: string,
  extra: { repoTags?: string[]; shallow?: boolean; prHeadSha?: boolean } = {},
): Promise<GitContext> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'image-meta-event-'))
  try {
    const context = await readGitContext(readRunnerContext(runnerEnv(loadEvent(name), dir), dir), undefined, {
      now: () => FIXED_NOW,
      ...(extra.prHeadSha ? { prHeadSha: true } : {}),
    })
    if (extra.repoTags) context.repoTags = extra.repoTags
    if (extra.shallow !== undefined) context.shallow = extra.shallow
    return context
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
