/**
 * The HTTP status of an Octokit request error, if it is one. A module of its own (`@slipway/github-api/status`), so
 * code that only reads errors does not load Octokit: an action that makes no API call starts without it.
 */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status
  return typeof status === 'number' ? status : undefined
}
