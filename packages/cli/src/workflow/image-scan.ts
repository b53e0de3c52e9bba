// The local stand-ins of the scan gate: Trivy and its vulnerability database cannot run here, and code scanning is a
// GitHub service. The scan stand-in reads the image from the registry as Trivy would (the reference it is given, every
// platform of an index, the credentials in TRIVY_USERNAME/TRIVY_PASSWORD) but knows no vulnerability: the findings
// are the ones the image declares in its config label `slipway.test.vulnerabilities` (`CVE-…=SEVERITY`, comma or
// space separated), which is how a test marks an image that must fail the gate. Everything else follows
// trivy-action: `severity` filters what counts, `exit-code` is the status when something counts, `format: sarif`
// writes a SARIF 2.1.0 report to `output` and, unless `limit-severities-for-sarif: true`, drops the severity filter
// (trivy-action unsets TRIVY_SEVERITY for SARIF, so its exit code then trips on any severity).
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import {
  RegistryClient,
  isIndexMediaType,
  isLoopbackRegistry,
  type ImageConfig,
  type ImageIndex,
  type ImageManifest,
} from '@slipway/oci-registry'
import type { StandIn, StandInResult } from './stand-ins.js'

export const VULNERABILITIES_LABEL = 'slipway.test.vulnerabilities'

const SEVERITIES = ['UNKNOWN', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const
type Severity = (typeof SEVERITIES)[number]

/** GitHub's code scanning orders alerts by this property of the rule (Trivy's own values). */
const SECURITY_SEVERITY: Record<Severity, string> = {
  CRITICAL: '9.5',
  HIGH: '8.0',
  MEDIUM: '5.5',
  LOW: '2.0',
  UNKNOWN: '0.0',
}
const SARIF_LEVEL: Record<Severity, string> = {
  CRITICAL: 'error',
  HIGH: 'error',
  MEDIUM: 'warning',
  LOW: 'note',
  UNKNOWN: 'note',
}

export interface Finding {
  id: string
  severity: Severity
  /** The platforms whose image declares it (`linux/amd64`; empty for a single-platform manifest without one). */
  platforms: string[]
}

/** `CVE-2099-0001=CRITICAL, CVE-2099-0002=low`: the findings a label declares; a malformed entry throws. */
export function parseDeclaredFindings(text: string): { id: string; severity: Severity }[] {
  return text
    .split(/[\s,]+/)
    .filter((entry) => entry !== '')
    .map((entry) => {
      const match = /^([\w.:-]+)=(\w+)$/.exec(entry)
      const severity = match?.[2]?.toUpperCase()
      if (!match?.[1] || !SEVERITIES.includes(severity as Severity))
        throw new Error(
          `the label ${VULNERABILITIES_LABEL} has ${JSON.stringify(entry)}, expected ID=SEVERITY ` +
            `(${SEVERITIES.join(', ')})`,
        )
      return { id: match[1], severity: severity as Severity }
    })
}

/** `registry/owner/name@sha256:…` or `registry/owner/name:tag`; the registry host must be named. */
export function parseImageRef(ref: string): { registry: string; repository: string; reference: string } {
  const at = ref.indexOf('@')
  let name = at >= 0 ? ref.slice(0, at) : ref
  let reference = at >= 0 ? ref.slice(at + 1) : 'latest'
  if (at < 0) {
    const colon = name.lastIndexOf(':')
    if (colon > name.lastIndexOf('/')) {
      reference = name.slice(colon + 1)
      name = name.slice(0, colon)
    }
  }
  const slash = name.indexOf('/')
  const registry = slash >= 0 ? name.slice(0, slash) : ''
  const repository = slash >= 0 ? name.slice(slash + 1) : ''
  // A first part without `.` or `:` is a path of Docker Hub's: not a registry the run was pointed at.
  if (!(registry.includes('.') || registry.includes(':') || registry === 'localhost'))
    throw new Error(`image-ref ${JSON.stringify(ref)} names no registry host (registry/owner/name@sha256:…)`)
  if (repository === '' || reference === '') throw new Error(`image-ref ${JSON.stringify(ref)} names no image`)
  return { registry, repository, reference }
}

/** Every declared finding of an image, each platform's config read from the registry (no layer is pulled). */
async function declaredFindings(
  client: RegistryClient,
  repository: string,
  reference: string,
): Promise<{ digest: string; platforms: string[]; findings: Finding[] }> {
  const root = await client.getManifest(repository, reference)
  if (!root) throw new Error(`${client.registry}/${repository}@${reference} is not in the registry`)
  const configs: { platform: string; digest: string }[] = []
  const parsed = JSON.parse(root.bytes.toString('utf8')) as ImageManifest | ImageIndex
  if ('manifests' in parsed || isIndexMediaType(root.mediaType)) {
    for (const child of (parsed as ImageIndex).manifests) {
      // Attestation manifests (buildx's unknown/unknown) are no platform an image runs on.
      if (!child.platform || child.platform.os === 'unknown') continue
      const manifest = await client.getManifest(repository, child.digest)
      if (!manifest) throw new Error(`${repository}@${child.digest}, listed by ${root.digest}, is not in the registry`)
      const { os, architecture, variant } = child.platform
      configs.push({
        platform: [os, architecture, variant].filter(Boolean).join('/'),
        digest: (JSON.parse(manifest.bytes.toString('utf8')) as ImageManifest).config.digest,
      })
    }
  } else {
    configs.push({ platform: '', digest: parsed.config.digest })
  }
  const byId = new Map<string, Finding>()
  const platforms: string[] = []
  for (const { platform, digest } of configs) {
    const config = JSON.parse((await client.getBlob(repository, digest)).toString('utf8')) as ImageConfig
    const platformName =
      platform !== '' ? platform : [config.os, config.architecture].filter((p) => p !== undefined).join('/')
    platforms.push(platformName)
    const label = config.config?.Labels?.[VULNERABILITIES_LABEL] ?? ''
    for (const { id, severity } of parseDeclaredFindings(label)) {
      const known = byId.get(id)
      if (known) known.platforms.push(platformName)
      else byId.set(id, { id, severity, platforms: [platformName] })
    }
  }
  return { digest: root.digest, platforms, findings: [...byId.values()] }
}

export function sarifReport(imageRef: string, findings: readonly Finding[]): object {
  return {
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Trivy',
            fullName: `slipway's local stand-in for Trivy (findings declared by the label ${VULNERABILITIES_LABEL})`,
            version: 'stand-in',
            rules: findings.map((f) => ({
              id: f.id,
              name: 'DeclaredVulnerability',
              shortDescription: { text: `${f.id} (declared by the image)` },
              properties: { 'security-severity': SECURITY_SEVERITY[f.severity], tags: ['vulnerability', f.severity] },
            })),
          },
        },
        results: findings.map((f, ruleIndex) => ({
          ruleId: f.id,
          ruleIndex,
          level: SARIF_LEVEL[f.severity],
          message: { text: `${f.id} (${f.severity}) in ${imageRef}${platformsText(f)}` },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: imageRef.replace(/[@:]/g, '/'), uriBaseId: 'ROOTPATH' },
                region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
              },
            },
          ],
        })),
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { ROOTPATH: { uri: 'file:///' } },
      },
    ],
  }
}

