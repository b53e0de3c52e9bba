import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 4006:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(8016);
const utils = __nccwpck_require__(4059);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 5595:
/***/ ((module) => {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 8265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(5595);
const utils = __nccwpck_require__(4059);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  return chars;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
  const safeChars = [];
  let sawStarSequence = false;
  let combinable = true;

  for (const branch of branches) {
    const chars = getStarExtglobSequenceChars(branch);
    if (chars) {
      sawStarSequence = true;
      safeChars.push(...chars);
      continue;
    }

    const literal = normalizeSimpleBranch(branch);
    if (literal && literal.length === 1) {
      safeChars.push(literal);
      continue;
    }

    combinable = false;

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  if (sawStarSequence) {
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 8016:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(1781);
const parse = __nccwpck_require__(8265);
const utils = __nccwpck_require__(4059);
const constants = __nccwpck_require__(5595);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 1781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(4059);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(5595);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
    const value = input.slice(n);
    parts.push(value);

    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
      tokens[tokens.length - 1].value = value;
      depth(tokens[tokens.length - 1]);
      state.maxDepth += tokens[tokens.length - 1].depth;
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 4059:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(5595);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ }),

/***/ 9379:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const ANY = Symbol('SemVer ANY')
// hoisted class for cyclic dependency
class Comparator {
  static get ANY () {
    return ANY
  }

  constructor (comp, options) {
    options = parseOptions(options)

    if (comp instanceof Comparator) {
      if (comp.loose === !!options.loose) {
        return comp
      } else {
        comp = comp.value
      }
    }

    comp = comp.trim().split(/\s+/).join(' ')
    debug('comparator', comp, options)
    this.options = options
    this.loose = !!options.loose
    this.parse(comp)

    if (this.semver === ANY) {
      this.value = ''
    } else {
      this.value = this.operator + this.semver.version
    }

    debug('comp', this)
  }

  parse (comp) {
    const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR]
    const m = comp.match(r)

    if (!m) {
      throw new TypeError(`Invalid comparator: ${comp}`)
    }

    this.operator = m[1] !== undefined ? m[1] : ''
    if (this.operator === '=') {
      this.operator = ''
    }

    // if it literally is just '>' or '' then allow anything.
    if (!m[2]) {
      this.semver = ANY
    } else {
      this.semver = new SemVer(m[2], this.options.loose)
    }
  }

  toString () {
    return this.value
  }

  test (version) {
    debug('Comparator.test', version, this.options.loose)

    if (this.semver === ANY || version === ANY) {
      return true
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    return cmp(version, this.operator, this.semver, this.options)
  }

  intersects (comp, options) {
    if (!(comp instanceof Comparator)) {
      throw new TypeError('a Comparator is required')
    }

    if (this.operator === '') {
      if (this.value === '') {
        return true
      }
      return new Range(comp.value, options).test(this.value)
    } else if (comp.operator === '') {
      if (comp.value === '') {
        return true
      }
      return new Range(this.value, options).test(comp.semver)
    }

    options = parseOptions(options)

    // Special cases where nothing can possibly be lower
    if (options.includePrerelease &&
      (this.value === '<0.0.0-0' || comp.value === '<0.0.0-0')) {
      return false
    }
    if (!options.includePrerelease &&
      (this.value.startsWith('<0.0.0') || comp.value.startsWith('<0.0.0'))) {
      return false
    }

    // Same direction increasing (> or >=)
    if (this.operator.startsWith('>') && comp.operator.startsWith('>')) {
      return true
    }
    // Same direction decreasing (< or <=)
    if (this.operator.startsWith('<') && comp.operator.startsWith('<')) {
      return true
    }
    // same SemVer and both sides are inclusive (<= or >=)
    if (
      (this.semver.version === comp.semver.version) &&
      this.operator.includes('=') && comp.operator.includes('=')) {
      return true
    }
    // opposite directions less than
    if (cmp(this.semver, '<', comp.semver, options) &&
      this.operator.startsWith('>') && comp.operator.startsWith('<')) {
      return true
    }
    // opposite directions greater than
    if (cmp(this.semver, '>', comp.semver, options) &&
      this.operator.startsWith('<') && comp.operator.startsWith('>')) {
      return true
    }
    return false
  }
}

module.exports = Comparator

const parseOptions = __nccwpck_require__(356)
const { safeRe: re, t } = __nccwpck_require__(5471)
const cmp = __nccwpck_require__(8646)
const debug = __nccwpck_require__(1159)
const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)


/***/ }),

/***/ 6782:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SPACE_CHARACTERS = /\s+/g

// hoisted class for cyclic dependency
class Range {
  constructor (range, options) {
    options = parseOptions(options)

    if (range instanceof Range) {
      if (
        range.loose === !!options.loose &&
        range.includePrerelease === !!options.includePrerelease
      ) {
        return range
      } else {
        return new Range(range.raw, options)
      }
    }

    if (range instanceof Comparator) {
      // just put it in the set and return
      this.raw = range.value
      this.set = [[range]]
      this.formatted = undefined
      return this
    }

    this.options = options
    this.loose = !!options.loose
    this.includePrerelease = !!options.includePrerelease

    // First reduce all whitespace as much as possible so we do not have to rely
    // on potentially slow regexes like \s*. This is then stored and used for
    // future error messages as well.
    this.raw = range.trim().replace(SPACE_CHARACTERS, ' ')

    // First, split on ||
    this.set = this.raw
      .split('||')
      // map the range to a 2d array of comparators
      .map(r => this.parseRange(r.trim()))
      // throw out any comparator lists that are empty
      // this generally means that it was not a valid range, which is allowed
      // in loose mode, but will still throw if the WHOLE range is invalid.
      .filter(c => c.length)

    if (!this.set.length) {
      throw new TypeError(`Invalid SemVer Range: ${this.raw}`)
    }

    // if we have any that are not the null set, throw out null sets.
    if (this.set.length > 1) {
      // keep the first one, in case they're all null sets
      const first = this.set[0]
      this.set = this.set.filter(c => !isNullSet(c[0]))
      if (this.set.length === 0) {
        this.set = [first]
      } else if (this.set.length > 1) {
        // if we have any that are *, then the range is just *
        for (const c of this.set) {
          if (c.length === 1 && isAny(c[0])) {
            this.set = [c]
            break
          }
        }
      }
    }

    this.formatted = undefined
  }

  get range () {
    if (this.formatted === undefined) {
      this.formatted = ''
      for (let i = 0; i < this.set.length; i++) {
        if (i > 0) {
          this.formatted += '||'
        }
        const comps = this.set[i]
        for (let k = 0; k < comps.length; k++) {
          if (k > 0) {
            this.formatted += ' '
          }
          this.formatted += comps[k].toString().trim()
        }
      }
    }
    return this.formatted
  }

  format () {
    return this.range
  }

  toString () {
    return this.range
  }

  parseRange (range) {
    // strip build metadata so it can't bleed into the version
    range = range.replace(BUILDSTRIPRE, '')

    // memoize range parsing for performance.
    // this is a very hot path, and fully deterministic.
    const memoOpts =
      (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) |
      (this.options.loose && FLAG_LOOSE)
    const memoKey = memoOpts + ':' + range
    const cached = cache.get(memoKey)
    if (cached) {
      return cached
    }

    const loose = this.options.loose
    // `1.2.3 - 1.2.4` => `>=1.2.3 <=1.2.4`
    const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE]
    range = range.replace(hr, hyphenReplace(this.options.includePrerelease))
    debug('hyphen replace', range)

    // `> 1.2.3 < 1.2.5` => `>1.2.3 <1.2.5`
    range = trimComparatorWhitespace(range)
    debug('comparator trim', range)

    // `~ 1.2.3` => `~1.2.3`
    range = range.replace(re[t.TILDETRIM], tildeTrimReplace)
    debug('tilde trim', range)

    // `^ 1.2.3` => `^1.2.3`
    range = range.replace(re[t.CARETTRIM], caretTrimReplace)
    debug('caret trim', range)

