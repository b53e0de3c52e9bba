import type { Change } from './changes.js'
import type { Person } from './commits.js'

export interface Contributor {
  name: string
  email: string
  /** The GitHub account, when the email could be mapped to one. */
  login?: string
  /** Commits authored or co-authored in this release. */
  commits: number
  /** No commit by this person before this release. */
  firstTime: boolean
}

/** GitHub's private commit email: `ID+login@users.noreply.github.com` (or the older `login@…`). */
export function loginFromNoreplyEmail(email: string): string | undefined {
  const match = /^(?:\d+\+)?([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\[bot\])?)@users\.noreply\.github\.com$/i.exec(
    email,
  )
  return match?.[1]
}

/** Folds authors and co-authors of the changes into contributors (one per email, case-insensitively). */
export class ContributorTally {
  private readonly people = new Map<string, { name: string; email: string; commits: number }>()
  private readonly byObject = new WeakMap<Person, { name: string; email: string; commits: number }>()

  add(change: Change): void {
    if (change.coAuthors.length === 0) this.countOne(change.author)
    else this.count([change.author, ...change.coAuthors])
  }

  /** For a merge commit: whoever pressed the merge button did not write the change, but a named co-author did. */
  addCoAuthors(change: Change): void {
    this.count(change.coAuthors)
  }

  private count(people: readonly Person[]): void {
    const seen = new Set<string>()
    for (const person of people) {
      const key = person.email.toLowerCase()
      if (seen.has(key)) continue
      seen.add(key)
      this.countOne(person)
    }
  }

  private countOne(person: Person): void {
    // The walk hands over one object per person (ChangeStore): found by identity, most commits skip the lower-casing.
    let entry = this.byObject.get(person)
    if (!entry) {
      const key = person.email.toLowerCase()
      entry = this.people.get(key)
      if (entry) entry.commits++
      else this.people.set(key, (entry = { name: person.name, email: person.email, commits: 1 }))
      this.byObject.set(person, entry)
      return
    }
    entry.commits++
  }

  emails(): string[] {
    return [...this.people.values()].map((p) => p.email)
  }

  /**
   * The contributors, most commits first. `logins` maps lower-cased emails to accounts; `earlierEmails` holds the
   * lower-cased emails seen before this release (undefined for a first release: nobody contributed before).
   */
  contributors(logins: ReadonlyMap<string, string>, earlierEmails?: ReadonlySet<string>): Contributor[] {
    const byIdentity = new Map<string, Contributor>()
    for (const person of this.people.values()) {
      const key = person.email.toLowerCase()
      const login = logins.get(key) ?? loginFromNoreplyEmail(person.email)
      const firstTime = earlierEmails !== undefined && !earlierEmails.has(key)
      // Two emails of one account are one contributor.
      const identity = login !== undefined ? `@${login.toLowerCase()}` : key
      const existing = byIdentity.get(identity)
      if (existing) {
        existing.commits += person.commits
        existing.firstTime &&= firstTime
        continue
      }
      const contributor: Contributor = { name: person.name, email: person.email, commits: person.commits, firstTime }
      if (login !== undefined) contributor.login = login
      byIdentity.set(identity, contributor)
    }
    return [...byIdentity.values()].sort(
      (a, b) => b.commits - a.commits || compareNames(displayName(a), displayName(b)),
    )
  }
}

export function displayName(contributor: Contributor): string {
  return contributor.login !== undefined ? `@${contributor.login}` : contributor.name
}

/**
 * `a.localeCompare(b, 'en')`, without starting ICU's collator when both are printable ASCII: that start costs 20 to
 * 50 ms, more than the rest of an ordinary release's notes. For these characters the Unicode Collation Algorithm
 * with CLDR's root order (which English uses as it is) compares the primary weights of the whole strings first (the
 * order of ASCII_ORDER, a letter's two cases alike, a prefix before what extends it), then the case, lower before
 * upper; the test compares this with ICU character by character and on random strings.
 */
export function compareNames(a: string, b: string): number {
  if (!PRINTABLE_ASCII.test(a) || !PRINTABLE_ASCII.test(b)) return a.localeCompare(b, 'en')
  const shorter = Math.min(a.length, b.length)
  for (let i = 0; i < shorter; i++) {
    const weight = (PRIMARY[a.charCodeAt(i)] ?? 0) - (PRIMARY[b.charCodeAt(i)] ?? 0)
    if (weight !== 0) return Math.sign(weight)
  }
  if (a.length !== b.length) return Math.sign(a.length - b.length)
  for (let i = 0; i < shorter; i++) {
    const upper = Number(isUpper(a.charCodeAt(i))) - Number(isUpper(b.charCodeAt(i)))
    if (upper !== 0) return upper
  }
  return 0
}

/** Printable ASCII in CLDR root collation order (a letter stands for both of its cases). */
export const ASCII_ORDER = ' _-,;:!?.\'"()[]{}@*/\\&#%`^+<=>|~$0123456789abcdefghijklmnopqrstuvwxyz'
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/
const PRIMARY = new Uint8Array(128)
for (let i = 0; i < ASCII_ORDER.length; i++) {
  const code = ASCII_ORDER.charCodeAt(i)
  PRIMARY[code] = i + 1
  if (code >= 0x61 && code <= 0x7a) PRIMARY[code - 0x20] = i + 1
}
const isUpper = (code: number) => code >= 0x41 && code <= 0x5a
