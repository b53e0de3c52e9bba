import { InputError } from '@slipway/action-kit'

/** Which tags are releases that may never point at another image once published. */
export type ImmutablePolicy =
  { kind: 'exact-versions' } | { kind: 'all' } | { kind: 'none' } | { kind: 'patterns'; patterns: RegExp[] }

/**
 * An exact version: `1.2.3`, `v1.2.3`, `1.2.3-rc.1`, `1.2.3+build.5`, with any flavor suffix after a dash
 * (`1.2.3-alpine`) — never a moving tag like `1`, `1.2` or `latest`.
 */
const EXACT_VERSION = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:[-+_][0-9A-Za-z._-]+)?$/

export function parseImmutablePolicy(lines: readonly string[]): ImmutablePolicy {
  if (lines.length === 0 || (lines.length === 1 && lines[0] === 'exact-versions')) return { kind: 'exact-versions' }
  if (lines.length === 1 && lines[0] === 'all') return { kind: 'all' }
  if (lines.length === 1 && lines[0] === 'none') return { kind: 'none' }
  return {
    kind: 'patterns',
    patterns: lines.map((line) => {
      if (!/^[A-Za-z0-9_.*-]+$/.test(line)) {
        throw new InputError(
          'immutable-tags',
          line,
          'exact-versions, all, none, or one tag pattern per line (letters, digits, _ . - and * as a wildcard)',
        )
      }
      const source = line.replace(/[.]/g, '\\.').replace(/\*/g, '.*')
      return new RegExp(`^${source}$`)
    }),
  }
}

export function isImmutableTag(tag: string, policy: ImmutablePolicy): boolean {
  switch (policy.kind) {
    case 'exact-versions':
      return EXACT_VERSION.test(tag)
    case 'all':
      return true
    case 'none':
      return false
    case 'patterns':
      return policy.patterns.some((pattern) => pattern.test(tag))
  }
}
