/** GitHub's `.github/release.yml` (docs: "Automatically generated release notes"), the parts the notes use. */
export interface ReleaseConfig {
  excludeLabels: string[]
  excludeAuthors: string[]
  categories: ReleaseCategory[]
}

export interface ReleaseCategory {
  title: string
  /** `*` matches every pull request. */
  labels: string[]
  excludeLabels: string[]
  excludeAuthors: string[]
}

export interface PullRequestFacts {
  labels: string[]
  author?: string
}

/**
 * The section a pull request goes to under the config, as GitHub decides it: excluded (null) when a label or author is
 * excluded, else the first category whose labels it carries (`*` for any). Undefined when no category claims it.
 */
export function categorize(config: ReleaseConfig, pr: PullRequestFacts): string | null | undefined {
  const excluded = (labels: string[], authors: string[]) =>
    pr.labels.some((label) => labels.includes(label)) || (pr.author !== undefined && authors.includes(pr.author))
  if (excluded(config.excludeLabels, config.excludeAuthors)) return null
  for (const category of config.categories) {
    if (excluded(category.excludeLabels, category.excludeAuthors)) continue
    if (category.labels.includes('*') || pr.labels.some((label) => category.labels.includes(label)))
      return category.title
  }
  return undefined
}
