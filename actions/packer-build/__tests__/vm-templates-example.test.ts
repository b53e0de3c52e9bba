import { execFileSync } from 'node:child_process'
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { parseHcl, readTemplate, readVarFile, scalarText, variableValue } from '@slipway/hcl'
import { interpolate, type Value } from '@slipway/cli/workflow'
import { suiteRoot } from '@slipway/test-support'
import { parse as parseYaml } from 'yaml'

// The VM-templates example logs in over SSH with the template's communicator credentials; an answer file that
// creates another user or password makes every real install wait out ssh_timeout. These tests read the example's
// HCL, the kickstart and the cloud-init user-data and check they agree.

const example = path.join(suiteRoot, 'workflows-examples', 'vm-templates')
const template = readTemplate(path.join(example, 'packer_templates'))

function varFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? varFiles(path.join(dir, entry.name))
      : entry.name.endsWith('.pkrvars.hcl')
        ? [path.join(dir, entry.name)]
        : [],
  )
}

/** The credentials each leg's Packer uses: the var file's ssh_username / ssh_password, else the defaults. */
const legs = varFiles(path.join(example, 'os_pkrvars')).map((file) => {
  const vars = readVarFile(file)
  return {
    leg: path.basename(file),
    username: scalarText(variableValue('ssh_username', template, vars)),
    password: scalarText(variableValue('ssh_password', template, vars)),
    bootCommand: JSON.stringify(variableValue('boot_command', template, vars)),
  }
})

/** kickstart `user --name=… --password=… [--plaintext|--iscrypted]`. */
function kickstartUser(text: string): { name?: string; password?: string; crypted: boolean } {
  const line = text.split('\n').find((l) => /^user\s/.test(l))
  if (line === undefined) throw new Error('ks.cfg has no user line')
  const option = (name: string): string | undefined => new RegExp(`--${name}=(\\S+)`).exec(line)?.[1]
  return { name: option('name'), password: option('password'), crypted: line.includes('--iscrypted') }
}

/** SHA-512 crypt (`$6$salt$hash`) of a password with the hash's own salt, by openssl. */
function sha512Crypt(password: string, hash: string): string {
  const salt = /^\$6\$(?:rounds=\d+\$)?([^$]+)\$/.exec(hash)?.[1]
  if (salt === undefined) throw new Error(`not a SHA-512 crypt hash: ${hash}`)
  const rounds = /^\$6\$rounds=(\d+)\$/.exec(hash)?.[1]
  // openssl passwd has no rounds option: a rounds= hash cannot be checked here, and is reported as such.
  if (rounds !== undefined) throw new Error(`hash with rounds=${rounds}: use the default rounds (openssl passwd -6)`)
  return execFileSync('openssl', ['passwd', '-6', '-salt', salt, password], { encoding: 'utf8' }).trim()
}

test('every leg has credentials, and the qemu source logs in with the variables (no literal elsewhere)', () => {
  expect(legs.length).toBeGreaterThan(0)
  for (const leg of legs) {
    expect([leg.leg, typeof leg.username, typeof leg.password]).toEqual([leg.leg, 'string', 'string'])
  }
  const sources = parseHcl(readFileSync(path.join(example, 'packer_templates', 'sources.pkr.hcl'), 'utf8'))
  const qemu = sources.blocks.find((b) => b.type === 'source' && b.labels[0] === 'qemu')
  expect(qemu?.body.attributes.get('ssh_username')?.value).toBe('${var.ssh_username}')
  expect(qemu?.body.attributes.get('ssh_password')?.value).toBe('${var.ssh_password}')
})

test('the kickstart creates the communicator user with its password (EL legs)', () => {
  const ks = readFileSync(path.join(example, 'http', 'ks.cfg'), 'utf8')
  const user = kickstartUser(ks)
  const elLegs = legs.filter((l) => l.bootCommand.includes('ks.cfg'))
  expect(elLegs.length).toBeGreaterThan(0)
  for (const leg of elLegs) {
    expect([leg.leg, user.name]).toEqual([leg.leg, leg.username])
    if (user.crypted)
      expect([leg.leg, sha512Crypt(leg.password ?? '', user.password ?? '')]).toEqual([leg.leg, user.password])
    else expect([leg.leg, user.password]).toEqual([leg.leg, leg.password])
  }
  // passwordless sudo for the same user, which the shutdown command needs
  expect(ks).toContain(`'${user.name} ALL=(ALL) NOPASSWD: ALL' > /etc/sudoers.d/${user.name}`)
})