const platformsText = (f: Finding) =>
  f.platforms.some((p) => p !== '') ? ` (${f.platforms.filter((p) => p !== '').join(', ')})` : ''

function severityList(text: string | undefined): Severity[] | string {
  const wanted =
    (text ?? '').trim() === '' ? [...SEVERITIES] : (text ?? '').split(',').map((s) => s.trim().toUpperCase())
  const unknown = wanted.filter((s) => !SEVERITIES.includes(s as Severity))
  return unknown.length > 0
    ? `severity ${unknown.join(', ')} is not one of ${SEVERITIES.join(', ')}`
    : (wanted as Severity[])
}

/** The report Trivy would write in `format` (sarif, json, or the table). */
function report(format: string, imageRef: string, findings: readonly Finding[]): string {
  if (format === 'sarif') return `${JSON.stringify(sarifReport(imageRef, findings), null, 2)}\n`
  if (format === 'json')
    return `${JSON.stringify(
      {
        ArtifactName: imageRef,
        ArtifactType: 'container_image',
        Results: [
          {
            Target: imageRef,
            Class: 'declared',
            Vulnerabilities: findings.map((f) => ({ VulnerabilityID: f.id, Severity: f.severity })),
          },
        ],
      },
      null,
      2,
    )}\n`
  const rows = findings.map((f) => `${f.id.padEnd(20)} ${f.severity.padEnd(9)}${platformsText(f)}`)
  return `${imageRef}\nTotal: ${findings.length}\n${rows.join('\n')}${rows.length > 0 ? '\n' : ''}`
}