    // At this point, the range is completely trimmed and
    // ready to be split into comparators.

    let rangeList = range
      .split(' ')
      .map(comp => parseComparator(comp, this.options))
      .join(' ')
      .split(/\s+/)
      // >=0.0.0 is equivalent to *
      .map(comp => replaceGTE0(comp, this.options))

    if (loose) {
      // in loose mode, throw out any that are not valid comparators
      rangeList = rangeList.filter(comp => {
        debug('loose invalid filter', comp, this.options)
        return !!comp.match(re[t.COMPARATORLOOSE])
      })
    }
    debug('range list', rangeList)

    // if any comparators are the null set, then replace with JUST null set
    // if more than one comparator, remove any * comparators
    // also, don't include the same comparator more than once
    const rangeMap = new Map()
    const comparators = rangeList.map(comp => new Comparator(comp, this.options))
    for (const comp of comparators) {
      if (isNullSet(comp)) {
        return [comp]
      }
      rangeMap.set(comp.value, comp)
    }
    if (rangeMap.size > 1 && rangeMap.has('')) {
      rangeMap.delete('')
    }

    const result = [...rangeMap.values()]
    cache.set(memoKey, result)
    return result
  }

  intersects (range, options) {
    if (!(range instanceof Range)) {
      throw new TypeError('a Range is required')
    }

    return this.set.some((thisComparators) => {
      return (
        isSatisfiable(thisComparators, options) &&
        range.set.some((rangeComparators) => {
          return (
            isSatisfiable(rangeComparators, options) &&
            thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options)
              })
            })
          )
        })
      )
    })
  }

  // if ANY of the sets match ALL of its comparators, then pass
  test (version) {
    if (!version) {
      return false
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    for (let i = 0; i < this.set.length; i++) {
      if (testSet(this.set[i], version, this.options)) {
        return true
      }
    }
    return false
  }
}

module.exports = Range

const LRU = __nccwpck_require__(1383)
const cache = new LRU()

const parseOptions = __nccwpck_require__(356)
const Comparator = __nccwpck_require__(9379)
const debug = __nccwpck_require__(1159)
const SemVer = __nccwpck_require__(7163)
const trimComparatorWhitespace = __nccwpck_require__(9737)
const {
  safeRe: re,
  src,
  t,
  tildeTrimReplace,
  caretTrimReplace,
} = __nccwpck_require__(5471)
const { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = __nccwpck_require__(5101)

// unbounded global build-metadata stripper used by parseRange
const BUILDSTRIPRE = new RegExp(src[t.BUILD], 'g')

const isNullSet = c => c.value === '<0.0.0-0'
const isAny = c => c.value === ''

// take a set of comparators and determine whether there
// exists a version which can satisfy it
const isSatisfiable = (comparators, options) => {
  let result = true
  const remainingComparators = comparators.slice()
  let testComparator = remainingComparators.pop()

  while (result && remainingComparators.length) {
    result = remainingComparators.every((otherComparator) => {
      return testComparator.intersects(otherComparator, options)
    })

    testComparator = remainingComparators.pop()
  }

  return result
}

// comprised of xranges, tildes, stars, and gtlt's at this point.
// already replaced the hyphen ranges
// turn into a set of JUST comparators.
const parseComparator = (comp, options) => {
  comp = comp.replace(re[t.BUILD], '')
  debug('comp', comp, options)
  comp = replaceCarets(comp, options)
  debug('caret', comp)
  comp = replaceTildes(comp, options)
  debug('tildes', comp)
  comp = replaceXRanges(comp, options)
  debug('xrange', comp)
  comp = replaceStars(comp, options)
  debug('stars', comp)
  return comp
}

const isX = id => !id || id.toLowerCase() === 'x' || id === '*'

const invalidXRangeOrder = (M, m, p) => (
  (isX(M) && !isX(m)) ||
  (isX(m) && p && !isX(p))
)

// ~, ~> --> * (any, kinda silly)
// ~2, ~2.x, ~2.x.x, ~>2, ~>2.x ~>2.x.x --> >=2.0.0 <3.0.0-0
// ~2.0, ~2.0.x, ~>2.0, ~>2.0.x --> >=2.0.0 <2.1.0-0
// ~1.2, ~1.2.x, ~>1.2, ~>1.2.x --> >=1.2.0 <1.3.0-0
// ~1.2.3, ~>1.2.3 --> >=1.2.3 <1.3.0-0
// ~1.2.0, ~>1.2.0 --> >=1.2.0 <1.3.0-0
// ~0.0.1 --> >=0.0.1 <0.1.0-0
const replaceTildes = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceTilde(c, options))
    .join(' ')
}

const replaceTilde = (comp, options) => {
  const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE]
  // if we're including prereleases in the match, then the lower bound is
  // -0, the lowest possible prerelease value, just like x-ranges and carets.
  // this keeps `~1.2` equivalent to the `1.2.x` x-range it's documented as.
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('tilde', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      // ~1.2 == >=1.2.0 <1.3.0-0
      ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
    } else if (pr) {
      debug('replaceTilde pr', pr)
      ret = `>=${M}.${m}.${p}-${pr
      } <${M}.${+m + 1}.0-0`
    } else {
      // ~1.2.3 == >=1.2.3 <1.3.0-0
      ret = `>=${M}.${m}.${p
      } <${M}.${+m + 1}.0-0`
    }

    debug('tilde return', ret)
    return ret
  })
}

// ^ --> * (any, kinda silly)
// ^2, ^2.x, ^2.x.x --> >=2.0.0 <3.0.0-0
// ^2.0, ^2.0.x --> >=2.0.0 <3.0.0-0
// ^1.2, ^1.2.x --> >=1.2.0 <2.0.0-0
// ^1.2.3 --> >=1.2.3 <2.0.0-0
// ^1.2.0 --> >=1.2.0 <2.0.0-0
// ^0.0.1 --> >=0.0.1 <0.0.2-0
// ^0.1.0 --> >=0.1.0 <0.2.0-0
const replaceCarets = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceCaret(c, options))
    .join(' ')
}

const replaceCaret = (comp, options) => {
  debug('caret', comp, options)
  const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET]
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('caret', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      if (M === '0') {
        ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
      } else {
        ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`
      }
    } else if (pr) {
      debug('replaceCaret pr', pr)
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p}-${pr
        } <${+M + 1}.0.0-0`
      }
    } else {
      debug('no pr')
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p
        } <${+M + 1}.0.0-0`
      }
    }

    debug('caret return', ret)
    return ret
  })
}

const replaceXRanges = (comp, options) => {
  debug('replaceXRanges', comp, options)
  return comp
    .split(/\s+/)
    .map((c) => replaceXRange(c, options))
    .join(' ')
}

const replaceXRange = (comp, options) => {
  comp = comp.trim()
  const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE]
  return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
    debug('xRange', comp, ret, gtlt, M, m, p, pr)
    if (invalidXRangeOrder(M, m, p)) {
      return comp
    }

    const xM = isX(M)
    const xm = xM || isX(m)
    const xp = xm || isX(p)
    const anyX = xp

    if (gtlt === '=' && anyX) {
      gtlt = ''
    }

    // if we're including prereleases in the match, then we need
    // to fix this to -0, the lowest possible prerelease value
    pr = options.includePrerelease ? '-0' : ''

    if (xM) {
      if (gtlt === '>' || gtlt === '<') {
        // nothing is allowed
        ret = '<0.0.0-0'
      } else {
        // nothing is forbidden
        ret = '*'
      }
    } else if (gtlt && anyX) {
      // we know patch is an x, because we have any x at all.
      // replace X with 0
      if (xm) {
        m = 0
      }
      p = 0

      if (gtlt === '>') {
        // >1 => >=2.0.0
        // >1.2 => >=1.3.0
        gtlt = '>='
        if (xm) {
          M = +M + 1
          m = 0
          p = 0
        } else {
          m = +m + 1
          p = 0
        }
      } else if (gtlt === '<=') {
        // <=0.7.x is actually <0.8.0, since any 0.7.x should
        // pass.  Similarly, <=7.x is actually <8.0.0, etc.
        gtlt = '<'
        if (xm) {
          M = +M + 1
        } else {
          m = +m + 1
        }
      }

      if (gtlt === '<') {
        pr = '-0'
      }

      ret = `${gtlt + M}.${m}.${p}${pr}`
    } else if (xm) {
      ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`
    } else if (xp) {
      ret = `>=${M}.${m}.0${pr
      } <${M}.${+m + 1}.0-0`
    }

    debug('xRange return', ret)

    return ret
  })
}

