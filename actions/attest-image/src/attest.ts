// The one module that loads @actions/attest (Sigstore signing, the attestations API): main.ts imports it on demand,
// so the bundle's entry stays small and an input mistake fails before any of it is loaded.
import { attestProvenance } from '@actions/attest'
import type { ImageSubject } from './subjects.js'

export interface SignedAttestation {
  bundle: object
  attestationId: string | undefined
  predicateType: string
}

export const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1'

/**
 * SLSA v1 build provenance of one image, as GitHub's attest-build-provenance makes it: the predicate from the
 * workflow's OIDC claims, signed with a Fulcio certificate for the workflow identity (Sigstore's public-good instance
 * for a public repository, GitHub's own for a private one), then stored through the attestations API.
 */
export async function attestImage(subject: ImageSubject, token: string): Promise<SignedAttestation> {
  const attestation = await attestProvenance({
    subjects: [{ name: subject.name, digest: { sha256: subject.digest.slice('sha256:'.length) } }],
    token,
  })
  return { bundle: attestation.bundle, attestationId: attestation.attestationID, predicateType: SLSA_PROVENANCE_V1 }
}
