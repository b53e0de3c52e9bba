import { InputError, silentLogger, type Logger } from '@slipway/action-kit'
import { compareLabelKeys } from './collate.js'
import type { GitContext } from './context.js'
import { formatDate, TimeZoneError } from './date-format.js'
import { isPep440Special, normalizePep440, parsePep440, pep440Part } from './pep440.js'
import {
  DEFAULT_TAG_RULES,
  matchRegExp,
  parseFlavor,
  parseImages,
  parseTagRule,
  parseTagRules,
  sortRules,
  type Flavor,
  type LatestMode,
  type TagRule,
} from './rules.js'
import { compareSemVer, isPrerelease } from '@slipway/semver-tags'
import { parseTagVersion, type TagVersion } from './semver.js'
import { isRawStatement, renderTemplate, templateNames, TemplateError, type TemplateScope } from './template.js'

/** The inputs of metadata-action, one entry a line (comments and empty lines already dropped). */
export interface ImageMetaInputs {
  images: readonly string[]
  tags: readonly string[]
  flavor: readonly string[]
  labels: readonly string[]
  annotations: readonly string[]
}

/** What the GitHub API adds when a token is given (GET /repos/{owner}/{repo}); everything else comes from git. */
export interface RepoInfo {
  name?: string
  htmlUrl?: string
  description?: string
  /** SPDX id (`MIT`). */
  license?: string
  defaultBranch?: string
}

/** The final stage's base image, from the Dockerfile (see `readBaseImage`). */
export interface BaseImage {
  name: string
  digest?: string
}

/** `created`: the commit time (default), the current time, or a fixed date. SOURCE_DATE_EPOCH beats the first two. */
export type CreatedSource = 'commit' | 'now' | Date

export interface ImageMetaOptions {
  /** The clock (`{{date}}`, `created: now`). Default: the current time. */
  now?: Date
  created?: CreatedSource
  /** SOURCE_DATE_EPOCH, in seconds. */
  sourceDateEpoch?: number
  /** DOCKER_METADATA_SHORT_SHA_LENGTH; default 7. */
  shortShaLength?: number
  repo?: RepoInfo
  baseImage?: BaseImage
  logger?: Logger
}

export interface ImageMeta {
  /** The main version: the value of the highest-priority rule that gave one ('' when none did). */
  version: string
  /** Enabled image names, lower-cased. */
  images: string[]
  /** Full references `image:tag`, image by image (just the tag names when no image is given). */
  tags: string[]
  /** The tag names alone, in order: version, the other values, then `latest` when it applies. */
  tagNames: string[]
  latest: boolean
  /** OCI labels by key, keys sorted. */
  labels: Record<string, string>
  /** Annotations by key (without level prefix), keys sorted. */
  annotations: Record<string, string>
  /** org.opencontainers.image.created, RFC 3339. */
  created: string
  /** `zero-config` when `tags` was empty and the ref is a version tag: X.Y.Z, X.Y, X, latest. */
  strategy: 'rules' | 'zero-config'
  /** The latest mode in effect (`highest` falls back to `auto` when the repository's tags are unknown). */
  latestMode: LatestMode
  /** Moving tags held back by `latest=highest`, each with the release that keeps it (`latest: 2.0.0 is higher`). */
  heldBack: string[]
}

/** The rules slipway applies when `tags` is empty and the ref is a version tag. */
export const ZERO_CONFIG_SEMVER_RULES = [
  'type=semver,pattern={{version}}',
  'type=semver,pattern={{major}}.{{minor}}',
  'type=semver,pattern={{major}}',
]
export const ZERO_CONFIG_PEP440_RULES = [
  'type=pep440,pattern={{version}}',
  'type=pep440,pattern={{major}}.{{minor}}',
  'type=pep440,pattern={{major}}',
]

const TAG_NAME = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/
// Label keys as Docker and buildah accept them in practice; no white space or control characters.
const LABEL_KEY = /^[A-Za-z0-9][A-Za-z0-9._/:-]*$/

