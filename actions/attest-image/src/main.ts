import {
  appendSummary,
  code,
  coreLogger,
  heading,
  markdownTable,
  setOutputs,
  workflowCommands as core,
  type RunnerContext,
} from '@slipway/action-kit'
import { RegistryClient } from '@slipway/oci-registry'
import { getInputs } from './inputs.js'
import { pushBundleReferrer } from './referrer.js'
import { verifyCommand } from './subjects.js'

interface Attested {
  name: string
  digest: string
  'attestation-id': string | null
  'attestation-url': string | null
  referrer: string | null
  verify: string
}

export async function main(ctx: RunnerContext): Promise<void> {
  const logger = coreLogger()
  const inputs = getInputs()
  core.setSecret(inputs.githubToken)
  if (inputs.registryPassword !== '') core.setSecret(inputs.registryPassword)
  // Loaded only now: Sigstore and Octokit are most of the bundle, and a bad input never needs them.
  const { attestImage } = await import('./attest.js')
  const clients = new Map<string, RegistryClient>()
  const results: Attested[] = []
  for (const subject of inputs.images) {
    const signed = await attestImage(subject, inputs.githubToken)
    const id = signed.attestationId ?? null
    logger.info(`attested ${subject.name}@${subject.digest}${id ? ` (attestation ${id})` : ''}`)
    let referrer: string | null = null
    if (inputs.pushToRegistry) {
      let client = clients.get(subject.registry)
      if (!client) {
        client = new RegistryClient({
          registry: subject.registry,
          insecure: inputs.insecure,
          credentials: { username: inputs.registryUsername, password: inputs.registryPassword },
          logger,
          env: ctx.env,
        })
        clients.set(subject.registry, client)
      }
      referrer = await pushBundleReferrer(
        client,
        subject.repository,
        subject.digest,
        signed.bundle,
        signed.predicateType,
      )
      logger.info(`pushed the attestation to ${subject.name}@${referrer}, a referrer of ${subject.digest}`)
    }
    results.push({
      name: subject.name,
      digest: subject.digest,
      'attestation-id': id,
      'attestation-url': id ? `${ctx.serverUrl}/${ctx.repository}/attestations/${id}` : null,
      referrer,
      verify: verifyCommand(subject, ctx.repository),
    })
  }
  const commands = results.map((r) => r.verify).join('\n')
  setOutputs({ attestations: results, 'verify-commands': commands })
  if (inputs.showSummary) {
    await appendSummary(
      heading('Build provenance') +
        '\n' +
        markdownTable(
          ['image', 'attestation', 'in the registry'],
          results.map((r) => [
            code(`${r.name}@${r.digest}`),
            r['attestation-url'] ? `[${r['attestation-id'] ?? ''}](${r['attestation-url']})` : 'stored',
            r.referrer ? code(r.referrer) : 'not pushed',
          ]),
        ) +
        '\nVerify an image:\n\n```sh\n' +
        commands +
        '\n```\n',
    )
  }
}