// Because * is AND-ed with everything else in the comparator,
// and '' means "any version", just remove the *s entirely.
const replaceStars = (comp, options) => {
  debug('replaceStars', comp, options)
  // Looseness is ignored here.  star is always as loose as it gets!
  return comp
    .trim()
    .replace(re[t.STAR], '')
}

const replaceGTE0 = (comp, options) => {
  debug('replaceGTE0', comp, options)
  return comp
    .trim()
    .replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], '')
}

// This function is passed to string.replace(re[t.HYPHENRANGE])
// M, m, patch, prerelease, build
// 1.2 - 3.4.5 => >=1.2.0 <=3.4.5
// 1.2.3 - 3.4 => >=1.2.0 <3.5.0-0 Any 3.4.x will do
// 1.2 - 3.4 => >=1.2.0 <3.5.0-0
// TODO build?
const hyphenReplace = incPr => ($0,
  from, fM, fm, fp, fpr, fb,
  to, tM, tm, tp, tpr) => {
  if (isX(fM)) {
    from = ''
  } else if (isX(fm)) {
    from = `>=${fM}.0.0${incPr ? '-0' : ''}`
  } else if (isX(fp)) {
    from = `>=${fM}.${fm}.0${incPr ? '-0' : ''}`
  } else if (fpr) {
    from = `>=${from}`
  } else {
    from = `>=${from}${incPr ? '-0' : ''}`
  }

  if (isX(tM)) {
    to = ''
  } else if (isX(tm)) {
    to = `<${+tM + 1}.0.0-0`
  } else if (isX(tp)) {
    to = `<${tM}.${+tm + 1}.0-0`
  } else if (tpr) {
    to = `<=${tM}.${tm}.${tp}-${tpr}`
  } else if (incPr) {
    to = `<${tM}.${tm}.${+tp + 1}-0`
  } else {
    to = `<=${to}`
  }

  return `${from} ${to}`.trim()
}

const testSet = (set, version, options) => {
  for (let i = 0; i < set.length; i++) {
    if (!set[i].test(version)) {
      return false
    }
  }

  if (version.prerelease.length && !options.includePrerelease) {
    // Find the set of versions that are allowed to have prereleases
    // For example, ^1.2.3-pr.1 desugars to >=1.2.3-pr.1 <2.0.0
    // That should allow `1.2.3-pr.2` to pass.
    // However, `1.2.4-alpha.notready` should NOT be allowed,
    // even though it's within the range set by the comparators.
    for (let i = 0; i < set.length; i++) {
      debug(set[i].semver)
      if (set[i].semver === Comparator.ANY) {
        continue
      }

      if (set[i].semver.prerelease.length > 0) {
        const allowed = set[i].semver
        if (allowed.major === version.major &&
            allowed.minor === version.minor &&
            allowed.patch === version.patch) {
          return true
        }
      }
    }

    // Version has a -pre, but it's not one of the ones we like.
    return false
  }

  return true
}


/***/ }),

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

/***/ 1799:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const clean = (version, options) => {
  const s = parse(version.trim().replace(/^[=v]+/, ''), options)
  return s ? s.version : null
}
module.exports = clean


/***/ }),

/***/ 8646:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const eq = __nccwpck_require__(5082)
const neq = __nccwpck_require__(4974)
const gt = __nccwpck_require__(6599)
const gte = __nccwpck_require__(1236)
const lt = __nccwpck_require__(3872)
const lte = __nccwpck_require__(6717)

const cmp = (a, op, b, loose) => {
  switch (op) {
    case '===':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a === b

    case '!==':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a !== b

    case '':
    case '=':
    case '==':
      return eq(a, b, loose)

    case '!=':
      return neq(a, b, loose)

    case '>':
      return gt(a, b, loose)

    case '>=':
      return gte(a, b, loose)

    case '<':
      return lt(a, b, loose)

    case '<=':
      return lte(a, b, loose)

    default:
      throw new TypeError(`Invalid operator: ${op}`)
  }
}
module.exports = cmp


/***/ }),

/***/ 5385:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const parse = __nccwpck_require__(6353)
const { safeRe: re, t } = __nccwpck_require__(5471)

const coerce = (version, options) => {
  if (version instanceof SemVer) {
    return version
  }

  if (typeof version === 'number') {
    version = String(version)
  }

  if (typeof version !== 'string') {
    return null
  }

  options = options || {}

  let match = null
  if (!options.rtl) {
    match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE])
  } else {
    // Find the right-most coercible string that does not share
    // a terminus with a more left-ward coercible string.
    // Eg, '1.2.3.4' wants to coerce '2.3.4', not '3.4' or '4'
    // With includePrerelease option set, '1.2.3.4-rc' wants to coerce '2.3.4-rc', not '2.3.4'
    //
    // Walk through the string checking with a /g regexp
    // Manually set the index so as to pick up overlapping matches.
    // Stop when we get a match that ends at the string end, since no
    // coercible string can be more right-ward without the same terminus.
    const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL]
    let next
    while ((next = coerceRtlRegex.exec(version)) &&
        (!match || match.index + match[0].length !== version.length)
    ) {
      if (!match ||
            next.index + next[0].length !== match.index + match[0].length) {
        match = next
      }
      coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length
    }
    // leave it in a clean state
    coerceRtlRegex.lastIndex = -1
  }

  if (match === null) {
    return null
  }

  const major = match[2]
  const minor = match[3] || '0'
  const patch = match[4] || '0'
  const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : ''
  const build = options.includePrerelease && match[6] ? `+${match[6]}` : ''

  return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options)
}
module.exports = coerce


/***/ }),

/***/ 7648:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const compareBuild = (a, b, loose) => {
  const versionA = new SemVer(a, loose)
  const versionB = new SemVer(b, loose)
  return versionA.compare(versionB) || versionA.compareBuild(versionB)
}
module.exports = compareBuild


/***/ }),

/***/ 6874:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const compareLoose = (a, b) => compare(a, b, true)
module.exports = compareLoose


/***/ }),

/***/ 8469:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const compare = (a, b, loose) =>
  new SemVer(a, loose).compare(new SemVer(b, loose))

module.exports = compare


/***/ }),

/***/ 711:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)

const diff = (version1, version2) => {
  const v1 = parse(version1, null, true)
  const v2 = parse(version2, null, true)
  const comparison = v1.compare(v2)

  if (comparison === 0) {
    return null
  }

  const v1Higher = comparison > 0
  const highVersion = v1Higher ? v1 : v2
  const lowVersion = v1Higher ? v2 : v1
  const highHasPre = !!highVersion.prerelease.length
  const lowHasPre = !!lowVersion.prerelease.length

  if (lowHasPre && !highHasPre) {
    // Going from prerelease -> no prerelease requires some special casing

    // If the low version has only a major, then it will always be a major
    // Some examples:
    // 1.0.0-1 -> 1.0.0
    // 1.0.0-1 -> 1.1.1
    // 1.0.0-1 -> 2.0.0
    if (!lowVersion.patch && !lowVersion.minor) {
      return 'major'
    }

    // If the main part has no difference
    if (lowVersion.compareMain(highVersion) === 0) {
      if (lowVersion.minor && !lowVersion.patch) {
        return 'minor'
      }
      return 'patch'
    }
  }

  // add the `pre` prefix if we are going to a prerelease version
  const prefix = highHasPre ? 'pre' : ''

  if (v1.major !== v2.major) {
    return prefix + 'major'
  }

  if (v1.minor !== v2.minor) {
    return prefix + 'minor'
  }

  if (v1.patch !== v2.patch) {
    return prefix + 'patch'
  }

  // high and low are prereleases
  return 'prerelease'
}