test("the Ubuntu user-data's SHA-512 crypt hash is the communicator password's (Ubuntu legs)", () => {
  const text = readFileSync(path.join(example, 'http', 'user-data'), 'utf8')
  const doc = parseYaml(text) as {
    autoinstall: { identity: { username: string; password: string }; 'late-commands': string[] }
  }
  const { username, password: hash } = doc.autoinstall.identity
  expect(hash).toMatch(/^\$6\$/)
  const ubuntuLegs = legs.filter((l) => l.bootCommand.includes('seedfrom'))
  expect(ubuntuLegs.length).toBeGreaterThan(0)
  for (const leg of ubuntuLegs) {
    expect([leg.leg, username]).toEqual([leg.leg, leg.username])
    expect([leg.leg, sha512Crypt(leg.password ?? '', hash)]).toEqual([leg.leg, hash])
  }
  expect(doc.autoinstall['late-commands'].join('\n')).toContain(`'${username} ALL=(ALL) NOPASSWD:ALL'`)
})

test('the crypt check can fail: another password gives another hash', () => {
  const text = readFileSync(path.join(example, 'http', 'user-data'), 'utf8')
  const hash = (parseYaml(text) as { autoinstall: { identity: { password: string } } }).autoinstall.identity.password
  expect(sha512Crypt('packer', hash)).not.toBe(hash)
})

// The leg's job must outlast every build attempt the action makes, with room for the ISO and the packaging.
const MARGIN_MINUTES = 15

test.each([
  ['workflows-examples/vm-templates/build-templates.yml', (w: Workflow) => w.jobs.build!],
  ['.github/workflows/template-pipeline.yml', (w: Workflow) => w.jobs.build!],
])('%s: the leg timeout covers timeout-minutes × build-attempts', (file, jobOf) => {
  const workflow = parseYaml(readFileSync(path.join(suiteRoot, file), 'utf8')) as Workflow
  const job = jobOf(workflow)
  const step = job.steps.find((s) => s.uses?.includes('/actions/packer-build@'))
  const inputs = workflow.on.workflow_call?.inputs
  // A reusable workflow passes its own inputs: evaluated (by slipway workflow's evaluator) over their defaults.
  const defaults: Record<string, Value> = {}
  for (const [name, input] of Object.entries(inputs ?? {})) defaults[name] = input.default as Value
  const resolve = (value: string | number | undefined, fallback: number): number => {
    if (value === undefined) return fallback
    return Number(typeof value === 'string' ? interpolate(value, { contexts: { inputs: defaults } }) : value)
  }
  const legMinutes = resolve(job['timeout-minutes'], 360)
  const buildMinutes = resolve(step?.with?.['timeout-minutes'], 120)
  const attempts = resolve(step?.with?.['build-attempts'], 2)
  expect([legMinutes, buildMinutes, attempts].every(Number.isFinite)).toBe(true)
  expect(buildMinutes * attempts + MARGIN_MINUTES).toBeLessThanOrEqual(legMinutes)
})

test("the example's manual os_filter is a described string, so comma lists can be dispatched", () => {
  const workflow = parseYaml(readFileSync(path.join(example, 'build-templates.yml'), 'utf8')) as Workflow
  const input = workflow.on.workflow_dispatch?.inputs?.os_filter
  expect(input?.type).toBe('string')
  expect(input?.description).toMatch(/comma list/)
  expect(input?.default).toBe('all')
})

interface Workflow {
  on: {
    workflow_dispatch?: { inputs?: Record<string, { type?: string; description?: string; default?: unknown }> }
    workflow_call?: { inputs?: Record<string, { default?: unknown }> }
  }
  jobs: Record<
    string,
    {
      'timeout-minutes'?: number | string
      steps: { uses?: string; with?: Record<string, string | number> }[]
    }
  >
}
