import type { Logger } from '@slipway/action-kit'
import type { RemoteCache } from '@slipway/download'

/** The @actions/cache adapter, loaded only on a runner (it is most of the bundle's weight). */
export function actionsCache(): RemoteCache {
  return {
    name: 'GitHub Actions cache',
    async restore(folder, key) {
      const cache = await import('@actions/cache')
      return (await cache.restoreCache([folder], key)) === key
    },
    async save(folder, key) {
      const cache = await import('@actions/cache')
      await cache.saveCache([folder], key)
    },
  }
}

/** Uploads the leg's files as one artifact; returns its id. */
export async function uploadArtifact(
  name: string,
  files: string[],
  rootDirectory: string,
  retentionDays: number,
  logger: Logger,
): Promise<number | undefined> {
  const { DefaultArtifactClient } = await import('@actions/artifact')
  const client = new DefaultArtifactClient()
  const response = await client.uploadArtifact(name, files, rootDirectory, { retentionDays })
  logger.info(
    `Uploaded artifact ${name} (${response.size ?? 0} bytes, id ${response.id ?? '?'}), kept ${retentionDays} day(s)`,
  )
  return response.id
}
