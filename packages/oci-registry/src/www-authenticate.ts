/** One challenge of a WWW-Authenticate header (RFC 9110 §11.6.1): its scheme and its auth-params. */
export interface Challenge {
  scheme: string
  params: Record<string, string>
}

/**
 * Parses a WWW-Authenticate header into its challenges. Registries send `Bearer realm="…",service="…",scope="…"`
 * (distribution's token auth spec) or `Basic realm="…"`; a header may carry several challenges, comma-separated like
 * the params themselves, so a new challenge starts at a token that is not followed by `=`.
 */
export function parseWwwAuthenticate(header: string): Challenge[] {
  const challenges: Challenge[] = []
  let index = 0
  const length = header.length
  const at = (i: number): string => header.charAt(i)
  const skipSpaceAndCommas = (): void => {
    while (index < length && /[\s,]/.test(at(index))) index++
  }
  const readToken = (): string => {
    const start = index
    while (index < length && /[!#$%&'*+\-.^_`|~0-9A-Za-z/]/.test(at(index))) index++
    return header.slice(start, index)
  }
  let current: Challenge | undefined
  while (index < length) {
    skipSpaceAndCommas()
    if (index >= length) break
    const start = index
    const token = readToken()
    if (token === '') {
      index++
      continue
    }
    let look = index
    while (look < length && header[look] === ' ') look++
    if (header[look] === '=' && current) {
      index = look + 1
      while (index < length && header[index] === ' ') index++
      let value = ''
      if (header[index] === '"') {
        index++
        while (index < length && header[index] !== '"') {
          if (header[index] === '\\' && index + 1 < length) index++
          value += at(index)
          index++
        }
        index++
      } else {
        const valueStart = index
        while (index < length && header[index] !== ',') index++
        value = header.slice(valueStart, index).trim()
      }
      current.params[token.toLowerCase()] = value
    } else {
      // token68 (e.g. a bare Basic credential) has no '=' after the scheme: a new challenge.
      current = { scheme: header.slice(start, index), params: {} }
      challenges.push(current)
    }
  }
  return challenges
}
