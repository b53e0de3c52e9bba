import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 7163:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const debug = __nccwpck_require__(1159)
const { MAX_LENGTH, MAX_SAFE_INTEGER } = __nccwpck_require__(5101)
const { safeRe: re, t } = __nccwpck_require__(5471)

const parseOptions = __nccwpck_require__(356)
const { compareIdentifiers } = __nccwpck_require__(3348)

const isPrereleaseIdentifier = (prerelease, identifier) => {
  const identifiers = identifier.split('.')
  if (identifiers.length > prerelease.length) {
    return false
  }

  for (let i = 0; i < identifiers.length; i++) {
    if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
      return false
    }
  }

  return true
}

class SemVer {
  constructor (version, options) {
    options = parseOptions(options)

    if (version instanceof SemVer) {
      if (version.loose === !!options.loose &&
        version.includePrerelease === !!options.includePrerelease) {
        return version
      } else {
        version = version.version
      }
    } else if (typeof version !== 'string') {
      throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`)
    }

    if (version.length > MAX_LENGTH) {
      throw new TypeError(
        `version is longer than ${MAX_LENGTH} characters`
      )
    }

    debug('SemVer', version, options)
    this.options = options
    this.loose = !!options.loose
    // this isn't actually relevant for versions, but keep it so that we
    // don't run into trouble passing this.options around.
    this.includePrerelease = !!options.includePrerelease

    const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL])

    if (!m) {
      throw new TypeError(`Invalid Version: ${version}`)
    }

    this.raw = version

    // these are actually numbers
    this.major = +m[1]
    this.minor = +m[2]
    this.patch = +m[3]

    if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
      throw new TypeError('Invalid major version')
    }

    if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
      throw new TypeError('Invalid minor version')
    }

    if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
      throw new TypeError('Invalid patch version')
    }

    // numberify any prerelease numeric ids
    if (!m[4]) {
      this.prerelease = []
    } else {
      this.prerelease = m[4].split('.').map((id) => {
        if (/^[0-9]+$/.test(id)) {
          const num = +id
          if (num >= 0 && num < MAX_SAFE_INTEGER) {
            return num
          }
        }
        return id
      })
    }

    this.build = m[5] ? m[5].split('.') : []
    this.format()
  }

  format () {
    this.version = `${this.major}.${this.minor}.${this.patch}`
    if (this.prerelease.length) {
      this.version += `-${this.prerelease.join('.')}`
    }
    return this.version
  }

  toString () {
    return this.version
  }

  compare (other) {
    debug('SemVer.compare', this.version, this.options, other)
    if (!(other instanceof SemVer)) {
      if (typeof other === 'string' && other === this.version) {
        return 0
      }
      other = new SemVer(other, this.options)
    }

    if (other.version === this.version) {
      return 0
    }

    return this.compareMain(other) || this.comparePre(other)
  }

  compareMain (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    if (this.major < other.major) {
      return -1
    }
    if (this.major > other.major) {
      return 1
    }
    if (this.minor < other.minor) {
      return -1
    }
    if (this.minor > other.minor) {
      return 1
    }
    if (this.patch < other.patch) {
      return -1
    }
    if (this.patch > other.patch) {
      return 1
    }
    return 0
  }

  comparePre (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    // NOT having a prerelease is > having one
    if (this.prerelease.length && !other.prerelease.length) {
      return -1
    } else if (!this.prerelease.length && other.prerelease.length) {
      return 1
    } else if (!this.prerelease.length && !other.prerelease.length) {
      return 0
    }

    let i = 0
    do {
      const a = this.prerelease[i]
      const b = other.prerelease[i]
      debug('prerelease compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  compareBuild (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    let i = 0
    do {
      const a = this.build[i]
      const b = other.build[i]
      debug('build compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  // preminor will bump the version up to the next minor release, and immediately
  // down to pre-release. premajor and prepatch work the same way.
  inc (release, identifier, identifierBase) {
    if (release.startsWith('pre')) {
      if (!identifier && identifierBase === false) {
        throw new Error('invalid increment argument: identifier is empty')
      }
      // Avoid an invalid semver results
      if (identifier) {
        const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE])
        if (!match || match[1] !== identifier) {
          throw new Error(`invalid identifier: ${identifier}`)
        }
      }
    }

    switch (release) {
      case 'premajor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor = 0
        this.major++
        this.inc('pre', identifier, identifierBase)
        break
      case 'preminor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor++
        this.inc('pre', identifier, identifierBase)
        break
      case 'prepatch':
        // If this is already a prerelease, it will bump to the next version
        // drop any prereleases that might already exist, since they are not
        // relevant at this point.
        this.prerelease.length = 0
        this.inc('patch', identifier, identifierBase)
        this.inc('pre', identifier, identifierBase)
        break
      // If the input is a non-prerelease version, this acts the same as
      // prepatch.
      case 'prerelease':
        if (this.prerelease.length === 0) {
          this.inc('patch', identifier, identifierBase)
        }
        this.inc('pre', identifier, identifierBase)
        break
      case 'release':
        if (this.prerelease.length === 0) {
          throw new Error(`version ${this.raw} is not a prerelease`)
        }
        this.prerelease.length = 0
        break

      case 'major':
        // If this is a pre-major version, bump up to the same major version.
        // Otherwise increment major.
        // 1.0.0-5 bumps to 1.0.0
        // 1.1.0 bumps to 2.0.0
        if (
          this.minor !== 0 ||
          this.patch !== 0 ||
          this.prerelease.length === 0
        ) {
          this.major++
        }
        this.minor = 0
        this.patch = 0
        this.prerelease = []
        break
      case 'minor':
        // If this is a pre-minor version, bump up to the same minor version.
        // Otherwise increment minor.
        // 1.2.0-5 bumps to 1.2.0
        // 1.2.1 bumps to 1.3.0
        if (this.patch !== 0 || this.prerelease.length === 0) {
          this.minor++
        }
        this.patch = 0
        this.prerelease = []
        break
      case 'patch':
        // If this is not a pre-release version, it will increment the patch.
        // If it is a pre-release it will bump up to the same patch version.
        // 1.2.0-5 patches to 1.2.0
        // 1.2.0 patches to 1.2.1
        if (this.prerelease.length === 0) {
          this.patch++
        }
        this.prerelease = []
        break
      // This probably shouldn't be used publicly.
      // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
      case 'pre': {
        const base = Number(identifierBase) ? 1 : 0

        if (this.prerelease.length === 0) {
          this.prerelease = [base]
        } else {
          let i = this.prerelease.length
          while (--i >= 0) {
            if (typeof this.prerelease[i] === 'number') {
              this.prerelease[i]++
              i = -2
            }
          }
          if (i === -1) {
            // didn't increment anything
            if (identifier === this.prerelease.join('.') && identifierBase === false) {
              throw new Error('invalid increment argument: identifier already exists')
            }
            this.prerelease.push(base)
          }
        }
        if (identifier) {
          // 1.2.0-beta.1 bumps to 1.2.0-beta.2,
          // 1.2.0-beta.fooblz or 1.2.0-beta bumps to 1.2.0-beta.0
          let prerelease = [identifier, base]
          if (identifierBase === false) {
            prerelease = [identifier]
          }
          if (isPrereleaseIdentifier(this.prerelease, identifier)) {
            const prereleaseBase = this.prerelease[identifier.split('.').length]
            if (isNaN(prereleaseBase)) {
              this.prerelease = prerelease
            }
          } else {
            this.prerelease = prerelease
          }
        }
        break
      }
      default:
        throw new Error(`invalid increment argument: ${release}`)
    }
    this.raw = this.format()
    if (this.build.length) {
      this.raw += `+${this.build.join('.')}`
    }
    return this
  }
}

module.exports = SemVer


/***/ }),

/***/ 8469:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const compare = (a, b, loose) =>
  new SemVer(a, loose).compare(new SemVer(b, loose))

module.exports = compare


/***/ }),

/***/ 6599:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const gt = (a, b, loose) => compare(a, b, loose) > 0
module.exports = gt


/***/ }),

/***/ 6353:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const parse = (version, options, throwErrors = false) => {
  if (version instanceof SemVer) {
    return version
  }
  try {
    return new SemVer(version, options)
  } catch (er) {
    if (!throwErrors) {
      return null
    }
    throw er
  }
}

module.exports = parse


/***/ }),

/***/ 5101:
/***/ ((module) => {



// Note: this is the semver.org version of the spec that it implements
// Not necessarily the package version of this code.
const SEMVER_SPEC_VERSION = '2.0.0'

const MAX_LENGTH = 256
const MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER ||
/* istanbul ignore next */ 9007199254740991

// Max safe segment length for coercion.
const MAX_SAFE_COMPONENT_LENGTH = 16

// Max safe length for a build identifier. The max length minus 6 characters for
// the shortest version with a build 0.0.0+BUILD.
const MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6

// ECMAScript whitespace and line terminators matched by \s.
const WHITESPACE_CHARACTERS = [
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  ' ',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2001',
  '\u2002',
  '\u2003',
  '\u2004',
  '\u2005',
  '\u2006',
  '\u2007',
  '\u2008',
  '\u2009',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
]

const RELEASE_TYPES = [
  'major',
  'premajor',
  'minor',
  'preminor',
  'patch',
  'prepatch',
  'prerelease',
]

module.exports = {
  MAX_LENGTH,
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_SAFE_INTEGER,
  WHITESPACE_CHARACTERS,
  RELEASE_TYPES,
  SEMVER_SPEC_VERSION,
  FLAG_INCLUDE_PRERELEASE: 0b001,
  FLAG_LOOSE: 0b010,
}


/***/ }),

/***/ 1159:
/***/ ((module) => {



const debug = (
  typeof process === 'object' &&
  process.env &&
  process.env.NODE_DEBUG &&
  /\bsemver\b/i.test(process.env.NODE_DEBUG)
) ? (...args) => console.error('SEMVER', ...args)
  : () => {}

module.exports = debug


/***/ }),

/***/ 3348:
/***/ ((module) => {



const numeric = /^[0-9]+$/
const compareIdentifiers = (a, b) => {
  if (typeof a === 'number' && typeof b === 'number') {
    return a === b ? 0 : a < b ? -1 : 1
  }

  const anum = numeric.test(a)
  const bnum = numeric.test(b)

  if (anum && bnum) {
    a = +a
    b = +b
  }

  return a === b ? 0
    : (anum && !bnum) ? -1
    : (bnum && !anum) ? 1
    : a < b ? -1
    : 1
}

const rcompareIdentifiers = (a, b) => compareIdentifiers(b, a)

module.exports = {
  compareIdentifiers,
  rcompareIdentifiers,
}


/***/ }),

/***/ 356:
/***/ ((module) => {



// parse out just the options we care about
const looseOption = Object.freeze({ loose: true })
const emptyOpts = Object.freeze({ })
const parseOptions = options => {
  if (!options) {
    return emptyOpts
  }

  if (typeof options !== 'object') {
    return looseOption
  }

  return options
}
module.exports = parseOptions


/***/ }),

/***/ 5471:
/***/ ((module, exports, __nccwpck_require__) => {



const {
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_LENGTH,
} = __nccwpck_require__(5101)
const debug = __nccwpck_require__(1159)
exports = module.exports = {}

// The actual regexps go on exports.re
const re = exports.re = []
const safeRe = exports.safeRe = []
const src = exports.src = []
const safeSrc = exports.safeSrc = []
const t = exports.t = {}
let R = 0

const LETTERDASHNUMBER = '[a-zA-Z0-9-]'

// Replace some greedy regex tokens to prevent regex dos issues. These regex are
// used internally via the safeRe object since all inputs in this library get
// normalized first to trim and collapse all extra whitespace. The original
// regexes are exported for userland consumption and lower level usage. A
// future breaking change could export the safer regex only with a note that
// all input should have extra whitespace removed.
const safeRegexReplacements = [
  ['\\s', 1],
  ['\\d', MAX_LENGTH],
  [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH],
]

const makeSafeRegex = (value) => {
  for (const [token, max] of safeRegexReplacements) {
    value = value
      .split(`${token}*`).join(`${token}{0,${max}}`)
      .split(`${token}+`).join(`${token}{1,${max}}`)
  }
  return value
}

const createToken = (name, value, isGlobal) => {
  const safe = makeSafeRegex(value)
  const index = R++
  debug(name, index, value)
  t[name] = index
  src[index] = value
  safeSrc[index] = safe
  re[index] = new RegExp(value, isGlobal ? 'g' : undefined)
  safeRe[index] = new RegExp(safe, isGlobal ? 'g' : undefined)
}

// The following Regular Expressions can be used for tokenizing,
// validating, and parsing SemVer version strings.

// ## Numeric Identifier
// A single `0`, or a non-zero digit followed by zero or more digits.

createToken('NUMERICIDENTIFIER', '0|[1-9]\\d*')
createToken('NUMERICIDENTIFIERLOOSE', '\\d+')

// ## Non-numeric Identifier
// Zero or more digits, followed by a letter or hyphen, and then zero or
// more letters, digits, or hyphens.

createToken('NONNUMERICIDENTIFIER', `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`)

// ## Main Version
// Three dot-separated numeric identifiers.

createToken('MAINVERSION', `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})`)

createToken('MAINVERSIONLOOSE', `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version Identifier
// A numeric identifier, or a non-numeric identifier.
// Non-numeric identifiers include numeric identifiers but can be longer.
// Therefore non-numeric identifiers must go first.

createToken('PRERELEASEIDENTIFIER', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIER]})`)

createToken('PRERELEASEIDENTIFIERLOOSE', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version
// Hyphen, followed by one or more dot-separated pre-release version
// identifiers.

createToken('PRERELEASE', `(?:-(${src[t.PRERELEASEIDENTIFIER]
}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`)

createToken('PRERELEASELOOSE', `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]
}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`)

// ## Build Metadata Identifier
// Any combination of digits, letters, or hyphens.

createToken('BUILDIDENTIFIER', `${LETTERDASHNUMBER}+`)

// ## Build Metadata
// Plus sign, followed by one or more period-separated build metadata
// identifiers.

createToken('BUILD', `(?:\\+(${src[t.BUILDIDENTIFIER]
}(?:\\.${src[t.BUILDIDENTIFIER]})*))`)

// ## Full Version String
// A main version, followed optionally by a pre-release version and
// build metadata.

// Note that the only major, minor, patch, and pre-release sections of
// the version string are capturing groups.  The build metadata is not a
// capturing group, because it should not ever be used in version
// comparison.

createToken('FULLPLAIN', `v?${src[t.MAINVERSION]
}${src[t.PRERELEASE]}?${
  src[t.BUILD]}?`)

createToken('FULL', `^${src[t.FULLPLAIN]}$`)

// like full, but allows v1.2.3 and =1.2.3, which people do sometimes.
// also, 1.0.0alpha1 (prerelease without the hyphen) which is pretty
// common in the npm registry.
createToken('LOOSEPLAIN', `[v=\\s]*${src[t.MAINVERSIONLOOSE]
}${src[t.PRERELEASELOOSE]}?${
  src[t.BUILD]}?`)

createToken('LOOSE', `^${src[t.LOOSEPLAIN]}$`)

createToken('GTLT', '((?:<|>)?=?)')

// Something like "2.*" or "1.2.x".
// Note that "x.x" is a valid xRange identifier, meaning "any version"
// Only the first item is strictly required.
createToken('XRANGEIDENTIFIERLOOSE', `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`)
createToken('XRANGEIDENTIFIER', `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`)

createToken('XRANGEPLAIN', `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:${src[t.PRERELEASE]})?${
                     src[t.BUILD]}?` +
                   `)?)?`)

createToken('XRANGEPLAINLOOSE', `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:${src[t.PRERELEASELOOSE]})?${
                          src[t.BUILD]}?` +
                        `)?)?`)

createToken('XRANGE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`)
createToken('XRANGELOOSE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`)

// Coercion.
// Extract anything that could conceivably be a part of a valid semver
createToken('COERCEPLAIN', `${'(^|[^\\d])' +
              '(\\d{1,'}${MAX_SAFE_COMPONENT_LENGTH}})` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`)
createToken('COERCE', `${src[t.COERCEPLAIN]}(?:$|[^\\d])`)
createToken('COERCEFULL', src[t.COERCEPLAIN] +
              `(?:${src[t.PRERELEASE]})?` +
              `(?:${src[t.BUILD]})?` +
              `(?:$|[^\\d])`)
createToken('COERCERTL', src[t.COERCE], true)
createToken('COERCERTLFULL', src[t.COERCEFULL], true)

// Tilde ranges.
// Meaning is "reasonably at or greater than"
createToken('LONETILDE', '(?:~>?)')

createToken('TILDETRIM', `(\\s*)${src[t.LONETILDE]}\\s+`, true)
exports.tildeTrimReplace = '$1~'

createToken('TILDE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`)
createToken('TILDELOOSE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`)

// Caret ranges.
// Meaning is "at least and backwards compatible with"
createToken('LONECARET', '(?:\\^)')

createToken('CARETTRIM', `(\\s*)${src[t.LONECARET]}\\s+`, true)
exports.caretTrimReplace = '$1^'

createToken('CARET', `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`)
createToken('CARETLOOSE', `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`)

// A simple gt/lt/eq thing, or just "" to indicate "any version"
createToken('COMPARATORLOOSE', `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`)
createToken('COMPARATOR', `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`)

// An expression to strip any whitespace between the gtlt and the thing
// it modifies, so that `> 1.2.3` ==> `>1.2.3`
createToken('COMPARATORTRIM', `(\\s*)${src[t.GTLT]
}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true)
exports.comparatorTrimReplace = '$1$2$3'

// Something like `1.2.3 - 1.2.4`
// Note that these all use the loose form, because they'll be
// checked against either the strict or loose comparator form
// later.
createToken('HYPHENRANGE', `^\\s*(${src[t.XRANGEPLAIN]})` +
                   `\\s+-\\s+` +
                   `(${src[t.XRANGEPLAIN]})` +
                   `\\s*$`)

createToken('HYPHENRANGELOOSE', `^\\s*(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s+-\\s+` +
                        `(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s*$`)

// Star ranges basically just allow anything at all.
createToken('STAR', '(<|>)?=?\\s*\\*')
// >=0.0.0 is like a star
createToken('GTE0', '^\\s*>=\\s*0\\.0\\.0\\s*$')
createToken('GTE0PRE', '^\\s*>=\\s*0\\.0\\.0-0\\s*$')


/***/ }),

/***/ 5833:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _slipway_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(513);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9138);


await (0,_slipway_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .Cs)(_main_js__WEBPACK_IMPORTED_MODULE_1__/* .main */ .i);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 9138:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// UNUSED EXPORTS: eventContext

// EXTERNAL MODULE: ./packages/action-kit/src/index.ts + 12 modules
var src = __nccwpck_require__(513);
// EXTERNAL MODULE: ./node_modules/semver/functions/compare.js
var compare = __nccwpck_require__(8469);
var compare_default = /*#__PURE__*/__nccwpck_require__.n(compare);
// EXTERNAL MODULE: ./node_modules/semver/functions/parse.js
var parse = __nccwpck_require__(6353);
var parse_default = /*#__PURE__*/__nccwpck_require__.n(parse);
;// CONCATENATED MODULE: ./actions/version-check/src/bump.ts
// The two functions it needs, not semver's index: that loads ranges and comparators too (a few ms of cold start).


/**
 * What kind of bump leads from `previous` to `version` (as EndBug/version-check's `type` output): the highest part
 * that grew — `major`, `minor`, `patch` —, `prerelease` when only the prerelease part moved on (1.3.0-rc.1 →
 * 1.3.0-rc.2), and empty when the version did not go up or either side is not a version. Releasing a prerelease
 * (1.3.0-rc.2 → 1.3.0) counts as the bump that release is: `minor` for x.y.0, `major` for x.0.0, else `patch`.
 */
function bumpType(previous, version) {
    if (previous === undefined)
        return '';
    const before = parse_default()(previous);
    const after = parse_default()(version);
    if (!before || !after || compare_default()(after, before) <= 0)
        return '';
    if (after.major !== before.major)
        return 'major';
    if (after.minor !== before.minor)
        return 'minor';
    if (after.patch !== before.patch)
        return 'patch';
    if (after.prerelease.length > 0)
        return 'prerelease';
    // Same numbers, the prerelease part dropped: the release the prereleases led to.
    if (after.minor === 0 && after.patch === 0)
        return 'major';
    return after.patch === 0 ? 'minor' : 'patch';
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./packages/git/src/objects.ts


/**
 * A commit object read from the repository's own files, without starting git: a git process costs a cold start
 * 15-20 ms (the fork, three pipes, git's own start), and the commit date of the checked-out commit is all some
 * actions ask of git. Only the plain case is read here: a `.git` folder in `cwd` that git would trust (owned by this
 * user), no replace refs, no environment that moves git's folders, a SHA-1 commit stored whole (loose, or in a pack
 * as a commit rather than a delta). Anything else answers undefined, and the caller asks git, whose answer is the
 * reference: this must never answer differently from it.
 */
async function readCommitDirect(cwd, env, revision) {
    const gitDir = plainGitDir(cwd, env);
    return gitDir === undefined ? undefined : (await readCommit(gitDir, revision))?.data;
}
/**
 * `git rev-parse --is-shallow-repository --verify HEAD^{commit}` from the repository's files, in the plain case of
 * readCommitDirect: HEAD's commit (checked to be one) and whether the clone is shallow (git's test: a `shallow` file
 * it can open). Undefined whenever git must answer instead.
 */
async function resolveHeadDirect(cwd, env) {
    const gitDir = plainGitDir(cwd, env);
    const commit = gitDir === undefined ? undefined : await readCommit(gitDir, 'HEAD');
    if (gitDir === undefined || commit === undefined)
        return undefined;
    let shallow = true;
    try {
        (0,external_node_fs_.closeSync)((0,external_node_fs_.openSync)(external_node_path_default().join(gitDir, 'shallow'), 'r'));
    }
    catch (error) {
        if (error.code !== 'ENOENT')
            return undefined;
        shallow = false;
    }
    return { commit: commit.oid, shallow };
}
/** The `.git` folder of `cwd` when git would read it as this module does; see readCommitDirect. */
function plainGitDir(cwd, env) {
    try {
        // GIT_DIR, GIT_OBJECT_DIRECTORY, GIT_CONFIG_*...: git would look elsewhere or differently.
        if (Object.keys(env).some((name) => MOVES_GIT.test(name) && env[name] !== undefined))
            return undefined;
        const gitDir = external_node_path_default().join(cwd, '.git');
        const dir = (0,external_node_fs_.statSync)(gitDir);
        if (!dir.isDirectory() || !ownedByMe(dir) || !ownedByMe((0,external_node_fs_.statSync)(cwd)))
            return undefined;
        // Extensions (another hash, another ref store, a partial clone) and replace refs change what git would read.
        const config = (0,external_node_fs_.readFileSync)(external_node_path_default().join(gitDir, 'config'), 'utf8');
        if (/refstorage|objectformat|replace/i.test(config))
            return undefined;
        if (hasReplaceRefs(gitDir))
            return undefined;
        return gitDir;
    }
    catch {
        return undefined;
    }
}
/** A commit (a full SHA-1, or HEAD) stored whole in `gitDir`; undefined when it is not, or is not a commit. */
async function readCommit(gitDir, revision) {
    try {
        const oid = revision === 'HEAD' ? resolveHead(gitDir) : revision;
        if (oid === undefined || !/^[0-9a-f]{40}$/.test(oid))
            return undefined;
        const objects = external_node_path_default().join(gitDir, 'objects');
        // node:zlib is loaded only here, when there is an object to read: a few ms, against a git process's 15-20.
        const { inflateSync } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8522, 23));
        // A commit is a few hundred bytes: anything past the limit (a crafted object) is left to git, never inflated.
        const inflate = (data) => inflateSync(data, { maxOutputLength: MAX_COMMIT + 64 });
        const content = readLoose(objects, oid, inflate) ?? readPacked(objects, oid, inflate);
        return content?.type === 'commit' ? { oid, data: content.data } : undefined;
    }
    catch {
        return undefined;
    }
}
/** The committer time (`%ct`) of a raw commit object, or undefined when its committer line is not the usual one. */
function committerTime(commit) {
    const text = commit.toString('utf8');
    const header = text.slice(0, text.indexOf('\n\n') < 0 ? text.length : text.indexOf('\n\n'));
    const line = header.split('\n').find((l) => l.startsWith('committer '));
    const match = line === undefined ? null : /^committer [^<\n]*<[^>\n]*> (\d+) [+-]\d{4}$/.exec(line);
    return match ? Number(match[1]) : undefined;
}
/** Variables that change where git finds a repository's objects and refs, or how it reads them. */
const MOVES_GIT = /^GIT_(DIR|WORK_TREE|COMMON_DIR|OBJECT_DIRECTORY|ALTERNATE_OBJECT_DIRECTORIES|REPLACE_REF_BASE|NAMESPACE|CONFIG\w*|DEFAULT_HASH|DEFAULT_REF_FORMAT)$/;
/** HEAD's commit: HEAD itself when detached, else its branch, as a loose ref file or in packed-refs. */
function resolveHead(gitDir) {
    const head = (0,external_node_fs_.readFileSync)(external_node_path_default().join(gitDir, 'HEAD'), 'utf8').trim();
    if (/^[0-9a-f]{40}$/.test(head))
        return head;
    const ref = /^ref: (refs\/heads\/[^\s]+)$/.exec(head)?.[1];
    if (ref === undefined || ref.split('/').some((part) => part === '..' || part === '.'))
        return undefined;
    try {
        const loose = (0,external_node_fs_.readFileSync)(external_node_path_default().join(gitDir, ref), 'utf8').trim();
        return /^[0-9a-f]{40}$/.test(loose) ? loose : undefined;
    }
    catch {
        // not a loose ref: packed, or an unborn branch
    }
    let packed;
    try {
        packed = (0,external_node_fs_.readFileSync)(external_node_path_default().join(gitDir, 'packed-refs'), 'utf8');
    }
    catch {
        return undefined;
    }
    for (const line of packed.split('\n')) {
        const [oid, name] = line.split(' ');
        if (name === ref && oid !== undefined && /^[0-9a-f]{40}$/.test(oid))
            return oid;
    }
    return undefined;
}
function ownedByMe(stats) {
    // git refuses a repository another user owns (safe.directory); leave that decision to git.
    return typeof process.getuid === 'function' && stats.uid === process.getuid();
}
function hasReplaceRefs(gitDir) {
    try {
        if ((0,external_node_fs_.readdirSync)(external_node_path_default().join(gitDir, 'refs', 'replace')).length > 0)
            return true;
    }
    catch {
        // no refs/replace folder
    }
    try {
        return (0,external_node_fs_.readFileSync)(external_node_path_default().join(gitDir, 'packed-refs'), 'utf8').includes('refs/replace/');
    }
    catch {
        return false;
    }
}
/** The largest commit object read here (its message included); a larger one is git's to read. */
const MAX_COMMIT = 1024 * 1024;
function readLoose(objects, oid, inflate) {
    let compressed;
    try {
        compressed = (0,external_node_fs_.readFileSync)(external_node_path_default().join(objects, oid.slice(0, 2), oid.slice(2)));
    }
    catch {
        return undefined;
    }
    const raw = inflate(compressed);
    const nul = raw.indexOf(0);
    const [type = '', size = ''] = raw.subarray(0, nul).toString('latin1').split(' ');
    const data = raw.subarray(nul + 1);
    if (nul < 0 || Number(size) !== data.length)
        throw new Error(`loose object ${oid} is malformed`);
    return { type, data };
}
const PACK_TYPES = ['', 'commit', 'tree', 'blob', 'tag'];
function readPacked(objects, oid, inflate) {
    const packDir = external_node_path_default().join(objects, 'pack');
    let names;
    try {
        names = (0,external_node_fs_.readdirSync)(packDir).filter((name) => name.endsWith('.idx'));
    }
    catch {
        return undefined;
    }
    const want = Buffer.from(oid, 'hex');
    for (const name of names) {
        const offset = findInIndex((0,external_node_fs_.readFileSync)(external_node_path_default().join(packDir, name)), want);
        if (offset === undefined)
            continue;
        return readPackEntry(external_node_path_default().join(packDir, name.replace(/\.idx$/, '.pack')), offset, inflate);
    }
    return undefined;
}
/** The object's offset in the pack, from a version 2 pack index; undefined when the index does not hold it. */
function findInIndex(idx, want) {
    if (idx.readUInt32BE(0) !== 0xff744f63 || idx.readUInt32BE(4) !== 2)
        throw new Error('not a version 2 pack index');
    const fanout = 8;
    const count = idx.readUInt32BE(fanout + 255 * 4);
    const first = want[0] ?? 0;
    let low = first === 0 ? 0 : idx.readUInt32BE(fanout + (first - 1) * 4);
    let high = idx.readUInt32BE(fanout + first * 4);
    const names = fanout + 256 * 4;
    while (low < high) {
        const mid = (low + high) >>> 1;
        const order = idx.compare(want, 0, 20, names + mid * 20, names + mid * 20 + 20);
        if (order === 0) {
            const offsets = names + count * 20 + count * 4;
            const small = idx.readUInt32BE(offsets + mid * 4);
            if ((small & 0x80000000) === 0)
                return small;
            const large = offsets + count * 4 + (small & 0x7fffffff) * 8;
            return Number(idx.readBigUInt64BE(large));
        }
        // The name at mid sorts after the one wanted: look below it.
        if (order > 0)
            high = mid;
        else
            low = mid + 1;
    }
    return undefined;
}
function readPackEntry(pack, offset, inflate) {
    const fd = (0,external_node_fs_.openSync)(pack, 'r');
    try {
        const head = Buffer.alloc(16);
        (0,external_node_fs_.readSync)(fd, head, 0, head.length, offset);
        let byte = head[0] ?? 0;
        const type = PACK_TYPES[(byte >> 4) & 7];
        // Only a commit stored whole: a delta (ofs-delta 6, ref-delta 7) needs its base, and git reads those.
        if (type !== 'commit')
            return undefined;
        let size = byte & 0x0f;
        let shift = 4;
        let at = 1;
        while (byte & 0x80) {
            byte = head[at++] ?? 0;
            size += (byte & 0x7f) * 2 ** shift;
            shift += 7;
        }
        if (size > MAX_COMMIT)
            return undefined;
        // Deflate never grows data by more than a few bytes per 16 KiB block, plus its header and checksum.
        const room = size + Math.ceil(size / 1000) + 64;
        const compressed = Buffer.alloc(room);
        const got = (0,external_node_fs_.readSync)(fd, compressed, 0, room, offset + at);
        const data = inflate(compressed.subarray(0, got));
        if (data.length !== size)
            throw new Error(`pack entry at ${offset} is malformed`);
        return { type, data };
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}

;// CONCATENATED MODULE: ./packages/git/src/log.ts

// ASCII record and unit separators cannot occur in a commit header and do not occur in ordinary messages; a record
// starts with RS so that a message that happens to hold US is still cut at the right place (the message is last).
const RS = '\x1e';
const US = '\x1f';
const FORMAT = (/* unused pure expression or super */ null && (`${RS}%H${US}%P${US}%aN${US}%aE${US}%at${US}%B`));
function logArguments(range) {
    const args = ['log', `--format=${FORMAT}`, '--no-color', '--no-show-signature'];
    if (range.walk !== 'all')
        args.push(`--${range.walk}`);
    args.push(range.base ? `${range.base}..${range.head}` : range.head);
    if (range.paths && range.paths.length > 0)
        args.push('--', ...range.paths);
    return args;
}
/**
 * Runs git and hands its output to `onRecord` one record at a time (records end where `separator` starts the next),
 * as soon as each is complete: memory stays flat however long the output is. `onRecord` returns `'stop'` when it has
 * seen enough: git is then stopped and the promise resolves as if git had finished. Resolves with the count of
 * records read.
 */
function streamRecords(git, args, separator, onRecord) {
    return openRecords(git, args, separator).read(onRecord);
}
/**
 * Starts git at once (as soon as node:child_process is loaded, see loadSpawn) and reads its output when `read` is
 * called. Until then git runs ahead only as far as the pipe and one stream buffer hold (some 80 KiB) and then waits,
 * so starting a walk early costs its start-up and no more: the process start, the repository's files opened and the
 * first commits read overlap with whatever the caller does in the meantime. A stream that is never read must be cancelled, or git waits on the pipe for ever.
 */
function openRecords(git, args, separator) {
    const opened = loadSpawn().then((spawn) => startRecords(spawn, git, args));
    // Until read() or cancel(): a failure to start is remembered, not an unhandled rejection.
    opened.catch(() => undefined);
    let started = false;
    let cancelled = false;
    return {
        cancel() {
            if (started || cancelled)
                return;
            cancelled = true;
            void opened.then(({ child }) => {
                child.stdout.destroy();
                child.kill();
            }, () => undefined);
        },
        async read(onRecord) {
            if (started || cancelled)
                throw new Error('This git output was read or cancelled already');
            started = true;
            const { child, exited, hold, stderr } = await opened;
            return readRecords(child, exited, hold, stderr, args, separator, onRecord);
        },
    };
}
function startRecords(spawn, git, args) {
    // Into a pipe, git log flushes its output after every commit unless GIT_FLUSH=0 (git(1)): a write for git and a
    // read, a wake-up and a callback here for each commit. Buffered, the same 100,000 commits come in some 4 KiB
    // writes, and git's own system time falls from 0.7 s to 0.1 s.
    const env = { ...git.env, GIT_FLUSH: '0' };
    const child = spawn('git', args, { cwd: git.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk) => {
        if (stderr.length < 64 * 1024)
            stderr += chunk;
    });
    // Until read() is called: an error or the exit is remembered, not lost.
    const exited = new Promise((resolve) => {
        child.on('error', (error) => resolve({ code: null, signal: null, error }));
        child.on('close', (code, signal) => resolve({ code, signal }));
    });
    child.stdout.setEncoding('utf8');
    // A 'readable' listener that reads nothing holds the output until read(): with no listener at all, Node resumes
    // the stream of a child that exits, and the output git left unread (all of a short walk's) would be thrown away.
    const hold = () => undefined;
    child.stdout.on('readable', hold);
    return { child, exited, hold, stderr: () => stderr };
}
function readRecords(child, exited, hold, stderr, args, separator, onRecord) {
    return new Promise((resolve, reject) => {
        let pending = '';
        let count = 0;
        // Set from the callbacks below: a holder, so that the checks after them see the updates.
        const state = { stopped: false };
        const emit = (record) => {
            if (record === '' || state.stopped || state.failed)
                return;
            try {
                count++;
                if (onRecord(record) === 'stop') {
                    state.stopped = true;
                    child.stdout.destroy();
                    child.kill();
                }
            }
            catch (error) {
                state.failed = error instanceof Error ? error : new Error(String(error));
                child.kill();
            }
        };
        child.stdout.on('data', (chunk) => {
            if (state.stopped || state.failed)
                return;
            let start = 0;
            let at = chunk.indexOf(separator);
            // Most chunks hold many whole records: only the piece before the first separator joins the pending text.
            while (at >= 0) {
                emit(start === 0 ? pending + chunk.slice(0, at) : chunk.slice(start, at));
                if (start === 0)
                    pending = '';
                start = at + separator.length;
                at = chunk.indexOf(separator, start);
            }
            pending = start === 0 ? pending + chunk : chunk.slice(start);
        });
        // With a 'data' listener in place, removing the hold lets the output flow.
        child.stdout.removeListener('readable', hold);
        void exited.then(({ code, signal, error }) => {
            if (error) {
                reject(error);
                return;
            }
            if (!state.failed && !state.stopped && code === 0 && !signal)
                emit(pending);
            if (state.failed)
                reject(state.failed);
            else if (state.stopped)
                resolve(count);
            else if (code !== 0 || signal)
                reject(new ExecError('git', args, code, stderr(), signal));
            else
                resolve(count);
        });
    });
}
/**
 * Streams the commits of a range from ONE `git log` process, newest first, calling `onCommit` for each as soon as
 * its record is complete. Resolves with the number of commits.
 */
function streamCommits(git, range, onCommit) {
    return streamRecords(git, logArguments(range), RS, (record) => {
        onCommit(parseRecord(record));
        return undefined;
    });
}
function parseRecord(record) {
    // Five unit separators end the five header fields; the message after them is kept whole, a US inside it included.
    const ends = [];
    for (let from = 0; ends.length < 5;) {
        const at = record.indexOf(US, from);
        if (at < 0)
            throw new Error(`Unexpected git log record: ${JSON.stringify(record.slice(0, 200))}`);
        ends.push(at);
        from = at + 1;
    }
    const [a = 0, b = 0, c = 0, d = 0, e = 0] = ends;
    const parents = record.slice(a + 1, b);
    let end = record.length;
    // git ends %B with a newline, and the record with another.
    while (end > e + 1 && record.charCodeAt(end - 1) === 10)
        end--;
    return {
        sha: record.slice(0, a),
        parents: parents === '' ? [] : parents.split(' '),
        authorName: record.slice(b + 1, c),
        authorEmail: record.slice(c + 1, d),
        time: Number(record.slice(d + 1, e)),
        message: record.slice(e + 1, end),
    };
}
/** `Co-authored-by: Name <email>` trailers (GitHub's convention; the key is matched case-insensitively). */
function coAuthorsOf(message) {
    const people = [];
    for (const match of message.matchAll(/^co-authored-by:\s*(.+?)\s*<([^>\s]+)>\s*$/gim)) {
        people.push({ name: match[1] ?? '', email: match[2] ?? '' });
    }
    return people;
}
/**
 * Which of `wanted` (lower-cased emails) authored or co-authored a commit reachable from `revision`. git walks the
 * history newest first and is stopped as soon as every wanted email has been seen, so the cost follows how far back
 * the answer lies, not how old the repository is: on an ordinary release every author has committed recently and
 * the walk ends after a few hundred commits. Only when someone is new does the walk go to the root (`limit` bounds
 * it; the emails not seen within it are reported as unknown rather than new).
 */
async function authorsSeenFrom(git, revision, wanted, limit) {
    if (wanted.size === 0)
        return { seen: new Set(), complete: true, walked: 0 };
    return startAuthorWalk(git, revision, limit).seen(wanted);
}
/**
 * authorsSeenFrom in two steps: git starts now (while the caller still reads the release, which tells it whose
 * earlier commits to look for) and is read when `seen` is called. The start-up is what an early start saves: the
 * walk itself stops where it would have stopped.
 */
function startAuthorWalk(git, revision, limit) {
    // %aE alone is cheap for git; the trailers ask it to read each message's body, which a co-author needs.
    const args = ['log', `--format=%aE${US}%(trailers:key=Co-authored-by,valueonly,separator=%x1f)${RS}`, revision];
    if (limit !== undefined)
        args.splice(1, 0, `--max-count=${limit}`);
    const records = openRecords(git, args, RS);
    return {
        cancel: () => records.cancel(),
        async seen(wanted) {
            const seen = new Set();
            if (wanted.size === 0) {
                records.cancel();
                return { seen, complete: true, walked: 0 };
            }
            const note = (email) => {
                const key = email.toLowerCase();
                if (wanted.has(key))
                    seen.add(key);
            };
            const walk = { stoppedEarly: false, walked: 0 };
            await records.read((record) => {
                const line = record.charCodeAt(0) === 10 ? record.slice(1) : record;
                // What follows the last separator is git's final newline, not a commit.
                if (line === '')
                    return undefined;
                walk.walked++;
                const [author = '', ...coAuthors] = line.split(US);
                note(author);
                for (const value of coAuthors) {
                    const match = /<([^>\s]+)>\s*$/.exec(value);
                    if (match?.[1])
                        note(match[1]);
                }
                if (seen.size === wanted.size) {
                    walk.stoppedEarly = true;
                    return 'stop';
                }
                return undefined;
            });
            const { stoppedEarly, walked } = walk;
            return { seen, complete: stoppedEarly || limit === undefined || walked < limit, walked };
        },
    };
}

;// CONCATENATED MODULE: ./packages/git/src/index.ts




/**
 * Thin, typed access to the git CLI of one repository. Every call passes an argument array; no shell. `env` is the
 * environment git runs in (an action passes `ctx.env`); git's own settings for unattended use are added to it.
 */
class Git {
    cwd;
    env;
    // The default is the process's environment for callers that have no RunnerContext (tests, the cli).
    constructor(cwd, env = (0,src/* inheritedEnvironment */.aJ)()) {
        this.cwd = cwd;
        this.env = { ...env, ...gitEnv };
    }
    /** Runs git and returns stdout with the final newline removed. */
    async run(args, options = {}) {
        const result = await (0,src/* exec */.m0)('git', args, {
            ...(options.input === undefined ? { noStdin: true } : {}),
            ...options,
            cwd: this.cwd,
            env: { ...this.env, ...options.env },
        });
        return result.stdout.replace(/\n$/, '');
    }
    /**
     * Runs git and returns undefined instead of throwing when it exits non-zero. Git gets neither a standard input nor
     * a pipe for its messages, which nothing reads: two pipes fewer to set up for each of these short questions.
     */
    async tryRun(args) {
        const result = await (0,src/* exec */.m0)('git', args, {
            cwd: this.cwd,
            allowFailure: true,
            env: { ...this.env },
            noStdin: true,
            discardStderr: true,
        });
        return result.exitCode === 0 ? result.stdout.replace(/\n$/, '') : undefined;
    }
    async isRepository() {
        return (await this.tryRun(['rev-parse', '--git-dir'])) !== undefined;
    }
    async isShallow() {
        return (await this.tryRun(['rev-parse', '--is-shallow-repository'])) === 'true';
    }
    /** The full SHA of a revision, or undefined when it does not exist here. */
    async resolve(revision) {
        return this.tryRun(['rev-parse', '--verify', '--quiet', `${revision}^{commit}`]);
    }
    /**
     * resolve() and isShallow() in one git process: `git rev-parse` answers both at once, and on a busy machine the
     * process start is most of what either costs.
     */
    async resolveAndCheckShallow(revision) {
        // HEAD in a plain checkout: from the repository's files, without a git process (see resolveHeadDirect).
        const direct = revision === 'HEAD' ? await resolveHeadDirect(this.cwd, this.env) : undefined;
        if (direct)
            return direct;
        const result = await (0,src/* exec */.m0)('git', ['rev-parse', '--is-shallow-repository', '--verify', '--quiet', `${revision}^{commit}`], { cwd: this.cwd, allowFailure: true, env: { ...this.env }, noStdin: true, discardStderr: true });
        // "true"/"false", then the commit when the revision resolves (exit 0); outside a repository, nothing.
        const [shallow = '', commit = ''] = result.stdout.split('\n');
        return { shallow: shallow === 'true', commit: result.exitCode === 0 && commit !== '' ? commit : undefined };
    }
    /**
     * Several objects in one git process (`git cat-file --batch`): each name (`HEAD^^{commit}`, `v1.2.0:./version`,
     * anything rev-parse understands) becomes its object, or undefined when it does not resolve. The whole answer is
     * undefined when the folder is not a git repository. Where a check asked "is this a repository, does that revision
     * exist, what did the file hold there", three processes become one, and each costs a fork and an exec.
     */
    async lookup(names) {
        for (const name of names)
            if (/[\r\n]/.test(name))
                throw new Error(`git lookup: ${JSON.stringify(name)} has a line break`);
        const spawn = await (0,src/* loadSpawn */.CW)();
        const { code, stdout } = await new Promise((resolve, reject) => {
            // Nothing reads git's messages: they go to the null device rather than through a pipe.
            const child = spawn('git', ['cat-file', '--batch'], {
                cwd: this.cwd,
                env: this.env,
                stdio: ['pipe', 'pipe', 'ignore'],
            });
            const chunks = [];
            child.stdout.on('data', (chunk) => chunks.push(chunk));
            child.on('error', reject);
            child.on('close', (exitCode) => resolve({ code: exitCode, stdout: Buffer.concat(chunks) }));
            child.stdin.on('error', () => undefined);
            child.stdin.end(names.map((name) => `${name}\n`).join(''));
        });
        if (code !== 0)
            return undefined;
        // Each answer is `<oid> <type> <size>\n<contents>\n`, or `<name> missing\n` (or `ambiguous`).
        const objects = [];
        let at = 0;
        for (let i = 0; i < names.length; i++) {
            const end = stdout.indexOf(0x0a, at);
            if (end < 0)
                throw new Error(`git cat-file --batch: the answer for ${JSON.stringify(names[i])} is cut short`);
            const header = stdout.subarray(at, end).toString('utf8');
            const [, oid, type, length] = /^([0-9a-f]{40,64}) (\w+) (\d+)$/.exec(header) ?? [];
            if (oid === undefined || type === undefined || length === undefined) {
                objects.push(undefined);
                at = end + 1;
                continue;
            }
            const size = Number(length);
            objects.push({ oid, type, content: stdout.subarray(end + 1, end + 1 + size) });
            at = end + 1 + size + 1;
        }
        return objects;
    }
    /** All tag names, optionally matching a glob (`v*`). */
    async tags(pattern) {
        const out = await this.run(['tag', '--list', ...(pattern ? [pattern] : [])]);
        return out === '' ? [] : out.split('\n');
    }
    /** Tags with the commit each points at (annotated tags peeled), in one call. */
    async tagCommits(pattern) {
        const out = await this.run([
            'for-each-ref',
            '--format=%(refname:strip=2) %(objectname) %(*objectname)',
            pattern ? `refs/tags/${pattern}` : 'refs/tags',
        ]);
        const map = new Map();
        for (const line of out.split('\n')) {
            if (!line)
                continue;
            const [name = '', object = '', peeled = ''] = line.split(' ');
            map.set(name, peeled || object);
        }
        return map;
    }
    /**
     * Committer time of a revision, in seconds since the epoch. A full commit SHA or HEAD in a plain checkout is read
     * from the repository's files (readCommitDirect), without a git process; anything else is git's answer.
     */
    async commitTime(revision = 'HEAD') {
        const commit = await readCommitDirect(this.cwd, this.env, revision);
        const seconds = commit && committerTime(commit);
        if (seconds !== undefined)
            return seconds;
        const out = await this.tryRun(['show', '-s', '--format=%ct', revision]);
        return out === undefined || out === '' ? undefined : Number(out);
    }
    /** A file's text at a revision, or undefined when the file or revision is not there. */
    async showFile(revision, file) {
        return this.tryRun(['show', `${revision}:${file}`]);
    }
    async isAncestor(ancestor, descendant) {
        const result = await (0,src/* exec */.m0)('git', ['merge-base', '--is-ancestor', ancestor, descendant], {
            cwd: this.cwd,
            allowFailure: true,
            env: { ...this.env },
            noStdin: true,
            discardStderr: true,
        });
        return result.exitCode === 0;
    }
    /** Files changed between two revisions (names relative to the repository root). */
    async changedFiles(base, head) {
        const out = await this.run(['diff', '--name-only', '-z', base, head]);
        return out.split('\0').filter((name) => name !== '');
    }
    async remoteUrl(remote = 'origin') {
        return this.tryRun(['remote', 'get-url', remote]);
    }
}
const gitEnv = { GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', LC_ALL: 'C' };

;// CONCATENATED MODULE: ./actions/version-check/src/json-locate.ts
/**
 * A strict JSON (RFC 8259) reader that keeps where each value starts, so a mismatch can be annotated on its line.
 * JSON.parse gives values without positions; this gives both, for the one path asked for.
 */
class JsonSyntaxError extends Error {
    offset;
    name = 'JsonSyntaxError';
    constructor(message, offset) {
        super(message);
        this.offset = offset;
    }
}
function parseJson(text) {
    const reader = new JsonReader(text);
    // A BOM is not JSON, but editors write it and Node's own package.json reader skips it.
    if (text.startsWith('\uFEFF'))
        reader.at = 1;
    const root = reader.value();
    reader.space();
    if (reader.at < text.length)
        reader.fail(`unexpected ${describe(text, reader.at)} after the JSON value`);
    return root;
}
/** A recursive descent over the text, one method per production; `at` is where the next character is read. */
class JsonReader {
    text;
    at = 0;
    constructor(text) {
        this.text = text;
    }
    fail(message) {
        throw new JsonSyntaxError(message, this.at);
    }
    space() {
        while (this.at < this.text.length && ' \t\n\r'.includes(this.text[this.at] ?? ''))
            this.at++;
    }
    value() {
        this.space();
        const offset = this.at;
        const char = this.text[this.at];
        if (char === '{')
            return this.object(offset);
        if (char === '[')
            return this.array(offset);
        if (char === '"')
            return { kind: 'scalar', offset, value: this.string() };
        for (const [word, literal] of [
            ['true', true],
            ['false', false],
            ['null', null],
        ]) {
            if (this.text.startsWith(word, this.at)) {
                this.at += word.length;
                return { kind: 'scalar', offset, value: literal };
            }
        }
        const number = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
        number.lastIndex = this.at;
        const match = number.exec(this.text);
        if (match) {
            this.at += match[0].length;
            return { kind: 'scalar', offset, value: Number(match[0]) };
        }
        return this.fail(`expected a value but found ${describe(this.text, this.at)}`);
    }
    object(offset) {
        this.at++;
        const entries = new Map();
        this.space();
        if (this.text[this.at] === '}') {
            this.at++;
            return { kind: 'object', offset, entries };
        }
        for (;;) {
            this.space();
            if (this.text[this.at] !== '"')
                this.fail(`expected a property name but found ${describe(this.text, this.at)}`);
            const key = this.string();
            this.space();
            this.expect(':');
            // Duplicate keys: the last one wins, as with JSON.parse and npm.
            entries.set(key, this.value());
            this.space();
            if (this.text[this.at] === ',')
                this.at++;
            else if (this.text[this.at] === '}') {
                this.at++;
                return { kind: 'object', offset, entries };
            }
            else
                this.fail(`expected ',' or '}' but found ${describe(this.text, this.at)}`);
        }
    }
    array(offset) {
        this.at++;
        const items = [];
        this.space();
        if (this.text[this.at] === ']') {
            this.at++;
            return { kind: 'array', offset, items };
        }
        for (;;) {
            items.push(this.value());
            this.space();
            if (this.text[this.at] === ',')
                this.at++;
            else if (this.text[this.at] === ']') {
                this.at++;
                return { kind: 'array', offset, items };
            }
            else
                this.fail(`expected ',' or ']' but found ${describe(this.text, this.at)}`);
        }
    }
    string() {
        const start = this.at;
        this.at++;
        for (;;) {
            const char = this.text[this.at];
            if (char === undefined)
                this.fail('unterminated string');
            else if (char === '"')
                break;
            else if (char === '\\')
                this.at += 2;
            else if (char < ' ')
                this.fail('control character in a string');
            else
                this.at++;
        }
        this.at++;
        try {
            return JSON.parse(this.text.slice(start, this.at));
        }
        catch {
            this.at = start;
            return this.fail('invalid escape in a string');
        }
    }
    expect(char) {
        if (this.text[this.at] !== char)
            this.fail(`expected '${char}' but found ${describe(this.text, this.at)}`);
        this.at++;
    }
}
function describe(text, at) {
    const char = text[at];
    return char === undefined ? 'the end of the file' : JSON.stringify(char);
}

;// CONCATENATED MODULE: ./actions/version-check/src/problems.ts
/** 1-based line and column of a character offset in a text. */
function positionAt(text, offset) {
    let line = 1;
    let lineStart = 0;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
        line++;
        lineStart = i + 1;
    }
    return { line, column: offset - lineStart + 1 };
}

;// CONCATENATED MODULE: ./actions/version-check/src/documents.ts


const NAMES = { json: 'JSON', yaml: 'YAML', toml: 'TOML' };
/** Reads `key` out of a JSON, YAML or TOML text, with the line and column where its value is written. */
async function lookup(text, format, key) {
    switch (format) {
        case 'json':
            return lookupJson(text, key);
        case 'yaml':
            return lookupYaml(text, key);
        case 'toml':
            return lookupToml(text, key);
    }
}
function formatName(format) {
    return NAMES[format];
}
function lookupJson(text, key) {
    let node;
    try {
        node = parseJson(text);
    }
    catch (error) {
        if (!(error instanceof JsonSyntaxError))
            throw error;
        return { kind: 'syntax', message: error.message, ...positionAt(text, error.offset) };
    }
    for (const [index, segment] of key.entries()) {
        const next = node.kind === 'object'
            ? node.entries.get(segment)
            : node.kind === 'array' && /^\d+$/.test(segment)
                ? node.items[Number(segment)]
                : undefined;
        if (next === undefined)
            return { kind: 'missing', found: key.slice(0, index) };
        node = next;
    }
    const position = positionAt(text, node.offset);
    return node.kind === 'scalar'
        ? { kind: 'found', value: node.value, ...position }
        : { kind: 'container', type: node.kind, ...position };
}
// yaml and smol-toml load only when a rule needs them: most repositories check a package.json alone.
async function lookupYaml(text, key) {
    const { LineCounter, parseDocument, isMap, isScalar, isSeq } = await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19));
    const lineCounter = new LineCounter();
    const document = parseDocument(text, { lineCounter, prettyErrors: false });
    const error = document.errors[0];
    if (error) {
        const position = lineCounter.linePos(error.pos[0]);
        return {
            kind: 'syntax',
            message: error.message.split('\n')[0] ?? error.code,
            line: position.line,
            column: position.col,
        };
    }
    let node = document.contents;
    for (const [index, segment] of key.entries()) {
        let next;
        if (isMap(node))
            next = node.get(segment, true);
        else if (isSeq(node) && /^\d+$/.test(segment))
            next = node.items[Number(segment)];
        if (next === undefined || next === null)
            return { kind: 'missing', found: key.slice(0, index) };
        node = next;
    }
    const range = node.range;
    const position = range ? lineCounter.linePos(range[0]) : undefined;
    const where = { line: position?.line, column: position?.col };
    if (isScalar(node))
        return { kind: 'found', value: node.value, ...where };
    return { kind: 'container', type: isSeq(node) ? 'array' : 'object', ...where };
}
async function lookupToml(text, key) {
    const { parse, TomlError } = await __nccwpck_require__.e(/* import() */ 292).then(__nccwpck_require__.bind(__nccwpck_require__, 3292));
    let value;
    try {
        value = parse(text);
    }
    catch (error) {
        if (!(error instanceof TomlError))
            throw error;
        return {
            kind: 'syntax',
            message: error.message.split('\n')[0] ?? 'invalid TOML',
            line: error.line,
            column: error.column,
        };
    }
    for (const [index, segment] of key.entries()) {
        const next = Array.isArray(value) && /^\d+$/.test(segment)
            ? value[Number(segment)]
            : typeof value === 'object' && value !== null && Object.hasOwn(value, segment)
                ? value[segment]
                : undefined;
        if (next === undefined)
            return { kind: 'missing', found: key.slice(0, index) };
        value = next;
    }
    const position = locateTomlKey(text, key, value);
    if (Array.isArray(value))
        return { kind: 'container', type: 'array', ...position };
    // A TOML date-time is a Date object here: report it as the value it is, not as a table.
    if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
        return { kind: 'container', type: 'object', ...position };
    }
    return { kind: 'found', value, ...position };
}
const BARE_OR_QUOTED = String.raw `(?:[A-Za-z0-9_-]+|"(?:[^"\\]|\\.)*"|'[^']*')`;
const DOTTED = new RegExp(String.raw `^(${BARE_OR_QUOTED}(?:\s*\.\s*${BARE_OR_QUOTED})*)\s*=\s*`);
const HEADER = new RegExp(String.raw `^\[\[?\s*(${BARE_OR_QUOTED}(?:\s*\.\s*${BARE_OR_QUOTED})*)\s*\]\]?`);
/**
 * Where a TOML key's value is written. smol-toml gives values without positions, so the lines are scanned for
 * `[table]` headers and `dotted.key = value` lines; a key inside an inline table falls back to where its value appears.
 */
function locateTomlKey(text, key, value) {
    const lines = text.split('\n');
    let table = [];
    let openString;
    for (const [index, raw] of lines.entries()) {
        if (openString !== undefined) {
            if (raw.includes(openString))
                openString = undefined;
            continue;
        }
        const indent = raw.length - raw.trimStart().length;
        const line = raw.trim();
        const header = HEADER.exec(line);
        if (header) {
            table = splitKey(header[1] ?? '');
            continue;
        }
        const assignment = DOTTED.exec(line);
        if (!assignment)
            continue;
        const rest = line.slice(assignment[0].length);
        const full = [...table, ...splitKey(assignment[1] ?? '')];
        if (full.length === key.length && full.every((segment, i) => segment === key[i])) {
            return { line: index + 1, column: indent + assignment[0].length + 1 };
        }
        for (const quotes of ['"""', "'''"]) {
            if (rest.startsWith(quotes) && !rest.slice(3).includes(quotes))
                openString = quotes;
        }
    }
    if (typeof value === 'string') {
        for (const literal of [JSON.stringify(value), `'${value}'`]) {
            const offset = text.indexOf(literal);
            if (offset !== -1)
                return positionAt(text, offset);
        }
    }
    return {};
}
function splitKey(dotted) {
    const parts = [];
    for (const match of dotted.matchAll(new RegExp(BARE_OR_QUOTED, 'g'))) {
        const part = match[0];
        parts.push(part.startsWith('"') ? JSON.parse(part) : part.startsWith("'") ? part.slice(1, -1) : part);
    }
    return parts;
}

;// CONCATENATED MODULE: ./actions/version-check/src/consistency.ts





const MISMATCH = 'Version mismatch';
const MISSING = 'Version not found';
/**
 * Checks every rule against the version: each file a rule names (or its glob matches) must hold exactly that
 * version. A missing file, key or match is a problem too: a rule that finds nothing proves nothing.
 */
async function checkConsistency(rules, version, options) {
    const report = { checked: [], problems: [] };
    let files;
    for (const rule of rules) {
        const where = `files line ${rule.inputLine}: ${rule.source}`;
        let targets = [rule.path];
        if (rule.glob) {
            files ??= options.listFiles();
            // picomatch is loaded for a glob rule only: most runs name their files.
            const { default: picomatch } = await __nccwpck_require__.e(/* import() */ 6).then(__nccwpck_require__.t.bind(__nccwpck_require__, 4006, 23));
            const isMatch = picomatch(rule.path, { dot: false });
            targets = (await files).filter((file) => isMatch(file));
            if (targets.length === 0) {
                report.checked.push({ file: rule.path, rule: rule.source, verdict: 'no match' });
                report.problems.push({ title: MISSING, message: `No file matches ${(0,src/* quote */.hD)(rule.path)} (${where})` });
                continue;
            }
        }
        for (const file of targets)
            await checkFile(rule, file, version, options, report, where);
    }
    return report;
}
async function checkFile(rule, file, version, options, report, where) {
    const row = (fields) => report.checked.push({ file, rule: rule.source, ...fields });
    let text;
    try {
        text = await (0,promises_.readFile)(external_node_path_default().join(options.workspace, file), 'utf8');
    }
    catch (error) {
        const missing = error.code === 'ENOENT';
        row({ verdict: missing ? 'missing file' : 'unreadable' });
        const reason = missing ? 'the file does not exist' : `the file cannot be read (${String(error)})`;
        report.problems.push({ title: MISSING, message: `${file}: ${reason} (${where})` });
        return;
    }
    const mismatch = (value, line, column, what) => {
        row({ line, value, verdict: 'mismatch' });
        report.problems.push({
            title: MISMATCH,
            file,
            line,
            column,
            message: `${file}${line === undefined ? '' : `:${line}`}: ${what} is ${(0,src/* quote */.hD)(value)} but the version file ${options.versionFile} holds ${version} (${where})`,
        });
    };
    if (rule.kind === 'regex') {
        let matched = false;
        for (const match of text.matchAll(rule.pattern)) {
            const value = match.groups?.version;
            const span = match.indices?.groups?.version;
            if (value === undefined || span === undefined)
                continue;
            matched = true;
            const { line, column } = positionAt(text, span[0]);
            if (value === version)
                row({ line, value, verdict: 'match' });
            else
                mismatch(value, line, column, 'the version');
        }
        if (!matched) {
            row({ verdict: 'no match' });
            report.problems.push({
                title: MISSING,
                file,
                message: `${file}: ${rule.pattern.toString().replace(/[dg]+$/, '')} does not match anywhere in the file (${where})`,
            });
        }
        return;
    }
    const key = rule.key.join('.');
    const found = await lookup(text, rule.format, rule.key);
    if (found.kind === 'syntax') {
        row({ line: found.line, verdict: 'unreadable' });
        report.problems.push({
            title: `Invalid ${formatName(rule.format)}`,
            file,
            line: found.line,
            column: found.column,
            message: `${file}${found.line === undefined ? '' : `:${found.line}:${found.column ?? 1}`}: not valid ${formatName(rule.format)}: ${found.message} (${where})`,
        });
        return;
    }
    if (found.kind === 'missing') {
        row({ verdict: 'missing key' });
        const had = found.found.length > 0 ? ` (it has ${found.found.join('.')}, but not what follows)` : '';
        report.problems.push({ title: MISSING, file, message: `${file}: no key ${key}${had} (${where})` });
        return;
    }
    if (found.kind === 'container' || typeof found.value !== 'string') {
        const shown = found.kind === 'container' ? `(${found.type})` : scalarText(found.value);
        const what = found.kind === 'container' ? `an ${found.type}` : describeValue(found.value);
        row({ line: found.line, value: shown, verdict: 'mismatch' });
        report.problems.push({
            title: MISMATCH,
            file,
            line: found.line,
            column: found.column,
            message: `${file}${found.line === undefined ? '' : `:${found.line}`}: ${key} is ${what}, not the string ${JSON.stringify(version)}; write it as a quoted string (${where})`,
        });
        return;
    }
    if (found.value === version)
        row({ line: found.line, value: found.value, verdict: 'match' });
    else
        mismatch(found.value, found.line, found.column, key);
}
function describeValue(value) {
    if (value === null)
        return 'null';
    return `the ${value instanceof Date ? 'date' : typeof value} ${scalarText(value)}`;
}
/** A non-string scalar as it reads in its file: a number, a boolean, a TOML date. */
function scalarText(value) {
    if (value instanceof Date)
        return value.toISOString();
    if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
        return String(value);
    return JSON.stringify(value);
}

// EXTERNAL MODULE: ./node_modules/semver/functions/gt.js
var gt = __nccwpck_require__(6599);
var gt_default = /*#__PURE__*/__nccwpck_require__.n(gt);
;// CONCATENATED MODULE: ./actions/version-check/src/version-file.ts


const version_file_FORMAT = 'Version file format';
const EXAMPLE = 'MAJOR.MINOR.PATCH[-PRERELEASE][+BUILD] with no leading zeros, such as 1.2.3 or 2.0.0-rc.1';
/**
 * Checks that a version file holds exactly one SemVer 2.0.0 version and nothing else: no byte order mark, no CRLF, no
 * leading `v`, no surrounding white space, no second line. One final newline is allowed. Each mistake is its own
 * problem with its line and column, because a BOM or a CR is invisible in an editor and must be pointed at.
 */
function checkVersionText(text, file) {
    const problems = [];
    const at = (line, column, message) => {
        problems.push({ title: version_file_FORMAT, file, line, column, message: `${file}:${line}:${column}: ${message}` });
    };
    let body = text;
    if (body.startsWith('\uFEFF')) {
        at(1, 1, 'the file starts with a byte order mark (U+FEFF); save it as UTF-8 without a BOM');
        body = body.slice(1);
    }
    const lines = body.split('\n');
    // One final newline is allowed: "1.2.3\n" is one line, not a line and an empty one.
    if (lines.length > 1 && lines.at(-1) === '')
        lines.pop();
    for (const [index, line] of lines.entries()) {
        const cr = line.indexOf('\r');
        if (cr === -1)
            continue;
        const ending = cr === line.length - 1 ? 'ends with CRLF (\\r\\n)' : 'holds a carriage return (\\r)';
        at(index + 1, cr + 1, `line ${index + 1} ${ending}; use LF line endings`);
        lines[index] = line.replace(/\r/g, '');
    }
    const versionIndex = lines.findIndex((line) => line.trim() !== '');
    if (versionIndex === -1) {
        at(1, 1, `the file is empty; expected one SemVer 2.0.0 version (${EXAMPLE})`);
        return { line: 1, problems };
    }
    for (const [index, line] of lines.entries()) {
        if (index === versionIndex)
            continue;
        if (line.trim() === '') {
            const where = index < versionIndex ? 'before' : 'after';
            at(index + 1, 1, `line ${index + 1} is blank ${where} the version; the file holds one line (a final newline is fine)`);
        }
        else {
            at(index + 1, 1, `line ${index + 1} holds ${(0,src/* quote */.hD)(line)}; the file holds exactly one line, the version`);
        }
    }
    const line = lines[versionIndex] ?? '';
    const lineNumber = versionIndex + 1;
    const leading = /^\s+/.exec(line)?.[0] ?? '';
    const trailing = /\s+$/.exec(line)?.[0] ?? '';
    if (leading)
        at(lineNumber, 1, `the version has leading white space ${(0,src/* quote */.hD)(leading)}; remove it`);
    if (trailing) {
        at(lineNumber, line.length - trailing.length + 1, `the version has trailing white space ${(0,src/* quote */.hD)(trailing)}; remove it`);
    }
    let token = line.trim();
    if (/^[vV]\d/.test(token)) {
        at(lineNumber, leading.length + 1, `the version starts with ${(0,src/* quote */.hD)(token[0] ?? 'v')}; write the bare version ${(0,src/* quote */.hD)(token.slice(1))} (the tag prefix is added by tag-prefix)`);
        token = token.slice(1);
    }
    const version = parseStrict(token);
    if (!version) {
        at(lineNumber, leading.length + 1, `${(0,src/* quote */.hD)(token)} is not a SemVer 2.0.0 version; expected ${EXAMPLE}`);
    }
    return version ? { version, line: lineNumber, problems } : { line: lineNumber, problems };
}
/**
 * SemVer 2.0.0, strictly. The semver package's strict mode still accepts a leading `v` and trims white space, so
 * both are refused here first: the text must be exactly the version.
 */
function parseStrict(text) {
    if (!/^\d/.test(text) || text !== text.trim())
        return undefined;
    const parsed = parse_default()(text, { loose: false });
    if (!parsed)
        return undefined;
    return {
        version: parsed.raw,
        major: parsed.major,
        minor: parsed.minor,
        patch: parsed.patch,
        prerelease: parsed.prerelease.join('.'),
        build: parsed.build.join('.'),
        isPrerelease: parsed.prerelease.length > 0,
    };
}
/**
 * The version an older revision of the file held, forgiving the format mistakes the format check reports for the
 * current one (a base branch may predate the check): BOM, CRLF, a leading `v`, white space.
 */
function versionFromOldText(text) {
    const first = text
        .replace(/^\uFEFF/, '')
        .split(/\r?\n/)
        .find((line) => line.trim() !== '');
    const token = first?.trim().replace(/^[vV](?=\d)/, '');
    return token === undefined ? undefined : parseStrict(token)?.version;
}

;// CONCATENATED MODULE: ./actions/version-check/src/guards.ts



function tagFor(at) {
    return `${at.tagPrefix}${at.version}`;
}
/** On a tag push the tag must be exactly tag-prefix + version: a release is named after the version it ships. */
function releaseTagGuard(context, at) {
    const guard = 'release tag';
    if (!context.ref.startsWith('refs/tags/'))
        return { guard, verdict: 'skipped', detail: 'not a tag push' };
    const pushed = context.ref.slice('refs/tags/'.length);
    const expected = tagFor(at);
    if (pushed === expected)
        return { guard, verdict: 'pass', detail: `tag ${pushed} matches` };
    const fix = pushed.startsWith(at.tagPrefix)
        ? `set ${at.file} to ${pushed.slice(at.tagPrefix.length)} or tag ${expected} instead`
        : `tags of this repository are ${(0,src/* quote */.hD)(at.tagPrefix)} + version (tag-prefix): tag ${expected} instead`;
    const detail = `tag ${pushed} does not match version ${at.version} (expected ${expected})`;
    return {
        guard,
        verdict: 'fail',
        detail,
        problem: {
            title: 'Tag does not match the version',
            file: at.file,
            line: at.line,
            message: `The pushed ${detail}: ${fix}`,
        },
    };
}
/**
 * With fail-if-released, a version whose tag already exists must not reach a release branch again: it was shipped,
 * so a change needs a new version. A shallow clone without tags cannot tell, so origin is asked; when it cannot be
 * reached either, the guard fails and says how to fetch the tags instead of passing blind.
 */
async function releasedGuard(git, context, at) {
    const guard = 'not released yet';
    const tag = tagFor(at);
    if (context.ref.startsWith('refs/tags/'))
        return { guard, verdict: 'skipped', detail: 'a tag push releases it' };
    const failed = (detail, message) => ({
        guard,
        verdict: 'fail',
        detail,
        problem: { title: 'Version already released', file: at.file, line: at.line, message },
    });
    const released = () => failed(`tag ${tag} exists`, `Version ${at.version} was already released: tag ${tag} exists. Bump the version in ${at.file} (fail-if-released)`);
    if ((await git.resolve(`refs/tags/${tag}`)) !== undefined)
        return released();
    const shallow = await git.isShallow();
    const anyTag = (await git.tags()).length > 0;
    if (!shallow && anyTag)
        return { guard, verdict: 'pass', detail: `no tag ${tag}` };
    if ((await git.remoteUrl('origin')) !== undefined) {
        try {
            const remote = await (0,src/* retry */.L5)(() => git.run(['ls-remote', '--tags', 'origin', `refs/tags/${tag}`]), {
                attempts: 3,
                minDelayMs: 1000,
                maxElapsedMs: 30_000,
                shouldRetry: () => true,
            });
            return remote.trim() === '' ? { guard, verdict: 'pass', detail: `no tag ${tag} on origin` } : released();
        }
        catch {
            // Fall through: say what to fetch.
        }
    }
    if (!shallow)
        return { guard, verdict: 'pass', detail: `no tag ${tag} (the repository has no tags)` };
    return failed('tags not fetched', `Cannot tell whether ${tag} was released: this clone is shallow, has no tags and origin could not be asked. Set fetch-depth: 0 (or fetch-tags: true) in actions/checkout, or run git fetch --tags origin before this step`);
}
/**
 * The version before this change (the base branch on a pull request, origin/<base> first, then a local <base>; else
 * the push's `before` or HEAD's parent), and whether the workspace is a git repository at all, from one git process:
 * each candidate revision and the file on it are looked up together (`git cat-file --batch`).
 */
async function readPreviousVersion(git, context, file) {
    const candidates = context.eventName.startsWith('pull_request') && context.baseRef
        ? baseCandidates(context.baseRef)
        : [context.before, 'HEAD^']
            .filter((revision) => revision !== undefined && revision !== '' && !/^0+$/.test(revision))
            .map((revision) => ({ revision, shown: revision }));
    const { repository, found } = await firstVersionAt(git, candidates, file);
    return { repository, previous: found };
}
const baseCandidates = (baseRef) => [
    { revision: `refs/remotes/origin/${baseRef}`, shown: `origin/${baseRef}` },
    { revision: baseRef, shown: baseRef },
];
/** The version file at the first candidate that resolves to a commit (its text undefined when it has no such file). */
async function firstVersionAt(git, candidates, file) {
    const names = candidates.flatMap(({ revision }) => [`${revision}^{commit}`, `${revision}:./${file}`]);
    const objects = await git.lookup(names);
    if (objects === undefined)
        return { repository: false, found: undefined };
    for (const [index, { shown }] of candidates.entries()) {
        if (objects[2 * index] === undefined)
            continue;
        const blob = objects[2 * index + 1];
        // As `git show` gives it, without the final newline; what is not a file there (a folder) cannot be a version.
        const text = blob === undefined ? undefined : blob.type === 'blob' ? blob.content.toString('utf8').replace(/\n$/, '') : '';
        return { repository: true, found: { revision: shown, text } };
    }
    return { repository: true, found: undefined };
}
/**
 * With require-bump on a pull request, the version must be greater (SemVer precedence) than the base branch's, so
 * every merge ships a new version. A base branch that is not fetched is a failure that says how to fetch it.
 */
function bumpGuard(context, at, base) {
    const guard = 'version bumped';
    if (!context.eventName.startsWith('pull_request'))
        return { guard, verdict: 'skipped', detail: 'not a pull request' };
    const baseRef = context.baseRef;
    const problem = (message) => ({ title: 'Version not bumped', file: at.file, line: at.line, message });
    if (!baseRef) {
        const message = 'Cannot check the bump: the pull_request event names no base branch (pull_request.base.ref, GITHUB_BASE_REF)';
        return { guard, verdict: 'fail', detail: 'no base branch', problem: problem(message) };
    }
    if (!base) {
        return {
            guard,
            verdict: 'fail',
            detail: `base ${baseRef} not fetched`,
            problem: problem(`Cannot read ${at.file} on the base branch: neither origin/${baseRef} nor ${baseRef} exists in this clone. Set fetch-depth: 0 in actions/checkout, or run git fetch origin ${baseRef} before this step (require-bump)`),
        };
    }
    if (base.text === undefined) {
        return { guard, verdict: 'pass', detail: `${at.file} is new (absent on ${base.revision})` };
    }
    const previous = versionFromOldText(base.text);
    if (previous === undefined) {
        return { guard, verdict: 'pass', detail: `${base.revision} holds no valid version (${(0,src/* quote */.hD)(base.text.trim())})` };
    }
    if (gt_default()(at.version, previous))
        return { guard, verdict: 'pass', detail: `${previous} → ${at.version}` };
    return {
        guard,
        verdict: 'fail',
        detail: `${at.version} is not greater than ${previous} on ${base.revision}`,
        problem: problem(`Version ${at.version} is not greater than ${previous} on ${base.revision}: bump the version in ${at.file} (require-bump)`),
    };
}

;// CONCATENATED MODULE: ./actions/version-check/src/workspace-files.ts



/**
 * The files a glob rule can match, workspace-relative with `/` separators, sorted: git's tracked and untracked
 * (not ignored) files when the workspace is a git checkout, else every file under it. node_modules never counts:
 * a dependency's package.json is not this repository's version.
 */
async function workspaceFiles(workspace, git) {
    let files;
    if (await git.isRepository()) {
        const out = await git.run(['ls-files', '-z', '--cached', '--others', '--exclude-standard']);
        // A file deleted in the work tree but not yet from the index is still listed by --cached.
        files = out.split('\0').filter((file) => file !== '' && (0,external_node_fs_.existsSync)(external_node_path_default().join(workspace, file)));
    }
    else {
        files = await walk(workspace, '');
    }
    return [...new Set(files)].filter((file) => !file.split('/').includes('node_modules')).sort();
}
async function walk(root, relative) {
    const found = [];
    for (const entry of await (0,promises_.readdir)(external_node_path_default().join(root, relative), { withFileTypes: true })) {
        if (entry.name === '.git' || entry.name === 'node_modules')
            continue;
        const child = relative ? `${relative}/${entry.name}` : entry.name;
        if (entry.isDirectory())
            found.push(...(await walk(root, child)));
        else if (entry.isFile())
            found.push(child);
    }
    return found;
}

;// CONCATENATED MODULE: ./actions/version-check/src/check.ts








/**
 * Runs every check and collects every problem, so one run reports all that is wrong: the version file's format,
 * each consistency rule, then the release and bump guards.
 */
async function runVersionCheck(inputs, context, logger) {
    const git = new Git(inputs.workspace);
    const file = external_node_path_default().relative(inputs.workspace, inputs.versionFile).split((external_node_path_default()).sep).join('/');
    const result = {
        versionFile: file,
        versionLine: 1,
        wellFormed: false,
        changed: false,
        checked: [],
        guards: [],
        problems: [],
    };
    let text;
    try {
        text = await (0,promises_.readFile)(inputs.versionFile, 'utf8');
    }
    catch (error) {
        const missing = error.code === 'ENOENT';
        result.problems.push({
            title: 'Version file not found',
            message: missing
                ? `The version file ${file} does not exist: create it with the version (such as 1.0.0), or set version-file`
                : `The version file ${file} cannot be read: ${String(error)}`,
        });
        return result;
    }
    const format = checkVersionText(text, file);
    result.versionLine = format.line;
    result.wellFormed = format.problems.length === 0;
    result.problems.push(...format.problems);
    if (!format.version)
        return result;
    const version = format.version;
    result.version = version;
    logger.info(`Version ${version.version} (from ${file})${result.wellFormed ? '' : ' (badly written, see the errors)'}`);
    const consistency = await checkConsistency(inputs.files, version.version, {
        workspace: inputs.workspace,
        versionFile: file,
        listFiles: () => workspaceFiles(inputs.workspace, git),
    });
    result.checked = consistency.checked;
    result.problems.push(...consistency.problems);
    const at = { version: version.version, file, line: format.line, tagPrefix: inputs.tagPrefix };
    result.tag = tagFor(at);
    // One git process says whether this is a repository and reads the version file at the revision before.
    const { repository: isRepository, previous } = await readPreviousVersion(git, context, file);
    result.guards.push(releaseTagGuard(context, at));
    if (inputs.failIfReleased) {
        result.guards.push(isRepository ? await releasedGuard(git, context, at) : notARepository('not released yet', at, 'fail-if-released'));
    }
    if (inputs.requireBump) {
        result.guards.push(isRepository ? bumpGuard(context, at, previous) : notARepository('version bumped', at, 'require-bump'));
    }
    for (const guard of result.guards)
        if (guard.problem)
            result.problems.push(guard.problem);
    if (previous) {
        result.previousRevision = previous.revision;
        const before = previous.text === undefined ? undefined : versionFromOldText(previous.text);
        result.previousVersion = before;
        // A version file that did not exist before is a change; one that cannot be read is not claimed as one.
        result.changed = previous.text === undefined ? true : before !== undefined && before !== version.version;
        logger.info(previous.text === undefined
            ? `${file} is new since ${previous.revision}`
            : `${file} on ${previous.revision}: ${before ?? (0,src/* quote */.hD)(previous.text.trim())}`);
    }
    else if (isRepository) {
        const base = context.eventName.startsWith('pull_request') ? context.baseRef : undefined;
        logger.notice(base === undefined
            ? `No earlier revision to compare ${file} with (a shallow clone, or the first commit): previous-version is empty and changed is false. Set fetch-depth: 2 or 0 in actions/checkout to compare`
            : `The base branch ${base} is not in this clone: previous-version is empty and changed is false. Set fetch-depth: 0 in actions/checkout, or run git fetch origin ${base} before this step`);
    }
    return result;
}
function notARepository(guard, at, input) {
    return {
        guard,
        verdict: 'fail',
        detail: 'not a git repository',
        problem: {
            title: 'Not a git repository',
            message: `${input} needs the git history, but the workspace is not a git repository: run actions/checkout first`,
            file: at.file,
        },
    };
}

;// CONCATENATED MODULE: ./actions/version-check/src/rules.ts


const FORMATS = { '.json': 'json', '.yaml': 'yaml', '.yml': 'yaml', '.toml': 'toml' };
const FORMS = 'one rule a line: path#dotted.key for a .json, .yaml, .yml or .toml file, or path:/regex with (?<version>…)/ for any file; a path may be a glob such as **/package.json#version';
/** Every rule of the multi-line `files` input. Blank lines and `#` comment lines are skipped but counted. */
function parseRules(text) {
    const rules = [];
    for (const [index, raw] of text.split(/\r?\n/).entries()) {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            continue;
        rules.push(parseRule(line, index + 1));
    }
    return rules;
}
function parseRule(line, inputLine) {
    const fail = (expected) => {
        throw new src/* InputError */.dz('files', line, `${expected} (line ${inputLine} of files)`);
    };
    const regex = /^(.*?):\/(.*)\/([a-z]*)$/s.exec(line);
    if (regex) {
        const [, file = '', body = '', flags = ''] = regex;
        const where = checkPath(file, fail);
        if (body === '')
            fail('a non-empty regular expression between the slashes');
        const bad = flags.split('').find((flag) => !'imsu'.includes(flag));
        if (bad !== undefined)
            fail(`regular expression flags among i, m, s, u (not ${bad})`);
        let pattern;
        try {
            pattern = new RegExp(body, `${flags}gd`);
            // An empty alternative always matches, and the match then lists every named group the pattern has.
            const groups = new RegExp(`${body}|`, flags).exec('')?.groups ?? {};
            if (!('version' in groups))
                fail('a regular expression with a named group (?<version>…) around the version');
        }
        catch (error) {
            if (error instanceof src/* InputError */.dz)
                throw error;
            return fail(`a valid regular expression (${error instanceof Error ? error.message : String(error)})`);
        }
        return { kind: 'regex', source: line, inputLine, ...where, pattern };
    }
    const hash = line.lastIndexOf('#');
    if (hash === -1)
        fail(FORMS);
    const file = line.slice(0, hash);
    const keyText = line.slice(hash + 1);
    const where = checkPath(file, fail);
    const format = FORMATS[external_node_path_default().posix.extname(file).toLowerCase()];
    if (format === undefined)
        fail(`a .json, .yaml, .yml or .toml file before #key; for other files use path:/regex/ (${FORMS})`);
    const key = keyText.split('.');
    if (keyText === '' || key.some((segment) => segment.trim() === '' || segment !== segment.trim())) {
        fail('a dotted key after # such as version or project.version (no empty segments, no spaces)');
    }
    return { kind: 'key', source: line, inputLine, ...where, format: format, key };
}
function checkPath(file, fail) {
    if (file.trim() === '')
        fail(`a file path before # or :/ (${FORMS})`);
    if (file !== file.trim())
        fail('a file path without surrounding spaces');
    if (file.includes('\\'))
        fail('a path with / separators');
    if (external_node_path_default().posix.isAbsolute(file) || file.split('/').includes('..'))
        fail('a path inside the workspace (relative, no ..)');
    return { path: external_node_path_default().posix.normalize(file), glob: /[*?[\]{}]/.test(file) };
}

;// CONCATENATED MODULE: ./actions/version-check/src/inputs.ts


function getInputs(read = (0,src/* inputReader */.cN)()) {
    return {
        workspace: read.workspace,
        versionFile: read.path('version-file', { default: 'version' }),
        files: parseRules(read.string('files')),
        // No default here: the runner fills in action.yml's `v` when the input is not given, so an empty value is a
        // workflow's explicit `tag-prefix: ''` (bare 1.2.3 tags) and must stay empty.
        tagPrefix: tagPrefix(read.string('tag-prefix')),
        failIfReleased: read.boolean('fail-if-released', { default: false }),
        requireBump: read.boolean('require-bump', { default: false }),
    };
}
/**
 * The prefix must keep prefix + version a valid tag name (git check-ref-format): no spaces, `..`, `@{`, `~^:?*[\`.
 * `@` is allowed for monorepo tags such as `widget@1.2.3`.
 */
function tagPrefix(value) {
    if (!/^[A-Za-z0-9._/@-]*$/.test(value) ||
        value.includes('..') ||
        value.startsWith('/') ||
        value.startsWith('.') ||
        value.includes('//') ||
        value.includes('/.')) {
        throw new src/* InputError */.dz('tag-prefix', value, 'a tag name prefix such as v, release- or widget@, or an empty string (letters, digits, . _ - / @)');
    }
    return value;
}

;// CONCATENATED MODULE: ./actions/version-check/src/summary.ts

const VERDICTS = {
    match: '✅ match',
    mismatch: '❌ mismatch',
    'missing file': '❌ file missing',
    'missing key': '❌ key missing',
    'no match': '❌ not found',
    unreadable: '❌ unreadable',
};
/** The step summary: every file checked with its value and verdict, the guards, and the problems. */
function renderSummary(result) {
    const ok = result.problems.length === 0;
    const version = result.version?.version;
    const title = ok
        ? `### ✅ version-check: ${version ?? ''}`
        : `### ❌ version-check: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}`;
    const rows = [
        [
            (0,src/* code */.aY)(result.versionFile),
            'version file',
            result.versionLine,
            version === undefined ? '' : (0,src/* code */.aY)(version),
            result.wellFormed ? '✅ well formed' : version === undefined ? '❌ no version' : '❌ badly written',
        ],
        ...result.checked.map((row) => [
            (0,src/* code */.aY)(row.file),
            (0,src/* code */.aY)(row.rule),
            row.line ?? '',
            row.value === undefined ? '' : (0,src/* code */.aY)(row.value),
            VERDICTS[row.verdict],
        ]),
    ];
    let markdown = `${title}\n\n${(0,src/* markdownTable */.Qj)(['File', 'Rule', 'Line', 'Value', 'Verdict'], rows)}`;
    if (result.guards.length > 0) {
        const icon = { pass: '✅ pass', fail: '❌ fail', skipped: '➖ skipped' };
        markdown += `\n${(0,src/* markdownTable */.Qj)(['Guard', 'Result', 'Detail'], result.guards.map((g) => [g.guard, icon[g.verdict], g.detail]))}`;
    }
    if (version !== undefined) {
        markdown += `\nTag ${(0,src/* code */.aY)(result.tag ?? '')}, previous version ${result.previousVersion ? (0,src/* code */.aY)(result.previousVersion) : '(unknown)'}, changed: ${result.changed ? 'yes' : 'no'}.\n`;
    }
    if (!ok)
        markdown += `\n**Problems**\n\n${result.problems.map((p) => `- ${p.message}`).join('\n')}\n`;
    return markdown;
}

;// CONCATENATED MODULE: ./actions/version-check/src/main.ts





async function main(ctx) {
    const inputs = getInputs();
    const context = eventContext(ctx);
    const result = await runVersionCheck(inputs, context, (0,src/* coreLogger */.Wj)());
    for (const problem of result.problems)
        src/* workflowCommands.error */.ip.error(problem.message, annotation(problem));
    // All outputs or none: a version that could not be read leaves every output unset rather than half of them.
    const version = result.version;
    if (version) {
        (0,src/* setOutputs */.n0)({
            version: version.version,
            major: version.major,
            minor: version.minor,
            patch: version.patch,
            prerelease: version.prerelease,
            build: version.build,
            'is-prerelease': version.isPrerelease,
            tag: result.tag,
            'previous-version': result.previousVersion ?? '',
            changed: result.changed,
            type: bumpType(result.previousVersion, version.version),
        });
    }
    await (0,src/* appendSummary */.fe)(renderSummary(result));
    if (result.problems.length > 0) {
        // Each problem is already its own annotation: the step fails once, without repeating them.
        process.exitCode = 1;
        src/* workflowCommands.info */.ip.info(`version-check failed: ${result.problems.length} problem(s), each reported above`);
    }
}
function annotation(problem) {
    const properties = { title: problem.title };
    if (problem.file !== undefined)
        properties.file = problem.file;
    if (problem.line !== undefined) {
        properties.startLine = problem.line;
        properties.endLine = problem.line;
    }
    if (problem.column !== undefined)
        properties.startColumn = problem.column;
    return properties;
}
/** The event as the runner describes it: the ref, the pull request's base branch, the commit before a push. */
function eventContext(ctx) {
    const payload = ctx.payload;
    const baseRef = typeof payload.pull_request?.base?.ref === 'string' ? payload.pull_request.base.ref : ctx.baseRef;
    const context = { eventName: ctx.eventName || 'push', ref: ctx.ref };
    if (baseRef)
        context.baseRef = baseRef;
    if (typeof payload.before === 'string')
        context.before = payload.before;
    return context;
}


/***/ }),

/***/ 513:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  dz: () => (/* reexport */ errors_InputError),
  fe: () => (/* reexport */ appendSummary),
  aY: () => (/* reexport */ code),
  Wj: () => (/* reexport */ coreLogger),
  m0: () => (/* reexport */ exec),
  aJ: () => (/* reexport */ inheritedEnvironment),
  cN: () => (/* reexport */ inputReader),
  CW: () => (/* reexport */ loadSpawn),
  Qj: () => (/* reexport */ markdownTable),
  hD: () => (/* reexport */ quote),
  L5: () => (/* reexport */ retry),
  Cs: () => (/* reexport */ runAction),
  n0: () => (/* reexport */ setOutputs),
  ip: () => (/* reexport */ workflow_commands_namespaceObject)
});

