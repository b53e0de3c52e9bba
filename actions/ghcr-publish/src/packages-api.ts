import type { Logger } from '@slipway/action-kit'
import type { OwnerKind, PackageVersion, PackagesApi } from './cleanup.js'

/**
 * GitHub's packages API for container packages, through the suite's Octokit (retries, rate limits, proxy). Loaded
 * only when a cleanup needs it, so a publish that succeeds never loads Octokit.
 */
export async function githubPackagesApi(options: {
  token: string
  apiUrl: string
  env: Readonly<Record<string, string | undefined>>
  logger: Logger
}): Promise<PackagesApi> {
  const { createGitHubClient, statusOf } = await import('@slipway/github-api')
  const octokit = createGitHubClient({
    token: options.token,
    baseUrl: options.apiUrl,
    logger: options.logger,
    env: options.env,
  })
  const list = async (kind: OwnerKind, owner: string, packageName: string): Promise<PackageVersion[]> => {
    const route =
      kind === 'orgs'
        ? 'GET /orgs/{org}/packages/{package_type}/{package_name}/versions'
        : 'GET /users/{username}/packages/{package_type}/{package_name}/versions'
    const versions = await octokit.paginate(route, {
      ...(kind === 'orgs' ? { org: owner } : { username: owner }),
      package_type: 'container',
      package_name: packageName,
      state: 'active',
      per_page: 100,
    } as never)
    return versions as unknown as PackageVersion[]
  }
  return {
    async listVersions(owner, packageName) {
      try {
        return { versions: await list('orgs', owner, packageName), ownerKind: 'orgs' }
      } catch (error) {
        // The org route answers 404 for a user account's packages.
        if (statusOf(error) !== 404) throw error
        return { versions: await list('users', owner, packageName), ownerKind: 'users' }
      }
    },
    async deleteVersion(owner, ownerKind, packageName, id) {
      if (ownerKind === 'orgs') {
        await octokit.request(
          'DELETE /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}',
          {
            org: owner,
            package_type: 'container',
            package_name: packageName,
            package_version_id: id,
          },
        )
      } else {
        await octokit.request(
          'DELETE /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}',
          { username: owner, package_type: 'container', package_name: packageName, package_version_id: id },
        )
      }
    },
  }
}