module.exports = diff


/***/ }),

/***/ 5082:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const eq = (a, b, loose) => compare(a, b, loose) === 0
module.exports = eq


/***/ }),

/***/ 6599:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const gt = (a, b, loose) => compare(a, b, loose) > 0
module.exports = gt


/***/ }),

/***/ 1236:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const gte = (a, b, loose) => compare(a, b, loose) >= 0
module.exports = gte


/***/ }),

/***/ 2338:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)

const inc = (version, release, options, identifier, identifierBase) => {
  if (typeof (options) === 'string') {
    identifierBase = identifier
    identifier = options
    options = undefined
  }

  try {
    return new SemVer(
      version instanceof SemVer ? version.version : version,
      options
    ).inc(release, identifier, identifierBase).version
  } catch (er) {
    return null
  }
}
module.exports = inc


/***/ }),

/***/ 3872:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const lt = (a, b, loose) => compare(a, b, loose) < 0
module.exports = lt


/***/ }),

/***/ 6717:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const lte = (a, b, loose) => compare(a, b, loose) <= 0
module.exports = lte


/***/ }),

/***/ 8511:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const major = (a, loose) => new SemVer(a, loose).major
module.exports = major


/***/ }),

/***/ 2603:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const minor = (a, loose) => new SemVer(a, loose).minor
module.exports = minor


/***/ }),

/***/ 4974:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const neq = (a, b, loose) => compare(a, b, loose) !== 0
module.exports = neq


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

/***/ 8756:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const patch = (a, loose) => new SemVer(a, loose).patch
module.exports = patch


/***/ }),

/***/ 5714:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const prerelease = (version, options) => {
  const parsed = parse(version, options)
  return (parsed && parsed.prerelease.length) ? parsed.prerelease : null
}
module.exports = prerelease


/***/ }),

/***/ 2173:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const rcompare = (a, b, loose) => compare(b, a, loose)
module.exports = rcompare


/***/ }),

/***/ 7192:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(7648)
const rsort = (list, loose) => list.sort((a, b) => compareBuild(b, a, loose))
module.exports = rsort


/***/ }),

/***/ 8011:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const satisfies = (version, range, options) => {
  try {
    range = new Range(range, options)
  } catch (er) {
    return false
  }
  return range.test(version)
}
module.exports = satisfies


/***/ }),

/***/ 9872:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(7648)
const sort = (list, loose) => list.sort((a, b) => compareBuild(a, b, loose))
module.exports = sort


/***/ }),

/***/ 6114:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const constants = __nccwpck_require__(5101)
const SemVer = __nccwpck_require__(7163)

const truncate = (version, truncation, options) => {
  if (!constants.RELEASE_TYPES.includes(truncation)) {
    return null
  }

  const clonedVersion = cloneInputVersion(version, options)
  return clonedVersion && doTruncation(clonedVersion, truncation)
}

const cloneInputVersion = (version, options) => {
  const versionStringToParse = (
    version instanceof SemVer ? version.version : version
  )

  return parse(versionStringToParse, options)
}

const doTruncation = (version, truncation) => {
  if (isPrerelease(truncation)) {
    return version.version
  }

  version.prerelease = []

  switch (truncation) {
    case 'major':
      version.minor = 0
      version.patch = 0
      break
    case 'minor':
      version.patch = 0
      break
  }

  return version.format()
}

const isPrerelease = (type) => {
  return type.startsWith('pre')
}

module.exports = truncate


/***/ }),

/***/ 8780:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const valid = (version, options) => {
  const v = parse(version, options)
  return v ? v.version : null
}
module.exports = valid


/***/ }),

/***/ 2088:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// just pre-load all the stuff that index.js lazily exports
const internalRe = __nccwpck_require__(5471)
const constants = __nccwpck_require__(5101)
const SemVer = __nccwpck_require__(7163)
const identifiers = __nccwpck_require__(3348)
const parse = __nccwpck_require__(6353)
const valid = __nccwpck_require__(8780)
const clean = __nccwpck_require__(1799)
const inc = __nccwpck_require__(2338)
const diff = __nccwpck_require__(711)
const major = __nccwpck_require__(8511)
const minor = __nccwpck_require__(2603)
const patch = __nccwpck_require__(8756)
const prerelease = __nccwpck_require__(5714)
const compare = __nccwpck_require__(8469)
const rcompare = __nccwpck_require__(2173)
const compareLoose = __nccwpck_require__(6874)
const compareBuild = __nccwpck_require__(7648)
const sort = __nccwpck_require__(9872)
const rsort = __nccwpck_require__(7192)
const gt = __nccwpck_require__(6599)
const lt = __nccwpck_require__(3872)
const eq = __nccwpck_require__(5082)
const neq = __nccwpck_require__(4974)
const gte = __nccwpck_require__(1236)
const lte = __nccwpck_require__(6717)
const cmp = __nccwpck_require__(8646)
const coerce = __nccwpck_require__(5385)
const truncate = __nccwpck_require__(6114)
const Comparator = __nccwpck_require__(9379)
const Range = __nccwpck_require__(6782)
const satisfies = __nccwpck_require__(8011)
const toComparators = __nccwpck_require__(4750)
const maxSatisfying = __nccwpck_require__(3193)
const minSatisfying = __nccwpck_require__(8595)
const minVersion = __nccwpck_require__(1866)
const validRange = __nccwpck_require__(4737)
const outside = __nccwpck_require__(280)
const gtr = __nccwpck_require__(2276)
const ltr = __nccwpck_require__(5213)
const intersects = __nccwpck_require__(3465)
const simplifyRange = __nccwpck_require__(2028)
const subset = __nccwpck_require__(1489)
module.exports = {
  parse,
  valid,
  clean,
  inc,
  diff,
  major,
  minor,
  patch,
  prerelease,
  compare,
  rcompare,
  compareLoose,
  compareBuild,
  sort,
  rsort,
  gt,
  lt,
  eq,
  neq,
  gte,
  lte,
  cmp,
  coerce,
  truncate,
  Comparator,
  Range,
  satisfies,
  toComparators,
  maxSatisfying,
  minSatisfying,
  minVersion,
  validRange,
  outside,
  gtr,
  ltr,
  intersects,
  simplifyRange,
  subset,
  SemVer,
  re: internalRe.re,
  src: internalRe.src,
  tokens: internalRe.t,
  SEMVER_SPEC_VERSION: constants.SEMVER_SPEC_VERSION,
  RELEASE_TYPES: constants.RELEASE_TYPES,
  compareIdentifiers: identifiers.compareIdentifiers,
  rcompareIdentifiers: identifiers.rcompareIdentifiers,
}


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