/** aquasecurity/trivy-action, image scans only: see the top of this file. */
export const trivyScan: StandIn = async ({ inputs, env, workspace, log }): Promise<StandInResult> => {
  const failure = (note: string): StandInResult => ({ outcome: 'failure', note: `stand-in for Trivy: ${note}` })
  const scanType = inputs['scan-type'] ?? 'image'
  if (scanType !== 'image')
    return failure(`scan-type ${scanType} cannot run here (the stand-in scans images in a registry only)`)
  const imageRef = (inputs['image-ref'] ?? '').trim()
  if (imageRef === '') return failure('image-ref is empty')
  const severities = severityList(inputs.severity)
  if (typeof severities === 'string') return failure(severities)
  const format = inputs.format ?? 'table'
  if (!['table', 'json', 'sarif'].includes(format))
    return failure(`format ${format} is not made here (table, json or sarif)`)
  const exitCode = Number(inputs['exit-code'] ?? '0')
  if (!Number.isInteger(exitCode) || exitCode < 0)
    return failure(`exit-code ${inputs['exit-code'] ?? ''} is no exit code`)
  const output = inputs.output ?? ''
  const outputFile = output === '' ? undefined : path.resolve(workspace, output)
  if (outputFile !== undefined && !outputFile.startsWith(workspace + path.sep))
    return failure(`output ${output} is outside the workspace`)

  log('stand-in for aquasecurity/trivy-action: Trivy does not run here and consults no vulnerability database;')
  log(`the findings are those the image declares in its label ${VULNERABILITIES_LABEL}`)
  let scanned: Awaited<ReturnType<typeof declaredFindings>>
  let where: ReturnType<typeof parseImageRef>
  try {
    where = parseImageRef(imageRef)
    const username = env.TRIVY_USERNAME ?? ''
    const password = env.TRIVY_PASSWORD ?? ''
    const client = new RegistryClient({
      registry: where.registry,
      // slipway workflow points registries at loopback ones (--registry), which speak plain HTTP.
      insecure: isLoopbackRegistry(where.registry),
      ...(username !== '' && password !== '' ? { credentials: { username, password } } : {}),
      env: { ...process.env, ...env },
      retry: { attempts: 3 },
    })
    scanned = await declaredFindings(client, where.repository, where.reference)
  } catch (error) {
    return failure(`reading ${imageRef} failed: ${error instanceof Error ? error.message : String(error)}`)
  }
  // trivy-action drops the severity filter for SARIF unless told to keep it: the exit code then counts every finding.
  const filterDropped = format === 'sarif' && inputs['limit-severities-for-sarif'] !== 'true'
  if (filterDropped && severities.length < SEVERITIES.length)
    log(
      `format sarif without limit-severities-for-sarif: true: every severity counts, not only ${severities.join(',')}`,
    )
  const counted = scanned.findings.filter((f) => filterDropped || severities.includes(f.severity))
  if (outputFile !== undefined) {
    mkdirSync(path.dirname(outputFile), { recursive: true })
    writeFileSync(outputFile, report(format, imageRef, counted))
  } else log(report(format, imageRef, counted).trimEnd())
  const summary =
    `${scanned.findings.length} declared finding(s) in ${where.repository}@${scanned.digest.slice(0, 19)}… ` +
    `(${scanned.platforms.join(', ') || 'one platform'}), ${counted.length} at ` +
    (filterDropped ? 'any severity' : severities.join(',')) +
    (counted.length > 0 ? `: ${counted.map((f) => `${f.id} ${f.severity}`).join(', ')}` : '') +
    (outputFile !== undefined ? `; ${format} report in ${path.relative(workspace, outputFile)}` : '')
  if (counted.length > 0 && exitCode !== 0) return { outcome: 'failure', note: `stand-in for Trivy: ${summary}` }
  return { outcome: 'success', note: `stand-in for Trivy: ${summary}` }
}

/** The SARIF files `sarif_file` names: one file, or every .sarif file of a folder. */
function sarifFiles(workspace: string, given: string): string[] {
  const target = path.resolve(workspace, given)
  if (!existsSync(target)) return []
  if (!statSync(target).isDirectory()) return [target]
  return readdirSync(target, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.sarif'))
    .map((name) => path.join(target, name))
    .sort()
}

/** github/codeql-action/upload-sarif: recorded, not run; the file must be there and be SARIF, as the upload checks. */
export const uploadSarif: StandIn = ({ inputs, workspace }) => {
  const given = inputs.sarif_file ?? '../results'
  const files = sarifFiles(workspace, given)
  if (files.length === 0)
    return { outcome: 'failure', note: `upload-sarif stand-in: path does not exist: ${given} (nothing to record)` }
  let results = 0
  for (const file of files) {
    try {
      const sarif = JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown; runs?: { results?: unknown[] }[] }
      if (sarif.version !== '2.1.0' || !Array.isArray(sarif.runs)) throw new Error('not SARIF 2.1.0')
      results += sarif.runs.reduce((sum, run) => sum + (run.results?.length ?? 0), 0)
    } catch (error) {
      return {
        outcome: 'failure',
        note: `upload-sarif stand-in: ${path.relative(workspace, file)} is not SARIF 2.1.0 (${error instanceof Error ? error.message : String(error)})`,
      }
    }
  }
  const category = inputs.category ? ` (category ${inputs.category})` : ''
  return {
    outcome: 'success',
    note:
      `recorded, not run: the code scanning upload of ${files.map((f) => path.relative(workspace, f)).join(', ')}` +
      `${category}: ${results} result(s); nothing leaves this machine`,
  }
}
