import { ConfigError } from '@slipway/action-kit'
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml'

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

export function parseReleaseConfig(text: string, file: string): ReleaseConfig {
  const lineCounter = new LineCounter()
  const document = parseDocument(text, { lineCounter })
  const [error] = document.errors
  if (error) {
    throw new ConfigError(error.message, { file, line: error.linePos?.[0].line ?? 1 })
  }
  const fail = (message: string, node: unknown): never => {
    const offset = (node as { range?: [number, number] } | null)?.range?.[0] ?? 0
    throw new ConfigError(message, { file, line: lineCounter.linePos(offset).line })
  }
  const strings = (node: unknown, what: string): string[] => {
    if (node === undefined || node === null) return []
    if (!isSeq(node)) return fail(`${what} must be a list of strings`, node)
    return node.items.map((item) => {
      const value = (item as { value?: unknown }).value
      if (typeof value !== 'string' && typeof value !== 'number') return fail(`${what} must be a list of strings`, item)
      return String(value)
    })
  }
  const root = document.contents
  if (root === null) return { excludeLabels: [], excludeAuthors: [], categories: [] }
  if (!isMap(root)) return fail('expected a mapping with a `changelog` key', root)
  const changelog = root.get('changelog', true)
  if (changelog === undefined) return { excludeLabels: [], excludeAuthors: [], categories: [] }
  if (!isMap(changelog)) return fail('`changelog` must be a mapping', changelog)
  const exclude = changelog.get('exclude', true)
  if (exclude !== undefined && !isMap(exclude)) fail('`changelog.exclude` must be a mapping', exclude)
  const categoriesNode = changelog.get('categories', true)
  if (categoriesNode !== undefined && !isSeq(categoriesNode))
    fail('`changelog.categories` must be a list', categoriesNode)
  const categories: ReleaseCategory[] = []
  for (const item of isSeq(categoriesNode) ? categoriesNode.items : []) {
    if (!isMap(item)) return fail('each category must be a mapping with `title` and `labels`', item)
    const title = item.get('title')
    if (typeof title !== 'string' || title.trim() === '') return fail('a category needs a `title`', item)
    const categoryExclude = item.get('exclude', true)
    categories.push({
      title,
      labels: strings(item.get('labels', true), `labels of category "${title}"`),
      excludeLabels: isMap(categoryExclude) ? strings(categoryExclude.get('labels', true), 'exclude.labels') : [],
      excludeAuthors: isMap(categoryExclude) ? strings(categoryExclude.get('authors', true), 'exclude.authors') : [],
    })
  }
  return {
    excludeLabels: isMap(exclude) ? strings(exclude.get('labels', true), 'changelog.exclude.labels') : [],
    excludeAuthors: isMap(exclude) ? strings(exclude.get('authors', true), 'changelog.exclude.authors') : [],
    categories,
  }
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