/***/ 1383:
/***/ ((module) => {



class LRUCache {
  constructor () {
    this.max = 1000
    this.map = new Map()
  }

  get (key) {
    const value = this.map.get(key)
    if (value === undefined) {
      return undefined
    } else {
      // Remove the key from the map and add it to the end
      this.map.delete(key)
      this.map.set(key, value)
      return value
    }
  }

  delete (key) {
    return this.map.delete(key)
  }

  set (key, value) {
    const deleted = this.delete(key)

    if (!deleted && value !== undefined) {
      // If cache is full, delete the least recently used item
      if (this.map.size >= this.max) {
        const firstKey = this.map.keys().next().value
        this.delete(firstKey)
      }

      this.map.set(key, value)
    }

    return this
  }
}

module.exports = LRUCache


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

/***/ 9737:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

// @ts-check


// Reproduce safeRe[COMPARATORTRIM] replacement boundaries, not version
// validation. Each end-index finder returns an exclusive end, or its start
// on no match.
// Positions count from zero. An end of 3 means characters 0, 1, and 2 were read;
// range.slice(start, end) gives the matched text, not a converted number.
const {
  MAX_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  WHITESPACE_CHARACTERS,
} = __nccwpck_require__(5101)

/**
 * Remembers the last two rows of digits so their characters need not be reread.
 * Positions start at -1 until a row has been found.
 *
 * @typedef {object} DigitRunCache
 * @property {number} start The first character of the most recently found row.
 * @property {number} end The position after that row's last character.
 * @property {number} previousStart The first character of the previous row.
 * @property {number} previousEnd The position after the previous row.
 */

// One entry per UTF-16 code unit keeps membership checks constant-time.
const whitespace = new Uint8Array(0x10000)
for (const char of WHITESPACE_CHARACTERS) {
  whitespace[char.charCodeAt(0)] = 1
}

/**
 * Checks whether a character is whitespace, like a space, tab, or newline.
 * Looking past the end of the string returns false.
 *
 * @param {string|undefined} char One character, or undefined past the string's end.
 * @returns {boolean} Whether the character is whitespace.
 * @example isWhitespace(' ') // true
 * @example isWhitespace('1') // false
 */
const isWhitespace = char =>
  char !== undefined && whitespace[char.charCodeAt(0)] === 1

/**
 * Checks for v, =, or whitespace before the version number.
 * These are historical version prefixes, not range operators:
 * < and > are handled separately, as are tilde and caret ranges.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can belong to a version prefix.
 * @example isVersionPrefix('=') // true
 * @example isVersionPrefix('>') // false
 */
const isVersionPrefix = char =>
  char === 'v' ||
  char === '=' ||
  isWhitespace(char)

/**
 * Checks whether a character is one of the digits 0 through 9.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII digit.
 * @example isDigit('7') // true
 * @example isDigit('.') // false
 */
const isDigit = char => char !== undefined && char >= '0' && char <= '9'

/**
 * Checks whether a character is an English letter, uppercase or lowercase.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII letter.
 * @example isLetter('b') // true
 * @example isLetter('7') // false
 */
const isLetter = char =>
  char !== undefined && (
    (char >= 'a' && char <= 'z') ||
    (char >= 'A' && char <= 'Z')
  )

/**
 * Checks for a letter, digit, or hyphen: the characters allowed inside
 * prerelease and build names such as beta-1.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can be part of an identifier.
 * @example isIdentifierCharacter('-') // true
 * @example isIdentifierCharacter('.') // false; dots separate identifiers
 */
const isIdentifierCharacter = char => isDigit(char) || isLetter(char) || char === '-'

/**
 * Checks whether a version component can begin here: with a digit or
 * a wildcard such as x, X, or *.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether a number or wildcard can start with this character.
 * @example isVersionStart('x') // true
 * @example isVersionStart('v') // false; v belongs to the prefix
 */
const isVersionStart = char =>
  isDigit(char) ||
  char === 'x' ||
  char === 'X' ||
  char === '*'

/**
 * Finds the end of a row of digits, but returns no more than limit digits.
 * Remembers the last two rows so looking at them again does not reread them.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first character to check.
 * @param {number} limit The most digit characters the returned match can include.
 * @param {DigitRunCache} digitRuns Shared cache of digit-run positions, updated in place.
 * @returns {number} The position after the matched digits, or start if none match.
 * @example findDigitsEndIndex('123abc', 0, 10, digitRuns) // 3, pointing at a
 * @example findDigitsEndIndex('123abc', 0, 2, digitRuns) // 2, pointing at the unread 3
 */
const findDigitsEndIndex = (range, start, limit, digitRuns) => {
  if (!isDigit(range[start])) {
    return start
  }
  if (start >= digitRuns.start && start < digitRuns.end) {
    return Math.min(start + limit, digitRuns.end)
  }
  if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
    return Math.min(start + limit, digitRuns.previousEnd)
  }
  let end = start + 1
  while (isDigit(range[end])) {
    end++
  }
  // A failed full version can rewind from its second run to its first.
  digitRuns.previousStart = digitRuns.start
  digitRuns.previousEnd = digitRuns.end
  digitRuns.start = start
  digitRuns.end = end
  return Math.min(start + limit, end)
}

/**
 * Reads a number using the old regex's length and leading-zero rules.
 * Strict mode reads just the first zero in 012; loose mode can read all three.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the number should begin.
 * @param {boolean} loose Whether to allow leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched digits, not their numeric value.
 * @example findVersionNumberEndIndex('012', 0, false, digitRuns) // 1
 * @example findVersionNumberEndIndex('012', 0, true, digitRuns) // 3
 */
const findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
  if (!loose && range[start] === '0') {
    return start + 1
  }
  // Strict syntax allows an initial nonzero digit plus MAX_LENGTH digits.
  return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns)
}

/**
 * Reads one piece of a prerelease name, such as beta or 1 in beta.1.
 * Tries the letter-or-hyphen form first, then the number-only form.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @param {boolean} loose Whether numeric identifiers may have leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findPrereleaseIdentifierEndIndex('beta.1', 0, false, digitRuns) // 4, at the dot
 * @example findPrereleaseIdentifierEndIndex('001beta', 0, false, digitRuns) // 7
 */
const findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
  const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns)
  // The legacy regex tries a nonnumeric identifier before a numeric one.
  if (isLetter(range[digitsEnd]) || range[digitsEnd] === '-') {
    let end = digitsEnd + 1
    const limit = end + MAX_SAFE_BUILD_LENGTH
    while (end < limit && isIdentifierCharacter(range[end])) {
      end++
    }
    return end
  }
  return findVersionNumberEndIndex(range, start, loose, digitRuns)
}

/**
 * Reads a prerelease suffix such as -beta.1, one dot-separated piece at a time.
 * Loose mode also allows the name without its opening hyphen.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the suffix should begin, including -.
 * @param {boolean} loose Whether the opening hyphen is optional and zeros allowed.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched suffix, or start if absent.
 * @example findPrereleaseEndIndex('-beta.1+sha', 0, false, digitRuns) // 7, at the plus
 * @example findPrereleaseEndIndex('beta', 0, false, digitRuns) // 0; no opening hyphen
 */
const findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
  const hyphen = range[start] === '-'
  if (!loose && !hyphen) {
    return start
  }
  const identifierStart = start + (hyphen ? 1 : 0)
  let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns)
  if (end === identifierStart) {
    if (!loose || !hyphen) {
      return start
    }
    // In loose syntax, a lone hyphen can itself be the identifier.
    end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns)
  }
  while (range[end] === '.') {
    const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads one build-name piece, such as sha or 123 in +sha.123.
 * Stops at a disallowed character or the old regex's length limit.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findBuildIdentifierEndIndex('sha.123', 0) // 3, at the dot
 * @example findBuildIdentifierEndIndex('001', 0) // 3; leading zeros are allowed
 */
const findBuildIdentifierEndIndex = (range, start) => {
  let end = start
  while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
    end++
  }
  return end
}

/**
 * Reads optional build metadata such as +sha.123.
 * Leaves the position unchanged if there is no plus sign followed by a name.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the opening + should be.
 * @returns {number} The position after the matched metadata, or start if absent.
 * @example findBuildEndIndex('+sha.123 <2', 0) // 8, at the space
 * @example findBuildEndIndex('+', 0) // 0; a plus sign alone is not a match
 */
