import { InputError } from '@slipway/action-kit'
import { isDigest, isRepositoryName, registryHostProblem } from '@slipway/oci-registry'

/** One image to attest: where it is and its digest. */
export interface ImageSubject {
  /** `ghcr.io/owner/name`: the subject name GitHub's attestations use for an image. */
  name: string
  registry: string
  repository: string
  digest: string
}

// Clients and registries cap a whole image name (host, `/`, repository) at 255 characters (docker/distribution).
const NAME_MAX = 255

function subjectOf(reference: string, text: string): ImageSubject {
  const match = /^([^/@\s]+)\/([^@\s]+)@(\S+)$/.exec(reference)
  const [, registry = '', repository = '', digest = ''] = match ?? []
  const expected = `images by digest like ghcr.io/owner/name@sha256:<64 hex>, not ${reference}`
  if (!match || !isRepositoryName(repository) || !/^sha256:[0-9a-f]{64}$/.test(digest) || !isDigest(digest)) {
    throw new InputError('images', text, expected)
  }
  // Checked here, naming the input: a port out of range would otherwise fail later as a bare `Invalid URL`, and a
  // name too long only after the signing, as an error of the registry.
  const hostProblem = registryHostProblem(registry)
  if (hostProblem) throw new InputError('images', text, `${expected} (${hostProblem})`)
  const length = registry.length + 1 + repository.length
  if (length > NAME_MAX) {
    throw new InputError(
      'images',
      text,
      `${expected} (a name of at most ${NAME_MAX} characters, this one has ${length})`,
    )
  }
  return { name: `${registry}/${repository}`, registry, repository, digest }
}

/**
 * The `images` input: ghcr-publish's `images` output (a JSON array of objects with `name` and `digest`), or one
 * `registry/owner/name@sha256:…` a line. Each image once.
 */
export function parseSubjects(text: string): ImageSubject[] {
  let references: string[]
  if (text.trimStart().startsWith('[')) {
    let parsed: unknown
    try {
      parsed = JSON.parse(text)
    } catch (error) {
      throw new InputError('images', text, `JSON (the images output of ghcr-publish): ${(error as Error).message}`)
    }
    references = (parsed as unknown[]).map((entry) => {
      const image = entry as { name?: unknown; digest?: unknown } | null
      if (typeof image?.name !== 'string' || typeof image.digest !== 'string')
        throw new InputError('images', text, 'a JSON array of objects with name and digest')
      return `${image.name}@${image.digest}`
    })
  } else {
    references = text
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
  }
  if (references.length === 0) throw new InputError('images', text, 'at least one image')
  const subjects = references.map((reference) => subjectOf(reference, text))
  const seen = new Set<string>()
  for (const subject of subjects) {
    const key = `${subject.name}@${subject.digest}`
    if (seen.has(key)) throw new InputError('images', text, `each image once (${key} is there twice)`)
    seen.add(key)
  }
  return subjects
}

/** How a user checks the provenance of an image: GitHub's CLI against this repository. */
export function verifyCommand(subject: ImageSubject, repository: string): string {
  return `gh attestation verify oci://${subject.name}@${subject.digest} -R ${repository}`
}
