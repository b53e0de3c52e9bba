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
    const key = person.email.toLowerCase()
    const entry = this.people.get(key)
    if (entry) entry.commits++
    else this.people.set(key, { name: person.name, email: person.email, commits: 1 })
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
      (a, b) => b.commits - a.commits || displayName(a).localeCompare(displayName(b), 'en'),
    )
  }
}

export function displayName(contributor: Contributor): string {
  return contributor.login !== undefined ? `@${contributor.login}` : contributor.name
}