interface VersionState {
  main?: string
  partial: string[]
  latest?: boolean
  /** The rule behind each value, for error messages. */
  rules: Map<string, TagRule>
}

/** How far a semver/pep440 pattern moves: an exact version, or a tag shared by a minor or major line. */
type Reach = 'exact' | 'minor' | 'major'

/**
 * Computes tags, labels and annotations from the inputs and the context. Pure: every bit of I/O (event payload,
 * git tags, API, Dockerfile) is read beforehand into `context` and `options`. Throws InputError on a bad input line.
 */
export function computeImageMeta(
  inputs: ImageMetaInputs,
  context: GitContext,
  options: ImageMetaOptions = {},
): ImageMeta {
  return new MetaComputation(inputs, context, options).run()
}

class MetaComputation {
  private readonly logger: Logger
  private readonly now: Date
  private readonly flavor: Flavor
  private readonly shortShaLength: number
  private strategy: 'rules' | 'zero-config' = 'rules'
  private latestMode: LatestMode
  private stableTags: TagVersion[] = []
  private readonly heldBack: string[] = []

  constructor(
    private readonly inputs: ImageMetaInputs,
    private readonly context: GitContext,
    private readonly options: ImageMetaOptions,
  ) {
    this.logger = options.logger ?? silentLogger
    this.now = options.now ?? new Date()
    this.flavor = parseFlavor(inputs.flavor)
    this.shortShaLength = options.shortShaLength ?? 7
    this.latestMode = this.flavor.latest
  }

  run(): ImageMeta {
    const images = parseImages(this.inputs.images)
    for (const image of images) {
      if (image.given !== image.name) {
        this.logger.notice(
          `images: ${image.given} lower-cased to ${image.name}: registries (GHCR among them) need lower-case names`,
        )
      }
    }
    const rules = this.rules()
    this.prepareHighest(rules)
    const version = this.versionFrom(rules)
    const names = [...(version.main !== undefined ? [version.main] : []), ...version.partial]
    const latest = version.main !== undefined && version.latest === true
    if (latest) {
      const latestTag = sanitizeTag(
        `${this.flavor.prefixLatest ? this.flavor.prefix : ''}latest${this.flavor.suffixLatest ? this.flavor.suffix : ''}`,
      )
      if (!names.includes(latestTag)) names.push(latestTag)
    }
    for (const name of names) {
      if (!TAG_NAME.test(name)) {
        const rule = version.rules.get(name)
        throw new InputError(
          rule?.input ?? 'flavor',
          rule?.source ?? this.inputs.flavor.join('\n'),
          `rules that give valid tags: ${JSON.stringify(name)} is not ${name.length > 128 ? 'at most 128 characters' : 'a tag (letters, digits, _ . -, not starting with . or -)'}`,
        )
      }
    }
    const enabled = images.filter((i) => i.enable).map((i) => i.name)
    const unique = [...new Set(enabled)]
    const tags = unique.length > 0 ? unique.flatMap((image) => names.map((n) => `${image}:${n}`)) : [...names]
    const created = this.created()
    const mainVersion = version.main ?? ''
    return {
      version: mainVersion,
      images: unique,
      tags,
      tagNames: names,
      latest,
      labels: this.keyValues('labels', this.inputs.labels, mainVersion, created),
      annotations: this.keyValues('annotations', this.inputs.annotations, mainVersion, created),
      created,
      strategy: this.strategy,
      latestMode: this.latestMode,
      heldBack: this.heldBack,
    }
  }

  private rules(): TagRule[] {
    if (this.inputs.tags.length > 0) return parseTagRules(this.inputs.tags)
    const tag = this.refTag()
    const zeroConfig = tag === undefined ? undefined : zeroConfigRules(tag)
    if (!this.flavor.latestGiven) this.latestMode = 'highest'
    if (!zeroConfig) return parseTagRules(DEFAULT_TAG_RULES, 'tags')
    this.strategy = 'zero-config'
    const others = DEFAULT_TAG_RULES.filter((line) => line !== 'type=ref,event=tag')
    return sortRules(
      [...zeroConfig, ...others].map((line) => {
        const rule = parseTagRule(line, 'tags')
        if (/pattern=\{\{major\}\}$/.test(line)) rule.skipZeroMajor = true
        return rule
      }),
    )
  }

