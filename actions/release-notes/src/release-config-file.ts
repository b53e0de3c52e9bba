import { ConfigError } from '@slipway/action-kit'
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml'
import type { ReleaseCategory, ReleaseConfig } from './release-config.js'

// Reading the config file is a module of its own: the YAML parser is loaded only when a repository has one.

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