const findBuildEndIndex = (range, start) => {
  if (range[start] !== '+') {
    return start
  }
  let end = findBuildIdentifierEndIndex(range, start + 1)
  if (end === start + 1) {
    return start
  }
  while (range[end] === '.') {
    const next = findBuildIdentifierEndIndex(range, end + 1)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads three numbers separated by dots, then any prerelease and build suffixes.
 * Uses loose rules, so forms such as 01.02.03beta can match here.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first number, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the version match, or start if none matches.
 * @example findLooseFullVersionEndIndex('1.2.3-beta+sha <2', 0, digitRuns) // 14
 * @example findLooseFullVersionEndIndex('1.2', 0, digitRuns) // 0; needs three numbers
 */
const findLooseFullVersionEndIndex = (range, start, digitRuns) => {
  let end = start
  for (let component = 0; component < 3; component++) {
    const next = findVersionNumberEndIndex(range, end, true, digitRuns)
    if (next === end) {
      return start
    }
    end = next
    if (component < 2) {
      if (range[end] !== '.') {
        return start
      }
      end++
    }
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Reads one component of a partial or wildcard version, such as 2 or x in 2.x.
 * Numbers use strict leading-zero rules; wildcards take up one character.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the component should begin.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the component, or start if none matches.
 * @example findPartialVersionComponentEndIndex('2.x', 0, digitRuns) // 1, at the dot
 * @example findPartialVersionComponentEndIndex('2.x', 2, digitRuns) // 3, after x
 */
const findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
  if (isDigit(range[start])) {
    return findVersionNumberEndIndex(range, start, false, digitRuns)
  }
  return isVersionStart(range[start]) ? start + 1 : start
}

/**
 * Reads up to three components, allowing forms such as 1, 1.2, or 1.x.
 * After the third component, also reads any strict prerelease and build suffixes.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched version text.
 * @example findPartialVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 * @example findPartialVersionEndIndex('1.', 0, digitRuns) // 1; the trailing dot is unread
 */
const findPartialVersionEndIndex = (range, start, digitRuns) => {
  let end = findPartialVersionComponentEndIndex(range, start, digitRuns)
  for (let component = 0; component < 2; component++) {
    if (range[end] !== '.') {
      return end
    }
    const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns)
    if (next === end + 1) {
      return end
    }
    end = next
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Finds where a version match ends, without deciding whether the range is valid.
 * Tries a loose full version first, then a partial or wildcard version, just
 * like the old regex's LOOSEPLAIN and XRANGEPLAIN alternatives.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position where scanning the next candidate can resume.
 * @example findVersionEndIndex('1.2.3 <2', 0, digitRuns) // 5, at the space
 * @example findVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 */
const findVersionEndIndex = (range, start, digitRuns) => {
  const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns)
  return fullVersionEnd !== start
    ? fullVersionEnd
    : findPartialVersionEndIndex(range, start, digitRuns)
}

/**
 * Finds the one whitespace character the old replacement would remove.
 * Keeps leading whitespace, skips an optional operator, and checks immediately
 * after it. Returns -1 if there is nothing to remove.
 *
 * @param {string} range The text containing a candidate already found by the caller.
 * @param {number} matchStart The candidate's position, including leading whitespace.
 * @returns {number} The position of the removable whitespace, or -1 if absent.
 * @example findRemovableWhitespaceIndex(' > 1', 0) // 2; keep the space at position 0
 * @example findRemovableWhitespaceIndex('>1', 0) // -1
 */
const findRemovableWhitespaceIndex = (range, matchStart) => {
  let position = matchStart
  if (isWhitespace(range[position])) {
    position++
  }
  if (range[position] === '<' || range[position] === '>') {
    position++
  }
  if (range[position] === '=') {
    position++
  }
  return isWhitespace(range[position]) ? position : -1
}

/**
 * Joins an operator to its version, turning > 1.2.3 into >1.2.3.
 * Copies everything else according to the old regex's matching rules.
 * Moves forward through prefixes and whole versions to avoid repeatedly
 * searching the same characters on long inputs.
 *
 * @param {string} range The range text to process; the original string is unchanged.
 * @returns {string} The range with matched operator whitespace removed.
 * @example trimComparatorWhitespace('> 1.2.3 < 2') // '>1.2.3 <2'
 * @example trimComparatorWhitespace('> invalid') // '> invalid'
 */
const trimComparatorWhitespace = range => {
  let result = ''
  let copyFrom = 0
  let cursor = 0
  const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 }

  while (cursor < range.length) {
    const matchStart = cursor
    if (range[cursor] === '<' || range[cursor] === '>') {
      cursor++
    } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
      cursor++
      continue
    }

    // Consume a v/=/whitespace run once, even when no version follows it.
    while (cursor < range.length && isVersionPrefix(range[cursor])) {
      cursor++
    }
    if (!isVersionStart(range[cursor])) {
      continue
    }

    const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart)
    if (whitespacePosition !== -1) {
      result += range.slice(copyFrom, whitespacePosition)
      copyFrom = whitespacePosition + 1
    }

    // Skip the entire match, so a prerelease's trailing v cannot be
    // reconsidered as the prefix of another version.
    cursor = findVersionEndIndex(range, cursor, digitRuns)
  }

  return result + range.slice(copyFrom)
}

module.exports = trimComparatorWhitespace


/***/ }),

/***/ 2276:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// Determine if version is greater than all the versions possible in the range.
const outside = __nccwpck_require__(280)
const gtr = (version, range, options) => outside(version, range, '>', options)
module.exports = gtr


/***/ }),

/***/ 3465:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const intersects = (r1, r2, options) => {
  r1 = new Range(r1, options)
  r2 = new Range(r2, options)
  return r1.intersects(r2, options)
}
module.exports = intersects


/***/ }),

/***/ 5213:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const outside = __nccwpck_require__(280)
// Determine if version is less than all the versions possible in the range
const ltr = (version, range, options) => outside(version, range, '<', options)
module.exports = ltr


/***/ }),

/***/ 3193:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)

const maxSatisfying = (versions, range, options) => {
  let max = null
  let maxSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!max || maxSV.compare(v) === -1) {
        // compare(max, v, true)
        max = v
        maxSV = new SemVer(max, options)
      }
    }
  })
  return max
}
module.exports = maxSatisfying


/***/ }),

/***/ 8595:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)
const minSatisfying = (versions, range, options) => {
  let min = null
  let minSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!min || minSV.compare(v) === 1) {
        // compare(min, v, true)
        min = v
        minSV = new SemVer(min, options)
      }
    }
  })
  return min
}
module.exports = minSatisfying


/***/ }),

/***/ 1866:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)
const gt = __nccwpck_require__(6599)

const minVersion = (range, loose) => {
  range = new Range(range, loose)

  let minver = new SemVer('0.0.0')
  if (range.test(minver)) {
    return minver
  }

  minver = new SemVer('0.0.0-0')
  if (range.test(minver)) {
    return minver
  }

  minver = null
  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let setMin = null
    comparators.forEach((comparator) => {
      // Clone to avoid manipulating the comparator's semver object.
      const compver = new SemVer(comparator.semver.version)
      switch (comparator.operator) {
        case '>':
          if (compver.prerelease.length === 0) {
            compver.patch++
          } else {
            compver.prerelease.push(0)
          }
          compver.raw = compver.format()
          /* fallthrough */
        case '':
        case '>=':
          if (!setMin || gt(compver, setMin)) {
            setMin = compver
          }
          break
        case '<':
        case '<=':
          /* Ignore maximum versions */
          break
        /* istanbul ignore next */
        default:
          throw new Error(`Unexpected operation: ${comparator.operator}`)
      }
    })
    if (setMin && (!minver || gt(minver, setMin))) {
      minver = setMin
    }
  }

  if (minver && range.test(minver)) {
    return minver
  }

  return null
}
module.exports = minVersion


/***/ }),

/***/ 280:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Comparator = __nccwpck_require__(9379)
const { ANY } = Comparator
const Range = __nccwpck_require__(6782)
const satisfies = __nccwpck_require__(8011)
const gt = __nccwpck_require__(6599)
const lt = __nccwpck_require__(3872)
const lte = __nccwpck_require__(6717)
const gte = __nccwpck_require__(1236)

