/** A registry answered with an error: the request, the status and the registry's own error codes. */
export class RegistryError extends Error {
  override readonly name: string = 'RegistryError'
  constructor(
    message: string,
    readonly status: number,
    readonly codes: readonly string[] = [],
  ) {
    super(message)
  }
}

/** The registry (or its token service) refused the credentials, or they lack the rights for the repository. */
export class RegistryAuthError extends RegistryError {
  override readonly name = 'RegistryAuthError'
}

/** Distribution's error body (`{"errors":[{"code","message"}]}`), summarised; anything else gives an empty list. */
export function registryErrorsOf(body: string): { code: string; message: string }[] {
  try {
    const parsed = JSON.parse(body) as { errors?: unknown }
    if (!Array.isArray(parsed.errors)) return []
    return parsed.errors.flatMap((entry: unknown) => {
      const e = entry as { code?: unknown; message?: unknown } | null
      return typeof e?.code === 'string'
        ? [{ code: e.code, message: typeof e.message === 'string' ? e.message : '' }]
        : []
    })
  } catch {
    return []
  }
}