// UNUSED EXPORTS: ConfigError, ExecError, RetryableError, annotationAt, assertName, cell, details, failFrom, formatLocation, formatOutput, heading, inputVariable, isInside, isOnPath, isRetryableStatus, isTransientNetworkError, ownedPath, ownedProblem, parseList, parseRetryAfter, parseSourceDateEpoch, randomBytes, randomUUID, readRunnerContext, recordingLogger, removeOwned, silentLogger, sleep

// NAMESPACE OBJECT: ./packages/action-kit/src/workflow-commands.ts
var workflow_commands_namespaceObject = {};
__nccwpck_require__.r(workflow_commands_namespaceObject);
__nccwpck_require__.d(workflow_commands_namespaceObject, {
  addPath: () => (addPath),
  debug: () => (debug),
  error: () => (workflow_commands_error),
  exportVariable: () => (exportVariable),
  getState: () => (getState),
  group: () => (group),
  info: () => (info),
  isDebug: () => (isDebug),
  issueCommand: () => (issueCommand),
  notice: () => (notice),
  saveState: () => (saveState),
  setOutput: () => (setOutput),
  setSecret: () => (setSecret),
  warning: () => (warning)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_namespaceObject);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./packages/action-kit/src/errors.ts
/**
 * A user mistake in an action input. `runAction` turns it into one `::error` that names the input, the value and
 * what was expected, and exit code 1. Anything that is not an InputError or ConfigError is treated as a bug.
 */
class errors_InputError extends Error {
    input;
    value;
    expected;
    name = 'InputError';
    constructor(input, value, expected) {
        super(`Input '${input}' ${value === '' ? 'is empty' : `has value ${quote(value)}`}: expected ${expected}`);
        this.input = input;
        this.value = value;
        this.expected = expected;
    }
}
/** A user mistake in a file of the repository (a version file, a template, a config), with its location. */
class ConfigError extends Error {
    location;
    name = 'ConfigError';
    constructor(message, location) {
        super(location ? `${formatLocation(location)}: ${message}` : message);
        this.location = location;
    }
}
function formatLocation(location) {
    let text = location.file;
    if (location.line !== undefined)
        text += `:${location.line}`;
    if (location.line !== undefined && location.column !== undefined)
        text += `:${location.column}`;
    return text;
}
/**
 * Quotes a value for an error message, showing the invisible characters (CR, tab, BOM, zero-width spaces) that a
 * user would otherwise never see in a log, as \\uXXXX escapes.
 */
function quote(value, max = 200) {
    const shown = value.length > max ? `${value.slice(0, max)}…` : value;
    return JSON.stringify(shown).replace(/[\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\u2060\ufeff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

;// CONCATENATED MODULE: ./packages/action-kit/src/random.ts

/**
 * Cryptographically random bytes and UUIDs without node:crypto on the common path. node:crypto is not in node's
 * start-up snapshot: loading it costs an action's cold start about 8 ms, for the 16 bytes of a file command's
 * delimiter. The kernel's random device (the source node:crypto itself draws from) gives them for an open and a read.
 * Where there is none (Windows), Web Crypto's getRandomValues (node's global `crypto`, loaded then).
 */
function randomBytes(count, device = '/dev/urandom') {
    const bytes = Buffer.alloc(count);
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(device, 'r');
        for (let got = 0; got < count;) {
            const read = (0,external_node_fs_.readSync)(fd, bytes, got, count - got, null);
            if (read <= 0)
                throw new Error(`${device} gave no more bytes`);
            got += read;
        }
        return bytes;
    }
    catch {
        // getRandomValues fills at most 64 KiB at a time.
        for (let at = 0; at < count; at += 65_536)
            globalThis.crypto.getRandomValues(bytes.subarray(at, at + 65_536));
        return bytes;
    }
    finally {
        if (fd !== undefined)
            (0,external_node_fs_.closeSync)(fd);
    }
}
/** A random (version 4) UUID, in the form of node:crypto's randomUUID. */
function randomUUID(device) {
    const bytes = randomBytes(16, device);
    bytes.writeUInt8((bytes.readUInt8(6) & 0x0f) | 0x40, 6);
    bytes.writeUInt8((bytes.readUInt8(8) & 0x3f) | 0x80, 8);
    const hex = bytes.toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

;// CONCATENATED MODULE: ./packages/action-kit/src/workflow-commands.ts



/** As @actions/core's toCommandValue: strings as they are, nothing as '', anything else as JSON. */
function commandValue(value) {
    if (value === null || value === undefined)
        return '';
    if (typeof value === 'string')
        return value;
    return JSON.stringify(value);
}
function escapeData(value) {
    return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(value) {
    return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** `::name key=value,…::message`; properties with an empty value are left out, as the runner's toolkit does. */
function issueCommand(name, properties, message) {
    let text = `::${name}`;
    const keys = Object.keys(properties);
    if (keys.length > 0) {
        const pairs = keys
            .filter((key) => Boolean(properties[key]))
            .map((key) => `${key}=${escapeProperty(commandValue(properties[key]))}`);
        text += ` ${pairs.join(',')}`;
    }
    process.stdout.write(`${text}::${escapeData(commandValue(message))}${external_node_os_namespaceObject.EOL}`);
}
function annotationProperties(properties) {
    if (Object.keys(properties).length === 0)
        return {};
    return {
        title: properties.title,
        file: properties.file,
        line: properties.startLine,
        endLine: properties.endLine,
        col: properties.startColumn,
        endColumn: properties.endColumn,
    };
}
const workflow_commands_text = (message) => (message instanceof Error ? message.toString() : message);
function workflow_commands_error(message, properties = {}) {
    issueCommand('error', annotationProperties(properties), workflow_commands_text(message));
}
function warning(message, properties = {}) {
    issueCommand('warning', annotationProperties(properties), workflow_commands_text(message));
}
function notice(message, properties = {}) {
    issueCommand('notice', annotationProperties(properties), workflow_commands_text(message));
}
function debug(message) {
    issueCommand('debug', {}, message);
}
function info(message) {
    process.stdout.write(message + external_node_os_namespaceObject.EOL);
}
function isDebug() {
    return process.env.RUNNER_DEBUG === '1';
}
function setSecret(secret) {
    issueCommand('add-mask', {}, secret);
}
async function group(name, body) {
    issueCommand('group', {}, name);
    try {
        return await body();
    }
    finally {
        issueCommand('endgroup', {}, '');
    }
}
/** `name<<delimiter` … `delimiter`, with a random delimiter that neither the name nor the value may contain. */
function keyValueMessage(name, value) {
    const delimiter = `ghadelimiter_${randomUUID()}`;
    const converted = commandValue(value);
    if (name.includes(delimiter))
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    if (converted.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${name}<<${delimiter}${external_node_os_namespaceObject.EOL}${converted}${external_node_os_namespaceObject.EOL}${delimiter}`;
}
function issueFileCommand(variable, message) {
    const file = process.env[`GITHUB_${variable}`];
    if (!file)
        throw new Error(`Unable to find environment variable for file command ${variable}`);
    if (!(0,external_node_fs_.existsSync)(file))
        throw new Error(`Missing file at path: ${file}`);
    (0,external_node_fs_.appendFileSync)(file, `${message}${external_node_os_namespaceObject.EOL}`, { encoding: 'utf8' });
}
function setOutput(name, value) {
    if (process.env.GITHUB_OUTPUT) {
        issueFileCommand('OUTPUT', keyValueMessage(name, value));
        return;
    }
    process.stdout.write(external_node_os_namespaceObject.EOL);
    issueCommand('set-output', { name }, commandValue(value));
}
function exportVariable(name, value) {
    process.env[name] = commandValue(value);
    if (process.env.GITHUB_ENV) {
        issueFileCommand('ENV', keyValueMessage(name, value));
        return;
    }
    issueCommand('set-env', { name }, commandValue(value));
}
function saveState(name, value) {
    if (process.env.GITHUB_STATE) {
        issueFileCommand('STATE', keyValueMessage(name, value));
        return;
    }
    issueCommand('save-state', { name }, commandValue(value));
}
/** A value the main step saved with saveState, as the runner hands it to the post step (STATE_<name>). */
function getState(name) {
    return process.env[`STATE_${name}`] ?? '';
}
/** Prepends a folder to PATH for this step and the steps after it. */
function addPath(folder) {
    if (process.env.GITHUB_PATH)
        issueFileCommand('PATH', folder);
    else
        issueCommand('add-path', {}, folder);
    process.env.PATH = `${folder}${process.platform === 'win32' ? ';' : ':'}${process.env.PATH ?? ''}`;
}

;// CONCATENATED MODULE: ./packages/action-kit/src/context.ts





/**
 * The environment this process inherited, for code that runs without a RunnerContext (tests, the command line).
 * An action passes `ctx.env` instead; lint keeps every other `process.env` read in action-kit and inputs.ts.
 */
function inheritedEnvironment() {
    return process.env;
}
/** Builds the context from an environment: the process's own in `runAction`, a plain object in tests. */
function readRunnerContext(env = process.env, cwd = process.cwd()) {
    const live = env === process.env;
    const workspace = external_node_path_default().resolve(cwd, nonEmpty(env.GITHUB_WORKSPACE) ?? '.');
    const serverUrl = (nonEmpty(env.GITHUB_SERVER_URL) ?? 'https://github.com').replace(/\/+$/, '');
    const apiUrl = (nonEmpty(env.GITHUB_API_URL) ?? defaultApiUrl(serverUrl)).replace(/\/+$/, '');
    return {
        env,
        workspace,
        temp: external_node_path_default().resolve(cwd, nonEmpty(env.RUNNER_TEMP) ?? external_node_os_default().tmpdir()),
        eventName: env.GITHUB_EVENT_NAME ?? '',
        payload: readEventPayload(nonEmpty(env.GITHUB_EVENT_PATH)),
        ref: env.GITHUB_REF ?? '',
        sha: env.GITHUB_SHA ?? '',
        baseRef: env.GITHUB_BASE_REF ?? '',
        headRef: env.GITHUB_HEAD_REF ?? '',
        repository: env.GITHUB_REPOSITORY ?? '',
        serverUrl,
        apiUrl,
        graphqlUrl: (nonEmpty(env.GITHUB_GRAPHQL_URL) ?? `${apiUrl}/graphql`).replace(/\/+$/, ''),
        runId: env.GITHUB_RUN_ID ?? '',
        runAttempt: env.GITHUB_RUN_ATTEMPT ?? '',
        actor: env.GITHUB_ACTOR ?? '',
        sourceDateEpoch: parseSourceDateEpoch(env.SOURCE_DATE_EPOCH),
        services: {
            // The cache service is announced by ACTIONS_CACHE_URL (v1) or ACTIONS_RESULTS_URL (v2), both with the token.
            cache: Boolean(env.ACTIONS_RUNTIME_TOKEN && (env.ACTIONS_CACHE_URL || env.ACTIONS_RESULTS_URL)),
            artifacts: Boolean(env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL),
        },
        onRunner: env.GITHUB_ACTIONS === 'true',
        runnerOs: nonEmpty(env.RUNNER_OS) ?? localOs(),
        debug: env.RUNNER_DEBUG === '1',
        addPath: (folder) => {
            if (live)
                addPath(folder);
            else
                throw new Error('addPath needs the live process environment');
        },
        state: {
            get: (name) => env[`STATE_${name}`] ?? '',
            save: (name, value) => {
                saveState(name, value);
            },
        },
    };
}
/**
 * SOURCE_DATE_EPOCH as the reproducible-builds specification defines it: a decimal count of seconds since the Unix
 * epoch, ASCII digits only. Anything else is a mistake in the workflow, reported rather than replaced by the clock.
 */
function parseSourceDateEpoch(value) {
    if (value === undefined || value.trim() === '')
        return undefined;
    const trimmed = value.trim();
    if (!/^\d{1,15}$/.test(trimmed)) {
        throw new ConfigError(`SOURCE_DATE_EPOCH is ${JSON.stringify(value)}: expected a whole number of seconds since 1970-01-01 UTC`);
    }
    return Number(trimmed);
}
function readEventPayload(file) {
    if (!file)
        return {};
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (error) {
        throw new ConfigError(`GITHUB_EVENT_PATH ${file} cannot be read: ${error.message}`);
    }
    try {
        const parsed = JSON.parse(text);
        if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed))
            return parsed;
    }
    catch {
        // reported below
    }
    throw new ConfigError(`GITHUB_EVENT_PATH ${file} is not a JSON object (the event payload)`);
}
/** github.com's API lives on its own host; GitHub Enterprise Server's under /api/v3 of the server. */
function defaultApiUrl(serverUrl) {
    return serverUrl === 'https://github.com' ? 'https://api.github.com' : `${serverUrl}/api/v3`;
}
function localOs() {
    if (process.platform === 'darwin')
        return 'macOS';
    if (process.platform === 'win32')
        return 'Windows';
    return 'Linux';
}
function nonEmpty(value) {
    return value === undefined || value === '' ? undefined : value;
}

;// CONCATENATED MODULE: ./packages/action-kit/src/exec.ts
/** A command that failed: the command line (never a shell string), its exit code and the end of its stderr. */
class ExecError extends Error {
    command;
    args;
    exitCode;
    stderr;
    signal;
    name = 'ExecError';
    constructor(command, args, exitCode, stderr, signal) {
        const how = signal ? `was killed by ${signal}` : `exited with code ${String(exitCode)}`;
        const tail = stderr.trim().split('\n').slice(-10).join('\n');
        super(`${[command, ...args].join(' ')} ${how}${tail ? `:\n${tail}` : ''}`);
        this.command = command;
        this.args = args;
        this.exitCode = exitCode;
        this.stderr = stderr;
        this.signal = signal;
    }
}
/**
 * node:child_process's spawn, loaded at the first call. node:child_process (with dgram) is not in node's start-up
 * snapshot: an action whose run starts no process does not pay for loading it.
 */
async function loadSpawn() {
    return (await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 1421, 23))).spawn;
}
/**
 * Runs a program with an argument array: no shell is involved, so no input can be interpreted as shell syntax.
 */
async function exec(command, args, options = {}) {
    if (options.noStdin && options.input !== undefined)
        throw new Error('exec: input with noStdin');
    const spawn = await loadSpawn();
    // Like node:child_process, node:readline is not in the start-up snapshot: loaded only for line callbacks.
    const { createInterface } = options.onStdoutLine || options.onStderrLine ? await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 481, 23)) : { createInterface: undefined };
    return new Promise((resolve, reject) => {
        const child = spawn(command, args, {
            cwd: options.cwd,
            env: options.env ?? process.env,
            stdio: [options.noStdin ? 'ignore' : 'pipe', 'pipe', options.discardStderr ? 'ignore' : 'pipe'],
            shell: false,
        });
        // stdout is always a pipe; stdin and stderr are unless noStdin / discardStderr.
        const childStdout = child.stdout;
        const stdout = [];
        const stderr = [];
        let timer;
        if (options.timeoutMs !== undefined) {
            timer = setTimeout(() => child.kill('SIGTERM'), options.timeoutMs);
        }
        if (options.onStdoutLine && createInterface) {
            const onLine = options.onStdoutLine;
            createInterface({ input: childStdout, crlfDelay: Infinity }).on('line', onLine);
        }
        else
            childStdout.on('data', (chunk) => stdout.push(chunk));
        if (child.stderr) {
            child.stderr.on('data', (chunk) => stderr.push(chunk));
            if (options.onStderrLine && createInterface) {
                createInterface({ input: child.stderr, crlfDelay: Infinity }).on('line', options.onStderrLine);
            }
        }
        child.on('error', (error) => {
            if (timer)
                clearTimeout(timer);
            reject(error);
        });
        child.on('close', (code, signal) => {
            if (timer)
                clearTimeout(timer);
            const result = {
                exitCode: code ?? 128,
                stdout: Buffer.concat(stdout).toString('utf8'),
                stderr: Buffer.concat(stderr).toString('utf8'),
            };
            if ((code !== 0 || signal) && !options.allowFailure) {
                reject(new ExecError(command, args, code, result.stderr, signal));
            }
            else
                resolve(result);
        });
        if (child.stdin) {
            child.stdin.on('error', () => undefined);
            child.stdin.end(options.input ?? '');
        }
    });
}
/** True when a program can be started from PATH. */
async function isOnPath(command, versionArgs = ['--version']) {
    try {
        await exec(command, versionArgs, { allowFailure: true });
        return true;
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./packages/action-kit/src/inputs.ts



/** The variable the runner sets for an input: upper-cased, spaces to underscores, hyphens kept. */
function inputVariable(name) {
    return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
// YAML 1.2 core schema booleans, the spellings @actions/core accepts as well.
const TRUE = new Set(['true', 'True', 'TRUE']);
const FALSE = new Set(['false', 'False', 'FALSE']);
function inputReader(env = process.env) {
    const workspace = external_node_path_default().resolve(env.GITHUB_WORKSPACE ?? process.cwd());
    const raw = (name, trim = true) => {
        const value = env[inputVariable(name)];
        if (value === undefined)
            return undefined;
        const shown = trim ? value.trim() : value;
        return shown === '' ? undefined : shown;
    };
    const integerFrom = (name, value, options) => {
        const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = options;
        const range = `a whole number from ${min} to ${max}`;
        if (!/^[+-]?\d+$/.test(value))
            throw new errors_InputError(name, value, range);
        const parsed = Number(value);
        if (!Number.isSafeInteger(parsed) || parsed < min || parsed > max)
            throw new errors_InputError(name, value, range);
        return parsed;
    };
    const pathFrom = (name, value, options) => {
        const resolved = external_node_path_default().resolve(workspace, value);
        if (!options.allowOutside && !isInside(workspace, resolved)) {
            throw new errors_InputError(name, value, `a path inside the workspace ${workspace}`);
        }
        let real;
        try {
            real = (0,external_node_fs_.realpathSync)(resolved);
        }
        catch {
            if (options.mustExist)
                throw new errors_InputError(name, value, 'an existing file or directory');
        }
        // A symlink inside the workspace must not lead a read or a write outside it.
        if (real !== undefined && !options.allowOutside && !isInside(realpathOrSelf(workspace), real)) {
            throw new errors_InputError(name, value, `a path that stays inside the workspace (it resolves to ${real})`);
        }
        return resolved;
    };
    return {
        workspace,
        raw: (name) => raw(name),
        string: (name, options = {}) => raw(name, options.trim ?? true) ?? options.default ?? '',
        required(name) {
            const value = raw(name);
            if (value === undefined)
                throw new errors_InputError(name, '', 'a value: this input is required');
            return value;
        },
        optional: (name) => raw(name),
        boolean(name, options = {}) {
            const value = raw(name);
            if (value === undefined) {
                if (options.default !== undefined)
                    return options.default;
                throw new errors_InputError(name, '', 'true or false');
            }
            if (TRUE.has(value))
                return true;
            if (FALSE.has(value))
                return false;
            throw new errors_InputError(name, value, 'true or false (YAML 1.2: true, True, TRUE, false, False, FALSE)');
        },
        integer(name, options = {}) {
            const value = raw(name);
            if (value === undefined) {
                if (options.default !== undefined)
                    return options.default;
                throw new errors_InputError(name, '', 'a whole number');
            }
            return integerFrom(name, value, options);
        },
        optionalInteger(name, options = {}) {
            const value = raw(name);
            return value === undefined ? undefined : integerFrom(name, value, options);
        },
        enum(name, allowed, options = {}) {
            const value = raw(name);
            if (value === undefined && options.default !== undefined)
                return options.default;
            const found = allowed.find((candidate) => candidate === value);
            if (found === undefined)
                throw new errors_InputError(name, value ?? '', `one of ${allowed.join(', ')}`);
            return found;
        },
        list(name, options = {}) {
            return parseList(raw(name) ?? '', options);
        },
        path(name, options = {}) {
            const value = raw(name) ?? options.default;
            if (value === undefined)
                throw new errors_InputError(name, '', 'a path');
            return pathFrom(name, value, options);
        },
        optionalPath(name, options = {}) {
            const value = raw(name);
            return value === undefined ? undefined : pathFrom(name, value, options);
        },
    };
}
/**
 * One item a line; empty lines and whole-line `#` comments dropped. A `#` inside a line is kept, because
 * values such as `package.json#version` use it.
 */
function parseList(value, options = {}) {
    const items = [];
    for (const line of value.split(/\r?\n/)) {
        const trimmed = line.trim();
        if (trimmed === '' || trimmed.startsWith('#'))
            continue;
        const parts = options.comma ? splitComma(trimmed) : [trimmed];
        for (const part of parts) {
            const item = part.trim();
            if (item !== '')
                items.push(item);
        }
    }
    return items;
}
/** Split on commas that are not inside double quotes (CSV-like, as metadata-action's lists allow). */
function splitComma(line) {
    const parts = [];
    let current = '';
    let quoted = false;
    for (const char of line) {
        if (char === '"') {
            quoted = !quoted;
            current += char;
        }
        else if (char === ',' && !quoted) {
            parts.push(current);
            current = '';
        }
        else
            current += char;
    }
    parts.push(current);
    return parts;
}
function isInside(parent, child) {
    const relative = external_node_path_default().relative(parent, child);
    return relative === '' || (!relative.startsWith('..') && !external_node_path_default().isAbsolute(relative));
}
function realpathOrSelf(p) {
    try {
        return (0,external_node_fs_.realpathSync)(p);
    }
    catch {
        return p;
    }
}

;// CONCATENATED MODULE: ./packages/action-kit/src/logger.ts
function recordingLogger() {
    const records = [];
    const add = (level) => (message, properties) => {
        records.push(properties ? { level, message, properties } : { level, message });
    };
    return {
        records,
        messages: (level) => records.filter((r) => r.level === level).map((r) => r.message),
        debug: add('debug'),
        info: add('info'),
        notice: add('notice'),
        warning: add('warning'),
        error: add('error'),
        async group(name, body) {
            records.push({ level: 'group', message: name });
            return body();
        },
    };
}
/** A logger that drops everything: for callers that have nothing to say to a user. */
const silentLogger = {
    debug: () => undefined,
    info: () => undefined,
    notice: () => undefined,
    warning: () => undefined,
    error: () => undefined,
    group: (_name, body) => body(),
};
function annotationAt(location, title) {
    const properties = { file: location.file };
    if (location.line !== undefined) {
        properties.startLine = location.line;
        properties.endLine = location.line;
    }
    if (location.column !== undefined)
        properties.startColumn = location.column;
    if (title !== undefined)
        properties.title = title;
    return properties;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
;// CONCATENATED MODULE: ./packages/action-kit/src/paths.ts




// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const CONTROL = /[\u0000-\u001f\u007f]/;
/**
 * Checks a value that becomes one file or folder name (an artifact name, a leg name, an asset name): no separator,
 * no `.` or `..`, no control character, at most 255 bytes. Returns it unchanged.
 */
function assertName(input, value, expected = 'a file name') {
    const problem = value === ''
        ? 'it is empty'
        : value === '.' || value === '..'
            ? 'it names a folder above'
            : /[/\\]/.test(value)
                ? 'it contains a path separator'
                : CONTROL.test(value)
                    ? 'it contains a control character'
                    : Buffer.byteLength(value) > 255
                        ? 'it is longer than 255 bytes'
                        : undefined;
    if (problem)
        throw new InputError(input, value, `${expected} (${problem})`);
    return value;
}
/**
 * Resolves a path input (relative to the workspace) that slipway will create, empty, overwrite or delete, and refuses
 * it unless it lies strictly inside the workspace or the runner's temp folder: never the workspace itself, a parent
 * of it, anything in a `.git` folder, or (through a symbolic link) somewhere else. The check is made on the real path
 * of the deepest folder that exists, so a link in the workspace cannot steer a delete outside it.
 */
function ownedPath(roots, input, value) {
    if (value.trim() === '')
        throw new InputError(input, value, 'a path inside the workspace or the runner temp folder');
    if (CONTROL.test(value))
        throw new InputError(input, value, 'a path without control characters');
    const target = path.resolve(roots.workspace, value);
    const problem = ownedProblem(roots, target);
    if (problem)
        throw new InputError(input, value, `a folder slipway may write to, but ${problem}`);
    return target;
}
/** Removes a path after checking, again, that it is owned (see ownedPath). Missing paths are fine. */
async function removeOwned(roots, target) {
    const problem = ownedProblem(roots, path.resolve(target));
    if (problem)
        throw new Error(`Refusing to delete ${target}: ${problem}`);
    await rm(target, { recursive: true, force: true });
}
/** Why a path is not slipway's to write or delete, or undefined when it is. */
function ownedProblem(roots, target) {
    // Checked twice: as written, and with every symbolic link resolved (on both sides).
    const views = [
        [path.resolve(target), path.resolve(roots.workspace), path.resolve(roots.temp)],
        [realish(path.resolve(target)), realish(path.resolve(roots.workspace)), realish(path.resolve(roots.temp))],
    ];
    for (const [candidate, workspace, temp] of views) {
        if (candidate === workspace)
            return 'it is the workspace itself';
        if (paths_isInside(workspace, candidate))
            return 'it is a parent of the workspace';
        if (candidate.split(path.sep).includes('.git'))
            return 'it is inside a .git folder';
        if (candidate === temp)
            return 'it is the runner temp folder itself';
        if (paths_isInside(temp, candidate))
            return 'it is a parent of the runner temp folder';
        if (!paths_isInside(candidate, workspace) && !paths_isInside(candidate, temp)) {
            return 'it is outside the workspace and the runner temp folder';
        }
    }
    return undefined;
}
/** `child` lies strictly below `parent`. */
function paths_isInside(child, parent) {
    const relative = path.relative(parent, child);
    return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}
/** The real path of the deepest existing ancestor, with the rest of the path appended. */
function realish(target) {
    let existing = target;
    const rest = [];
    for (;;) {
        try {
            return path.join(realpathSync.native(existing), ...rest);
        }
        catch {
            const parent = path.dirname(existing);
            if (parent === existing)
                return target;
            rest.unshift(path.basename(existing));
            existing = parent;
        }
    }
}

;// CONCATENATED MODULE: ./packages/action-kit/src/retry.ts
/** An error that says whether another attempt may succeed, and how long the server asked us to wait. */
class RetryableError extends Error {
    retryAfterMs;
    name = 'RetryableError';
    /** Set by `retry` when it gives up: how many attempts were made (and the message then says so). */
    attempts;
    constructor(message, retryAfterMs, options) {
        super(message, options);
        this.retryAfterMs = retryAfterMs;
    }
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * Runs `attempt` until it succeeds, the error is not retryable, the attempts run out or the time budget would be
 * exceeded. Backoff is exponential with full jitter (AWS architecture blog, "Exponential Backoff And Jitter"), and a
 * server's Retry-After replaces the computed delay when it is longer.
 */
async function retry(attempt, options = {}) {
    const { attempts = 5, minDelayMs = 500, maxDelayMs = 30_000, maxElapsedMs = 120_000, shouldRetry = (error) => error instanceof RetryableError, onRetry, now = Date.now, sleep: wait = sleep, random = Math.random, } = options;
    const started = now();
    for (let number = 1;; number++) {
        try {
            return await attempt(number);
        }
        catch (error) {
            if (!shouldRetry(error, number))
                throw number > 1 ? gaveUp(error, number) : error;
            if (number >= attempts)
                throw gaveUp(error, number);
            const backoff = Math.min(maxDelayMs, minDelayMs * 2 ** (number - 1));
            let delayMs = Math.round(backoff / 2 + (random() * backoff) / 2);
            const asked = retryAfterOf(error);
            if (asked !== undefined && asked > delayMs)
                delayMs = asked;
            const left = maxElapsedMs - (now() - started);
            if (delayMs > left) {
                // Waiting would overrun the budget: fail now and say why, rather than sleep and fail anyway.
                const why = asked !== undefined && asked >= delayMs
                    ? `the server asked to wait ${seconds(asked)} (Retry-After), more than the ${seconds(Math.max(0, left))} left of the retry budget`
                    : `the next wait (${seconds(delayMs)}) would overrun the retry budget (${seconds(maxElapsedMs)})`;
                throw gaveUp(error, number, why);
            }
            onRetry?.({ error, attempt: number, delayMs });
            await wait(delayMs);
        }
    }
}
/**
 * Marks a RetryableError that ended the retries: it says how many attempts were made (and why it stopped early). A
 * RetryableError is made fresh by each attempt, so writing to it is safe; an error that passed through an inner
 * `retry` keeps the count it already has. Other errors are passed on untouched.
 */
function gaveUp(error, attempts, why) {
    if (!(error instanceof RetryableError) || error.attempts !== undefined)
        return error;
    error.attempts = attempts;
    error.message = `${error.message}${why ? `; ${why}` : ''}, ${attempts} attempt${attempts === 1 ? '' : 's'}`;
    return error;
}
const seconds = (ms) => `${Number((ms / 1000).toFixed(ms < 10_000 ? 1 : 0))} s`;
function retryAfterOf(error) {
    if (error instanceof RetryableError)
        return error.retryAfterMs;
    return undefined;
}
/**
 * Parses an HTTP Retry-After header (RFC 9110 §10.2.3): either delay-seconds or an HTTP-date.
 * Returns milliseconds to wait, or undefined when the header is absent or malformed.
 */
function parseRetryAfter(value, now = Date.now()) {
    if (value === null || value === undefined)
        return undefined;
    const trimmed = value.trim();
    if (/^\d+$/.test(trimmed))
        return Number(trimmed) * 1000;
    const date = Date.parse(trimmed);
    if (Number.isNaN(date))
        return undefined;
    return Math.max(0, date - now);
}
/** HTTP statuses worth another attempt: request timeout, too many requests, and server errors. */
function isRetryableStatus(status) {
    return status === 408 || status === 429 || (status >= 500 && status <= 599);
}
/** Network failures that a new connection may not hit again. */
function isTransientNetworkError(error) {
    const code = error?.code ??
        error?.cause?.code;
    return (typeof code === 'string' &&
        [
            'ECONNRESET',
            'ECONNREFUSED',
            'EPIPE',
            'ETIMEDOUT',
            'EAI_AGAIN',
            'UND_ERR_SOCKET',
            'ECONNABORTED',
            'UND_ERR_CLOSED',
        ].includes(code));
}

;// CONCATENATED MODULE: ./packages/action-kit/src/run.ts
// The workflow commands without @actions/core's OIDC client and its HTTP stack (see workflow-commands.ts).




/**
 * The entry of every action. It reads the runner once into a RunnerContext and hands it to `main` (or, when the
 * runner runs the same bundle again as `runs.post`, to `post`). Whatever they throw fails the step: a user mistake
 * (InputError, ConfigError) as one clear `::error` line pointing at the input or the file line; anything else as a
 * bug, with its stack under debug; a throw that is not even an Error (a string, undefined) fails too instead of
 * passing green.
 */
async function runAction(main, post) {
    try {
        const ctx = readRunnerContext();
        if (post && ctx.state.get(POST_MARK) === 'true') {
            await post(ctx);
            return;
        }
        // The runner gives the post step the main step's saved state: this mark tells the two runs apart.
        if (post)
            ctx.state.save(POST_MARK, 'true');
        await main(ctx);
    }
    catch (error) {
        failFrom(error);
    }
}
const POST_MARK = 'isPost';
function failFrom(error) {
    process.exitCode = 1;
    if (error instanceof errors_InputError) {
        workflow_commands_error(error.message, { title: `Invalid input: ${error.input}` });
        return;
    }
    if (error instanceof ConfigError) {
        workflow_commands_error(error.message, error.location ? annotationAt(error.location) : {});
        return;
    }
    if (error instanceof Error) {
        workflow_commands_error(error.message);
        if (error.stack)
            debug(error.stack);
        return;
    }
    workflow_commands_error(`The action failed with a value that is not an Error: ${describe(error)}`);
}
function describe(value) {
    if (typeof value === 'string')
        return value;
    try {
        // JSON.stringify of undefined or of a function gives undefined, whatever its declared type says.
        const json = JSON.stringify(value);
        return typeof json === 'string' ? json : String(value);
    }
    catch {
        return String(value);
    }
}
/** The runner-backed Logger: annotations become `::warning file=…,line=…::` commands. */
function coreLogger() {
    const props = (p) => p;
    return {
        debug: (message) => debug(message),
        info: (message) => info(message),
        notice: (message, p) => notice(message, props(p)),
        warning: (message, p) => warning(message, props(p)),
        error: (message, p) => workflow_commands_error(message, props(p)),
        group: (name, body) => group(name, body),
    };
}
/**
 * Sets every output at once. Objects and arrays become JSON, booleans `true`/`false`, undefined an empty string, so
 * a workflow can always `fromJSON` a structured output and compare a flag with `== 'true'`.
 */
function setOutputs(outputs) {
    for (const [name, value] of Object.entries(outputs))
        setOutput(name, formatOutput(value));
}
function formatOutput(value) {
    if (value === undefined || value === null)
        return '';
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    return JSON.stringify(value);
}

;// CONCATENATED MODULE: ./packages/action-kit/src/summary.ts

/** Escapes text for a Markdown table cell: pipes and line breaks would break the row. */
function cell(value) {
    const text = value === undefined || value === null ? '' : String(value);
    return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
function markdownTable(headers, rows) {
    const line = (cells) => `| ${cells.map((c) => cell(c)).join(' | ')} |`;
    return [line(headers), `| ${headers.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n') + '\n';
}
/** Inline code that survives backticks in the value. */
function code(value) {
    const fence = value.includes('`') ? '``' : '`';
    return `${fence}${value}${fence}`;
}
/** A collapsed section: `<details>` keeps long lists out of the way. */
function details(summary, body) {
    return `<details><summary>${summary}</summary>\n\n${body}\n</details>\n`;
}
function heading(text, level = 3) {
    return `${'#'.repeat(level)} ${text}\n`;
}
/**
 * Appends Markdown to the step summary file the runner gives (GITHUB_STEP_SUMMARY). Without one, nothing is written:
 * a local run of the bundle outside `slipway run` has no summary to add to.
 */
async function appendSummary(markdown, env = process.env) {
    const file = env.GITHUB_STEP_SUMMARY;
    if (!file)
        return false;
    await (0,promises_.appendFile)(file, markdown.endsWith('\n') ? markdown : `${markdown}\n`, 'utf8');
    return true;
}

;// CONCATENATED MODULE: ./packages/action-kit/src/index.ts













/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 481:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat */
/******/ 
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = new URL('.', import.meta.url).pathname.slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(5833);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