const outside = (version, range, hilo, options) => {
  version = new SemVer(version, options)
  range = new Range(range, options)

  let gtfn, ltefn, ltfn, comp, ecomp
  switch (hilo) {
    case '>':
      gtfn = gt
      ltefn = lte
      ltfn = lt
      comp = '>'
      ecomp = '>='
      break
    case '<':
      gtfn = lt
      ltefn = gte
      ltfn = gt
      comp = '<'
      ecomp = '<='
      break
    default:
      throw new TypeError('Must provide a hilo val of "<" or ">"')
  }

  // If it satisfies the range it is not outside
  if (satisfies(version, range, options)) {
    return false
  }

  // From now on, variable terms are as if we're in "gtr" mode.
  // but note that everything is flipped for the "ltr" function.

  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let high = null
    let low = null

    comparators.forEach((comparator) => {
      if (comparator.semver === ANY) {
        comparator = new Comparator('>=0.0.0')
      }
      high = high || comparator
      low = low || comparator
      if (gtfn(comparator.semver, high.semver, options)) {
        high = comparator
      } else if (ltfn(comparator.semver, low.semver, options)) {
        low = comparator
      }
    })

    // If the edge version comparator has a operator then our version
    // isn't outside it
    if (high.operator === comp || high.operator === ecomp) {
      return false
    }

    // If the lowest version comparator has an operator and our version
    // is less than it then it isn't higher than the range
    if ((!low.operator || low.operator === comp) &&
        ltefn(version, low.semver)) {
      return false
    } else if (low.operator === ecomp && ltfn(version, low.semver)) {
      return false
    }
  }
  return true
}

module.exports = outside


/***/ }),

/***/ 2028:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// given a set of versions and a range, create a "simplified" range
// that includes the same versions that the original range does
// If the original range is shorter than the simplified one, return that.
const satisfies = __nccwpck_require__(8011)
const compare = __nccwpck_require__(8469)
module.exports = (versions, range, options) => {
  const set = []
  let first = null
  let prev = null
  const v = versions.sort((a, b) => compare(a, b, options))
  for (const version of v) {
    const included = satisfies(version, range, options)
    if (included) {
      prev = version
      if (!first) {
        first = version
      }
    } else {
      if (prev) {
        set.push([first, prev])
      }
      prev = null
      first = null
    }
  }
  if (first) {
    set.push([first, null])
  }

  const ranges = []
  for (const [min, max] of set) {
    if (min === max) {
      ranges.push(min)
    } else if (!max && min === v[0]) {
      ranges.push('*')
    } else if (!max) {
      ranges.push(`>=${min}`)
    } else if (min === v[0]) {
      ranges.push(`<=${max}`)
    } else {
      ranges.push(`${min} - ${max}`)
    }
  }
  const simplified = ranges.join(' || ')
  const original = typeof range.raw === 'string' ? range.raw : String(range)
  return simplified.length < original.length ? simplified : range
}


/***/ }),

/***/ 1489:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const Comparator = __nccwpck_require__(9379)
const { ANY } = Comparator
const satisfies = __nccwpck_require__(8011)
const compare = __nccwpck_require__(8469)

// Complex range `r1 || r2 || ...` is a subset of `R1 || R2 || ...` iff:
// - Every simple range `r1, r2, ...` is a null set, OR
// - Every simple range `r1, r2, ...` which is not a null set is a subset of
//   some `R1, R2, ...`
//
// Simple range `c1 c2 ...` is a subset of simple range `C1 C2 ...` iff:
// - If c is only the ANY comparator
//   - If C is only the ANY comparator, return true
//   - Else if in prerelease mode, return false
//   - else replace c with `[>=0.0.0]`
// - If C is only the ANY comparator
//   - if in prerelease mode, return true
//   - else replace C with `[>=0.0.0]`
// - Let EQ be the set of = comparators in c
// - If EQ is more than one, return true (null set)
// - Let GT be the highest > or >= comparator in c
// - Let LT be the lowest < or <= comparator in c
// - If GT and LT, and GT.semver > LT.semver, return true (null set)
// - If any C is a = range, and GT or LT are set, return false
// - If EQ
//   - If GT, and EQ does not satisfy GT, return true (null set)
//   - If LT, and EQ does not satisfy LT, return true (null set)
//   - If EQ satisfies every C, return true
//   - Else return false
// - If GT
//   - If GT.semver is lower than any > or >= comp in C, return false
//   - If GT is >=, and GT.semver does not satisfy every C, return false
//   - If GT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the GT.semver tuple, return false
// - If LT
//   - If LT.semver is greater than any < or <= comp in C, return false
//   - If LT is <=, and LT.semver does not satisfy every C, return false
//   - If LT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the LT.semver tuple, return false
// - Else return true

const subset = (sub, dom, options = {}) => {
  if (sub === dom) {
    return true
  }

  sub = new Range(sub, options)
  dom = new Range(dom, options)
  let sawNonNull = false

  OUTER: for (const simpleSub of sub.set) {
    for (const simpleDom of dom.set) {
      const isSub = simpleSubset(simpleSub, simpleDom, options)
      sawNonNull = sawNonNull || isSub !== null
      if (isSub) {
        continue OUTER
      }
    }
    // the null set is a subset of everything, but null simple ranges in
    // a complex range should be ignored.  so if we saw a non-null range,
    // then we know this isn't a subset, but if EVERY simple range was null,
    // then it is a subset.
    if (sawNonNull) {
      return false
    }
  }
  return true
}

const minimumVersionWithPreRelease = [new Comparator('>=0.0.0-0')]
const minimumVersion = [new Comparator('>=0.0.0')]

const simpleSubset = (sub, dom, options) => {
  if (sub === dom) {
    return true
  }

  if (sub.length === 1 && sub[0].semver === ANY) {
    if (dom.length === 1 && dom[0].semver === ANY) {
      return true
    } else if (options.includePrerelease) {
      sub = minimumVersionWithPreRelease
    } else {
      sub = minimumVersion
    }
  }

  if (dom.length === 1 && dom[0].semver === ANY) {
    if (options.includePrerelease) {
      return true
    } else {
      dom = minimumVersion
    }
  }

  const eqSet = new Set()
  let gt, lt
  for (const c of sub) {
    if (c.operator === '>' || c.operator === '>=') {
      gt = higherGT(gt, c, options)
    } else if (c.operator === '<' || c.operator === '<=') {
      lt = lowerLT(lt, c, options)
    } else {
      eqSet.add(c.semver)
    }
  }

  if (eqSet.size > 1) {
    return null
  }

  let gtltComp
  if (gt && lt) {
    gtltComp = compare(gt.semver, lt.semver, options)
    if (gtltComp > 0) {
      return null
    } else if (gtltComp === 0 && (gt.operator !== '>=' || lt.operator !== '<=')) {
      return null
    }
  }

  // will iterate one or zero times
  for (const eq of eqSet) {
    if (gt && !satisfies(eq, String(gt), options)) {
      return null
    }

    if (lt && !satisfies(eq, String(lt), options)) {
      return null
    }

    for (const c of dom) {
      if (!satisfies(eq, String(c), options)) {
        return false
      }
    }

    return true
  }

  let higher, lower
  let hasDomLT, hasDomGT
  // if the subset has a prerelease, we need a comparator in the superset
  // with the same tuple and a prerelease, or it's not a subset
  let needDomLTPre = lt &&
    !options.includePrerelease &&
    lt.semver.prerelease.length ? lt.semver : false
  let needDomGTPre = gt &&
    !options.includePrerelease &&
    gt.semver.prerelease.length ? gt.semver : false
  // exception: <1.2.3-0 is the same as <1.2.3
  if (needDomLTPre && needDomLTPre.prerelease.length === 1 &&
      lt.operator === '<' && needDomLTPre.prerelease[0] === 0) {
    needDomLTPre = false
  }

  for (const c of dom) {
    hasDomGT = hasDomGT || c.operator === '>' || c.operator === '>='
    hasDomLT = hasDomLT || c.operator === '<' || c.operator === '<='
    if (gt) {
      if (needDomGTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomGTPre.major &&
            c.semver.minor === needDomGTPre.minor &&
            c.semver.patch === needDomGTPre.patch) {
          needDomGTPre = false
        }
      }
      if (c.operator === '>' || c.operator === '>=') {
        higher = higherGT(gt, c, options)
        if (higher === c && higher !== gt) {
          return false
        }
      } else if (gt.operator === '>=' && !c.test(gt.semver)) {
        return false
      }
    }
    if (lt) {
      if (needDomLTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomLTPre.major &&
            c.semver.minor === needDomLTPre.minor &&
            c.semver.patch === needDomLTPre.patch) {
          needDomLTPre = false
        }
      }
      if (c.operator === '<' || c.operator === '<=') {
        lower = lowerLT(lt, c, options)
        if (lower === c && lower !== lt) {
          return false
        }
      } else if (lt.operator === '<=' && !c.test(lt.semver)) {
        return false
      }
    }
    if (!c.operator && (lt || gt) && gtltComp !== 0) {
      return false
    }
  }

  // if there was a < or >, and nothing in the dom, then must be false
  // UNLESS it was limited by another range in the other direction.
  // Eg, >1.0.0 <1.0.1 is still a subset of <2.0.0
  if (gt && hasDomLT && !lt && gtltComp !== 0) {
    return false
  }

  if (lt && hasDomGT && !gt && gtltComp !== 0) {
    return false
  }

  // we needed a prerelease range in a specific tuple, but didn't get one
  // then this isn't a subset.  eg >=1.2.3-pre is not a subset of >=1.0.0,
  // because it includes prereleases in the 1.2.3 tuple
  if (needDomGTPre || needDomLTPre) {
    return false
  }

  return true
}