  /** `latest=highest` needs the repository's tags; without them it says so and falls back to the plain rule. */
  private prepareHighest(rules: TagRule[]): void {
    if (this.latestMode !== 'highest') return
    const current = this.refTag()
    const usesSemver = rules.some((r) => r.type === 'semver')
    if (!usesSemver || current === undefined || parseTagVersion(current) === undefined) {
      this.latestMode = 'auto'
      return
    }
    const tags = this.context.repoTags
    const others = (tags ?? []).filter((t) => t.replace(/\//g, '-') !== current)
    if (tags === undefined || (this.context.shallow === true && others.length === 0)) {
      this.logger.warning(
        `The repository's tags are not in this checkout${this.context.shallow ? ' (shallow clone)' : ''}: ` +
          'latest, X and X.Y are given by the plain rule. Fetch them (actions/checkout with fetch-depth: 0) so ' +
          'that moving tags only move forward.',
      )
      this.latestMode = 'auto'
      return
    }
    this.stableTags = tags
      .map((t) => parseTagVersion(t.replace(/\//g, '-')))
      .filter((v): v is TagVersion => v !== undefined && !isPrerelease(v))
  }

  private refTag(): string | undefined {
    const ref = this.context.ref
    return ref.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length).replace(/\//g, '-') : undefined
  }

  private versionFrom(rules: TagRule[]): VersionState {
    const state: VersionState = { partial: [], rules: new Map() }
    for (const rule of rules) {
      const enabled = this.expand(rule.attrs.enable ?? 'true', rule)
      if (enabled !== 'true' && enabled !== 'false') {
        throw new InputError(rule.input, rule.source, `enable= true or false (it gave ${JSON.stringify(enabled)})`)
      }
      if (enabled === 'false') continue
      this.apply(rule, state)
    }
    state.partial = state.partial.filter((v, i) => state.partial.indexOf(v) === i)
    return state
  }

  private latestFor(auto: boolean): boolean {
    if (this.latestMode === 'true') return true
    if (this.latestMode === 'false') return false
    return auto
  }

  private apply(rule: TagRule, state: VersionState): void {
    const ref = this.context.ref
    const attrs = rule.attrs
    switch (rule.type) {
      case 'schedule': {
        if (!/schedule/.test(this.context.eventName)) return
        this.set(state, rule, this.affix(this.expand(attrs.pattern ?? 'nightly', rule), rule), this.latestFor(false))
        return
      }
      case 'semver':
        this.semver(rule, state)
        return
      case 'pep440':
        this.pep440(rule, state)
        return
      case 'match': {
        const value = attrs.value ?? ''
        if (!ref.startsWith('refs/tags/') && value === '') return
        const raw = value !== '' ? this.expand(value, rule) : ref.replace(/^refs\/tags\//, '')
        const match = matchRegExp(attrs.pattern ?? '').exec(raw)
        if (!match) {
          this.logger.warning(`${attrs.pattern ?? ''} does not match ${raw}.`)
          return
        }
        const group = match[Number(attrs.group ?? 0)]
        if (group === undefined) {
          this.logger.warning(`Group ${attrs.group ?? '0'} does not exist for ${attrs.pattern ?? ''} pattern.`)
          return
        }
        this.set(state, rule, this.affix(group, rule), this.latestFor(true))
        return
      }
      case 'edge': {
        if (!ref.startsWith('refs/heads/')) return
        const branch = attrs.branch !== '' && attrs.branch !== undefined ? attrs.branch : this.defaultBranch()
        if (branch === undefined) {
          this.logger.warning(
            `${rule.source}: the default branch is unknown (no repository in the event payload): set branch=`,
          )
          return
        }
        if (branch !== ref.slice('refs/heads/'.length)) return
        this.set(state, rule, this.affix('edge', rule), this.latestFor(false))
        return
      }
      case 'ref': {
        if (attrs.event === 'branch' && ref.startsWith('refs/heads/')) {
          this.set(state, rule, this.affix(ref.slice('refs/heads/'.length), rule), this.latestFor(false))
        } else if (attrs.event === 'tag' && ref.startsWith('refs/tags/')) {
          this.set(state, rule, this.affix(ref.slice('refs/tags/'.length), rule), this.latestFor(true))
        } else if (attrs.event === 'pr' && ref.startsWith('refs/pull/')) {
          const pr = ref.slice('refs/pull/'.length).replace(/\/(merge|head)$/, '')
          this.set(state, rule, this.affix(pr, rule), this.latestFor(false))
        }
        return
      }
      case 'raw':
        this.set(state, rule, this.affix(this.expand(attrs.value ?? '', rule), rule), this.latestFor(false))
        return
      case 'sha': {
        if (!this.context.sha) return
        const sha = attrs.format === 'long' ? this.context.sha : this.shortSha()
        this.set(state, rule, this.affix(sha, rule), this.latestFor(false))
        return
      }
    }
  }

  private semver(rule: TagRule, state: VersionState): void {
    const raw = this.versionText(rule)
    if (raw === undefined) return
    const version = parseTagVersion(raw)
    if (!version) {
      this.logger.warning(`${raw} is not a valid semver. More info: https://semver.org/`)
      return
    }
    const pattern = rule.attrs.pattern ?? ''
    const scope: TemplateScope = {
      raw: version.raw,
      version: version.version,
      major: version.major,
      minor: version.minor,
      patch: version.patch,
      prerelease: version.prerelease,
      build: version.build,
    }
    if (isPrerelease(version)) {
      const text = this.render(isRawStatement(pattern) ? pattern : '{{version}}', scope, rule)
      this.set(state, rule, this.affix(text, rule), this.latestFor(false))
      return
    }
    const reach = patternReach(pattern)
    if (rule.skipZeroMajor && reach === 'major' && version.major === 0) return
    const text = this.affix(this.render(pattern, scope, rule), rule)
    if (this.latestMode === 'highest') {
      const higher = this.higherRelease(version, reach)
      if (higher) {
        this.heldBack.push(`${sanitizeTag(text)}: ${higher.version} is higher`)
        this.logger.info(
          `${rule.source}: ${text} stays where it is, ${higher.version} is higher than ${version.version}`,
        )
        return
      }
    }
    const higherOverall = this.latestMode === 'highest' ? this.higherRelease(version, 'latest') : undefined
    if (higherOverall && state.latest === undefined && this.heldBack.every((h) => !h.startsWith('latest:'))) {
      this.heldBack.push(`latest: ${higherOverall.version} is higher`)
    }
    const auto = higherOverall === undefined
    this.set(state, rule, text, this.latestFor(auto))
  }

  private pep440(rule: TagRule, state: VersionState): void {
    const raw = this.versionText(rule)
    if (raw === undefined) return
    const version = parsePep440(raw)
    if (!version) {
      this.logger.warning(`${raw} does not conform to PEP 440. More info: https://www.python.org/dev/peps/pep-0440`)
      return
    }
    const pattern = rule.attrs.pattern ?? ''
    if (isPep440Special(version)) {
      const text = isRawStatement(pattern) ? raw : normalizePep440(version)
      this.set(state, rule, this.affix(text, rule), this.latestFor(false))
      return
    }
    if (rule.skipZeroMajor && patternReach(pattern) === 'major' && pep440Part(version, 0) === 0) return
    const scope: TemplateScope = {
      raw,
      version: normalizePep440(version),
      major: pep440Part(version, 0),
      minor: pep440Part(version, 1),
      patch: pep440Part(version, 2),
    }
    this.set(state, rule, this.affix(this.render(pattern, scope, rule), rule), this.latestFor(true))
  }

  /**
   * The text a semver/pep440 rule reads: its `value`, else the tag; narrowed by `match=` (its first group), then
   * with `/` made `-`. Undefined when the rule does not apply (no tag, no value).
   */
  private versionText(rule: TagRule): string | undefined {
    const value = rule.attrs.value ?? ''
    const ref = this.context.ref
    if (!ref.startsWith('refs/tags/') && value === '') return undefined
    let raw = value !== '' ? this.expand(value, rule) : ref.slice('refs/tags/'.length)
    const match = rule.attrs.match ?? ''
    if (match !== '') {
      const found = new RegExp(match).exec(raw)
      if (!found) this.logger.warning(`${match} does not match ${raw}.`)
      else raw = found[1] ?? found[0]
    }
    return raw.replace(/\//g, '-')
  }

  /** The highest stable release of the repository above `version` in the line the tag stands for, if any. */
  private higherRelease(version: TagVersion, reach: Reach | 'latest'): TagVersion | undefined {
    if (reach === 'exact') return undefined
    return this.stableTags
      .filter(
        (t) => reach === 'latest' || (t.major === version.major && (reach === 'major' || t.minor === version.minor)),
      )
      .filter((t) => compareSemVer(t, version) > 0)
      .sort(compareSemVer)
      .at(-1)
  }

  private set(state: VersionState, rule: TagRule, value: string, latest: boolean): void {
    if (value.length === 0) return
    const tag = sanitizeTag(value)
    if (!state.rules.has(tag)) state.rules.set(tag, rule)
    if (state.main === undefined) state.main = tag
    else if (tag !== state.main) state.partial.push(tag)
    state.latest ??= latest
  }

  /** A rule's own prefix/suffix, else the flavor's (metadata-action's setValue). */
  private affix(value: string, rule: TagRule): string {
    const has = (key: string) => Object.prototype.hasOwnProperty.call(rule.attrs, key)
    let out = value
    if (has('prefix')) out = this.expand(rule.attrs.prefix ?? '', rule) + out
    else if (this.flavor.prefix) out = this.expand(this.flavor.prefix, rule) + out
    if (has('suffix')) out += this.expand(rule.attrs.suffix ?? '', rule)
    else if (this.flavor.suffix) out += this.expand(this.flavor.suffix, rule)
    return out
  }

  private render(template: string, scope: TemplateScope, rule: TagRule | undefined, input = 'tags', line = ''): string {
    try {
      return renderTemplate(template, scope)
    } catch (error) {
      const expected =
        error instanceof TimeZoneError
          ? `a known IANA time zone (${error.message})`
          : error instanceof TemplateError
            ? `a valid template: ${error.message}`
            : undefined
      if (expected === undefined) throw error
      throw new InputError(rule?.input ?? input, rule?.source ?? line, expected)
    }
  }

  /** The global expressions: {{branch}}, {{tag}}, {{sha}}, {{base_ref}}, {{is_default_branch}}, {{date}}, ... */
  private expand(template: string, rule?: TagRule, input = 'tags', line = ''): string {
    return this.render(template, this.globalScope(rule?.attrs.tz ?? 'UTC'), rule, input, line)
  }

  private globalScope(defaultTz: string): TemplateScope {
    const { ref, payload, eventName } = this.context
    const dateHelper =
      (date: Date) =>
      (args: (string | undefined)[], hash: Record<string, string | undefined>): string => {
        for (const key of Object.keys(hash)) {
          if (key !== 'tz') throw new TemplateError(`unknown ${key} attribute of a date expression`)
        }
        // No format (or an unquoted word, which Handlebars looks up and finds undefined): moment's default format.
        return formatDate(date, args[0], hash.tz ?? defaultTz)
      }
    const isDefaultBranch = (): string => {
      const branch = ref.replace(/^refs\/heads\//, '')
      if (branch === '') return 'false'
      if (this.defaultBranch() === branch) return 'true'
      // These events always run on the last commit of the default branch (GitHub's events reference).
      return /create|discussion|issues|schedule/.test(eventName) ? 'true' : 'false'
    }
    return {
      branch: ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : '',
      tag: ref.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : '',
      sha: this.shortSha(),
      base_ref: () => {
        if (ref.startsWith('refs/tags/') && typeof payload.base_ref === 'string') {
          return payload.base_ref.replace(/^refs\/heads\//, '')
        }
        if (ref.startsWith('refs/pull/') && payload.pull_request?.base?.ref) return payload.pull_request.base.ref
        return ''
      },
      is_default_branch: isDefaultBranch,
      is_not_default_branch: () => (isDefaultBranch() === 'true' ? 'false' : 'true'),
      date: dateHelper(this.now),
      commit_date: dateHelper(this.context.commitDate),
    }
  }

  private defaultBranch(): string | undefined {
    return this.context.payload.repository?.default_branch ?? this.options.repo?.defaultBranch
  }

  private shortSha(): string {
    const sha = this.context.sha
    return this.shortShaLength >= sha.length ? sha : sha.slice(0, this.shortShaLength)
  }

  private created(): string {
    const { created = 'commit', sourceDateEpoch } = this.options
    if (created instanceof Date) return created.toISOString()
    if (sourceDateEpoch !== undefined) return new Date(sourceDateEpoch * 1000).toISOString()
    return (created === 'now' ? this.now : this.context.commitDate).toISOString()
  }

  private keyValues(
    input: 'labels' | 'annotations',
    lines: readonly string[],
    version: string,
    created: string,
  ): Record<string, string> {
    const repo = this.options.repo ?? {}
    const name = repo.name ?? this.context.repository.split('/')[1] ?? ''
    const url = repo.htmlUrl ?? (this.context.repository ? `${this.context.serverUrl}/${this.context.repository}` : '')
    const base = this.options.baseImage
    // The eight keys metadata-action always writes, empty when unknown: labels are inherited from the base image, and
    // an empty one hides a base image's own version, revision, description or licenses instead of passing them on.
    const builtIn: [string, string | undefined][] = [
      ['org.opencontainers.image.title', name],
      ['org.opencontainers.image.description', repo.description ?? ''],
      ['org.opencontainers.image.url', url],
      ['org.opencontainers.image.source', url],
      ['org.opencontainers.image.version', version],
      ['org.opencontainers.image.created', created],
      ['org.opencontainers.image.revision', this.context.sha],
      ['org.opencontainers.image.licenses', repo.license ?? ''],
      ['org.opencontainers.image.base.name', base?.name],
      ['org.opencontainers.image.base.digest', base?.digest],
    ]
    const values = new Map<string, string>()
    for (const [key, value] of builtIn) if (value !== undefined) values.set(key, value)
    for (const line of lines) {
      const expanded = this.expand(line, undefined, input, line)
      const at = expanded.indexOf('=')
      const key = at < 0 ? '' : expanded.slice(0, at).trim()
      if (at < 0 || !LABEL_KEY.test(key)) {
        // metadata-action drops such a line without a word; a warning at least says which and why.
        this.logger.warning(
          `${input}: ${JSON.stringify(line)} is left out: expected key=value, the key made of letters, digits and ` +
            '. _ - / : (org.example.key=value)',
        )
        continue
      }
      values.set(key, expanded.slice(at + 1))
    }
    return Object.fromEntries([...values].sort(([a], [b]) => compareLabelKeys(a, b)))
  }
}

/** The rules for a version tag when `tags` is empty, or undefined when the tag is no version. */
function zeroConfigRules(tag: string): string[] | undefined {
  if (parseTagVersion(tag)) return ZERO_CONFIG_SEMVER_RULES
  const pep = parsePep440(tag)
  if (pep && pep.release.length >= 2) return ZERO_CONFIG_PEP440_RULES
  return undefined
}

function patternReach(pattern: string): Reach {
  let names: string[]
  try {
    names = templateNames(pattern)
  } catch {
    return 'exact'
  }
  if (names.some((n) => ['version', 'patch', 'raw', 'prerelease', 'build'].includes(n))) return 'exact'
  if (names.includes('minor')) return 'minor'
  if (names.includes('major')) return 'major'
  return 'exact'
}

/** metadata-action replaces every run of characters a tag cannot hold with one `-`. */
export function sanitizeTag(tag: string): string {
  return tag.replace(/[^a-zA-Z0-9._-]+/g, '-')
}