// >=1.2.3 is lower than >1.2.3
const higherGT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp > 0 ? a
    : comp < 0 ? b
    : b.operator === '>' && a.operator === '>=' ? b
    : a
}

// <=1.2.3 is higher than <1.2.3
const lowerLT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp < 0 ? a
    : comp > 0 ? b
    : b.operator === '<' && a.operator === '<=' ? b
    : a
}

module.exports = subset


/***/ }),

/***/ 4750:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)

// Mostly just for testing and legacy API reasons
const toComparators = (range, options) =>
  new Range(range, options).set
    .map(comp => comp.map(c => c.value).join(' ').trim().split(' '))

module.exports = toComparators


/***/ }),

/***/ 4737:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const validRange = (range, options) => {
  try {
    // Return '*' instead of '' so that truthiness works.
    // This will throw if it's invalid anyway
    return new Range(range, options).range || '*'
  } catch (er) {
    return null
  }
}
module.exports = validRange


/***/ }),

/***/ 5833:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _slipway_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2934);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8906);


await (0,_slipway_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .Cs)(_main_js__WEBPACK_IMPORTED_MODULE_1__/* .main */ .i);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 8906:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// UNUSED EXPORTS: eventContext

// EXTERNAL MODULE: ./packages/action-kit/src/index.ts + 13 modules
var src = __nccwpck_require__(2934);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __nccwpck_require__(2088);
var semver_default = /*#__PURE__*/__nccwpck_require__.n(semver);
;// CONCATENATED MODULE: ./actions/version-check/src/bump.ts

/**
 * What kind of bump leads from `previous` to `version` (as EndBug/version-check's `type` output): the highest part
 * that grew — `major`, `minor`, `patch` —, `prerelease` when only the prerelease part moved on (1.3.0-rc.1 →
 * 1.3.0-rc.2), and empty when the version did not go up or either side is not a version. Releasing a prerelease
 * (1.3.0-rc.2 → 1.3.0) counts as the bump that release is: `minor` for x.y.0, `major` for x.0.0, else `patch`.
 */
function bumpType(previous, version) {
    if (previous === undefined)
        return '';
    const before = semver_default().parse(previous);
    const after = semver_default().parse(version);
    if (!before || !after || semver_default().compare(after, before) <= 0)
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
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
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
 * Starts git now and reads its output when `read` is called. Until then git runs ahead only as far as the pipe and
 * one stream buffer hold (some 80 KiB) and then waits, so starting a walk early costs its start-up and no more: the
 * process start, the repository's files opened and the first commits read overlap with whatever the caller does in
 * the meantime. A stream that is never read must be cancelled, or git waits on the pipe for ever.
 */
function openRecords(git, args, separator) {
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
    let started = false;
    let cancelled = false;
    return {
        cancel() {
            if (started || cancelled)
                return;
            cancelled = true;
            child.stdout.destroy();
            child.kill();
        },
        read(onRecord) {
            if (started || cancelled)
                return Promise.reject(new Error('This git output was read or cancelled already'));
            started = true;
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
                        reject(new ExecError('git', args, code, stderr, signal));
                    else
                        resolve(count);
                });
            });
        },
    };
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
        const result = await (0,src/* exec */.m0)('git', args, { ...options, cwd: this.cwd, env: { ...this.env, ...options.env } });
        return result.stdout.replace(/\n$/, '');
    }
    /** Runs git and returns undefined instead of throwing when it exits non-zero. */
    async tryRun(args) {
        const result = await (0,src/* exec */.m0)('git', args, { cwd: this.cwd, allowFailure: true, env: { ...this.env } });
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
        const result = await (0,src/* exec */.m0)('git', ['rev-parse', '--is-shallow-repository', '--verify', '--quiet', `${revision}^{commit}`], { cwd: this.cwd, allowFailure: true, env: { ...this.env } });
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
        const { code, stdout } = await new Promise((resolve, reject) => {
            const child = (0,external_node_child_process_.spawn)('git', ['cat-file', '--batch'], { cwd: this.cwd, env: this.env, stdio: 'pipe' });
            const chunks = [];
            child.stdout.on('data', (chunk) => chunks.push(chunk));
            child.stderr.resume();
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
    /** Committer time of a revision, in seconds since the epoch. */
    async commitTime(revision = 'HEAD') {
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

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __nccwpck_require__(4006);
var picomatch_default = /*#__PURE__*/__nccwpck_require__.n(picomatch);
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
            const isMatch = picomatch_default()(rule.path, { dot: false });
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
// EXTERNAL MODULE: ./node_modules/semver/functions/parse.js
var parse = __nccwpck_require__(6353);
var parse_default = /*#__PURE__*/__nccwpck_require__.n(parse);
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
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

/***/ 2934:
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
  Qj: () => (/* reexport */ markdownTable),
  hD: () => (/* reexport */ quote),
  L5: () => (/* reexport */ retry),
  Cs: () => (/* reexport */ runAction),
  n0: () => (/* reexport */ setOutputs),
  ip: () => (/* reexport */ workflow_commands_namespaceObject)
});

// UNUSED EXPORTS: ConfigError, ExecError, RetryableError, annotationAt, assertName, cell, details, failFrom, formatLocation, formatOutput, heading, inputVariable, isInside, isOnPath, isRetryableStatus, isTransientNetworkError, ownedPath, ownedProblem, parseList, parseRetryAfter, parseSourceDateEpoch, readRunnerContext, recordingLogger, removeOwned, silentLogger, sleep

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

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
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
    const delimiter = `ghadelimiter_${(0,external_node_crypto_namespaceObject.randomUUID)()}`;
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

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
;// CONCATENATED MODULE: external "node:readline"
const external_node_readline_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");
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
 * Runs a program with an argument array: no shell is involved, so no input can be interpreted as shell syntax.
 */
function exec(command, args, options = {}) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(command, args, {
            cwd: options.cwd,
            env: options.env ?? process.env,
            stdio: ['pipe', 'pipe', 'pipe'],
            shell: false,
        });
        const stdout = [];
        const stderr = [];
        let timer;
        if (options.timeoutMs !== undefined) {
            timer = setTimeout(() => child.kill('SIGTERM'), options.timeoutMs);
        }
        if (options.onStdoutLine) {
            const onLine = options.onStdoutLine;
            (0,external_node_readline_namespaceObject.createInterface)({ input: child.stdout, crlfDelay: Infinity }).on('line', onLine);
        }
        else
            child.stdout.on('data', (chunk) => stdout.push(chunk));
        child.stderr.on('data', (chunk) => stderr.push(chunk));
        if (options.onStderrLine) {
            (0,external_node_readline_namespaceObject.createInterface)({ input: child.stderr, crlfDelay: Infinity }).on('line', options.onStderrLine);
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
        child.stdin.on('error', () => undefined);
        child.stdin.end(options.input ?? '');
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
