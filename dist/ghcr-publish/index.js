import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 7998:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _slipway_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9658);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(797);


await (0,_slipway_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .Cs)(_main_js__WEBPACK_IMPORTED_MODULE_1__/* .main */ .i, _main_js__WEBPACK_IMPORTED_MODULE_1__/* .post */ .b);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 797:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main),
  b: () => (/* binding */ post)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/action-kit/src/index.ts + 12 modules
var action_kit_src = __nccwpck_require__(9658);
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
    constructor(cwd, env = (0,action_kit_src/* inheritedEnvironment */.aJ)()) {
        this.cwd = cwd;
        this.env = { ...env, ...gitEnv };
    }
    /** Runs git and returns stdout with the final newline removed. */
    async run(args, options = {}) {
        const result = await (0,action_kit_src/* exec */.m0)('git', args, { ...options, cwd: this.cwd, env: { ...this.env, ...options.env } });
        return result.stdout.replace(/\n$/, '');
    }
    /** Runs git and returns undefined instead of throwing when it exits non-zero. */
    async tryRun(args) {
        const result = await (0,action_kit_src/* exec */.m0)('git', args, { cwd: this.cwd, allowFailure: true, env: { ...this.env } });
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
        const result = await (0,action_kit_src/* exec */.m0)('git', ['rev-parse', '--is-shallow-repository', '--verify', '--quiet', `${revision}^{commit}`], { cwd: this.cwd, allowFailure: true, env: { ...this.env } });
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
        const result = await (0,action_kit_src/* exec */.m0)('git', ['merge-base', '--is-ancestor', ancestor, descendant], {
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

;// CONCATENATED MODULE: ./packages/image-meta/src/context.ts
/**
 * Reads the context from the runner (a RunnerContext, or any RunnerEventSource) and the checkout in `git`.
 * `pull_request_target` runs on the base branch, so its ref becomes the pull request's merge ref, as metadata-action
 * does. The event payload is the RunnerContext's: read once, strictly, by action-kit.
 */
async function readGitContext(runner, git, options = {}) {
    const now = options.now ?? (() => new Date());
    const payload = runner.payload;
    let eventName = runner.eventName;
    let ref = runner.ref;
    let sha = runner.sha;
    let shallowAnswer;
    if (options.source === 'git') {
        shallowAnswer = git?.tryRun(['rev-parse', '--is-shallow-repository']);
        if (!git || (await shallowAnswer) === undefined) {
            throw new Error(`context: git needs a git repository in ${git?.cwd ?? 'the workspace'}`);
        }
        sha = (await git.resolve('HEAD')) ?? sha;
        ref = await gitRef(git, ref);
        eventName = eventName || 'push';
    }
    else {
        if (/pull_request_target/.test(eventName) && typeof payload.number === 'number') {
            ref = `refs/pull/${payload.number}/merge`;
        }
        if (options.prHeadSha && /pull_request/.test(eventName) && payload.pull_request?.head?.sha) {
            sha = payload.pull_request.head.sha;
        }
    }
    const context = {
        eventName,
        ref,
        sha,
        payload,
        repository: runner.repository || (payload.repository?.full_name ?? ''),
        serverUrl: (runner.serverUrl || 'https://github.com').replace(/\/+$/, ''),
        commitDate: now(),
    };
    const fromPayload = options.source === 'git' ? undefined : commitDateFromPayload(payload, sha);
    // The git calls are independent: run them at once (each is a process start; cold start matters). Outside a
    // repository each answers undefined.
    const readTags = options.readTags !== false;
    const [shallow, seconds, tagList] = await Promise.all([
        // Only the tags need to know whether the clone is shallow: one process fewer on every other run.
        shallowAnswer ?? (readTags ? git?.tryRun(['rev-parse', '--is-shallow-repository']) : undefined),
        !fromPayload && git && sha ? git.commitTime(sha) : undefined,
        git && readTags ? git.tryRun(['tag', '--list']) : undefined,
    ]);
    if (fromPayload)
        context.commitDate = fromPayload;
    else if (seconds !== undefined && Number.isFinite(seconds))
        context.commitDate = new Date(seconds * 1000);
    else if (git && sha)
        options.logger?.debug(`commit ${sha} is not in this checkout: commit_date is the current time`);
    if (shallow !== undefined && tagList !== undefined) {
        context.repoTags = tagList.split('\n').filter((tag) => tag !== '');
        context.shallow = shallow === 'true';
    }
    return context;
}
/** A push carries each commit's timestamp; metadata-action prefers it to an API call, and so do we (no API). */
function commitDateFromPayload(payload, sha) {
    const fromCommits = payload.commits?.find((c) => c.id === sha)?.timestamp;
    const timestamp = fromCommits ?? (payload.head_commit?.id === sha ? payload.head_commit.timestamp : undefined);
    if (!timestamp)
        return undefined;
    const date = new Date(timestamp);
    return Number.isNaN(date.getTime()) ? undefined : date;
}
/** The ref of the checkout's HEAD: its branch, else a tag that points at it, else what the runner said. */
async function gitRef(git, fallback) {
    const branch = await git.tryRun(['symbolic-ref', '--short', '-q', 'HEAD']);
    if (branch)
        return `refs/heads/${branch}`;
    const tags = await git.tryRun(['tag', '--points-at', 'HEAD', '--sort=-version:refname']);
    const tag = tags?.split('\n').find((t) => t !== '');
    if (tag)
        return `refs/tags/${tag}`;
    return fallback || 'HEAD';
}

;// CONCATENATED MODULE: ./packages/image-meta/src/collate.ts
/**
 * The order `a.localeCompare(b)` gives label keys (metadata-action sorts its labels so, and oci-labels keeps that
 * order), without starting ICU's collator: its first use costs about 8 ms, most of a cold start's spare time.
 *
 * For label keys (`[A-Za-z0-9._/-]`) the default collation has no contractions or accents: punctuation first
 * (`_` `-` `.` `/`), then digits, then letters case-blind; only when two keys are equal so is case decided, lower
 * before upper at the first difference. Keys outside that alphabet go to localeCompare itself.
 */
const ORDER = '_-./0123456789abcdefghijklmnopqrstuvwxyz';
const PRIMARY = new Int8Array(128).fill(-1);
for (let i = 0; i < ORDER.length; i++) {
    PRIMARY[ORDER.charCodeAt(i)] = i;
    PRIMARY[ORDER.toUpperCase().charCodeAt(i)] = i;
}
function primaryOf(code) {
    return code < 128 ? (PRIMARY[code] ?? -1) : -1;
}
function compareLabelKeys(a, b) {
    const length = Math.min(a.length, b.length);
    for (let i = 0; i < length; i++) {
        const x = primaryOf(a.charCodeAt(i));
        const y = primaryOf(b.charCodeAt(i));
        if (x < 0 || y < 0)
            return a.localeCompare(b);
        if (x !== y)
            return x < y ? -1 : 1;
    }
    for (const rest of [a.slice(length), b.slice(length)])
        for (let i = 0; i < rest.length; i++)
            if (primaryOf(rest.charCodeAt(i)) < 0)
                return a.localeCompare(b);
    if (a.length !== b.length)
        return a.length < b.length ? -1 : 1;
    for (let i = 0; i < length; i++) {
        const x = a.charCodeAt(i);
        const y = b.charCodeAt(i);
        // Same letter, other case: lower case (the higher code) comes first.
        if (x !== y)
            return x > y ? -1 : 1;
    }
    return 0;
}

;// CONCATENATED MODULE: ./packages/image-meta/src/date-format.ts
/**
 * Formats a date with the moment.js tokens that metadata-action's `{{date}}` and `{{commit_date}}` accept, in an IANA
 * time zone through Intl (no moment dependency). Supported: YYYY YY Q M MM MMM MMMM D DD DDD DDDD d ddd dddd H HH h hh
 * m mm s ss S SS SSS A a Z ZZ X x, and `[literal]` escapes; other letters pass through as moment does.
 */
class TimeZoneError extends Error {
    timeZone;
    name = 'TimeZoneError';
    constructor(timeZone) {
        super(`unknown time zone ${JSON.stringify(timeZone)}`);
        this.timeZone = timeZone;
    }
}
const formatters = new Map();
function formatterFor(timeZone) {
    let formatter = formatters.get(timeZone);
    if (!formatter) {
        try {
            formatter = new Intl.DateTimeFormat('en-US', {
                timeZone,
                hourCycle: 'h23',
                year: 'numeric',
                month: 'numeric',
                day: 'numeric',
                hour: 'numeric',
                minute: 'numeric',
                second: 'numeric',
                weekday: 'short',
            });
        }
        catch {
            throw new TimeZoneError(timeZone);
        }
        formatters.set(timeZone, formatter);
    }
    return formatter;
}
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTH_NAMES = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
];
function zonedFields(date, timeZone) {
    const parts = {};
    for (const part of formatterFor(timeZone).formatToParts(date))
        parts[part.type] = part.value;
    const fields = {
        year: Number(parts.year),
        month: Number(parts.month),
        day: Number(parts.day),
        hour: Number(parts.hour) % 24,
        minute: Number(parts.minute),
        second: Number(parts.second),
        weekday: WEEKDAYS.indexOf(parts.weekday ?? ''),
    };
    const asUtc = Date.UTC(fields.year, fields.month - 1, fields.day, fields.hour, fields.minute, fields.second);
    const offsetMinutes = Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60_000);
    return { ...fields, offsetMinutes };
}
const TOKENS = /\[([^\]]*)\]|YYYY|YY|Q|MMMM|MMM|MM|M|DDDD|DDD|DD|D|dddd|ddd|d|HH|H|hh|h|mm|m|ss|s|SSS|SS|S|A|a|ZZ|Z|X|x/g;
function formatDate(date, format, timeZone = 'UTC') {
    const f = zonedFields(date, timeZone);
    // moment's format() without a format: ISO 8601, `Z` for a zero offset (its defaultFormatUtc), else `+hh:mm`.
    if (format === undefined || format === '')
        format = f.offsetMinutes === 0 ? 'YYYY-MM-DDTHH:mm:ss[Z]' : 'YYYY-MM-DDTHH:mm:ssZ';
    const pad = (n, width = 2) => String(n).padStart(width, '0');
    const hour12 = f.hour % 12 === 0 ? 12 : f.hour % 12;
    const dayOfYear = (Date.UTC(f.year, f.month - 1, f.day) - Date.UTC(f.year, 0, 1)) / 86_400_000 + 1;
    const offset = (separator) => {
        const sign = f.offsetMinutes < 0 ? '-' : '+';
        const abs = Math.abs(f.offsetMinutes);
        return `${sign}${pad(Math.floor(abs / 60))}${separator}${pad(abs % 60)}`;
    };
    const ms = date.getUTCMilliseconds();
    return format.replace(TOKENS, (token, literal) => {
        if (literal !== undefined)
            return literal;
        switch (token) {
            case 'YYYY':
                return pad(f.year, 4);
            case 'YY':
                return pad(f.year % 100);
            case 'Q':
                return String(Math.ceil(f.month / 3));
            case 'MMMM':
                return MONTH_NAMES[f.month - 1] ?? '';
            case 'MMM':
                return (MONTH_NAMES[f.month - 1] ?? '').slice(0, 3);
            case 'MM':
                return pad(f.month);
            case 'M':
                return String(f.month);
            case 'DDDD':
                return pad(dayOfYear, 3);
            case 'DDD':
                return String(dayOfYear);
            case 'DD':
                return pad(f.day);
            case 'D':
                return String(f.day);
            case 'dddd':
                return WEEKDAY_NAMES[f.weekday] ?? '';
            case 'ddd':
                return WEEKDAYS[f.weekday] ?? '';
            case 'd':
                return String(f.weekday);
            case 'HH':
                return pad(f.hour);
            case 'H':
                return String(f.hour);
            case 'hh':
                return pad(hour12);
            case 'h':
                return String(hour12);
            case 'mm':
                return pad(f.minute);
            case 'm':
                return String(f.minute);
            case 'ss':
                return pad(f.second);
            case 's':
                return String(f.second);
            case 'SSS':
                return pad(ms, 3);
            case 'SS':
                return pad(Math.floor(ms / 10));
            case 'S':
                return String(Math.floor(ms / 100));
            case 'A':
                return f.hour < 12 ? 'AM' : 'PM';
            case 'a':
                return f.hour < 12 ? 'am' : 'pm';
            case 'ZZ':
                return offset('');
            case 'Z':
                return offset(':');
            case 'X':
                return String(Math.floor(date.getTime() / 1000));
            default:
                return String(date.getTime());
        }
    });
}

;// CONCATENATED MODULE: ./packages/image-meta/src/pep440.ts
const PEP440 = new RegExp('^\\s*v?' +
    '(?:(\\d+)!)?' + // epoch
    '(\\d+(?:\\.\\d+)*)' + // release
    '(?:[-_.]?(a|b|c|rc|alpha|beta|pre|preview)[-_.]?(\\d+)?)?' + // pre-release
    '(?:-(\\d+)|[-_.]?(post|rev|r)[-_.]?(\\d+)?)?' + // post-release
    '(?:[-_.]?(dev)[-_.]?(\\d+)?)?' + // dev release
    '(?:\\+([a-z0-9]+(?:[-_.][a-z0-9]+)*))?' + // local version
    '\\s*$', 'i');
const PRE_LABELS = {
    a: 'a',
    alpha: 'a',
    b: 'b',
    beta: 'b',
    c: 'rc',
    rc: 'rc',
    pre: 'rc',
    preview: 'rc',
};
function parsePep440(text) {
    const match = PEP440.exec(text);
    if (!match)
        return undefined;
    const version = {
        raw: text,
        epoch: match[1] ? Number(match[1]) : 0,
        release: (match[2] ?? '').split('.').map(Number),
    };
    if (match[3])
        version.pre = { label: PRE_LABELS[match[3].toLowerCase()] ?? 'rc', number: Number(match[4] ?? 0) };
    if (match[5] !== undefined)
        version.post = Number(match[5]);
    else if (match[6])
        version.post = Number(match[7] ?? 0);
    if (match[8])
        version.dev = Number(match[9] ?? 0);
    if (match[10])
        version.local = match[10].toLowerCase().replace(/[-_]/g, '.');
    return version;
}
/** The canonical form PEP 440 prescribes: `V1.2.3-RC.2` → `1.2.3rc2`, `1.0-post` → `1.0.post0`. */
function normalizePep440(version) {
    let out = version.epoch ? `${version.epoch}!` : '';
    out += version.release.join('.');
    if (version.pre)
        out += `${version.pre.label}${version.pre.number}`;
    if (version.post !== undefined)
        out += `.post${version.post}`;
    if (version.dev !== undefined)
        out += `.dev${version.dev}`;
    if (version.local)
        out += `+${version.local}`;
    return out;
}
/** A pre-release, post-release or development release: metadata-action gives these only their own tag. */
function isPep440Special(version) {
    return version.pre !== undefined || version.post !== undefined || version.dev !== undefined;
}
function pep440Part(version, index) {
    return version.release[index] ?? 0;
}

;// CONCATENATED MODULE: ./packages/image-meta/src/csv.ts
/**
 * One line of CSV as csv-parse reads it with its defaults (the parser metadata-action runs on each line of `tags`,
 * `flavor` and `images`): fields separated by commas; a field that starts with `"` is quoted, may hold commas, and
 * writes a quote as `""`; a quote anywhere else, text after a closing quote, or a quote left open is an error.
 * Nothing is trimmed here (the callers trim keys and values, as metadata-action does).
 */
class CsvLineError extends Error {
    name = 'CsvLineError';
}
function parseCsvLine(line) {
    const fields = [];
    let field = '';
    let i = 0;
    while (i <= line.length) {
        if (line[i] === '"') {
            if (field !== '') {
                throw new CsvLineError(`a quote inside the unquoted field ${JSON.stringify(field + '"')}: quote the whole field ("key=value") and write a quote in it as ""`);
            }
            // A quoted field: runs to the quote that is not doubled.
            i++;
            for (;;) {
                if (i >= line.length)
                    throw new CsvLineError(`a quote opened before ${JSON.stringify(field)} is never closed`);
                const char = line.charAt(i);
                if (char === '"') {
                    if (line[i + 1] === '"') {
                        field += '"';
                        i += 2;
                        continue;
                    }
                    i++;
                    break;
                }
                field += char;
                i++;
            }
            if (i < line.length && line[i] !== ',') {
                throw new CsvLineError(`text after the closing quote of ${JSON.stringify(field)}: a quoted field ends at a comma or the end of the line`);
            }
        }
        if (i >= line.length || line[i] === ',') {
            fields.push(field);
            field = '';
            i++;
            continue;
        }
        field += line.charAt(i);
        i++;
    }
    return fields;
}

;// CONCATENATED MODULE: ./packages/image-meta/src/template.ts
/** A template the rules cannot render: an unclosed expression, a block helper, a bad argument. */
class TemplateError extends Error {
    name = 'TemplateError';
}
const cache = new Map();
function parseTemplate(template) {
    const cached = cache.get(template);
    if (cached)
        return cached;
    const parts = [];
    let rest = template;
    while (rest.length > 0) {
        const open = rest.indexOf('{{');
        if (open < 0) {
            parts.push(rest);
            break;
        }
        if (open > 0)
            parts.push(rest.slice(0, open));
        const triple = rest.startsWith('{{{', open);
        const closer = triple ? '}}}' : '}}';
        const close = findClose(rest, open + (triple ? 3 : 2), closer);
        if (close < 0)
            throw new TemplateError(`unclosed expression in ${JSON.stringify(template)}`);
        parts.push(parseExpression(rest.slice(open + (triple ? 3 : 2), close).trim(), template));
        rest = rest.slice(close + closer.length);
    }
    cache.set(template, parts);
    return parts;
}
function findClose(text, from, closer) {
    let quote;
    for (let i = from; i < text.length; i++) {
        const char = text[i];
        if (quote) {
            if (char === quote)
                quote = undefined;
        }
        else if (char === '"' || char === "'")
            quote = char;
        else if (text.startsWith(closer, i))
            return i;
    }
    return -1;
}
function parseExpression(body, template) {
    if (/^[#/^!>&]/.test(body)) {
        throw new TemplateError(`unsupported expression {{${body}}} in ${JSON.stringify(template)}`);
    }
    const tokens = [];
    const tokenPattern = /\s*(?:([\w.-]+)=)?('(?:[^']*)'|"(?:[^"]*)"|[^\s'"=]+)/y;
    let index = 0;
    while (index < body.length) {
        tokenPattern.lastIndex = index;
        const match = tokenPattern.exec(body);
        if (!match) {
            if (/^\s*$/.test(body.slice(index)))
                break;
            throw new TemplateError(`cannot read {{${body}}} in ${JSON.stringify(template)}`);
        }
        tokens.push(match[0].trim());
        index = tokenPattern.lastIndex;
    }
    const [name = '', ...rest] = tokens;
    if (!/^[A-Za-z_][\w.]*$/.test(name))
        throw new TemplateError(`bad expression {{${body}}} in ${JSON.stringify(template)}`);
    const args = [];
    const hash = {};
    for (const token of rest) {
        const pair = /^([\w.-]+)=(.*)$/s.exec(token);
        if (pair)
            hash[pair[1] ?? ''] = argument(pair[2] ?? '');
        else
            args.push(argument(token));
    }
    return { name, args, hash };
}
/**
 * Handlebars reads `'text'` and `"text"` as strings, numbers and true/false as literals, and anything else as a name
 * to look up: `{{commit_date YYYY-MM-DD}}` passes an unknown name (undefined), so the date gets its default format.
 */
function argument(token) {
    if (token.length >= 2 && (token[0] === "'" || token[0] === '"') && token.endsWith(token[0])) {
        return { literal: token.slice(1, -1) };
    }
    if (/^-?\d+(\.\d+)?$/.test(token) || token === 'true' || token === 'false')
        return { literal: token };
    return { path: token };
}
function resolve(arg, scope) {
    if ('literal' in arg)
        return arg.literal;
    const value = Object.prototype.hasOwnProperty.call(scope, arg.path) ? scope[arg.path] : undefined;
    return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}
function renderTemplate(template, scope) {
    let out = '';
    for (const part of parseTemplate(template)) {
        if (typeof part === 'string') {
            out += part;
            continue;
        }
        const value = Object.prototype.hasOwnProperty.call(scope, part.name) ? scope[part.name] : undefined;
        if (typeof value === 'function') {
            const hash = {};
            for (const [key, arg] of Object.entries(part.hash))
                hash[key] = resolve(arg, scope);
            out += value(part.args.map((arg) => resolve(arg, scope)), hash);
        }
        else if (Array.isArray(value))
            out += value.join(',');
        else if (value !== undefined)
            out += String(value);
    }
    return out;
}
/** The names a template refers to, in order (`{{major}}.{{minor}}` → major, minor). */
function templateNames(template) {
    return parseTemplate(template)
        .filter((part) => typeof part !== 'string')
        .map((part) => part.name);
}
/** True when the template is exactly `{{raw}}`: metadata-action keeps a prerelease's raw tag for it. */
function isRawStatement(template) {
    try {
        const parts = parseTemplate(template);
        const only = parts[0];
        return parts.length === 1 && only !== undefined && typeof only !== 'string' && only.name === 'raw';
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./packages/image-meta/src/rules.ts



/** The tag types of docker/metadata-action v5. */
const TAG_TYPES = ['schedule', 'semver', 'pep440', 'match', 'edge', 'ref', 'raw', 'sha'];
const REF_EVENTS = ['branch', 'tag', 'pr'];
/** metadata-action's default priorities: the highest-priority rule that yields a value gives `version`. */
const DEFAULT_PRIORITIES = {
    schedule: 1000,
    semver: 900,
    pep440: 900,
    match: 800,
    edge: 700,
    ref: 600,
    raw: 200,
    sha: 100,
};
/** metadata-action's rules when `tags` is empty. */
const DEFAULT_TAG_RULES = ['type=schedule', 'type=ref,event=branch', 'type=ref,event=tag', 'type=ref,event=pr'];
const KNOWN_ATTRIBUTES = {
    schedule: ['pattern'],
    semver: ['pattern', 'value', 'match'],
    pep440: ['pattern', 'value', 'match'],
    match: ['pattern', 'group', 'value'],
    edge: ['branch'],
    ref: ['event'],
    raw: ['value'],
    sha: ['format'],
};
const COMMON_ATTRIBUTES = ['enable', 'priority', 'prefix', 'suffix', 'tz'];
/**
 * Splits one line the way metadata-action does: CSV with quotes (csv-parse's rules, see parseCsvLine), then each field
 * into key and value at its first `=`, both trimmed, the key lower-cased. A field without `=` has no key. A line that
 * is not valid CSV throws an InputError naming `input` and the line.
 */
function splitFields(line, input = 'tags') {
    let fields;
    try {
        fields = parseCsvLine(line);
    }
    catch (error) {
        if (!(error instanceof CsvLineError))
            throw error;
        throw new action_kit_src/* InputError */.dz(input, line, `comma-separated key=value fields (${error.message})`);
    }
    return fields.map((field) => {
        const at = field.indexOf('=');
        if (at <= 0)
            return { value: field.trim() };
        return { key: field.slice(0, at).trim().toLowerCase(), value: field.slice(at + 1).trim() };
    });
}
/**
 * Parses the `tags` input, one rule a line, and sorts the rules by priority (highest first, input order kept among
 * equals), as metadata-action does. An empty list gives its default rules. Each bad line throws an InputError that
 * names the input and the line.
 */
function parseTagRules(lines, input = 'tags') {
    const source = lines.length > 0 ? lines : DEFAULT_TAG_RULES;
    return sortRules(source.map((line) => parseTagRule(line, input)));
}
function sortRules(rules) {
    return rules
        .map((rule, index) => ({ rule, index }))
        .sort((a, b) => b.rule.priority - a.rule.priority || a.index - b.index)
        .map(({ rule }) => rule);
}
function parseTagRule(line, input = 'tags') {
    const fail = (expected) => new action_kit_src/* InputError */.dz(input, line, expected);
    let type;
    const attrs = {};
    for (const field of splitFields(line, input)) {
        if (field.key === undefined) {
            attrs.value = field.value;
        }
        else if (field.key === 'type') {
            type = TAG_TYPES.find((t) => t === field.value);
            if (!type)
                throw fail(`a tag type among ${TAG_TYPES.join(', ')} (got type=${field.value})`);
        }
        else
            attrs[field.key] = field.value;
    }
    type ??= 'raw';
    const known = [...KNOWN_ATTRIBUTES[type], ...COMMON_ATTRIBUTES];
    for (const key of Object.keys(attrs)) {
        if (!known.includes(key))
            throw fail(`attributes of type=${type} among ${known.join(', ')} (got ${key}=)`);
    }
    const has = (key) => Object.prototype.hasOwnProperty.call(attrs, key);
    switch (type) {
        case 'schedule':
            if (!has('pattern'))
                attrs.pattern = 'nightly';
            break;
        case 'semver':
        case 'pep440':
            if (!has('pattern'))
                throw fail(`a pattern attribute for type=${type}, e.g. pattern={{version}}`);
            if (!has('value'))
                attrs.value = '';
            if (!has('match'))
                attrs.match = '';
            try {
                new RegExp(attrs.match ?? '');
            }
            catch {
                throw fail(`match= a valid regular expression (got match=${attrs.match})`);
            }
            break;
        case 'match':
            if (!has('pattern'))
                throw fail('a pattern attribute for type=match, e.g. pattern=\\d.\\d.\\d');
            if (!has('group'))
                attrs.group = '0';
            if (!/^\d+$/.test(attrs.group ?? ''))
                throw fail(`group= a capture group number (got group=${attrs.group})`);
            if (!has('value'))
                attrs.value = '';
            try {
                matchRegExp(attrs.pattern ?? '');
            }
            catch {
                throw fail(`pattern= a valid regular expression (got pattern=${attrs.pattern})`);
            }
            break;
        case 'edge':
            if (!has('branch'))
                attrs.branch = '';
            break;
        case 'ref':
            if (!has('event'))
                throw fail('an event attribute for type=ref: event=branch, event=tag or event=pr');
            if (!REF_EVENTS.some((e) => e === attrs.event))
                throw fail(`event= one of branch, tag, pr (got ${attrs.event})`);
            if (attrs.event === 'pr' && !has('prefix'))
                attrs.prefix = 'pr-';
            break;
        case 'raw':
            if (!has('value'))
                throw fail('a value attribute for type=raw, e.g. type=raw,value=stable');
            break;
        case 'sha':
            if (!has('prefix'))
                attrs.prefix = 'sha-';
            if (!has('format'))
                attrs.format = 'short';
            if (attrs.format !== 'short' && attrs.format !== 'long')
                throw fail(`format= short or long (got ${attrs.format})`);
            break;
    }
    if (!has('enable'))
        attrs.enable = 'true';
    let priority = DEFAULT_PRIORITIES[type];
    if (has('priority')) {
        priority = Number(attrs.priority);
        if (attrs.priority === '' || !Number.isFinite(priority))
            throw fail(`priority= a number (got ${attrs.priority})`);
    }
    for (const key of ['pattern', 'value', 'prefix', 'suffix', 'enable']) {
        if (has(key)) {
            try {
                parseTemplate(attrs[key] ?? '');
            }
            catch (error) {
                throw fail(`a valid ${key} template: ${error instanceof TemplateError ? error.message : String(error)}`);
            }
        }
    }
    return { type, attrs, priority, source: line, input };
}
/** A match pattern: `/regex/flags` or a plain regular expression. */
function matchRegExp(pattern) {
    const literal = /^\/(.+)\/([a-z]*)$/s.exec(pattern);
    return literal ? new RegExp(literal[1] ?? '', literal[2]) : new RegExp(pattern);
}
/** `latest=highest` is slipway's: moving tags only move forward. The rest is metadata-action's flavor. */
const LATEST_MODES = ['auto', 'true', 'false', 'highest'];
function parseFlavor(lines, input = 'flavor') {
    const flavor = {
        latest: 'auto',
        latestGiven: false,
        prefix: '',
        prefixLatest: false,
        suffix: '',
        suffixLatest: false,
    };
    for (const line of lines) {
        let onLatestFor;
        for (const field of splitFields(line, input)) {
            const fail = (expected) => new action_kit_src/* InputError */.dz(input, line, expected);
            switch (field.key) {
                case 'latest': {
                    const mode = LATEST_MODES.find((m) => m === field.value);
                    if (!mode)
                        throw fail(`latest= one of ${LATEST_MODES.join(', ')} (got ${field.value})`);
                    flavor.latest = mode;
                    flavor.latestGiven = true;
                    break;
                }
                case 'prefix':
                    flavor.prefix = field.value;
                    onLatestFor = 'prefix';
                    break;
                case 'suffix':
                    flavor.suffix = field.value;
                    onLatestFor = 'suffix';
                    break;
                case 'onlatest': {
                    if (field.value !== 'true' && field.value !== 'false')
                        throw fail(`onlatest= true or false (got ${field.value})`);
                    if (onLatestFor === 'prefix')
                        flavor.prefixLatest = field.value === 'true';
                    else if (onLatestFor === 'suffix')
                        flavor.suffixLatest = field.value === 'true';
                    else
                        throw fail('onlatest= after a prefix= or suffix= on the same line');
                    break;
                }
                default:
                    throw fail('entries latest=, prefix=, suffix= or onlatest= (one or more a line)');
            }
        }
    }
    return flavor;
}
/** Image reference grammar of distribution/reference, without tag or digest (those come from the rules). */
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = `(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[0-9a-fA-F:]+\\])(?::[0-9]+)?`;
const PATH_COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const IMAGE_NAME = new RegExp(`^(?:${DOMAIN}/)?${PATH_COMPONENT}(?:/${PATH_COMPONENT})*$`);
/**
 * Parses the `images` input: `name` or `name=<ref>,enable=<bool>` a line (metadata-action's format; a single line of
 * comma-separated names is its older format and still accepted). Names are lower-cased.
 */
function parseImages(lines, input = 'images') {
    const specs = [];
    const firstFields = lines.length === 1 ? splitFields(lines[0] ?? '', input) : [];
    if (lines.length === 1 && firstFields.every((f) => f.key === undefined)) {
        for (const field of firstFields)
            specs.push(imageSpec(field.value, true, lines[0] ?? '', input));
        return specs;
    }
    for (const line of lines) {
        let name = '';
        let enable = true;
        for (const field of splitFields(line, input)) {
            if (field.key === undefined || field.key === 'name')
                name = field.value;
            else if (field.key === 'enable') {
                if (field.value !== 'true' && field.value !== 'false') {
                    throw new action_kit_src/* InputError */.dz(input, line, `enable= true or false (got ${field.value})`);
                }
                enable = field.value === 'true';
            }
            else
                throw new action_kit_src/* InputError */.dz(input, line, 'name=<image> and enable=<true|false> attributes');
        }
        specs.push(imageSpec(name, enable, line, input));
    }
    return specs;
}
function imageSpec(given, enable, source, input) {
    if (given === '')
        throw new action_kit_src/* InputError */.dz(input, source, 'an image name, e.g. ghcr.io/owner/app');
    const name = given.toLowerCase();
    // distribution/reference: a name (registry and path) is at most 255 characters; a port is 1 to 65535.
    if (name.length > 255) {
        throw new action_kit_src/* InputError */.dz(input, source, `an image name of at most 255 characters (it has ${name.length})`);
    }
    const port = /^[^/]+:(\d+)\//.exec(name)?.[1];
    if (port !== undefined && (Number(port) < 1 || Number(port) > 65535)) {
        throw new action_kit_src/* InputError */.dz(input, source, `a registry port from 1 to 65535 (got ${port})`);
    }
    if (!IMAGE_NAME.test(name)) {
        const hint = /[:@]/.test(name.split('/').pop() ?? '')
            ? ' without a tag or digest (the tags rules give the tags)'
            : '';
        throw new action_kit_src/* InputError */.dz(input, source, `an image reference like ghcr.io/owner/app${hint}`);
    }
    return { given, name, enable, source };
}

;// CONCATENATED MODULE: ./packages/semver-tags/src/index.ts
// semver.org's recommended regular expression (numbers without leading zeros, identifiers of [0-9A-Za-z-]).
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
function parseSemVer(text) {
    const match = SEMVER.exec(text);
    if (!match)
        return undefined;
    return {
        major: Number(match[1]),
        minor: Number(match[2]),
        patch: Number(match[3]),
        prerelease: match[4] ? match[4].split('.') : [],
        build: match[5] ? match[5].split('.') : [],
    };
}
function isPrerelease(version) {
    return version.prerelease.length > 0;
}
/** SemVer precedence (§11): build metadata is ignored; a prerelease sorts below its release. */
function compareSemVer(a, b) {
    for (const key of ['major', 'minor', 'patch']) {
        if (a[key] !== b[key])
            return a[key] < b[key] ? -1 : 1;
    }
    if (a.prerelease.length === 0 || b.prerelease.length === 0) {
        return b.prerelease.length - a.prerelease.length === 0 ? 0 : a.prerelease.length === 0 ? 1 : -1;
    }
    const length = Math.max(a.prerelease.length, b.prerelease.length);
    for (let i = 0; i < length; i++) {
        const x = a.prerelease[i];
        const y = b.prerelease[i];
        if (x === undefined)
            return -1;
        if (y === undefined)
            return 1;
        if (x === y)
            continue;
        const xNumeric = /^\d+$/.test(x);
        const yNumeric = /^\d+$/.test(y);
        if (xNumeric && yNumeric)
            return Number(x) < Number(y) ? -1 : 1;
        if (xNumeric)
            return -1;
        if (yNumeric)
            return 1;
        return x < y ? -1 : 1;
    }
    return 0;
}
/** The version a tag names under a scheme, or undefined when the tag is not a release tag of that scheme. */
function versionOfTag(tag, scheme) {
    if (scheme.pattern !== undefined && !globMatch(scheme.pattern, tag))
        return undefined;
    if (!tag.startsWith(scheme.prefix))
        return undefined;
    return parseSemVer(tag.slice(scheme.prefix.length));
}
/** The release tags among `tags`, highest version first (ties: by name, so the order is stable). */
function sortVersionTags(tags, scheme) {
    const found = [];
    for (const tag of tags) {
        const version = versionOfTag(tag, scheme);
        if (version)
            found.push({ tag, version });
    }
    return found.sort((a, b) => compareSemVer(b.version, a.version) || (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
}
/**
 * The release before `current`: the highest version strictly below it. A stable release skips prereleases (the notes
 * of 1.3.0 run from 1.2.0, not from 1.3.0-rc.2); a prerelease counts them (1.3.0-rc.2 runs from 1.3.0-rc.1).
 */
function previousVersionTag(tags, current, scheme) {
    const stable = !isPrerelease(current);
    return sortVersionTags(tags, scheme).find((candidate) => compareSemVer(candidate.version, current) < 0 && !(stable && isPrerelease(candidate.version)));
}
/** True when `current` is stable and no stable tag of the scheme is higher: the release GitHub should call latest. */
function isHighestStable(tags, current, scheme) {
    if (isPrerelease(current))
        return false;
    return !sortVersionTags(tags, scheme).some((candidate) => !isPrerelease(candidate.version) && compareSemVer(candidate.version, current) > 0);
}
/**
 * A shell-like glob over a whole tag name: `*` any run of characters, `?` one character; nothing else is special.
 * Matched in O(pattern × text) with one backtrack point (the last `*`), not through a RegExp: `.*a.*a.*a…` backtracks
 * exponentially, so a tag pattern from a workflow could hang the step.
 */
function globMatch(pattern, text) {
    // UTF-16 units, as the RegExp (without the u flag) it replaces read them.
    const p = pattern;
    const t = text;
    let pi = 0;
    let ti = 0;
    let star = -1;
    let resume = 0;
    while (ti < t.length) {
        if (pi < p.length && (p[pi] === '?' || (p[pi] !== '*' && p[pi] === t[ti]))) {
            pi++;
            ti++;
        }
        else if (pi < p.length && p[pi] === '*') {
            star = pi++;
            resume = ti;
        }
        else if (star >= 0) {
            pi = star + 1;
            ti = ++resume;
        }
        else
            return false;
    }
    while (pi < p.length && p[pi] === '*')
        pi++;
    return pi === p.length;
}
function formatSemVer(version) {
    let text = `${version.major}.${version.minor}.${version.patch}`;
    if (version.prerelease.length > 0)
        text += `-${version.prerelease.join('.')}`;
    if (version.build.length > 0)
        text += `+${version.build.join('.')}`;
    return text;
}

;// CONCATENATED MODULE: ./packages/image-meta/src/semver.ts

function parseTagVersion(text) {
    const raw = text.trim();
    if (raw.length > 256)
        return undefined;
    const parsed = parseSemVer(raw.startsWith('v') ? raw.slice(1) : raw);
    if (!parsed || ![parsed.major, parsed.minor, parsed.patch].every(Number.isSafeInteger))
        return undefined;
    return { ...parsed, raw, version: formatSemVer({ ...parsed, build: [] }) };
}

;// CONCATENATED MODULE: ./packages/image-meta/src/meta.ts








/** The rules slipway applies when `tags` is empty and the ref is a version tag. */
const ZERO_CONFIG_SEMVER_RULES = [
    'type=semver,pattern={{version}}',
    'type=semver,pattern={{major}}.{{minor}}',
    'type=semver,pattern={{major}}',
];
const ZERO_CONFIG_PEP440_RULES = [
    'type=pep440,pattern={{version}}',
    'type=pep440,pattern={{major}}.{{minor}}',
    'type=pep440,pattern={{major}}',
];
const TAG_NAME = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
// Label keys as Docker and buildah accept them in practice; no white space or control characters.
const LABEL_KEY = /^[A-Za-z0-9][A-Za-z0-9._/:-]*$/;
/**
 * Computes tags, labels and annotations from the inputs and the context. Pure: every bit of I/O (event payload,
 * git tags, API, Dockerfile) is read beforehand into `context` and `options`. Throws InputError on a bad input line.
 */
function computeImageMeta(inputs, context, options = {}) {
    return new MetaComputation(inputs, context, options).run();
}
class MetaComputation {
    inputs;
    context;
    options;
    logger;
    now;
    flavor;
    shortShaLength;
    strategy = 'rules';
    latestMode;
    stableTags = [];
    heldBack = [];
    constructor(inputs, context, options) {
        this.inputs = inputs;
        this.context = context;
        this.options = options;
        this.logger = options.logger ?? action_kit_src/* silentLogger */.qq;
        this.now = options.now ?? new Date();
        this.flavor = parseFlavor(inputs.flavor);
        this.shortShaLength = options.shortShaLength ?? 7;
        this.latestMode = this.flavor.latest;
    }
    run() {
        const images = parseImages(this.inputs.images);
        for (const image of images) {
            if (image.given !== image.name) {
                this.logger.notice(`images: ${image.given} lower-cased to ${image.name}: registries (GHCR among them) need lower-case names`);
            }
        }
        const rules = this.rules();
        this.prepareHighest(rules);
        const version = this.versionFrom(rules);
        const names = [...(version.main !== undefined ? [version.main] : []), ...version.partial];
        const latest = version.main !== undefined && version.latest === true;
        if (latest) {
            const latestTag = sanitizeTag(`${this.flavor.prefixLatest ? this.flavor.prefix : ''}latest${this.flavor.suffixLatest ? this.flavor.suffix : ''}`);
            if (!names.includes(latestTag))
                names.push(latestTag);
        }
        for (const name of names) {
            if (!TAG_NAME.test(name)) {
                const rule = version.rules.get(name);
                throw new action_kit_src/* InputError */.dz(rule?.input ?? 'flavor', rule?.source ?? this.inputs.flavor.join('\n'), `rules that give valid tags: ${JSON.stringify(name)} is not ${name.length > 128 ? 'at most 128 characters' : 'a tag (letters, digits, _ . -, not starting with . or -)'}`);
            }
        }
        const enabled = images.filter((i) => i.enable).map((i) => i.name);
        const unique = [...new Set(enabled)];
        const tags = unique.length > 0 ? unique.flatMap((image) => names.map((n) => `${image}:${n}`)) : [...names];
        const created = this.created();
        const mainVersion = version.main ?? '';
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
        };
    }
    rules() {
        if (this.inputs.tags.length > 0)
            return parseTagRules(this.inputs.tags);
        const tag = this.refTag();
        const zeroConfig = tag === undefined ? undefined : zeroConfigRules(tag);
        if (!this.flavor.latestGiven)
            this.latestMode = 'highest';
        if (!zeroConfig)
            return parseTagRules(DEFAULT_TAG_RULES, 'tags');
        this.strategy = 'zero-config';
        const others = DEFAULT_TAG_RULES.filter((line) => line !== 'type=ref,event=tag');
        return sortRules([...zeroConfig, ...others].map((line) => {
            const rule = parseTagRule(line, 'tags');
            if (/pattern=\{\{major\}\}$/.test(line))
                rule.skipZeroMajor = true;
            return rule;
        }));
    }
    /** `latest=highest` needs the repository's tags; without them it says so and falls back to the plain rule. */
    prepareHighest(rules) {
        if (this.latestMode !== 'highest')
            return;
        const current = this.refTag();
        const usesSemver = rules.some((r) => r.type === 'semver');
        if (!usesSemver || current === undefined || parseTagVersion(current) === undefined) {
            this.latestMode = 'auto';
            return;
        }
        const tags = this.context.repoTags;
        const others = (tags ?? []).filter((t) => t.replace(/\//g, '-') !== current);
        if (tags === undefined || (this.context.shallow === true && others.length === 0)) {
            this.logger.warning(`The repository's tags are not in this checkout${this.context.shallow ? ' (shallow clone)' : ''}: ` +
                'latest, X and X.Y are given by the plain rule. Fetch them (actions/checkout with fetch-depth: 0) so ' +
                'that moving tags only move forward.');
            this.latestMode = 'auto';
            return;
        }
        this.stableTags = tags
            .map((t) => parseTagVersion(t.replace(/\//g, '-')))
            .filter((v) => v !== undefined && !isPrerelease(v));
    }
    refTag() {
        const ref = this.context.ref;
        return ref.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length).replace(/\//g, '-') : undefined;
    }
    versionFrom(rules) {
        const state = { partial: [], rules: new Map() };
        for (const rule of rules) {
            const enabled = this.expand(rule.attrs.enable ?? 'true', rule);
            if (enabled !== 'true' && enabled !== 'false') {
                throw new action_kit_src/* InputError */.dz(rule.input, rule.source, `enable= true or false (it gave ${JSON.stringify(enabled)})`);
            }
            if (enabled === 'false')
                continue;
            this.apply(rule, state);
        }
        state.partial = state.partial.filter((v, i) => state.partial.indexOf(v) === i);
        return state;
    }
    latestFor(auto) {
        if (this.latestMode === 'true')
            return true;
        if (this.latestMode === 'false')
            return false;
        return auto;
    }
    apply(rule, state) {
        const ref = this.context.ref;
        const attrs = rule.attrs;
        switch (rule.type) {
            case 'schedule': {
                if (!/schedule/.test(this.context.eventName))
                    return;
                this.set(state, rule, this.affix(this.expand(attrs.pattern ?? 'nightly', rule), rule), this.latestFor(false));
                return;
            }
            case 'semver':
                this.semver(rule, state);
                return;
            case 'pep440':
                this.pep440(rule, state);
                return;
            case 'match': {
                const value = attrs.value ?? '';
                if (!ref.startsWith('refs/tags/') && value === '')
                    return;
                const raw = value !== '' ? this.expand(value, rule) : ref.replace(/^refs\/tags\//, '');
                const match = matchRegExp(attrs.pattern ?? '').exec(raw);
                if (!match) {
                    this.logger.warning(`${attrs.pattern ?? ''} does not match ${raw}.`);
                    return;
                }
                const group = match[Number(attrs.group ?? 0)];
                if (group === undefined) {
                    this.logger.warning(`Group ${attrs.group ?? '0'} does not exist for ${attrs.pattern ?? ''} pattern.`);
                    return;
                }
                this.set(state, rule, this.affix(group, rule), this.latestFor(true));
                return;
            }
            case 'edge': {
                if (!ref.startsWith('refs/heads/'))
                    return;
                const branch = attrs.branch !== '' && attrs.branch !== undefined ? attrs.branch : this.defaultBranch();
                if (branch === undefined) {
                    this.logger.warning(`${rule.source}: the default branch is unknown (no repository in the event payload): set branch=`);
                    return;
                }
                if (branch !== ref.slice('refs/heads/'.length))
                    return;
                this.set(state, rule, this.affix('edge', rule), this.latestFor(false));
                return;
            }
            case 'ref': {
                if (attrs.event === 'branch' && ref.startsWith('refs/heads/')) {
                    this.set(state, rule, this.affix(ref.slice('refs/heads/'.length), rule), this.latestFor(false));
                }
                else if (attrs.event === 'tag' && ref.startsWith('refs/tags/')) {
                    this.set(state, rule, this.affix(ref.slice('refs/tags/'.length), rule), this.latestFor(true));
                }
                else if (attrs.event === 'pr' && ref.startsWith('refs/pull/')) {
                    const pr = ref.slice('refs/pull/'.length).replace(/\/(merge|head)$/, '');
                    this.set(state, rule, this.affix(pr, rule), this.latestFor(false));
                }
                return;
            }
            case 'raw':
                this.set(state, rule, this.affix(this.expand(attrs.value ?? '', rule), rule), this.latestFor(false));
                return;
            case 'sha': {
                if (!this.context.sha)
                    return;
                const sha = attrs.format === 'long' ? this.context.sha : this.shortSha();
                this.set(state, rule, this.affix(sha, rule), this.latestFor(false));
                return;
            }
        }
    }
    semver(rule, state) {
        const raw = this.versionText(rule);
        if (raw === undefined)
            return;
        const version = parseTagVersion(raw);
        if (!version) {
            this.logger.warning(`${raw} is not a valid semver. More info: https://semver.org/`);
            return;
        }
        const pattern = rule.attrs.pattern ?? '';
        const scope = {
            raw: version.raw,
            version: version.version,
            major: version.major,
            minor: version.minor,
            patch: version.patch,
            prerelease: version.prerelease,
            build: version.build,
        };
        if (isPrerelease(version)) {
            const text = this.render(isRawStatement(pattern) ? pattern : '{{version}}', scope, rule);
            this.set(state, rule, this.affix(text, rule), this.latestFor(false));
            return;
        }
        const reach = patternReach(pattern);
        if (rule.skipZeroMajor && reach === 'major' && version.major === 0)
            return;
        const text = this.affix(this.render(pattern, scope, rule), rule);
        if (this.latestMode === 'highest') {
            const higher = this.higherRelease(version, reach);
            if (higher) {
                this.heldBack.push(`${sanitizeTag(text)}: ${higher.version} is higher`);
                this.logger.info(`${rule.source}: ${text} stays where it is, ${higher.version} is higher than ${version.version}`);
                return;
            }
        }
        const higherOverall = this.latestMode === 'highest' ? this.higherRelease(version, 'latest') : undefined;
        if (higherOverall && state.latest === undefined && this.heldBack.every((h) => !h.startsWith('latest:'))) {
            this.heldBack.push(`latest: ${higherOverall.version} is higher`);
        }
        const auto = higherOverall === undefined;
        this.set(state, rule, text, this.latestFor(auto));
    }
    pep440(rule, state) {
        const raw = this.versionText(rule);
        if (raw === undefined)
            return;
        const version = parsePep440(raw);
        if (!version) {
            this.logger.warning(`${raw} does not conform to PEP 440. More info: https://www.python.org/dev/peps/pep-0440`);
            return;
        }
        const pattern = rule.attrs.pattern ?? '';
        if (isPep440Special(version)) {
            const text = isRawStatement(pattern) ? raw : normalizePep440(version);
            this.set(state, rule, this.affix(text, rule), this.latestFor(false));
            return;
        }
        if (rule.skipZeroMajor && patternReach(pattern) === 'major' && pep440Part(version, 0) === 0)
            return;
        const scope = {
            raw,
            version: normalizePep440(version),
            major: pep440Part(version, 0),
            minor: pep440Part(version, 1),
            patch: pep440Part(version, 2),
        };
        this.set(state, rule, this.affix(this.render(pattern, scope, rule), rule), this.latestFor(true));
    }
    /**
     * The text a semver/pep440 rule reads: its `value`, else the tag; narrowed by `match=` (its first group), then
     * with `/` made `-`. Undefined when the rule does not apply (no tag, no value).
     */
    versionText(rule) {
        const value = rule.attrs.value ?? '';
        const ref = this.context.ref;
        if (!ref.startsWith('refs/tags/') && value === '')
            return undefined;
        let raw = value !== '' ? this.expand(value, rule) : ref.slice('refs/tags/'.length);
        const match = rule.attrs.match ?? '';
        if (match !== '') {
            const found = new RegExp(match).exec(raw);
            if (!found)
                this.logger.warning(`${match} does not match ${raw}.`);
            else
                raw = found[1] ?? found[0];
        }
        return raw.replace(/\//g, '-');
    }
    /** The highest stable release of the repository above `version` in the line the tag stands for, if any. */
    higherRelease(version, reach) {
        if (reach === 'exact')
            return undefined;
        return this.stableTags
            .filter((t) => reach === 'latest' || (t.major === version.major && (reach === 'major' || t.minor === version.minor)))
            .filter((t) => compareSemVer(t, version) > 0)
            .sort(compareSemVer)
            .at(-1);
    }
    set(state, rule, value, latest) {
        if (value.length === 0)
            return;
        const tag = sanitizeTag(value);
        if (!state.rules.has(tag))
            state.rules.set(tag, rule);
        if (state.main === undefined)
            state.main = tag;
        else if (tag !== state.main)
            state.partial.push(tag);
        state.latest ??= latest;
    }
    /** A rule's own prefix/suffix, else the flavor's (metadata-action's setValue). */
    affix(value, rule) {
        const has = (key) => Object.prototype.hasOwnProperty.call(rule.attrs, key);
        let out = value;
        if (has('prefix'))
            out = this.expand(rule.attrs.prefix ?? '', rule) + out;
        else if (this.flavor.prefix)
            out = this.expand(this.flavor.prefix, rule) + out;
        if (has('suffix'))
            out += this.expand(rule.attrs.suffix ?? '', rule);
        else if (this.flavor.suffix)
            out += this.expand(this.flavor.suffix, rule);
        return out;
    }
    render(template, scope, rule, input = 'tags', line = '') {
        try {
            return renderTemplate(template, scope);
        }
        catch (error) {
            const expected = error instanceof TimeZoneError
                ? `a known IANA time zone (${error.message})`
                : error instanceof TemplateError
                    ? `a valid template: ${error.message}`
                    : undefined;
            if (expected === undefined)
                throw error;
            throw new action_kit_src/* InputError */.dz(rule?.input ?? input, rule?.source ?? line, expected);
        }
    }
    /** The global expressions: {{branch}}, {{tag}}, {{sha}}, {{base_ref}}, {{is_default_branch}}, {{date}}, ... */
    expand(template, rule, input = 'tags', line = '') {
        return this.render(template, this.globalScope(rule?.attrs.tz ?? 'UTC'), rule, input, line);
    }
    globalScope(defaultTz) {
        const { ref, payload, eventName } = this.context;
        const dateHelper = (date) => (args, hash) => {
            for (const key of Object.keys(hash)) {
                if (key !== 'tz')
                    throw new TemplateError(`unknown ${key} attribute of a date expression`);
            }
            // No format (or an unquoted word, which Handlebars looks up and finds undefined): moment's default format.
            return formatDate(date, args[0], hash.tz ?? defaultTz);
        };
        const isDefaultBranch = () => {
            const branch = ref.replace(/^refs\/heads\//, '');
            if (branch === '')
                return 'false';
            if (this.defaultBranch() === branch)
                return 'true';
            // These events always run on the last commit of the default branch (GitHub's events reference).
            return /create|discussion|issues|schedule/.test(eventName) ? 'true' : 'false';
        };
        return {
            branch: ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : '',
            tag: ref.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : '',
            sha: this.shortSha(),
            base_ref: () => {
                if (ref.startsWith('refs/tags/') && typeof payload.base_ref === 'string') {
                    return payload.base_ref.replace(/^refs\/heads\//, '');
                }
                if (ref.startsWith('refs/pull/') && payload.pull_request?.base?.ref)
                    return payload.pull_request.base.ref;
                return '';
            },
            is_default_branch: isDefaultBranch,
            is_not_default_branch: () => (isDefaultBranch() === 'true' ? 'false' : 'true'),
            date: dateHelper(this.now),
            commit_date: dateHelper(this.context.commitDate),
        };
    }
    defaultBranch() {
        return this.context.payload.repository?.default_branch ?? this.options.repo?.defaultBranch;
    }
    shortSha() {
        const sha = this.context.sha;
        return this.shortShaLength >= sha.length ? sha : sha.slice(0, this.shortShaLength);
    }
    created() {
        const { created = 'commit', sourceDateEpoch } = this.options;
        if (created instanceof Date)
            return created.toISOString();
        if (sourceDateEpoch !== undefined)
            return new Date(sourceDateEpoch * 1000).toISOString();
        return (created === 'now' ? this.now : this.context.commitDate).toISOString();
    }
    keyValues(input, lines, version, created) {
        const repo = this.options.repo ?? {};
        const name = repo.name ?? this.context.repository.split('/')[1] ?? '';
        const url = repo.htmlUrl ?? (this.context.repository ? `${this.context.serverUrl}/${this.context.repository}` : '');
        const base = this.options.baseImage;
        // The eight keys metadata-action always writes, empty when unknown: labels are inherited from the base image, and
        // an empty one hides a base image's own version, revision, description or licenses instead of passing them on.
        const builtIn = [
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
        ];
        const values = new Map();
        for (const [key, value] of builtIn)
            if (value !== undefined)
                values.set(key, value);
        for (const line of lines) {
            const expanded = this.expand(line, undefined, input, line);
            const at = expanded.indexOf('=');
            const key = at < 0 ? '' : expanded.slice(0, at).trim();
            if (at < 0 || !LABEL_KEY.test(key)) {
                // metadata-action drops such a line without a word; a warning at least says which and why.
                this.logger.warning(`${input}: ${JSON.stringify(line)} is left out: expected key=value, the key made of letters, digits and ` +
                    '. _ - / : (org.example.key=value)');
                continue;
            }
            values.set(key, expanded.slice(at + 1));
        }
        return Object.fromEntries([...values].sort(([a], [b]) => compareLabelKeys(a, b)));
    }
}
/** The rules for a version tag when `tags` is empty, or undefined when the tag is no version. */
function zeroConfigRules(tag) {
    if (parseTagVersion(tag))
        return ZERO_CONFIG_SEMVER_RULES;
    const pep = parsePep440(tag);
    if (pep && pep.release.length >= 2)
        return ZERO_CONFIG_PEP440_RULES;
    return undefined;
}
function patternReach(pattern) {
    let names;
    try {
        names = templateNames(pattern);
    }
    catch {
        return 'exact';
    }
    if (names.some((n) => ['version', 'patch', 'raw', 'prerelease', 'build'].includes(n)))
        return 'exact';
    if (names.includes('minor'))
        return 'minor';
    if (names.includes('major'))
        return 'major';
    return 'exact';
}
/** metadata-action replaces every run of characters a tag cannot hold with one `-`. */
function sanitizeTag(tag) {
    return tag.replace(/[^a-zA-Z0-9._-]+/g, '-');
}

;// CONCATENATED MODULE: ./packages/image-meta/src/outputs.ts

/** `key=value` lines, keys sorted (the `labels` output). */
function labelLines(meta) {
    return Object.entries(meta.labels).map(([key, value]) => `${key}=${value}`);
}
/** `level:key=value` lines for each annotation level (DOCKER_METADATA_ANNOTATIONS_LEVELS, default `manifest`). */
function annotationLines(meta, levels = ['manifest']) {
    return levels.flatMap((level) => Object.entries(meta.annotations).map(([key, value]) => `${level}:${key}=${value}`));
}
/** The `json` output of metadata-action: tags, tag names, labels as an object, annotations as level-prefixed lines. */
function jsonOutput(meta, levels = ['manifest']) {
    return {
        tags: meta.tags,
        'tag-names': meta.tagNames,
        labels: meta.labels,
        annotations: annotationLines(meta, levels),
    };
}
/**
 * A Bake definition (`docker buildx bake -f <file>`) with one target holding what `kind` asks for, as
 * metadata-action writes them: tags with the DOCKER_META_IMAGES/DOCKER_META_VERSION args, labels as an object,
 * annotations as level-prefixed lines; `tags-labels` is the deprecated `bake-file` (tags, labels and args).
 */
function bakeDefinition(meta, kind, target = 'docker-metadata-action', levels = ['manifest']) {
    const args = { DOCKER_META_IMAGES: meta.images.join(','), DOCKER_META_VERSION: meta.version };
    const body = kind === 'tags'
        ? { tags: meta.tags, args }
        : kind === 'labels'
            ? { labels: meta.labels }
            : kind === 'annotations'
                ? { annotations: annotationLines(meta, levels) }
                : { tags: meta.tags, labels: meta.labels, args };
    return { target: { [target]: body } };
}
/** The step summary: images × tags, then the labels. */
function summaryMarkdown(meta) {
    const lines = ['### Image tags\n'];
    if (meta.tagNames.length === 0)
        lines.push('No tag was generated: check the `tags` input and the event.\n');
    else if (meta.images.length === 0) {
        lines.push(markdownTable(['tag'], meta.tagNames.map((name) => [code(name)])));
    }
    else {
        lines.push(markdownTable(['image', ...meta.tagNames.map(code)], meta.images.map((image) => [code(image), ...meta.tagNames.map(() => '✓')])));
    }
    const strategy = meta.strategy === 'zero-config' ? ', zero-config release tags' : '';
    lines.push(`\nVersion ${code(meta.version || '(none)')}, latest: ${meta.latest ? 'yes' : 'no'} (${meta.latestMode}${strategy}).\n`);
    if (meta.heldBack.length > 0) {
        lines.push(`\nMoving tags held back (they only move forward): ${meta.heldBack.map(code).join(', ')}.\n`);
    }
    lines.push('\n### Labels\n');
    lines.push(markdownTable(['label', 'value'], Object.entries(meta.labels).map(([k, v]) => [code(k), literalText(v)])));
    return lines.join('\n');
}
/**
 * A value shown as itself: in a code span, so that a repository description or a label given in the workflow cannot
 * add links, images, HTML or mentions to the summary. The fence is longer than any run of backticks in the value
 * (CommonMark code spans), and line breaks become spaces.
 */
function literalText(value) {
    const text = value.replace(/[\r\n]+/g, ' ');
    if (text === '')
        return '';
    const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${text}${pad}${fence}`;
}

;// CONCATENATED MODULE: ./packages/image-meta/src/dockerfile.ts

/** Logical instructions of a Dockerfile: comments dropped, `\` continuations joined, each with its first line. */
function dockerfileInstructions(text) {
    const instructions = [];
    const lines = text.replace(/^\ufeff/, '').split(/\r?\n/);
    let escape = '\\';
    let current;
    for (let i = 0; i < lines.length; i++) {
        let line = lines[i] ?? '';
        if (!current && i === 0) {
            const directive = /^#\s*escape\s*=\s*(\S)/i.exec(line);
            if (directive?.[1])
                escape = directive[1];
        }
        if (/^\s*#/.test(line))
            continue;
        const continued = line.trimEnd().endsWith(escape);
        if (continued)
            line = line.trimEnd().slice(0, -1);
        if (current)
            current.args = `${current.args} ${line.trim()}`.trim();
        else if (line.trim() !== '') {
            const match = /^\s*(\S+)\s*(.*)$/.exec(line);
            current = { keyword: (match?.[1] ?? '').toUpperCase(), args: (match?.[2] ?? '').trim(), line: i + 1 };
        }
        if (!continued && current) {
            instructions.push(current);
            current = undefined;
        }
    }
    if (current)
        instructions.push(current);
    return instructions;
}
/** Expands `$VAR`, `${VAR}`, `${VAR:-default}` and `${VAR:+alt}` from ARG values; undefined when one is unknown. */
function substitute(text, args) {
    const missing = { any: false };
    const out = text.replace(/\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?::?([-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g, (_m, braced, op, word, bare) => {
        const name = braced ?? bare ?? '';
        const value = args.get(name);
        if (op === '-')
            return value !== undefined && value !== '' ? value : (word ?? '');
        if (op === '+')
            return value !== undefined && value !== '' ? (word ?? '') : '';
        if (value === undefined)
            missing.any = true;
        return value ?? '';
    });
    return missing.any ? undefined : out;
}
/**
 * The base image of a Dockerfile's final stage: its last FROM, with global ARG defaults substituted and stage aliases
 * followed back to a real image. Undefined for `scratch`. `base.digest` is set only when the reference is pinned
 * `@sha256:`. Returns undefined (with a warning) when an ARG has no default, since the build arguments are not known.
 */
function readBaseImage(text, file, logger = action_kit_src/* silentLogger */.qq) {
    const globalArgs = new Map();
    const stages = [];
    for (const instruction of dockerfileInstructions(text)) {
        if (instruction.keyword === 'ARG' && stages.length === 0) {
            for (const declaration of instruction.args.split(/\s+/)) {
                const [name = '', ...value] = declaration.split('=');
                if (name === '')
                    continue;
                const joined = value.join('=').replace(/^(["'])(.*)\1$/, '$2');
                if (value.length > 0)
                    globalArgs.set(name, joined);
                else if (!globalArgs.has(name))
                    globalArgs.delete(name);
            }
        }
        else if (instruction.keyword === 'FROM') {
            const words = instruction.args
                .trim()
                .split(/\s+/)
                .filter((w) => w !== '' && !w.startsWith('--'));
            const [image, as, alias] = words;
            if (!image || (as !== undefined && (as.toUpperCase() !== 'AS' || !alias))) {
                throw new action_kit_src/* ConfigError */.xL(`cannot read FROM ${instruction.args}: expected FROM [--platform=...] image [AS name]`, {
                    file,
                    line: instruction.line,
                });
            }
            stages.push({ image, line: instruction.line, ...(alias ? { alias: alias.toLowerCase() } : {}) });
        }
    }
    if (stages.length === 0)
        throw new action_kit_src/* ConfigError */.xL('no FROM instruction: this is not a Dockerfile', { file });
    let stage = stages[stages.length - 1];
    for (let hops = 0; stage && hops <= stages.length; hops++) {
        const resolved = substitute(stage.image, globalArgs);
        if (resolved === undefined) {
            logger.warning(`${file}:${stage.line}: FROM ${stage.image} uses an ARG without a default: no base image label`);
            return undefined;
        }
        const index = stages.indexOf(stage);
        const previous = stages.slice(0, index).find((s) => s.alias === resolved.toLowerCase());
        if (previous) {
            stage = previous;
            continue;
        }
        if (resolved.toLowerCase() === 'scratch')
            return undefined;
        const at = resolved.indexOf('@');
        const digest = at >= 0 ? resolved.slice(at + 1) : undefined;
        const name = at >= 0 ? resolved.slice(0, at) : resolved;
        return digest && /^sha256:[a-f0-9]{64}$/.test(digest) ? { name, digest } : { name };
    }
    return undefined;
}

// EXTERNAL MODULE: ./packages/http/src/index.ts + 4 modules
var src = __nccwpck_require__(3676);
;// CONCATENATED MODULE: ./packages/image-meta/src/github-api.ts

/**
 * GET /repos/{owner}/{repo}: name, html_url, description, license.spdx_id, default_branch. A failure (network, 4xx,
 * 5xx after retries) is a warning and gives undefined: labels never need the API, so the build goes on without it.
 * The call is on every run (the token defaults to the workflow's), so its budget is small: 5 s an attempt, 10 s in
 * all, through the suite's HTTP layer on node:http(s) rather than fetch, whose first use costs more than the rest of
 * the action.
 */
async function fetchRepoInfo(request) {
    if (!/^[\w.-]+\/[\w.-]+$/.test(request.repository) || /(^|\/)\.\.?($|\/)/.test(request.repository)) {
        request.logger.warning(`The repository ${JSON.stringify(request.repository)} is not owner/name: labels description and licenses are left empty.`);
        return undefined;
    }
    const url = `${request.apiUrl.replace(/\/+$/, '')}/repos/${request.repository}`;
    // Through the suite's HTTP layer: the runner's proxy (a CONNECT tunnel for https), a stall limit, and the token
    // bound to the API's origin (a redirect to another host goes without it).
    const http = request.http ?? new HttpClient({ env: request.env ?? {}, logger: request.logger });
    try {
        const response = await sendBuffered(http, {
            url,
            headers: {
                accept: 'application/vnd.github+json',
                authorization: `Bearer ${request.token}`,
                'x-github-api-version': '2022-11-28',
                'user-agent': 'slipway-oci-labels',
            },
            // A stall ends an attempt (then retried); the whole call, retries included, has 10 s.
            stallMs: request.timeoutMs ?? 5_000,
            timeoutMs: 10_000,
        }, { logger: request.logger, retry: { attempts: 3, minDelayMs: 300, maxElapsedMs: 10_000, ...request.retry } });
        if (response.status < 200 || response.status > 299)
            throw new Error(`${response.what} answered ${response.status} ${response.statusText}`.trimEnd());
        return repoInfoFrom(JSON.parse(response.body.toString('utf8')));
    }
    catch (error) {
        request.logger.warning(`Could not read the repository from the GitHub API (${error instanceof Error ? error.message : String(error)}): ` +
            'labels description and licenses are left empty.');
        return undefined;
    }
}
function repoInfoFrom(body) {
    const repo = (typeof body === 'object' && body !== null ? body : {});
    const text = (value) => (typeof value === 'string' && value !== '' ? value : undefined);
    const license = (typeof repo.license === 'object' && repo.license !== null ? repo.license : {});
    const spdx = text(license.spdx_id);
    const info = {};
    const name = text(repo.name);
    const htmlUrl = text(repo.html_url);
    const description = text(repo.description);
    const defaultBranch = text(repo.default_branch);
    if (name)
        info.name = name;
    if (htmlUrl)
        info.htmlUrl = htmlUrl;
    if (description)
        info.description = description;
    // GitHub reports NOASSERTION when it found a license file it cannot classify: that is no license id.
    if (spdx && spdx !== 'NOASSERTION')
        info.license = spdx;
    if (defaultBranch)
        info.defaultBranch = defaultBranch;
    return info;
}

;// CONCATENATED MODULE: ./packages/image-meta/src/index.ts
/**
 * @slipway/image-meta: image tags, OCI labels and annotations from the git context, with docker/metadata-action v5's
 * rules (tag types, flavor, templates, priorities, output order) and slipway's zero-config release strategy.
 *
 * How a publisher (ghcr-publish, or any action that pushes images) uses it:
 *
 * ```ts
 * const context = await readGitContext(ctx, new Git(ctx.workspace), { logger })   // ctx: the RunnerContext
 * const meta = computeImageMeta(
 *   { images: ['ghcr.io/owner/app'], tags: [], flavor: [], labels: [], annotations: [] },  // tags: [] = zero-config
 *   context,
 *   { logger, sourceDateEpoch, baseImage: readBaseImage(dockerfileText, 'Dockerfile', logger) },
 * )
 * meta.tags        // ['ghcr.io/owner/app:1.2.3', 'ghcr.io/owner/app:1.2', 'ghcr.io/owner/app:1', 'ghcr.io/owner/app:latest']
 * meta.tagNames    // ['1.2.3', '1.2', '1', 'latest']
 * meta.version     // '1.2.3'
 * meta.labels      // { 'org.opencontainers.image.created': ..., 'org.opencontainers.image.revision': ..., ... }
 * meta.annotations // same keys as labels plus the `annotations` input, without level prefix
 * ```
 *
 * `computeImageMeta` is pure (no I/O, no @actions/core) and throws InputError naming the input and the line for a bad
 * rule, so a publisher can call it in its validation phase, before any push. `tags: []` with a `vX.Y.Z` tag gives
 * X.Y.Z, X.Y, X (not for 0.y.z) and latest, moving tags only forward (`latest=highest`, from the repository's tags).
 */












// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./packages/oci-registry/src/digest.ts

const DIGEST = /^(sha256):([a-f0-9]{64})$|^(sha512):([a-f0-9]{128})$/;
/** True for a digest this client can verify (OCI image-spec descriptor digests: sha256 and sha512). */
function isDigest(value) {
    return DIGEST.test(value);
}
function digestOf(bytes, algorithm = 'sha256') {
    return `${algorithm}:${(0,external_node_crypto_.createHash)(algorithm).update(bytes).digest('hex')}`;
}
/** The content read does not match the digest it was asked for: a corrupted transfer or a lying server. */
class DigestMismatchError extends Error {
    what;
    expected;
    actual;
    name = 'DigestMismatchError';
    constructor(what, expected, actual) {
        super(`${what}: expected digest ${expected}, the content read has ${actual}`);
        this.what = what;
        this.expected = expected;
        this.actual = actual;
    }
}
function verifyDigest(what, bytes, expected) {
    const match = DIGEST.exec(expected);
    if (!match)
        throw new DigestMismatchError(what, expected, 'an unsupported digest algorithm');
    const algorithm = (match[1] ?? match[3]);
    const actual = digestOf(bytes, algorithm);
    if (actual !== expected)
        throw new DigestMismatchError(what, expected, actual);
}

;// CONCATENATED MODULE: ./packages/oci-registry/src/errors.ts
/** A registry answered with an error: the request, the status and the registry's own error codes. */
class RegistryError extends Error {
    status;
    codes;
    name = 'RegistryError';
    constructor(message, status, codes = []) {
        super(message);
        this.status = status;
        this.codes = codes;
    }
}
/** The registry (or its token service) refused the credentials, or they lack the rights for the repository. */
class RegistryAuthError extends RegistryError {
    name = 'RegistryAuthError';
}
/** Distribution's error body (`{"errors":[{"code","message"}]}`), summarised; anything else gives an empty list. */
function registryErrorsOf(body) {
    try {
        const parsed = JSON.parse(body);
        if (!Array.isArray(parsed.errors))
            return [];
        return parsed.errors.flatMap((entry) => {
            const e = entry;
            return typeof e?.code === 'string'
                ? [{ code: e.code, message: typeof e.message === 'string' ? e.message : '' }]
                : [];
        });
    }
    catch {
        return [];
    }
}

;// CONCATENATED MODULE: ./packages/oci-registry/src/media-types.ts
/** Manifest media types a registry may hold (OCI image-spec v1.1, Docker image manifest v2 schema 2). */
const MediaType = {
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
    dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    ociConfig: 'application/vnd.oci.image.config.v1+json',
    dockerConfig: 'application/vnd.docker.container.image.v1+json',
};
/** Every manifest type this client reads, in the Accept header of each manifest request. */
const manifestMediaTypes = [
    MediaType.ociIndex,
    MediaType.ociManifest,
    MediaType.dockerManifestList,
    MediaType.dockerManifest,
];
function isIndexMediaType(mediaType) {
    return mediaType === MediaType.ociIndex || mediaType === MediaType.dockerManifestList;
}
/** The media type a manifest declares, or the one its shape implies (OCI allows an absent mediaType field). */
function manifestMediaTypeOf(manifest) {
    const value = manifest;
    if (typeof value?.mediaType === 'string')
        return value.mediaType;
    if (Array.isArray(value?.manifests))
        return MediaType.ociIndex;
    return MediaType.ociManifest;
}

;// CONCATENATED MODULE: ./packages/oci-registry/src/www-authenticate.ts
/**
 * Parses a WWW-Authenticate header into its challenges. Registries send `Bearer realm="…",service="…",scope="…"`
 * (distribution's token auth spec) or `Basic realm="…"`; a header may carry several challenges, comma-separated like
 * the params themselves, so a new challenge starts at a token that is not followed by `=`.
 */
function parseWwwAuthenticate(header) {
    const challenges = [];
    let index = 0;
    const length = header.length;
    const at = (i) => header.charAt(i);
    const skipSpaceAndCommas = () => {
        while (index < length && /[\s,]/.test(at(index)))
            index++;
    };
    const readToken = () => {
        const start = index;
        while (index < length && /[!#$%&'*+\-.^_`|~0-9A-Za-z/]/.test(at(index)))
            index++;
        return header.slice(start, index);
    };
    let current;
    while (index < length) {
        skipSpaceAndCommas();
        if (index >= length)
            break;
        const start = index;
        const token = readToken();
        if (token === '') {
            index++;
            continue;
        }
        let look = index;
        while (look < length && header[look] === ' ')
            look++;
        if (header[look] === '=' && current) {
            index = look + 1;
            while (index < length && header[index] === ' ')
                index++;
            let value = '';
            if (header[index] === '"') {
                index++;
                while (index < length && header[index] !== '"') {
                    if (header[index] === '\\' && index + 1 < length)
                        index++;
                    value += at(index);
                    index++;
                }
                index++;
            }
            else {
                const valueStart = index;
                while (index < length && header[index] !== ',')
                    index++;
                value = header.slice(valueStart, index).trim();
            }
            current.params[token.toLowerCase()] = value;
        }
        else {
            // token68 (e.g. a bare Basic credential) has no '=' after the scheme: a new challenge.
            current = { scheme: header.slice(start, index), params: {} };
            challenges.push(current);
        }
    }
    return challenges;
}

;// CONCATENATED MODULE: ./packages/oci-registry/src/client.ts






const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/;
function isLoopbackRegistry(registry) {
    return LOOPBACK.test(registry);
}
const HOST_LABEL = /^(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]{0,61}[a-zA-Z0-9])$/;
/**
 * Why a registry host (`ghcr.io`, `127.0.0.1:5000`, `[::1]:5000`) is not one, or undefined when it is: a host name of
 * dot-separated labels (or an IPv6 literal in brackets) and an optional port from 1 to 65535, no scheme, no path.
 */
function registryHostProblem(value) {
    const match = /^(\[[0-9a-fA-F:]+\]|[^:/]+)(?::([^/]*))?$/.exec(value);
    if (!match)
        return 'it is not a host with an optional :port (no scheme, no path)';
    const [, host = '', port] = match;
    if (!host.startsWith('[') && !host.split('.').every((label) => HOST_LABEL.test(label))) {
        return `${JSON.stringify(host)} is not a host name (letters, digits and -, labels of 1 to 63 characters, dot separated)`;
    }
    if (port !== undefined && (!/^\d{1,5}$/.test(port) || Number(port) < 1 || Number(port) > 65535)) {
        return `the port ${JSON.stringify(port)} is not a number from 1 to 65535`;
    }
    return undefined;
}
/** The repository name grammar of the distribution spec (lowercase path components). */
function isRepositoryName(name) {
    return /^[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*)*$/.test(name);
}
/**
 * A client of the OCI distribution API (distribution-spec v1.1): the `/v2/` ping, Bearer token challenges with
 * a per-repository scope, and Basic auth; manifests and blobs by digest or tag. Everything read is checked against
 * its digest. Every request is retried on 5xx, 429 (honouring Retry-After), connection resets and stalls, with
 * backoff and jitter, bounded in attempts and time. The password is kept in memory only and never logged.
 *
 * Credentials are bound to their origin through `@slipway/http`: Basic credentials and bearer tokens go only to the
 * registry's own scheme, host and port (an upload `Location` or a redirect elsewhere, such as blob storage, gets
 * none; plain http for an https registry is refused); the token request sends Basic credentials to the realm the
 * registry named, as docker does, but only over https (or loopback).
 */
class RegistryClient {
    registry;
    base;
    credentials;
    logger;
    retryOptions;
    timeoutMs;
    http;
    /** The registry's origin: the only one its credentials and tokens are sent to. */
    origin;
    chunkSize;
    /** Authorization header per scope set; `basic` once the registry asked for Basic auth. */
    tokens = new Map();
    scheme = 'unknown';
    challengeParams = {};
    /** Scope sets the registry answered without a challenge: sent without credentials, nothing to learn. */
    unchallenged = new Set();
    /** The request meeting the registry's challenge, per scope set ('' while the scheme is unknown): others wait. */
    learning = new Map();
    /** Bytes sent in request bodies and received in response bodies, for the summary and the bench. */
    traffic = { sent: 0, received: 0, requests: 0 };
    constructor(options) {
        this.registry = options.registry;
        if (options.insecure && !isLoopbackRegistry(options.registry)) {
            throw new Error(`plain HTTP is allowed only for a loopback registry (localhost, 127.x.x.x), not ${options.registry}`);
        }
        this.base = `${options.insecure ? 'http' : 'https'}://${options.registry}/v2/`;
        this.credentials = options.credentials;
        this.logger = options.logger ?? action_kit_src/* silentLogger */.qq;
        this.retryOptions = options.retry ?? {};
        this.timeoutMs = options.requestTimeoutMs ?? 600_000;
        this.origin = new URL(this.base).origin;
        this.http =
            options.http ??
                new src/* HttpClient */.Qq({
                    env: options.env ?? {},
                    logger: this.logger,
                    userAgent: 'slipway',
                    ...(options.stallMs !== undefined ? { stallMs: options.stallMs } : {}),
                });
        this.chunkSize = options.chunkSize ?? 32 * 1024 * 1024;
    }
    /** `GET /v2/`: the registry is there and speaks the distribution API; authenticates when it asks to. */
    async ping() {
        await this.send({ method: 'GET', url: '', scopes: [], accept: [200] });
    }
    /** The manifest a tag or digest points at, without its body; undefined when there is none. */
    async headManifest(repository, reference) {
        const response = await this.send({
            method: 'HEAD',
            url: `${repository}/manifests/${reference}`,
            scopes: [pullScope(repository)],
            headers: { accept: manifestMediaTypes.join(', ') },
            accept: [200, 404],
        });
        if (response.status === 404)
            return undefined;
        const digest = response.headers.get('docker-content-digest');
        const mediaType = mediaTypeOf(response.headers);
        const size = Number(response.headers.get('content-length') ?? '0');
        if (digest && isDigest(digest) && mediaType)
            return { digest, mediaType, size };
        // A registry need not send the digest on HEAD: read the manifest and compute it.
        return this.getManifest(repository, reference);
    }
    /** A manifest's bytes, verified against the digest asked for (or the one the registry announced for a tag). */
    async getManifest(repository, reference) {
        const response = await this.send({
            method: 'GET',
            url: `${repository}/manifests/${reference}`,
            scopes: [pullScope(repository)],
            headers: { accept: manifestMediaTypes.join(', ') },
            accept: [200, 404],
        });
        if (response.status === 404)
            return undefined;
        const what = `manifest ${repository}:${reference}`;
        const announced = response.headers.get('docker-content-digest');
        const expected = isDigest(reference) ? reference : announced && isDigest(announced) ? announced : undefined;
        if (expected)
            verifyDigest(what, response.body, expected);
        const digest = expected ?? digestOf(response.body);
        let parsed;
        try {
            parsed = JSON.parse(response.body.toString('utf8'));
        }
        catch {
            throw new RegistryError(`${what} is not JSON`, response.status);
        }
        const mediaType = mediaTypeOf(response.headers) ?? manifestMediaTypeOf(parsed);
        return { digest, mediaType, size: response.body.length, bytes: response.body };
    }
    /** Puts a manifest under a tag or its digest; returns its digest, checked against what the registry computed. */
    async putManifest(repository, reference, bytes, mediaType) {
        const digest = digestOf(bytes);
        if (isDigest(reference) && reference !== digest) {
            throw new DigestMismatchError(`manifest for ${repository}@${reference}`, reference, digest);
        }
        const response = await this.send({
            method: 'PUT',
            url: `${repository}/manifests/${reference}`,
            scopes: [pushScope(repository)],
            headers: { 'content-type': mediaType },
            body: bytes,
            accept: [201],
        });
        const stored = response.headers.get('docker-content-digest');
        if (stored && stored !== digest)
            throw new DigestMismatchError(`manifest ${repository}:${reference}`, digest, stored);
        return digest;
    }
    /**
     * `DELETE /v2/<name>/manifests/<digest>`: true when the registry deleted it, false when it was not there. A
     * registry that does not allow deletes (405, `UNSUPPORTED`) throws a RegistryError with that status. Only a digest
     * is accepted: distribution removes every tag of a deleted manifest, so the caller checks the tags first.
     */
    async deleteManifest(repository, digest) {
        if (!isDigest(digest))
            throw new Error(`deleteManifest takes a digest, not ${digest}`);
        const response = await this.send({
            method: 'DELETE',
            url: `${repository}/manifests/${digest}`,
            scopes: [deleteScope(repository)],
            accept: [200, 202, 404],
        });
        return response.status !== 404;
    }
    /** Whether the repository holds a blob; its size when it does. */
    async headBlob(repository, digest) {
        const response = await this.send({
            method: 'HEAD',
            url: `${repository}/blobs/${digest}`,
            scopes: [pullScope(repository)],
            accept: [200, 404],
        });
        return response.status === 404 ? undefined : Number(response.headers.get('content-length') ?? '0');
    }
    /** A blob's bytes, verified against its digest. For configs and other small blobs. */
    async getBlob(repository, digest) {
        const response = await this.send({
            method: 'GET',
            url: `${repository}/blobs/${digest}`,
            scopes: [pullScope(repository)],
            accept: [200],
        });
        verifyDigest(`blob ${repository}@${digest}`, response.body, digest);
        return response.body;
    }
    /**
     * Every tag of a repository, from the registry's own list (`GET /v2/<name>/tags/list`), following the pagination
     * the distribution spec defines: a `Link: <…>; rel="next"` header, else `n` and `last` from the last tag seen. An
     * empty list when the repository does not exist yet (404).
     */
    async listTags(repository, options = {}) {
        const pageSize = options.pageSize ?? 1000;
        const tags = [];
        const seen = new Set();
        let url = `${repository}/tags/list?n=${pageSize}`;
        for (let page = 0; page < 10_000; page++) {
            const response = await this.send({ method: 'GET', url, scopes: [pullScope(repository)], accept: [200, 404] });
            if (response.status === 404)
                return tags;
            let parsed;
            try {
                parsed = JSON.parse(response.body.toString('utf8'));
            }
            catch {
                throw new RegistryError(`the tag list of ${repository} is not JSON`, response.status);
            }
            const pageTags = Array.isArray(parsed.tags) ? parsed.tags.filter((t) => typeof t === 'string') : [];
            const before = tags.length;
            for (const tag of pageTags) {
                if (seen.has(tag))
                    continue;
                seen.add(tag);
                tags.push(tag);
            }
            // A registry that ignores `n` (distribution before 2.8.2 lists everything at once) or repeats a page is done.
            if (pageTags.length > pageSize || tags.length === before)
                return tags;
            const next = nextLink(response.headers.get('link'));
            if (next !== undefined) {
                // Relative to the request; the next page stays on this registry (credentials never follow it elsewhere).
                const resolved = new URL(next, new URL(url, this.base));
                if (resolved.origin !== new URL(this.base).origin) {
                    throw new RegistryError(`the tag list of ${repository} points its next page at another host`, 200);
                }
                url = resolved.toString();
                continue;
            }
            // No Link: a registry that cut the page at `n` is asked again from the last tag it gave.
            const last = pageTags.at(-1);
            if (pageTags.length < pageSize || last === undefined)
                return tags;
            url = `${repository}/tags/list?n=${pageSize}&last=${encodeURIComponent(last)}`;
        }
        throw new RegistryError(`the tag list of ${repository} did not end after 10,000 pages`, 200);
    }
    /**
     * Cross-repository mount (`POST /v2/<name>/blobs/uploads/?mount=<digest>&from=<repo>`): the registry links a blob
     * it holds in another repository, moving no bytes. `mounted: false` with the upload session the registry opened
     * instead (distribution answers 202 when `from` lacks the blob or the token may not read it).
     */
    async mountBlob(repository, digest, from) {
        const mount = await this.send({
            method: 'POST',
            url: `${repository}/blobs/uploads/?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(from)}`,
            scopes: [pushScope(repository), pullScope(from)],
            headers: { 'content-length': '0' },
            accept: [201, 202],
        });
        if (mount.status === 201)
            return { mounted: true };
        return { mounted: false, location: mount.headers.get('location') ?? undefined };
    }
    /**
     * Makes sure the repository holds a blob: nothing is sent when it is there already; else a cross-repository
     * mount from `mountFrom` is tried (zero bytes); else the blob is uploaded, in one PUT or in PATCH chunks. A failed
     * upload starts over with a new upload session, within the retry budget.
     */
    async ensureBlob(repository, digest, source, options = {}) {
        if (!options.knownMissing && (await this.headBlob(repository, digest)) !== undefined) {
            return { bytesSent: 0, how: 'existing' };
        }
        let location;
        const candidates = typeof options.mountFrom === 'string' ? [options.mountFrom] : (options.mountFrom ?? []);
        for (const from of candidates) {
            if (from === repository)
                continue;
            const mount = await this.mountBlob(repository, digest, from);
            if (mount.mounted)
                return { bytesSent: 0, how: 'mounted' };
            // The session the failed mount opened carries the upload (no extra POST); a later one replaces it.
            location = mount.location ?? location;
        }
        return { bytesSent: await this.uploadBlob(repository, digest, source, location), how: 'uploaded' };
    }
    /**
     * Uploads a blob: in one PUT when it is at most `chunkSize` (POST + PUT, two requests), else in PATCH chunks. A
     * failed upload starts over with a new session, within the retry budget.
     */
    async uploadBlob(repository, digest, source, location) {
        const size = 'bytes' in source ? source.bytes.length : source.size;
        return (0,action_kit_src/* retry */.L5)(async (attempt) => {
            const start = attempt === 1 && location !== undefined ? location : await this.startUpload(repository);
            return size > this.chunkSize
                ? this.uploadChunked(repository, digest, source, size, start)
                : this.uploadMonolithic(repository, digest, bodyOf(source, 0, size), start);
        }, this.retryWith(`upload of ${digest} to ${repository}`));
    }
    async startUpload(repository) {
        const response = await this.send({
            method: 'POST',
            url: `${repository}/blobs/uploads/`,
            scopes: [pushScope(repository)],
            headers: { 'content-length': '0' },
            accept: [202],
        });
        const location = response.headers.get('location');
        if (!location)
            throw new RegistryError(`the registry started an upload to ${repository} without a Location`, 202);
        return location;
    }
    async uploadMonolithic(repository, digest, body, location) {
        await this.send({
            method: 'PUT',
            url: withDigest(new URL(location, this.base).toString(), digest),
            scopes: [pushScope(repository)],
            headers: { 'content-type': 'application/octet-stream' },
            body,
            accept: [201],
            once: true,
        });
        return body.length;
    }
    async uploadChunked(repository, digest, source, size, firstLocation) {
        let location = new URL(firstLocation, this.base).toString();
        let sent = 0;
        for (let offset = 0; offset < size; offset += this.chunkSize) {
            const chunk = bodyOf(source, offset, Math.min(this.chunkSize, size - offset));
            const response = await this.send({
                method: 'PATCH',
                url: location,
                scopes: [pushScope(repository)],
                headers: {
                    'content-type': 'application/octet-stream',
                    'content-range': `${offset}-${offset + chunk.length - 1}`,
                },
                body: chunk,
                accept: [202],
                once: true,
            });
            sent += chunk.length;
            location = new URL(response.headers.get('location') ?? location, this.base).toString();
        }
        await this.send({
            method: 'PUT',
            url: withDigest(location, digest),
            scopes: [pushScope(repository)],
            headers: { 'content-length': '0' },
            accept: [201],
            once: true,
        });
        return sent;
    }
    retryWith(what) {
        return {
            ...this.retryOptions,
            shouldRetry: (error) => error instanceof action_kit_src/* RetryableError */.dw || (0,action_kit_src/* isTransientNetworkError */.l)(error),
            onRetry: ({ error, attempt, delayMs }) => {
                this.logger.info(`${what} failed (attempt ${attempt}: ${messageOf(error)}); retrying in ${delayMs} ms`);
                this.retryOptions.onRetry?.({ error, attempt, delayMs });
            },
        };
    }
    /** One request, retried (unless `once`: steps of an upload session, which is restarted as a whole instead). */
    async send(options) {
        const what = `${options.method} ${this.describe(options.url)}`;
        const attempt = async () => {
            const response = await this.authorized(options);
            if (options.accept.includes(response.status))
                return response;
            throw this.errorFor(what, response);
        };
        if (options.once)
            return attempt();
        return (0,action_kit_src/* retry */.L5)(attempt, this.retryWith(what));
    }
    errorFor(what, response) {
        const errors = registryErrorsOf(response.body.toString('utf8'));
        const detail = errors.map((e) => `${e.code}${e.message ? `: ${e.message}` : ''}`).join('; ');
        const message = `${what} failed: HTTP ${response.status}${detail ? ` (${detail})` : ''}`;
        if ((0,action_kit_src/* isRetryableStatus */.PS)(response.status)) {
            return new action_kit_src/* RetryableError */.dw(message, (0,action_kit_src/* parseRetryAfter */.mu)(response.headers.get('retry-after')));
        }
        const codes = errors.map((e) => e.code);
        if (response.status === 401 || response.status === 403) {
            const user = this.credentials ? `user ${this.credentials.username}` : 'anonymous access';
            return new RegistryAuthError(`${message}: the registry ${this.registry} refused ${user}`, response.status, codes);
        }
        return new RegistryError(message, response.status, codes);
    }
    /**
     * Sends with the authorization this scope needs. Requests that know none yet for their scopes (the first of a
     * push, or the first with a new token scope) wait while one of them meets the registry's challenge: six blobs
     * pushed at once draw one 401 and one token request, not six of each (a body sent unauthorized is sent twice). They
     * go as soon as the authorization is known, beside the leading request's second try, not after it.
     */
    async authorized(options) {
        const key = options.scopes.join(' ');
        for (;;) {
            if (this.authorizationFor(key) !== undefined || this.unchallenged.has(key))
                return this.challenged(options, key);
            // Until the scheme is known, every scope set learns it from the same first request.
            const lock = this.scheme === 'unknown' ? '' : key;
            const pending = this.learning.get(lock);
            if (pending === undefined) {
                let release = () => undefined;
                const learned = new Promise((resolve) => (release = resolve));
                this.learning.set(lock, learned);
                const done = () => {
                    if (this.learning.get(lock) === learned)
                        this.learning.delete(lock);
                    release();
                };
                // Released when the challenge is met (or was never made), and in any case when the request ends: then the
                // others go with what it learned, or in its place when it failed.
                try {
                    return await this.challenged(options, key, done);
                }
                finally {
                    done();
                }
            }
            await pending;
        }
    }
    /**
     * Sends with the authorization known for these scopes, answering one 401 challenge (Bearer token or Basic).
     * `learned` is called once the authorization for `key` is known, before the request is sent again with it.
     */
    async challenged(options, key, learned) {
        const authorization = this.authorizationFor(key);
        let response = await this.fetchOnce(options, authorization);
        if (response.status !== 401) {
            if (authorization === undefined)
                this.unchallenged.add(key);
            return response;
        }
        const header = response.headers.get('www-authenticate') ?? '';
        const challenge = parseWwwAuthenticate(header).find((c) => /^(bearer|basic)$/i.test(c.scheme));
        if (!challenge)
            return response;
        if (challenge.scheme.toLowerCase() === 'basic') {
            if (!this.credentials)
                return response;
            this.scheme = 'basic';
        }
        else {
            this.scheme = 'bearer';
            this.challengeParams = challenge.params;
            // The scope the challenge names joins ours: a registry may want one we did not think of.
            const scopes = mergeScopes([...options.scopes, ...(challenge.params.scope ?? '').split(' ')]);
            this.tokens.set(key, `Bearer ${await this.fetchToken(scopes)}`);
        }
        learned?.();
        response = await this.fetchOnce(options, this.authorizationFor(key));
        return response;
    }
    authorizationFor(key) {
        if (this.scheme === 'basic' && this.credentials)
            return basic(this.credentials);
        if (this.scheme === 'bearer')
            return this.tokens.get(key);
        return undefined;
    }
    /** Distribution's token auth: GET <realm>?service=…&scope=… with Basic credentials, answered by a JSON token. */
    async fetchToken(scopes) {
        const realm = this.challengeParams.realm;
        if (!realm)
            throw new RegistryAuthError(`the registry ${this.registry} asked for a token without a realm`, 401);
        const url = new URL(realm);
        if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackRegistry(url.host))) {
            throw new RegistryAuthError(`the token realm ${url.origin} is not HTTPS: credentials are not sent there`, 401);
        }
        if (this.challengeParams.service)
            url.searchParams.set('service', this.challengeParams.service);
        for (const scope of scopes)
            url.searchParams.append('scope', scope);
        const what = `token request to ${url.origin}${url.pathname}`;
        // Basic credentials go to the realm the registry named (docker does the same: GHCR's is on its own host, Docker
        // Hub's is not), bound to the realm's origin and only over https or loopback (checked above).
        const realmCredential = this.credentials ? (0,src/* bindCredential */.pR)(url, basic(this.credentials)) : undefined;
        const response = await (0,action_kit_src/* retry */.L5)(async () => {
            const answer = await this.fetchRaw(url.toString(), 'GET', {}, undefined, realmCredential, `GET ${what}`);
            if (answer.status === 200)
                return answer;
            if ((0,action_kit_src/* isRetryableStatus */.PS)(answer.status)) {
                throw new action_kit_src/* RetryableError */.dw(`${what} failed: HTTP ${answer.status}`, (0,action_kit_src/* parseRetryAfter */.mu)(answer.headers.get('retry-after')));
            }
            const user = this.credentials ? `user ${this.credentials.username}` : 'anonymous access';
            throw new RegistryAuthError(`${what} failed: HTTP ${answer.status}: the registry ${this.registry} refused ${user} for ${scopes.join(' ')}`, answer.status);
        }, this.retryWith(what));
        const parsed = JSON.parse(response.body.toString('utf8'));
        const token = typeof parsed.token === 'string' ? parsed.token : parsed.access_token;
        if (typeof token !== 'string' || token === '')
            throw new RegistryAuthError(`${what} answered without a token`, 200);
        return token;
    }
    fetchOnce(options, authorization) {
        const url = new URL(options.url, this.base).toString();
        const headers = { ...(options.headers ?? {}) };
        // Bound to the registry's origin: an upload Location on another host or scheme, or a redirect to blob storage,
        // gets no credentials from the HTTP layer.
        const credential = authorization ? { origin: this.origin, authorization } : undefined;
        return this.fetchRaw(url, options.method, headers, options.body, credential);
    }
    async fetchRaw(url, method, headers, body, credential, what = `${method} ${this.describe(url)}`) {
        this.traffic.requests++;
        if (body)
            this.traffic.sent += body.length;
        const response = await this.http.request({
            method,
            url,
            headers,
            ...(body ? { body } : {}),
            ...(credential ? { credential } : {}),
            timeoutMs: this.timeoutMs,
            what,
        });
        let bytes = Buffer.alloc(0);
        if (method === 'HEAD')
            response.cancel();
        else
            bytes = await response.buffer();
        this.traffic.received += bytes.length;
        this.logger.debug(`${what} → ${response.status}`);
        const get = (name) => response.header(name) ?? null;
        return { status: response.status, headers: { get }, body: bytes, url: response.url };
    }
    /**
     * A URL for logs and errors: scheme, host and path, without the query (an upload session's signed state) and with
     * an upload session's id shortened to `…`.
     */
    describe(url) {
        const parsed = new URL(url, this.base);
        const path = parsed.pathname.replace(/(\/blobs\/uploads\/)[^/]+$/, '$1…');
        return `${parsed.protocol}//${parsed.host}${path}`;
    }
}
function pullScope(repository) {
    return `repository:${repository}:pull`;
}
function pushScope(repository) {
    return `repository:${repository}:pull,push`;
}
function deleteScope(repository) {
    return `repository:${repository}:delete`;
}
/**
 * Scopes (`type:name:action,action`, space-separated in a challenge) merged per resource, in first-seen order, with
 * the actions of each resource joined: one token request asks for each resource once.
 */
function mergeScopes(scopes) {
    const merged = new Map();
    for (const scope of scopes.flatMap((s) => s.split(' ')).filter(Boolean)) {
        const cut = scope.lastIndexOf(':');
        if (cut <= 0)
            continue;
        const resource = scope.slice(0, cut);
        const actions = merged.get(resource) ?? new Set();
        for (const action of scope.slice(cut + 1).split(','))
            if (action)
                actions.add(action);
        merged.set(resource, actions);
    }
    const order = (a) => (a === 'pull' ? 0 : a === 'push' ? 1 : 2);
    return [...merged].map(([resource, actions]) => `${resource}:${[...actions].sort((a, b) => order(a) - order(b)).join(',')}`);
}
/** The `rel="next"` target of an RFC 8288 Link header (`<url>; rel="next"`), if any. */
function nextLink(header) {
    if (!header)
        return undefined;
    for (const part of header.split(/,(?=\s*<)/)) {
        const match = /^\s*<([^>]*)>\s*((?:;[^;]*)*)$/.exec(part);
        if (match && /;\s*rel="?([^";]*\s)?next(\s[^";]*)?"?\s*(;|$)/i.test(match[2] ?? ''))
            return match[1];
    }
    return undefined;
}
function basic(credentials) {
    return `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
}
function mediaTypeOf(headers) {
    const value = headers.get('content-type')?.split(';')[0]?.trim();
    return value && value !== 'application/json' && value !== 'text/plain' ? value : undefined;
}
function withDigest(location, digest) {
    const url = new URL(location);
    url.searchParams.set('digest', digest);
    return url.toString();
}
/** The request body for a range of a blob: a view of its bytes, or the file range the HTTP layer streams. */
function bodyOf(source, offset, length) {
    if ('bytes' in source)
        return source.bytes.subarray(offset, offset + length);
    return { file: source.file, offset, length };
}
function messageOf(error) {
    if (error instanceof Error) {
        const cause = error.cause;
        const code = typeof cause?.code === 'string' ? ` (${cause.code})` : '';
        return `${error.message}${code}`;
    }
    return String(error);
}

;// CONCATENATED MODULE: ./packages/oci-registry/src/oci-layout.ts




function blobPath(layout, digest) {
    if (!isDigest(digest))
        throw new Error(`${layout}: ${digest} is not a valid digest`);
    const [algorithm, hex] = digest.split(':');
    return external_node_path_default().join(layout, 'blobs', algorithm, hex);
}
async function readVerified(layout, descriptor) {
    const bytes = await (0,promises_.readFile)(blobPath(layout, descriptor.digest));
    verifyDigest(`${layout} ${descriptor.digest}`, bytes, descriptor.digest);
    return bytes;
}
/** Reads the image a layout's index.json names `refName` (or its only image when none is given). */
async function readOciLayout(layout, refName) {
    const index = JSON.parse(await (0,promises_.readFile)(external_node_path_default().join(layout, 'index.json'), 'utf8'));
    const candidates = index.manifests.filter((m) => refName === undefined || m.annotations?.['org.opencontainers.image.ref.name'] === refName);
    const top = candidates[0];
    if (!top || candidates.length > 1) {
        throw new Error(`${layout}: expected one image${refName ? ` named ${refName}` : ''}, found ${candidates.length}`);
    }
    const rootBytes = await readVerified(layout, top);
    const content = {
        root: { digest: top.digest, mediaType: top.mediaType, bytes: rootBytes },
        children: [],
        blobs: [],
        configs: [],
    };
    const seen = new Set();
    const addBlob = async (descriptor) => {
        if (seen.has(descriptor.digest))
            return;
        seen.add(descriptor.digest);
        const file = blobPath(layout, descriptor.digest);
        const { size } = await (0,promises_.stat)(file);
        if (size !== descriptor.size)
            throw new Error(`${file}: ${size} bytes, the manifest says ${descriptor.size}`);
        content.blobs.push({ digest: descriptor.digest, size, file });
    };
    const addImage = async (bytes) => {
        const manifest = JSON.parse(bytes.toString('utf8'));
        const configBytes = await readVerified(layout, manifest.config);
        content.configs.push({
            digest: manifest.config.digest,
            config: JSON.parse(configBytes.toString('utf8')),
        });
        await addBlob(manifest.config);
        for (const layer of manifest.layers)
            await addBlob(layer);
    };
    const rootJson = JSON.parse(rootBytes.toString('utf8'));
    if (isIndexMediaType(manifestMediaTypeOf(rootJson))) {
        for (const child of rootJson.manifests) {
            const bytes = await readVerified(layout, child);
            content.children.push({ digest: child.digest, mediaType: child.mediaType, bytes });
            await addImage(bytes);
        }
    }
    else
        await addImage(rootBytes);
    return content;
}
/** Total size of an image: its manifests and every distinct blob. */
function imageSize(content) {
    return (content.root.bytes.length +
        content.children.reduce((sum, c) => sum + c.bytes.length, 0) +
        content.blobs.reduce((sum, b) => sum + b.size, 0));
}

;// CONCATENATED MODULE: ./packages/oci-registry/src/push.ts


/** At most this many repositories are asked for a mount per blob: each miss costs one request. */
const MOUNT_CANDIDATES = 3;
/**
 * Blobs looked up (HEAD) at once, apart from the uploads: a HEAD moves no body, so every blob of an image is looked
 * up in one round trip, and a blob that is there never waits behind an upload for its turn.
 */
const LOOKUPS_AT_ONCE = 16;
/**
 * Pushes an image by digest only, leaving every tag alone: the blobs first (all looked up at once; each missing one
 * then mounted from where it is known to be, else uploaded in one PUT or in chunks, `concurrency` at once), then the
 * child manifests, then the root manifest under its digest. A manifest is only put once every blob it names is in
 * the repository.
 */
async function pushImageByDigest(client, repository, content, options = {}) {
    const logger = options.logger ?? action_kit_src/* silentLogger */.qq;
    const locations = options.blobLocations ?? new Map();
    const stats = { blobBytesSent: 0, blobsUploaded: 0, blobsSkipped: 0, blobsMounted: 0 };
    const configs = configDigestsOf(content);
    // Configs first (looked up while the relatives are read), then the largest first: the long uploads start at once
    // and the small ones fill the gaps.
    const blobs = [...content.blobs].sort((a, b) => Number(configs.has(b.digest)) - Number(configs.has(a.digest)) || b.size - a.size);
    const named = blobsNamedBy(client, repository, options.relatives ?? [], logger);
    const transfers = limiter(options.concurrency ?? 6);
    let failed = false;
    const push = async (blob) => {
        let result = { bytesSent: 0, how: 'existing' };
        if ((await client.headBlob(repository, blob.digest)) === undefined) {
            const known = locations.get(blob.digest);
            const candidates = [...new Set([...(known ? [known] : []), ...(options.mountFrom ?? [])])]
                .filter((from) => from !== repository)
                .slice(0, MOUNT_CANDIDATES);
            result = await transfers(async () => {
                // A blob waiting for its turn when another one failed is not sent: the push fails with that first error.
                if (failed)
                    throw new Error(`${blob.digest}: not sent, an earlier blob failed`);
                try {
                    return await client.ensureBlob(repository, blob.digest, { file: blob.file, size: blob.size }, { mountFrom: candidates, knownMissing: true });
                }
                catch (error) {
                    // Marked before the slot passes on, so the next blob in line sees it.
                    failed = true;
                    throw error;
                }
            });
        }
        locations.set(blob.digest, repository);
        stats.blobBytesSent += result.bytesSent;
        if (result.how === 'uploaded')
            stats.blobsUploaded++;
        else if (result.how === 'mounted')
            stats.blobsMounted++;
        else
            stats.blobsSkipped++;
        logger.debug(`${repository}: blob ${blob.digest} ${result.how}`);
    };
    const pushAll = (items) => inParallel(items, LOOKUPS_AT_ONCE, async (blob) => {
        try {
            await push(blob);
        }
        catch (error) {
            failed = true;
            throw error;
        }
    });
    // Blobs a relative names are taken as present; the others are looked up, and sent when missing.
    const assumed = [];
    await inParallel(blobs, LOOKUPS_AT_ONCE, async (blob) => {
        if (!configs.has(blob.digest) && (await named).has(blob.digest)) {
            assumed.push(blob);
            return;
        }
        try {
            await push(blob);
        }
        catch (error) {
            failed = true;
            throw error;
        }
    });
    const putManifests = async () => {
        for (const child of content.children) {
            await client.putManifest(repository, child.digest, child.bytes, child.mediaType);
        }
        await client.putManifest(repository, content.root.digest, content.root.bytes, content.root.mediaType);
    };
    try {
        await putManifests();
    }
    catch (error) {
        if (assumed.length === 0 || !isBlobUnknown(error))
            throw error;
        logger.info(`${repository}: the registry lacks a blob an earlier image there names (${error.message}); ` +
            `looking up the ${assumed.length} blobs taken from it`);
        await pushAll(assumed);
        await putManifests();
        return stats;
    }
    for (const blob of assumed) {
        locations.set(blob.digest, repository);
        stats.blobsSkipped++;
        logger.debug(`${repository}: blob ${blob.digest} existing (named by a manifest already there)`);
    }
    return stats;
}
/** At most this many relatives are read, and this many manifests in all (an index and its images). */
const RELATIVES = 2;
const RELATIVE_MANIFESTS = 16;
/**
 * The blobs the relatives' manifests name (configs and layers, through an index to its images). A relative that is
 * missing, unreadable or not a manifest names nothing: its blobs are looked up one by one as usual.
 */
async function blobsNamedBy(client, repository, relatives, logger) {
    const named = new Set();
    let budget = RELATIVE_MANIFESTS;
    const read = async (reference, depth) => {
        if (budget-- <= 0)
            return;
        let parsed;
        try {
            const manifest = await client.getManifest(repository, reference);
            if (!manifest)
                return;
            parsed = JSON.parse(manifest.bytes.toString('utf8'));
        }
        catch (error) {
            logger.debug(`${repository}: ${reference} not read (${error.message}); its blobs are looked up`);
            return;
        }
        if (Array.isArray(parsed.manifests)) {
            if (depth > 0)
                return;
            const children = parsed.manifests.flatMap((m) => (typeof m?.digest === 'string' ? [m.digest] : []));
            await Promise.all(children.map((digest) => read(digest, depth + 1)));
            return;
        }
        for (const descriptor of [parsed.config, ...(Array.isArray(parsed.layers) ? parsed.layers : [])]) {
            if (typeof descriptor?.digest === 'string')
                named.add(descriptor.digest);
        }
    };
    await Promise.all([...new Set(relatives)].slice(0, RELATIVES).map((reference) => read(reference, 0)));
    return named;
}
/** The config digest of every image manifest in the content (the root, or the children of an index). */
function configDigestsOf(content) {
    const configs = new Set();
    for (const bytes of [content.root.bytes, ...content.children.map((c) => c.bytes)]) {
        try {
            const digest = JSON.parse(bytes.toString('utf8')).config?.digest;
            if (typeof digest === 'string')
                configs.add(digest);
        }
        catch {
            // Not JSON: the registry will say so when the manifest is put.
        }
    }
    return configs;
}
/** The registry refused a manifest because a blob it names is not in the repository. */
function isBlobUnknown(error) {
    return (error instanceof RegistryError &&
        error.codes.some((code) => code === 'MANIFEST_BLOB_UNKNOWN' || code === 'BLOB_UNKNOWN'));
}
/**
 * A gate that runs at most `limit` tasks at once, the others waiting their turn in the order they came.
 */
function limiter(limit) {
    let running = 0;
    const waiting = [];
    return async (task) => {
        if (running >= Math.max(1, limit))
            await new Promise((resolve) => waiting.push(resolve));
        else
            running++;
        try {
            return await task();
        }
        finally {
            // The slot passes straight to the next waiting task (running stays the same), else it frees up.
            const next = waiting.shift();
            if (next)
                next();
            else
                running--;
        }
    };
}
/**
 * Runs `work` over the items with at most `limit` at once. The first failure stops new work from starting and is
 * thrown once the running items have settled (no upload is left running behind the caller's back).
 */
async function inParallel(items, limit, work) {
    let next = 0;
    let failure;
    const worker = async () => {
        while (failure === undefined && next < items.length) {
            const item = items[next++];
            try {
                await work(item);
            }
            catch (error) {
                failure ??= { error };
            }
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    if (failure)
        throw failure.error;
}

;// CONCATENATED MODULE: ./packages/oci-registry/src/index.ts








;// CONCATENATED MODULE: ./actions/ghcr-publish/src/reference.ts


// The grammar of the OCI distribution spec (v1.1, "Pulling manifests"; docker/distribution's reference package):
// a repository name is path components of lowercase letters and digits joined by `.`, `_`, `__` or dashes; a tag
// is at most 128 characters of letters, digits, `_`, `.` and `-`, not starting with `.` or `-`. Clients and
// registries cap the whole name (host, `/`, repository) at 255 characters.
const COMPONENT = '[a-z0-9]+(?:(?:\\.|_|__|-+)[a-z0-9]+)*';
const REPOSITORY = new RegExp(`^${COMPONENT}(?:/${COMPONENT})*$`);
const TAG = /^[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}$/;
const NAME_MAX = 255;
/** Why a registry host (`ghcr.io`, `127.0.0.1:5000`, `[::1]:5000`) is not one, or undefined when it is. */
const registryProblem = registryHostProblem;
function assertRegistry(input, value) {
    const problem = registryProblem(value);
    if (problem)
        throw new action_kit_src/* InputError */.dz(input, value, `a registry host like ghcr.io or 127.0.0.1:5000 (${problem})`);
    return value;
}
/** Why a repository name is not valid in `registry`, or undefined when it is. */
function repositoryProblem(repository, registry) {
    if (!REPOSITORY.test(repository)) {
        return 'path components of lowercase letters and digits, joined by ., _, __ or -, separated by /';
    }
    const total = registry.length + 1 + repository.length;
    if (total > NAME_MAX) {
        return `at most ${NAME_MAX} characters with the registry host (${registry}/… is ${total})`;
    }
    return undefined;
}
/** Why a tag is not one, or undefined when it is. */
function tagProblem(tag) {
    if (tag.length > 128)
        return `at most 128 characters (it has ${tag.length})`;
    if (!TAG.test(tag))
        return 'letters, digits, _ . and -, not starting with . or - (no spaces)';
    return undefined;
}
function assertTag(input, value, tag = value) {
    const problem = tagProblem(tag);
    if (problem)
        throw new action_kit_src/* InputError */.dz(input, value, `a valid tag: ${JSON.stringify(tag)} is not (${problem})`);
    return tag;
}
/**
 * Parses `host[:port]/path:tag`. The host is the first component when it has a `.` or a `:` or is `localhost`
 * (docker's rule); a reference without one is refused rather than sent to docker.io.
 */
function parseTagReference(input, value) {
    const expected = 'a full reference registry/owner/name:tag';
    if (value.includes('@'))
        throw new action_kit_src/* InputError */.dz(input, value, `${expected} (a tag, not a digest)`);
    const slash = value.indexOf('/');
    const first = slash < 0 ? '' : value.slice(0, slash);
    if (slash < 0 || !(first.includes('.') || first.includes(':') || first === 'localhost')) {
        throw new action_kit_src/* InputError */.dz(input, value, `${expected}, starting with the registry host`);
    }
    const rest = value.slice(slash + 1);
    const colon = rest.lastIndexOf(':');
    if (colon < 0)
        throw new action_kit_src/* InputError */.dz(input, value, `${expected} (the :tag is missing)`);
    const repository = rest.slice(0, colon);
    const tag = rest.slice(colon + 1);
    const hostProblem = registryProblem(first);
    if (hostProblem)
        throw new action_kit_src/* InputError */.dz(input, value, `${expected} (${hostProblem})`);
    const nameProblem = repositoryProblem(repository, first);
    if (nameProblem)
        throw new action_kit_src/* InputError */.dz(input, value, `${expected}: the name ${JSON.stringify(repository)} is not valid (${nameProblem})`);
    assertTag(input, value, tag);
    return { registry: first, repository, tag };
}

;// CONCATENATED MODULE: ./actions/ghcr-publish/src/build-options.ts


const NO_BUILD_OPTIONS = {
    secrets: [],
    ssh: [],
    noCache: false,
    pull: false,
    network: 'default',
    shmSize: undefined,
    cacheFrom: [],
    cacheTo: [],
};
function parseCacheSpecs(input, lines, registry, builder) {
    const expected = 'type=registry,ref=REGISTRY/OWNER/NAME-cache (both builders), type=gha or type=local (buildx)';
    return lines.map((line) => {
        const attrs = {};
        for (const part of line.split(',')) {
            const cut = part.indexOf('=');
            if (cut <= 0)
                throw new action_kit_src/* InputError */.dz(input, line, expected);
            attrs[part.slice(0, cut).trim()] = part.slice(cut + 1).trim();
        }
        // A bare reference is a registry cache, as build-push-action reads `user/app:cache`.
        const { type = 'registry', ref, ...rest } = attrs;
        if (type === 'registry') {
            if (!ref)
                throw new action_kit_src/* InputError */.dz(input, line, `${expected}: the ref= of the cache repository`);
            const slash = ref.indexOf('/');
            const host = ref.slice(0, Math.max(0, slash));
            // Lower-cased as image names are: `${{ github.repository_owner }}-cache` is often in capitals, GHCR wants none.
            const repository = ref.slice(slash + 1).toLowerCase();
            const problem = slash < 0 ? 'it names no registry host' : (registryProblem(host) ?? repositoryProblem(repository, host));
            if (problem) {
                throw new action_kit_src/* InputError */.dz(input, line, `a cache repository like ${registry}/owner/name-cache, without a tag (${problem})`);
            }
            return { type: 'registry', ref: `${host}/${repository}`, attrs: rest };
        }
        if (type === 'gha' || type === 'local') {
            if (builder === 'buildah')
                throw new action_kit_src/* InputError */.dz(input, line, `type=registry: type=${type} needs buildx`);
            return { type, attrs: ref === undefined ? rest : { ...rest, ref } };
        }
        throw new action_kit_src/* InputError */.dz(input, line, expected);
    });
}
/** buildx's own syntax for a cache spec. */
function buildxCacheArg(spec, to) {
    const attrs = Object.entries(spec.attrs).map(([k, v]) => `${k}=${v}`);
    if (spec.type === 'registry') {
        return [`type=registry`, `ref=${spec.ref}`, ...(to && !('mode' in spec.attrs) ? ['mode=max'] : []), ...attrs].join(',');
    }
    return [`type=${spec.type}`, ...attrs].join(',');
}
/** The `--secret` of each builder: buildah 1.28 reads an environment variable as `type=env,src=NAME`. */
function secretArg(secret, builder) {
    if ('file' in secret)
        return `id=${secret.id},src=${secret.file}`;
    return builder === 'buildah' ? `id=${secret.id},src=${secret.env},type=env` : `id=${secret.id},env=${secret.env}`;
}

;// CONCATENATED MODULE: ./actions/ghcr-publish/src/builder.ts




const LAYOUT_REF = 'image';
function streamTo(logger) {
    return (line) => logger.info(line);
}
function childEnv(env, extra = {}) {
    const out = {};
    for (const [key, value] of Object.entries({ ...(env ?? {}), ...extra }))
        if (value !== undefined)
            out[key] = value;
    return out;
}
/**
 * buildah (no daemon, no root needed): `buildah bud` with chroot isolation and the vfs storage driver in its own
 * --root, so it runs in containers and on runners alike; `buildah push` (or `manifest push --all` for several
 * platforms) then writes an OCI layout.
 */
class BuildahBuilder {
    options;
    kind = 'buildah';
    global;
    constructor(options) {
        this.options = options;
        const root = options.cache && options.cache !== 'gha' ? options.cache : external_node_path_default().join(options.workDir, 'buildah-root');
        this.global = [
            '--root',
            root,
            '--runroot',
            external_node_path_default().join(options.workDir, 'buildah-runroot'),
            '--storage-driver',
            'vfs',
        ];
    }
    localName(request) {
        return `localhost/slipway-build/${request.image.repository}:${external_node_path_default().basename(request.layout)}`;
    }
    /** The `buildah bud` arguments of a request (pure: the unit tests read them). */
    budArgs(request) {
        const { image } = request;
        const build = this.options.build ?? NO_BUILD_OPTIONS;
        const args = [...this.global, 'bud', '--isolation', 'chroot', '--file', image.file];
        const registryCacheFrom = build.cacheFrom.find((c) => c.type === 'registry');
        const registryCacheTo = build.cacheTo.find((c) => c.type === 'registry');
        if ((this.options.cache && this.options.cache !== 'gha') || registryCacheFrom || registryCacheTo) {
            args.push('--layers');
        }
        // buildah takes one repository each way; it stores every cached step there under its own tag.
        if (registryCacheFrom?.type === 'registry')
            args.push('--cache-from', registryCacheFrom.ref);
        if (registryCacheTo?.type === 'registry')
            args.push('--cache-to', registryCacheTo.ref);
        if (build.noCache)
            args.push('--no-cache');
        if (build.pull)
            args.push('--pull=always');
        if (build.network !== 'default')
            args.push('--network', build.network === 'none' ? 'none' : 'host');
        if (build.shmSize)
            args.push('--shm-size', build.shmSize);
        for (const secret of build.secrets)
            args.push('--secret', secretArg(secret, 'buildah'));
        for (const ssh of build.ssh)
            args.push('--ssh', ssh);
        if (request.timestamp !== undefined)
            args.push('--timestamp', String(request.timestamp));
        for (const [key, value] of Object.entries(request.labels))
            args.push('--label', `${key}=${value}`);
        for (const [key, value] of Object.entries(request.annotations ?? {}))
            args.push('--annotation', `${key}=${value}`);
        for (const [key, value] of Object.entries(image.buildArgs))
            args.push('--build-arg', `${key}=${value}`);
        if (image.target)
            args.push('--target', image.target);
        if (request.authFile)
            args.push('--authfile', request.authFile);
        if (request.insecureRegistry)
            args.push('--tls-verify=false');
        const multi = image.platforms.length > 1;
        if (image.platforms.length > 0)
            args.push('--platform', image.platforms.join(','));
        args.push(multi ? '--manifest' : '--tag', this.localName(request), image.context);
        return args;
    }
    async build(request) {
        const env = childEnv(this.options.env, { BUILDAH_ISOLATION: 'chroot' });
        // buildah writes its steps to stdout and the registry cache's pulls and pushes to stderr: both go to the log.
        const log = streamTo(this.options.logger);
        await (0,action_kit_src/* exec */.m0)('buildah', this.budArgs(request), { env, onStdoutLine: log, onStderrLine: log });
        await (0,promises_.mkdir)(external_node_path_default().dirname(request.layout), { recursive: true });
        const destination = `oci:${request.layout}:${LAYOUT_REF}`;
        const local = this.localName(request);
        const push = request.image.platforms.length > 1
            ? [...this.global, 'manifest', 'push', '--all', '--format', 'oci', local, destination]
            : [...this.global, 'push', '--format', 'oci', local, destination];
        await (0,action_kit_src/* exec */.m0)('buildah', push, { env });
    }
}
/**
 * Where buildx keeps its builder instances: `$BUILDX_CONFIG`, else `$DOCKER_CONFIG/buildx`, else `~/.docker/buildx`.
 * Pointing DOCKER_CONFIG at the temporary credentials would hide the builder docker/setup-buildx-action created, so
 * BUILDX_CONFIG keeps naming the user's own place.
 */
function buildxConfigDir(env) {
    if (env.BUILDX_CONFIG)
        return env.BUILDX_CONFIG;
    if (env.DOCKER_CONFIG)
        return external_node_path_default().join(env.DOCKER_CONFIG, 'buildx');
    if (env.HOME)
        return external_node_path_default().join(env.HOME, '.docker', 'buildx');
    return undefined;
}
/** The user's docker config.json: `$DOCKER_CONFIG/config.json`, else `~/.docker/config.json`. */
function dockerConfigFile(env) {
    if (env.DOCKER_CONFIG)
        return external_node_path_default().join(env.DOCKER_CONFIG, 'config.json');
    if (env.HOME)
        return external_node_path_default().join(env.HOME, '.docker', 'config.json');
    return undefined;
}
/**
 * The environment of `docker buildx build`: DOCKER_CONFIG at the temporary config (the user's auths merged with the
 * registry's credentials), BUILDX_CONFIG at the user's buildx folder, SOURCE_DATE_EPOCH for reproducible builds.
 */
function buildxEnvironment(env, request) {
    const out = { ...env };
    if (request.authFile) {
        const buildx = buildxConfigDir(env);
        out.DOCKER_CONFIG = external_node_path_default().dirname(request.authFile);
        if (buildx)
            out.BUILDX_CONFIG = buildx;
    }
    if (request.timestamp !== undefined)
        out.SOURCE_DATE_EPOCH = String(request.timestamp);
    return out;
}
/**
 * docker buildx (where a Docker engine is present): the OCI exporter writes the layout (`type=oci,tar=false`), so
 * the image is built completely before anything is pushed, as with buildah. `SOURCE_DATE_EPOCH` fixes the image's
 * dates and `rewrite-timestamp=true` (BuildKit ≥ 0.13) the file times inside the layers, so a re-run of the same
 * revision gives the same digest; provenance and SBOM attestations are off because they carry the build time.
 */
class BuildxBuilder {
    options;
    kind = 'buildx';
    constructor(options) {
        this.options = options;
    }
    /** The `docker buildx build` arguments of a request (pure: the unit tests read them). */
    buildArgs(request) {
        const { image } = request;
        const build = this.options.build ?? NO_BUILD_OPTIONS;
        const args = ['buildx', 'build', '--file', image.file, '--provenance=false', '--sbom=false'];
        const output = [`type=oci`, `dest=${request.layout}`, 'tar=false'];
        if (request.timestamp !== undefined)
            output.push('rewrite-timestamp=true');
        args.push('--output', output.join(','));
        for (const [key, value] of Object.entries(request.labels))
            args.push('--label', `${key}=${value}`);
        // buildx puts a bare key on the image manifest(s), as buildah does.
        for (const [key, value] of Object.entries(request.annotations ?? {}))
            args.push('--annotation', `${key}=${value}`);
        for (const [key, value] of Object.entries(image.buildArgs))
            args.push('--build-arg', `${key}=${value}`);
        if (image.target)
            args.push('--target', image.target);
        if (image.platforms.length > 0)
            args.push('--platform', image.platforms.join(','));
        const cache = this.options.cache;
        if (cache === 'gha')
            args.push('--cache-from', 'type=gha', '--cache-to', 'type=gha,mode=max');
        else if (cache)
            args.push('--cache-from', `type=local,src=${cache}`, '--cache-to', `type=local,dest=${cache},mode=max`);
        for (const spec of build.cacheFrom)
            args.push('--cache-from', buildxCacheArg(spec, false));
        for (const spec of build.cacheTo)
            args.push('--cache-to', buildxCacheArg(spec, true));
        if (build.noCache)
            args.push('--no-cache');
        if (build.pull)
            args.push('--pull');
        if (build.network !== 'default')
            args.push('--network', build.network);
        if (build.shmSize)
            args.push('--shm-size', build.shmSize);
        for (const secret of build.secrets)
            args.push('--secret', secretArg(secret, 'buildx'));
        for (const ssh of build.ssh)
            args.push('--ssh', ssh);
        args.push(image.context);
        return args;
    }
    async build(request) {
        const env = childEnv(buildxEnvironment(this.options.env ?? {}, request));
        await (0,action_kit_src/* exec */.m0)('docker', this.buildArgs(request), { env, onStderrLine: streamTo(this.options.logger) });
    }
}
/**
 * `auto`: buildah whenever it is installed (the hosted Ubuntu image has it; no daemon, and it never depends on the
 * builder another step configured); buildx only when buildah is missing, and then only with a driver that can
 * export an OCI layout (`docker-container`, `kubernetes`, `remote`: what docker/setup-buildx-action creates).
 */
async function selectBuilder(choice, options, probe = systemProbe(options.env)) {
    if (choice === 'buildx')
        return { builder: new BuildxBuilder(options), reason: 'chosen by the builder input' };
    if (choice === 'buildah')
        return { builder: new BuildahBuilder(options), reason: 'chosen by the builder input' };
    if (await probe.buildah()) {
        return { builder: new BuildahBuilder(options), reason: 'auto: buildah is installed (auto prefers it)' };
    }
    const driver = await probe.buildxDriver();
    if (driver !== undefined && driver !== 'docker') {
        return {
            builder: new BuildxBuilder(options),
            reason: `auto: buildah is not installed; buildx has the ${driver} driver, which exports OCI layouts`,
        };
    }
    if (driver === 'docker') {
        throw new Error('builder auto: buildah is not installed and buildx uses the docker driver, which cannot export an OCI ' +
            'layout; install buildah, or run docker/setup-buildx-action first');
    }
    throw new Error('builder auto: neither buildah nor a Docker engine with buildx was found on this runner');
}
function systemProbe(env) {
    return {
        buildah: () => (0,action_kit_src/* isOnPath */.jY)('buildah', ['--version']),
        buildxDriver: async () => {
            if (!(await (0,action_kit_src/* isOnPath */.jY)('docker', ['--version'])))
                return undefined;
            const options = { allowFailure: true, env: childEnv(env) };
            const info = await (0,action_kit_src/* exec */.m0)('docker', ['info', '--format', '{{.ServerVersion}}'], options);
            if (info.exitCode !== 0 || info.stdout.trim() === '')
                return undefined;
            const inspect = await (0,action_kit_src/* exec */.m0)('docker', ['buildx', 'inspect'], options);
            if (inspect.exitCode !== 0)
                return undefined;
            return parseBuildxDriver(inspect.stdout);
        },
    };
}
/** `Driver: docker-container` from `docker buildx inspect`. */
function parseBuildxDriver(inspectOutput) {
    return /^Driver:\s*(\S+)/m.exec(inspectOutput)?.[1];
}

;// CONCATENATED MODULE: ./actions/ghcr-publish/src/credentials.ts




/**
 * The temporary docker config: the user's existing `auths` (logins made earlier by docker/login-action stay usable
 * for base images and caches on other registries) and `credHelpers`, with this registry's credentials over them.
 * `credsStore` is left out: with it, docker would ask the store for this registry too and ignore the inline auth.
 */
function mergedDockerConfig(existing, registry, credentials) {
    const config = { auths: {} };
    if (isRecord(existing)) {
        if (isRecord(existing.auths)) {
            for (const [host, entry] of Object.entries(existing.auths)) {
                if (!isRecord(entry))
                    continue;
                const kept = {};
                for (const key of ['auth', 'identitytoken', 'registrytoken']) {
                    const value = entry[key];
                    if (typeof value === 'string' && value !== '')
                        kept[key] = value;
                }
                if (Object.keys(kept).length > 0)
                    config.auths[host] = kept;
            }
        }
        if (isRecord(existing.credHelpers)) {
            const helpers = Object.entries(existing.credHelpers).filter((entry) => typeof entry[1] === 'string' && entry[0] !== registry);
            if (helpers.length > 0)
                config.credHelpers = Object.fromEntries(helpers);
        }
    }
    const auth = Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64');
    config.auths[registry] = { auth };
    return config;
}
/**
 * Writes the docker config (what buildah's --authfile and buildx's DOCKER_CONFIG read) as `config.json`, alone in
 * a fresh folder of the runner's temp folder, readable by the runner's user only. The post step removes it.
 */
function writeCredentialsFile(temp, config) {
    const dir = external_node_path_default().join(temp, `ghcr-publish-auth-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`);
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true, mode: 0o700 });
    const file = external_node_path_default().join(dir, 'config.json');
    (0,external_node_fs_.writeFileSync)(file, JSON.stringify(config), { mode: 0o600 });
    return file;
}
/**
 * Removes the folder written by writeCredentialsFile: only a folder of that name, inside what slipway owns
 * (checked again by removeOwned), so a tampered state value cannot steer the delete elsewhere.
 */
async function removeCredentialsFile(roots, file) {
    const dir = external_node_path_default().dirname(file);
    if (!/^ghcr-publish-auth-[0-9a-f]{12}$/.test(external_node_path_default().basename(dir)) || external_node_path_default().basename(file) !== 'config.json')
        return false;
    await (0,action_kit_src/* removeOwned */.Ox)(roots, dir);
    return true;
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./actions/ghcr-publish/src/immutable.ts

/**
 * An exact version: `1.2.3`, `v1.2.3`, `1.2.3-rc.1`, `1.2.3+build.5`, with any flavor suffix after a dash
 * (`1.2.3-alpine`) — never a moving tag like `1`, `1.2` or `latest`.
 */
const EXACT_VERSION = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:[-+_][0-9A-Za-z._-]+)?$/;
function parseImmutablePolicy(lines) {
    if (lines.length === 0 || (lines.length === 1 && lines[0] === 'exact-versions'))
        return { kind: 'exact-versions' };
    if (lines.length === 1 && lines[0] === 'all')
        return { kind: 'all' };
    if (lines.length === 1 && lines[0] === 'none')
        return { kind: 'none' };
    return {
        kind: 'patterns',
        patterns: lines.map((line) => {
            if (!/^[A-Za-z0-9_.*-]+$/.test(line)) {
                throw new action_kit_src/* InputError */.dz('immutable-tags', line, 'exact-versions, all, none, or one tag pattern per line (letters, digits, _ . - and * as a wildcard)');
            }
            const source = line.replace(/[.]/g, '\\.').replace(/\*/g, '.*');
            return new RegExp(`^${source}$`);
        }),
    };
}
function isImmutableTag(tag, policy) {
    switch (policy.kind) {
        case 'exact-versions':
            return EXACT_VERSION.test(tag);
        case 'all':
            return true;
        case 'none':
            return false;
        case 'patterns':
            return policy.patterns.some((pattern) => pattern.test(tag));
    }
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./actions/ghcr-publish/src/images.ts





const PLATFORM = /^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/;
const BUILD_ARG = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s;
/** The repository path of an image name: the registry host is dropped, the name lower-cased (GHCR requires it). */
function repositoryOf(input, value, registry) {
    let name = value.trim();
    if (name.startsWith(`${registry}/`))
        name = name.slice(registry.length + 1);
    const repository = name.toLowerCase();
    const problem = repositoryProblem(repository, registry);
    if (problem)
        throw new action_kit_src/* InputError */.dz(input, value, `an image name like owner/name (${problem})`);
    return { repository, lowered: repository !== name };
}
function insideWorkspace(input, workspace, value, what) {
    const resolved = external_node_path_default().resolve(workspace, value);
    const relative = external_node_path_default().relative(workspace, resolved);
    if (relative.startsWith('..') || external_node_path_default().isAbsolute(relative)) {
        throw new action_kit_src/* InputError */.dz(input, value, `a ${what} inside the workspace ${workspace}`);
    }
    if (!(0,external_node_fs_.existsSync)(resolved))
        throw new action_kit_src/* InputError */.dz(input, value, `an existing ${what} in the workspace`);
    const real = (0,external_node_fs_.realpathSync)(resolved);
    const realRelative = external_node_path_default().relative((0,external_node_fs_.realpathSync)(workspace), real);
    if (realRelative.startsWith('..') || external_node_path_default().isAbsolute(realRelative)) {
        throw new action_kit_src/* InputError */.dz(input, value, `a ${what} that stays inside the workspace (it resolves to ${real})`);
    }
    return resolved;
}
function buildArgsOf(input, lines) {
    const args = {};
    for (const line of lines) {
        const [, name, value] = BUILD_ARG.exec(line) ?? [];
        if (name === undefined || value === undefined)
            throw new action_kit_src/* InputError */.dz(input, line, 'NAME=value');
        args[name] = value;
    }
    return args;
}
function platformsOf(input, values) {
    for (const value of values) {
        if (!PLATFORM.test(value))
            throw new action_kit_src/* InputError */.dz(input, value, 'a platform like linux/amd64 or linux/arm64/v8');
    }
    return [...new Set(values)];
}
function singleImage(input, workspace, registry) {
    const { repository } = repositoryOf('image', input.image, registry);
    const context = insideWorkspace('context', workspace, input.context, 'directory');
    const file = insideWorkspace('file', workspace, input.file ?? external_node_path_default().join(external_node_path_default().relative(workspace, context), 'Dockerfile'), 'file');
    return {
        repository,
        context,
        file,
        ...(input.target ? { target: input.target } : {}),
        buildArgs: buildArgsOf('build-args', input.buildArgs),
        platforms: platformsOf('platforms', input.platforms),
    };
}
const KEYS = new Set(['name', 'context', 'file', 'target', 'build-args', 'platforms']);
/**
 * The `images` input: a YAML list of `{name, context, file, target, build-args, platforms}`. `build-args` is a map
 * or a list of NAME=value; `platforms` a list or a comma-separated string. Every mistake names the entry.
 */
function parseImageList(text, workspace, registry) {
    let parsed;
    try {
        parsed = (0,dist/* parse */.qg)(text);
    }
    catch (error) {
        throw new action_kit_src/* InputError */.dz('images', text, `a YAML list of images (${error.message.split('\n')[0] ?? ''})`);
    }
    if (!Array.isArray(parsed) || parsed.length === 0) {
        throw new action_kit_src/* InputError */.dz('images', text, 'a YAML list of images, each with at least `name` and `context`');
    }
    const specs = parsed.map((entry, index) => {
        const where = `images[${index}]`;
        if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
            throw new action_kit_src/* InputError */.dz('images', JSON.stringify(entry), `${where}: a map with name, context, file, ...`);
        }
        const record = entry;
        for (const key of Object.keys(record)) {
            if (!KEYS.has(key))
                throw new action_kit_src/* InputError */.dz('images', key, `${where}: one of the keys ${[...KEYS].join(', ')}`);
        }
        const text = (key, required) => {
            const value = record[key];
            if (value === undefined || value === null) {
                if (required)
                    throw new action_kit_src/* InputError */.dz('images', JSON.stringify(entry), `${where}: a \`${key}\``);
                return undefined;
            }
            if (typeof value !== 'string' && typeof value !== 'number') {
                throw new action_kit_src/* InputError */.dz('images', JSON.stringify(value), `${where}.${key}: a string`);
            }
            return String(value);
        };
        const list = (key, comma) => {
            const value = record[key];
            if (value === undefined || value === null)
                return [];
            if (Array.isArray(value))
                return value.map((v) => String(v).trim()).filter(Boolean);
            if (key === 'build-args' && typeof value === 'object') {
                return Object.entries(value).map(([k, v]) => `${k}=${String(v)}`);
            }
            if (typeof value === 'string') {
                return value
                    .split(comma ? /[\n,]/ : /\n/)
                    .map((v) => v.trim())
                    .filter(Boolean);
            }
            throw new action_kit_src/* InputError */.dz('images', JSON.stringify(value), `${where}.${key}: a list`);
        };
        const name = text('name', true) ?? '';
        const contextValue = text('context', false) ?? '.';
        const context = insideWorkspace('images', workspace, contextValue, 'directory');
        const fileValue = text('file', false) ?? external_node_path_default().join(external_node_path_default().relative(workspace, context), 'Dockerfile');
        const target = text('target', false);
        return {
            repository: repositoryOf('images', name, registry).repository,
            context,
            file: insideWorkspace('images', workspace, fileValue, 'file'),
            ...(target ? { target } : {}),
            buildArgs: buildArgsOf('images', list('build-args', false)),
            platforms: platformsOf('images', list('platforms', true)),
        };
    });
    const seen = new Set();
    for (const spec of specs) {
        if (seen.has(spec.repository))
            throw new action_kit_src/* InputError */.dz('images', spec.repository, 'each image name once');
        seen.add(spec.repository);
    }
    return specs;
}

;// CONCATENATED MODULE: ./actions/ghcr-publish/src/size.ts



const UNITS = {
    '': 1,
    b: 1,
    kb: 1000,
    mb: 1000 ** 2,
    gb: 1000 ** 3,
    kib: 1024,
    mib: 1024 ** 2,
    gib: 1024 ** 3,
};
function parseSizeLimit(text) {
    const percent = /^(\d+(?:\.\d+)?)\s*%$/.exec(text);
    if (percent)
        return { kind: 'percent', value: Number(percent[1]) };
    const bytes = /^(\d+(?:\.\d+)?)\s*([kmg]i?b|b)?$/i.exec(text);
    const unit = UNITS[(bytes?.[2] ?? '').toLowerCase()];
    if (bytes && unit !== undefined)
        return { kind: 'bytes', value: Math.round(Number(bytes[1]) * unit) };
    throw new action_kit_src/* InputError */.dz('max-size-increase', text, 'a percentage of the previous release (10%) or a size (500kB, 5MiB, 1048576 bytes)');
}
/** Reads the image's manifests (an index's children too) and adds up its config and layer sizes; no blob is pulled. */
async function compressedSize(client, repository, digest) {
    const root = await client.getManifest(repository, digest);
    if (!root)
        throw new Error(`${client.registry}/${repository}@${digest} is not in the registry`);
    const parsed = JSON.parse(root.bytes.toString('utf8'));
    const blobs = new Map();
    const platforms = [];
    const add = (manifest) => {
        let bytes = 0;
        for (const blob of [manifest.config, ...manifest.layers]) {
            blobs.set(blob.digest, blob.size);
            bytes += blob.size;
        }
        return bytes;
    };
    if ('manifests' in parsed || isIndexMediaType(root.mediaType)) {
        for (const child of parsed.manifests) {
            // Attestation manifests (buildx's `unknown/unknown`) are not a platform a user pulls.
            if (!child.platform || child.platform.os === 'unknown')
                continue;
            const manifest = await client.getManifest(repository, child.digest);
            if (!manifest)
                continue;
            const { os, architecture, variant } = child.platform;
            platforms.push({
                platform: [os, architecture, variant].filter(Boolean).join('/'),
                bytes: add(JSON.parse(manifest.bytes.toString('utf8'))),
            });
        }
    }
    else {
        platforms.push({ platform: '', bytes: add(parsed) });
    }
    return { bytes: [...blobs.values()].reduce((a, b) => a + b, 0), platforms };
}
/**
 * The release before `version` among the repository's git tags (`v1.2.2` before `v1.2.3`, prereleases skipped for a
 * stable release), as the image tag the zero-config strategy gives it (`1.2.2`).
 */
function previousReleaseTag(repoTags, version) {
    const current = parseSemVer(version.replace(/^v/, ''));
    if (!current || !repoTags)
        return undefined;
    const previous = previousVersionTag(repoTags, current, { prefix: 'v' });
    return previous ? formatSemVer(previous.version) : undefined;
}
async function sizeReport(client, repository, digest, previousTag) {
    const now = await compressedSize(client, repository, digest);
    const report = {
        name: `${client.registry}/${repository}`,
        digest,
        bytes: now.bytes,
        platforms: now.platforms.filter((p) => p.platform !== ''),
    };
    if (previousTag === undefined)
        return report;
    const found = await client.headManifest(repository, previousTag);
    if (!found)
        return report;
    const before = await compressedSize(client, repository, found.digest);
    report.previous = { tag: previousTag, digest: found.digest, bytes: before.bytes };
    report.change = now.bytes - before.bytes;
    report.changeRatio = before.bytes > 0 ? report.change / before.bytes : 0;
    return report;
}
/** Why a report breaks the limit, or undefined when it keeps it (or there is no previous release to compare with). */
function sizeLimitBreach(report, limit) {
    if (report.change === undefined || report.previous === undefined || report.changeRatio === undefined)
        return undefined;
    const over = limit.kind === 'percent' ? report.changeRatio * 100 > limit.value : report.change > limit.value;
    if (!over)
        return undefined;
    const allowed = limit.kind === 'percent' ? `${limit.value}%` : formatBytes(limit.value);
    return (`${report.name} grew by ${formatBytes(report.change)} (${formatPercent(report.changeRatio)}) since ` +
        `${report.previous.tag}, more than max-size-increase ${allowed}`);
}
function formatBytes(bytes) {
    const sign = bytes < 0 ? '-' : '';
    const value = Math.abs(bytes);
    if (value < 1024)
        return `${sign}${value} B`;
    if (value < 1024 * 1024)
        return `${sign}${(value / 1024).toFixed(1)} KiB`;
    if (value < 1024 * 1024 * 1024)
        return `${sign}${(value / 1024 / 1024).toFixed(1)} MiB`;
    return `${sign}${(value / 1024 / 1024 / 1024).toFixed(2)} GiB`;
}
function formatPercent(ratio) {
    return `${ratio >= 0 ? '+' : ''}${(ratio * 100).toFixed(1)}%`;
}
function changeText(report) {
    if (report.change === undefined || report.changeRatio === undefined || !report.previous)
        return 'first release';
    const sign = report.change > 0 ? '+' : '';
    return `${sign}${formatBytes(report.change)} (${formatPercent(report.changeRatio)}) since ${report.previous.tag}`;
}
/** The size table, for the step summary and (as the `size-report` output) the release body. */
function sizeMarkdown(reports) {
    return ((0,action_kit_src/* heading */.R_)('Image sizes') +
        '\n' +
        (0,action_kit_src/* markdownTable */.Qj)(['image', 'compressed size', 'change', 'platforms'], reports.map((r) => [
            (0,action_kit_src/* code */.aY)(r.name),
            formatBytes(r.bytes),
            changeText(r),
            r.platforms.map((p) => `${p.platform} ${formatBytes(p.bytes)}`).join(', '),
        ])));
}

;// CONCATENATED MODULE: ./actions/ghcr-publish/src/stage-plan.ts


const STAGES = ['all', 'push', 'promote', 'merge', 'cleanup'];
const PLAN_SCHEMA = 'slipway/ghcr-publish-plan/v1';
function fail(text, expected) {
    throw new action_kit_src/* InputError */.dz('plan', text, expected);
}
function stringArray(value) {
    return Array.isArray(value) && value.every((v) => typeof v === 'string');
}
function checkPlan(value, text, where) {
    const plan = value;
    if (typeof plan !== 'object' || plan === null || Array.isArray(plan))
        fail(text, `${where}: the plan output of a ghcr-publish step with stage: push`);
    if (plan.schema !== PLAN_SCHEMA)
        fail(text, `${where}: a plan with "schema": "${PLAN_SCHEMA}"`);
    if (typeof plan.registry !== 'string' || plan.registry === '')
        fail(text, `${where}: a plan with its registry`);
    if (typeof plan.version !== 'string' || typeof plan.revision !== 'string')
        fail(text, `${where}: a plan with version and revision`);
    if (!Array.isArray(plan.images) || plan.images.length === 0)
        fail(text, `${where}: a plan with at least one image`);
    plan.images.forEach((image, index) => {
        const at = `${where}.images[${index}]`;
        if (typeof image !== 'object' || image === null)
            fail(text, `${at}: an image`);
        if (typeof image.repository !== 'string' || !isRepositoryName(image.repository))
            fail(text, `${at}.repository: a repository like owner/name`);
        if (typeof image.digest !== 'string' || !isDigest(image.digest))
            fail(text, `${at}.digest: a digest like sha256:<64 hex>`);
        if (typeof image.mediaType !== 'string')
            fail(text, `${at}.mediaType: a manifest media type`);
        if (typeof image.size !== 'number' || !Number.isSafeInteger(image.size) || image.size < 0)
            fail(text, `${at}.size: a byte count`);
        if (!stringArray(image.platforms))
            fail(text, `${at}.platforms: a list of platforms`);
        if (!stringArray(image.tags) || image.tags.some((tag) => !/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/.test(tag)))
            fail(text, `${at}.tags: a list of tag names`);
        if (typeof image.pushed !== 'boolean')
            fail(text, `${at}.pushed: true or false`);
    });
    return plan;
}
/**
 * The `plan` input: one plan (promote, cleanup), or for `merge` a JSON array of the legs' plans (one per platform, as
 * `jq -s` gathers them). Each is checked field by field; a mistake names the input and the field.
 */
function parsePlans(text, registry) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        fail(text, `JSON: the plan output of a ghcr-publish step with stage: push (${error.message})`);
    }
    const plans = Array.isArray(parsed)
        ? parsed.map((entry, index) => checkPlan(entry, text, `plan[${index}]`))
        : [checkPlan(parsed, text, 'plan')];
    if (plans.length === 0)
        fail(text, 'at least one plan');
    for (const plan of plans) {
        if (plan.registry !== registry)
            fail(text, `plans for the registry input ${registry} (this one is for ${plan.registry})`);
    }
    return plans;
}
function planOutput(plan) {
    return JSON.stringify(plan);
}

;// CONCATENATED MODULE: ./actions/ghcr-publish/src/inputs.ts











function getInputs(read = (0,action_kit_src/* inputReader */.cN)(), env = process.env, 
// main passes its RunnerContext; a caller without one (a test) gets the inputs' workspace and the runner's temp.
roots = { workspace: read.workspace, temp: (0,action_kit_src/* readRunnerContext */.gi)(env).temp }) {
    const registry = assertRegistry('registry', read.string('registry', { default: 'ghcr.io' }));
    const insecure = read.boolean('insecure', { default: false });
    if (insecure && !isLoopbackRegistry(registry)) {
        throw new action_kit_src/* InputError */.dz('registry', registry, 'a loopback host (localhost or 127.x.x.x) when insecure is true: plain HTTP never leaves this machine');
    }
    const { push, stage, takesPlan, plans, planText, maxSizeIncrease } = readStage(read, registry);
    const cleanup = read.enum('cleanup', ['auto', 'registry', 'packages-api', 'none'], {
        default: 'auto',
    });
    const githubToken = read.string('github-token');
    const username = read.string('username');
    // The password's value never appears in an error: only whether it is there.
    const password = read.string('password');
    if (push && username === '')
        throw new action_kit_src/* InputError */.dz('username', '', 'the registry user (default: the actor) when push is true');
    if (push && password === '') {
        throw new action_kit_src/* InputError */.dz('password', '', 'a token allowed to write packages (default: github.token) when push is true');
    }
    // promote, merge and cleanup build nothing (their job needs no checkout): the plan names the images.
    const images = takesPlan ? [] : readImages(read, registry);
    const builder = read.enum('builder', ['auto', 'buildx', 'buildah'], { default: 'auto' });
    const cacheValue = read.optional('cache');
    let cache;
    if (cacheValue === 'gha') {
        if (builder === 'buildah')
            throw new action_kit_src/* InputError */.dz('cache', cacheValue, 'a directory: the gha cache needs buildx');
        cache = 'gha';
        // buildah's storage or buildx's local cache: a folder slipway writes, so never the workspace, .git or outside.
    }
    else if (cacheValue !== undefined)
        cache = (0,action_kit_src/* ownedPath */.bD)(roots, 'cache', cacheValue);
    const cacheFrom = parseCacheSpecs('cache-from', read.list('cache-from'), registry, builder);
    const cacheTo = parseCacheSpecs('cache-to', read.list('cache-to'), registry, builder);
    const { rules, references } = readTags(read, images, registry);
    const annotations = readAnnotations(read);
    return {
        images,
        registry,
        insecure,
        username,
        password,
        push,
        builder,
        cache,
        immutable: parseImmutablePolicy(read.list('immutable-tags')),
        rules,
        references,
        allowMovingTagsBackwards: read.boolean('allow-moving-tags-backwards', { default: false }),
        annotations,
        build: {
            secrets: parseSecrets(read.list('secrets'), read.workspace, env),
            ssh: parseSsh(read.list('ssh'), env),
            noCache: read.boolean('no-cache', { default: false }),
            pull: read.boolean('pull', { default: false }),
            network: read.enum('network', ['default', 'host', 'none'], { default: 'default' }),
            shmSize: parseShmSize(read.optional('shm-size')),
            cacheFrom,
            cacheTo,
        },
        stage,
        plans,
        planText,
        cleanup,
        githubToken,
        maxSizeIncrease,
    };
}
/** `push`, `stage` and what goes with a stage: the plan(s) of promote, merge and cleanup, the size gate's limit. */
function readStage(read, registry) {
    const push = read.boolean('push', { default: true });
    const stage = read.enum('stage', STAGES, { default: 'all' });
    if (stage !== 'all' && !push)
        throw new action_kit_src/* InputError */.dz('push', 'false', `true with stage: ${stage}`);
    const planText = read.string('plan');
    const takesPlan = stage === 'promote' || stage === 'merge' || stage === 'cleanup';
    if (takesPlan && planText === '')
        throw new action_kit_src/* InputError */.dz('plan', '', `the plan output of the push stage (stage: ${stage} needs it)`);
    if (!takesPlan && planText !== '')
        throw new action_kit_src/* InputError */.dz('plan', planText, `nothing with stage: ${stage} (a plan is for promote, merge or cleanup)`);
    const plans = takesPlan ? parsePlans(planText, registry) : [];
    if (stage === 'promote' && plans.length !== 1)
        throw new action_kit_src/* InputError */.dz('plan', planText, 'one plan (a JSON array of leg plans is for stage: merge)');
    const sizeLimitText = read.optional('max-size-increase');
    const maxSizeIncrease = sizeLimitText === undefined ? undefined : parseSizeLimit(sizeLimitText);
    if (maxSizeIncrease && stage !== 'push' && stage !== 'promote' && stage !== 'merge') {
        throw new action_kit_src/* InputError */.dz('max-size-increase', sizeLimitText ?? '', 'nothing with stage: all or cleanup: the size gate runs between push and promote (stage: push, promote, merge)');
    }
    return { push, stage, takesPlan, plans, planText, maxSizeIncrease };
}
/** The images to build: an `images` list, or the one `image` with `context`, `file`, `target` and `build-args`. */
function readImages(read, registry) {
    const list = read.string('images');
    const image = read.string('image');
    const single = {
        context: read.string('context', { default: '.' }),
        file: read.optional('file'),
        target: read.optional('target'),
        buildArgs: read.list('build-args'),
        platforms: read.list('platforms', { comma: true }),
    };
    if (list !== '') {
        for (const [name, given] of Object.entries({
            file: single.file,
            target: single.target,
            'build-args': single.buildArgs.join('\n'),
        })) {
            if (given)
                throw new action_kit_src/* InputError */.dz(name, given, `nothing when images is given (set ${name} on each image of the list)`);
        }
        const images = parseImageList(list, read.workspace, registry);
        // With a list, `platforms` is the leg's platform: every image builds it (one runner per platform, then merge).
        if (single.platforms.length === 0)
            return images;
        const platforms = platformsOf('platforms', single.platforms);
        return images.map((image) => ({ ...image, platforms }));
    }
    if (image === '')
        throw new action_kit_src/* InputError */.dz('image', '', 'an image name like owner/name, or an images list');
    return [
        singleImage({
            image,
            context: single.context,
            ...(single.file ? { file: single.file } : {}),
            ...(single.target ? { target: single.target } : {}),
            buildArgs: single.buildArgs,
            platforms: single.platforms,
        }, read.workspace, registry),
    ];
}
/** `tags` (rules or full references, not both), `flavor` and `labels`, every literal checked before anything is built. */
function readTags(read, images, registry) {
    // `tags`: rules (type=…), or full references as metadata-action and oci-labels output them, one a line.
    const tagLines = read.list('tags');
    const referenceLines = tagLines.filter((line) => !line.includes('='));
    const references = new Map(images.map((i) => [i.repository, []]));
    for (const line of referenceLines) {
        const ref = parseTagReference('tags', line);
        const tags = ref.registry === registry ? references.get(ref.repository) : undefined;
        if (!tags) {
            throw new action_kit_src/* InputError */.dz('tags', line, `a reference to one of the images built here (${images.map((i) => `${registry}/${i.repository}`).join(', ')})`);
        }
        if (!tags.includes(ref.tag))
            tags.push(ref.tag);
    }
    const ruleLines = tagLines.filter((line) => line.includes('='));
    if (referenceLines.length > 0 && ruleLines.length > 0) {
        throw new action_kit_src/* InputError */.dz('tags', ruleLines[0] ?? '', 'either tag rules (type=…) or full references, not both');
    }
    const rules = { tags: ruleLines, flavor: read.list('flavor'), labels: read.list('labels') };
    // Checked now, before anything is built: one clear error naming the input and the line.
    const parsedRules = parseTagRules(rules.tags);
    const flavor = parseFlavor(rules.flavor);
    // A tag rule's literal text must already be a tag: `value=has space` is refused, not published as `has-space`.
    for (const rule of parsedRules) {
        for (const key of rule.type === 'raw' ? ['value', 'prefix', 'suffix'] : ['prefix', 'suffix']) {
            assertLiteralTagText('tags', rule.source, key, rule.attrs[key]);
        }
    }
    assertLiteralTagText('flavor', `prefix=${flavor.prefix}`, 'prefix', flavor.prefix);
    assertLiteralTagText('flavor', `suffix=${flavor.suffix}`, 'suffix', flavor.suffix);
    return { rules, references: referenceLines.length > 0 ? references : new Map() };
}
function readAnnotations(read) {
    const annotations = {};
    for (const line of read.list('annotations')) {
        const [, key, value] = /^([A-Za-z0-9][A-Za-z0-9._/-]*)=(.*)$/s.exec(line) ?? [];
        if (key === undefined || value === undefined) {
            throw new action_kit_src/* InputError */.dz('annotations', line, 'key=value (a key of letters, digits, . _ / -)');
        }
        annotations[key] = value;
    }
    return annotations;
}
function assertLiteralTagText(input, line, key, value) {
    if (value === undefined || value === '')
        return;
    // Templates ({{version}}, {{date 'YYYYMMDD'}}) are rendered later; their text is checked as the tag then.
    const literal = value.replace(/\{\{.*?\}\}/g, '');
    const bad = /[^A-Za-z0-9_.-]/.exec(literal);
    if (bad) {
        throw new action_kit_src/* InputError */.dz(input, line, `${key}= text that is a tag as written (letters, digits, _ . -): ${JSON.stringify(bad[0])} in ` +
            `${JSON.stringify(value)} would be published as "-"`);
    }
}
/** `secrets`: `id=NAME,src=FILE` or `id=NAME,env=VARIABLE`, one a line, as build-push-action takes them. */
function parseSecrets(lines, workspace, env) {
    const expected = 'id=NAME,src=FILE or id=NAME,env=VARIABLE';
    const ids = new Set();
    return lines.map((line) => {
        const fields = {};
        for (const part of line.split(',')) {
            const cut = part.indexOf('=');
            if (cut <= 0)
                throw new action_kit_src/* InputError */.dz('secrets', redactSecretLine(line), expected);
            fields[part.slice(0, cut).trim()] = part.slice(cut + 1).trim();
        }
        const { id, src, source, env: variable, type, ...rest } = fields;
        const file = src ?? source;
        if (!id || !/^[A-Za-z0-9_.-]+$/.test(id) || Object.keys(rest).length > 0) {
            throw new action_kit_src/* InputError */.dz('secrets', redactSecretLine(line), `${expected} (an id of letters, digits, _ . -)`);
        }
        if (ids.has(id))
            throw new action_kit_src/* InputError */.dz('secrets', redactSecretLine(line), `each secret id once (${id} repeats)`);
        ids.add(id);
        const fromEnv = variable ?? (type === 'env' ? file : undefined);
        if (fromEnv !== undefined) {
            if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(fromEnv) || env[fromEnv] === undefined) {
                throw new action_kit_src/* InputError */.dz('secrets', redactSecretLine(line), `${expected}: an environment variable that is set`);
            }
            return { id, env: fromEnv };
        }
        if (file === undefined || (type !== undefined && type !== 'file')) {
            throw new action_kit_src/* InputError */.dz('secrets', redactSecretLine(line), expected);
        }
        const resolved = external_node_path_default().resolve(workspace, file);
        if (!(0,external_node_fs_.existsSync)(resolved) || !(0,external_node_fs_.statSync)(resolved).isFile()) {
            throw new action_kit_src/* InputError */.dz('secrets', redactSecretLine(line), `${expected}: an existing file`);
        }
        return { id, file: resolved };
    });
}
/** Only the names of a secret line appear in an error: a value pasted by mistake stays out of the log. */
function redactSecretLine(line) {
    return line
        .split(',')
        .map((part) => (part.includes('=') ? `${part.split('=')[0] ?? ''}=…` : '…'))
        .join(',');
}
/** `ssh`: `default` (the agent at SSH_AUTH_SOCK) or `ID=SOCKET_OR_KEY`, one a line. */
function parseSsh(lines, env) {
    for (const line of lines) {
        const [, id, where] = /^([A-Za-z0-9_.-]+)(?:=(.+))?$/.exec(line) ?? [];
        if (id === undefined)
            throw new action_kit_src/* InputError */.dz('ssh', line, 'default, or ID=path of an agent socket or key');
        if (where === undefined && id === 'default' && !env.SSH_AUTH_SOCK) {
            throw new action_kit_src/* InputError */.dz('ssh', line, 'an ssh agent: SSH_AUTH_SOCK is not set (start one, e.g. webfactory/ssh-agent)');
        }
        if (where !== undefined && !(0,external_node_fs_.existsSync)(where))
            throw new action_kit_src/* InputError */.dz('ssh', line, 'ID=an existing socket or key file');
    }
    return [...lines];
}
/** `shm-size`: bytes with an optional unit (`2g`, `512m`, `65536k`), as docker and buildah take it. */
function parseShmSize(value) {
    if (value === undefined)
        return undefined;
    if (!/^[1-9]\d*[bkmgBKMG]?$/.test(value))
        throw new action_kit_src/* InputError */.dz('shm-size', value, 'a size like 2g, 512m or 65536k');
    return value.toLowerCase();
}

;// CONCATENATED MODULE: ./actions/ghcr-publish/src/moving-tags.ts


/** The line a moving tag stands for: every release (`latest`), one major (`1`) or one minor (`1.2`) of `version`. */
function lineOf(tag, version) {
    if (tag === 'latest')
        return 'latest';
    const match = /^v?(\d+)(?:\.(\d+))?$/.exec(tag);
    if (!match || Number(match[1]) !== version.major)
        return undefined;
    if (match[2] === undefined)
        return 'major';
    return Number(match[2]) === version.minor ? 'minor' : undefined;
}
/**
 * Which of `tags` would move backwards: `latest`, `X` or `X.Y` while a higher stable release of the same line is
 * already published (`published`: the registry's own tags of the image, else the repository's git tags). A release
 * that is not a stable SemVer version (a branch build, a prerelease) moves nothing back by this rule.
 */
function movesBackwards(tags, version, published) {
    const current = parseTagVersion(version);
    if (!current || isPrerelease(current))
        return [];
    const releases = published
        .map((tag) => parseTagVersion(tag))
        .filter((v) => v !== undefined && !isPrerelease(v));
    const held = [];
    for (const tag of tags) {
        const line = lineOf(tag, current);
        if (!line)
            continue;
        const higher = releases
            .filter((r) => line === 'latest' || (r.major === current.major && (line === 'major' || r.minor === current.minor)))
            .filter((r) => compareSemVer(r, current) > 0)
            .sort(compareSemVer)
            .at(-1);
        if (higher)
            held.push({ tag, higher: higher.version });
    }
    return held;
}

;// CONCATENATED MODULE: ./actions/ghcr-publish/src/plan.ts



/**
 * The publishing plan, pure: tags, labels and annotations per image from image-meta (the same rules and zero-config
 * release strategy as oci-labels), or the full references given. Moving tags (`latest`, `X`, `X.Y`) are decided
 * against the versions the registry already has for that image, which a shallow checkout cannot hide; git's tags
 * stand in only when the registry could not be read. A moving tag never moves below a published higher release
 * unless allowMovingTagsBackwards says so.
 */
function planPublish(input, facts, logger) {
    const versionSource = facts.registryTags
        ? { kind: 'registry' }
        : { kind: 'git', why: facts.registryProblem ?? 'the registry was not read' };
    const images = [];
    let first;
    for (const image of input.images) {
        const text = facts.dockerfiles.get(image.repository);
        const baseImage = image.target || text === undefined ? undefined : readBaseImage(text, external_node_path_default().basename(image.file), logger);
        const published = facts.registryTags?.get(image.repository) ?? (facts.registryTags ? [] : facts.context.repoTags);
        // image-meta's `latest=highest` reads the published versions from repoTags: the registry's, when it answered.
        const context = input.allowMovingTagsBackwards
            ? { ...facts.context, repoTags: [], shallow: false }
            : facts.registryTags
                ? { ...facts.context, repoTags: [...(published ?? [])], shallow: false }
                : facts.context;
        const meta = computeImageMeta({ images: [], tags: input.rules.tags, flavor: input.rules.flavor, labels: input.rules.labels, annotations: [] }, context, {
            logger,
            ...(input.sourceDateEpoch !== undefined ? { sourceDateEpoch: input.sourceDateEpoch } : {}),
            ...(baseImage ? { baseImage } : {}),
        });
        first ??= meta;
        const given = input.references.get(image.repository);
        let tags = input.references.size > 0 ? [...(given ?? [])] : meta.tagNames;
        const heldBack = meta.heldBack.map(describeHeld);
        const movedBackwards = [];
        const backwards = movesBackwards(tags, meta.version, published ?? []);
        if (input.allowMovingTagsBackwards) {
            movedBackwards.push(...backwards.map((h) => `${h.tag} (${h.higher} is published)`));
        }
        else {
            const held = new Set(backwards.map((h) => h.tag));
            tags = tags.filter((tag) => !held.has(tag));
            heldBack.push(...backwards.map((h) => `${h.tag} stays: ${h.higher} is published, higher than ${meta.version}`));
        }
        images.push({
            image,
            tags,
            labels: meta.labels,
            annotations: { ...meta.annotations, ...input.annotations },
            heldBack,
            movedBackwards,
            mountFrom: baseImage ? sameRegistryRepository(baseImage.name, input.registry, image.repository) : [],
        });
    }
    if (!first)
        throw new Error('planPublish needs at least one image');
    return {
        images,
        version: first.version,
        timestamp: Math.floor(Date.parse(first.created) / 1000),
        strategy: input.references.size > 0 ? 'references' : first.strategy,
        versionSource,
    };
}
/** image-meta says `latest: 1.3.0 is higher`; the summary says what stays and why. */
function describeHeld(text) {
    const [tag, why] = text.split(': ');
    return why ? `${tag} stays: ${why.replace(/ is higher$/, ' is published, higher than this release')}` : text;
}
/** The base image's repository when it lives in the same registry (its layers can be mounted), else nothing. */
function sameRegistryRepository(name, registry, self) {
    if (!name.startsWith(`${registry}/`))
        return [];
    const repository = name
        .slice(registry.length + 1)
        .split('@')[0]
        ?.replace(/:[^/]*$/, '') ?? '';
    return repository !== '' && repository !== self ? [repository.toLowerCase()] : [];
}

;// CONCATENATED MODULE: ./actions/ghcr-publish/src/publish.ts



const REVISION_LABEL = 'org.opencontainers.image.revision';
/** A release tag already points at another image: nothing was built or pushed. */
class ReleaseConflictError extends Error {
    name = 'ReleaseConflictError';
}
/** A build failed: nothing was pushed. */
class BuildFailedError extends Error {
    name = 'BuildFailedError';
}
/** An image could not be pushed by digest (after the retries): no tag was applied. */
class PushFailedError extends Error {
    name = 'PushFailedError';
}
/** Every image was pushed by digest, but not every tag could be applied: the lists say exactly which. */
class TaggingError extends Error {
    applied;
    notApplied;
    name = 'TaggingError';
    constructor(message, applied, notApplied) {
        super(message);
        this.applied = applied;
        this.notApplied = notApplied;
    }
}
/**
 * The publishing plan, in the order that keeps the guarantees (each phase is its own function, for callers that
 * stop between them):
 * 1. checkRegistry: the registry is reached and the credentials are checked (a wrong password fails before any
 *    build); every tag of every image is looked up, and a release tag (immutable) that exists and was built from
 *    another revision fails the step now, before anything is built;
 * 2. buildImages: every image is built; a failed build stops here, with nothing pushed;
 * 3. checkReleases: each built digest is compared with the release tags that exist: another digest fails the step,
 *    nothing pushed; the same digest is a re-run;
 * 4. pushByDigest: every image is pushed by digest (blobs the registry lacks, mounted where they are known to be,
 *    the layers of the images its tags point at now taken as there; then manifests), untagged;
 * 5. applyTags: only then the tags are applied, release tags first, one manifest PUT each, retried; a failure is
 *    reported with the tags applied and not applied, and a re-run completes them.
 */
async function publish(request, builder, client, logger) {
    const existing = request.push
        ? await checkRegistry(client, request.targets, request.immutable)
        : new Map();
    const built = await buildImages(builder, client.registry, request, logger);
    if (!request.push)
        return built.map((b) => b.result);
    checkReleases(built, existing, request.immutable);
    await pushByDigest(client, built, logger, { existing, ...(request.onPushed ? { onPushed: request.onPushed } : {}) });
    await applyTags(client, built, request.immutable, logger);
    return built.map((b) => b.result);
}
/** Phase 1: the registry answers, the credentials work, and no release tag would be overwritten. */
async function checkRegistry(client, targets, immutable) {
    const registry = client.registry;
    await client.ping();
    const found = new Map();
    for (const { image, tags, labels } of targets) {
        const revision = labels[REVISION_LABEL];
        const existing = new Map();
        for (const tag of tags) {
            const manifest = await client.headManifest(image.repository, tag);
            if (!manifest)
                continue;
            existing.set(tag, manifest.digest);
            if (!isImmutableTag(tag, immutable))
                continue;
            const published = await revisionOf(client, image.repository, manifest.digest);
            if (revision === undefined || published !== revision) {
                throw new ReleaseConflictError(`${registry}/${image.repository}:${tag} already exists with digest ${manifest.digest}` +
                    ` (built from ${published ? `revision ${published}` : 'an unknown revision'}, this run builds` +
                    ` ${revision ?? 'an unlabelled revision'}); release tags are never overwritten, nothing was built or pushed`);
            }
        }
        found.set(image.repository, existing);
    }
    return found;
}
/** Phase 2: every image built into an OCI layout under workDir; nothing leaves the machine. */
async function buildImages(builder, registry, request, logger) {
    const built = [];
    for (const [index, target] of request.targets.entries()) {
        const { image } = target;
        const layout = external_node_path_default().join(request.workDir, 'layouts', String(index));
        await logger.group(`Build ${registry}/${image.repository}`, async () => {
            try {
                await builder.build({
                    image,
                    labels: { ...target.labels },
                    annotations: { ...target.annotations },
                    ...(request.timestamp !== undefined ? { timestamp: request.timestamp } : {}),
                    layout,
                    ...(request.authFile ? { authFile: request.authFile } : {}),
                    ...(request.insecureRegistry ? { insecureRegistry: true } : {}),
                });
            }
            catch (error) {
                throw new BuildFailedError(`the build of ${registry}/${image.repository} failed, so no image was pushed: ${error.message}`, { cause: error });
            }
        });
        const content = await readOciLayout(layout);
        const name = `${registry}/${image.repository}`;
        built.push({
            target,
            content,
            result: {
                name,
                repository: image.repository,
                digest: content.root.digest,
                reference: `${name}@${content.root.digest}`,
                tags: target.tags.map((tag) => `${name}:${tag}`),
                mediaType: content.root.mediaType,
                size: imageSize(content),
                platforms: publish_platformsOf(content),
                bytesSent: 0,
                unchangedTags: [],
                pushed: false,
            },
        });
    }
    return built;
}
/** Phase 3 (pure): a release tag that points at another digest fails the step; tags already right are noted. */
function checkReleases(built, existing, immutable) {
    for (const { target, content, result } of built) {
        for (const [tag, digest] of existing.get(target.image.repository) ?? new Map()) {
            if (digest === content.root.digest)
                result.unchangedTags.push(tag);
            else if (isImmutableTag(tag, immutable)) {
                throw new ReleaseConflictError(`${result.name}:${tag} already exists with digest ${digest}, this build gives` +
                    ` ${content.root.digest}; release tags are never overwritten, nothing was pushed`);
            }
        }
    }
}
/**
 * Phase 4: every image pushed by digest, untagged. The images share what the registry is known to hold: the second
 * image of a release mounts the base layers the first one uploaded, and each mounts from its base image.
 */
async function pushByDigest(client, built, logger, options = {}) {
    const blobLocations = options.blobLocations ?? new Map();
    for (const { target, content, result } of built) {
        if (await client.headManifest(target.image.repository, content.root.digest)) {
            logger.info(`${result.reference} is in the registry already`);
            for (const blob of content.blobs)
                blobLocations.set(blob.digest, target.image.repository);
            continue;
        }
        let stats;
        try {
            stats = await pushImageByDigest(client, target.image.repository, content, {
                logger,
                blobLocations,
                mountFrom: [...(target.mountFrom ?? []), ...built.map((b) => b.target.image.repository)],
                // The image a moving tag points at now (the previous release, the branch's last build) most likely has
                // the layers of this one.
                relatives: [...new Set(options.existing?.get(target.image.repository)?.values() ?? [])],
            });
        }
        catch (error) {
            throw new PushFailedError(`pushing ${result.reference} failed, so no tag of any image was applied: ${error.message}`, { cause: error });
        }
        result.bytesSent = stats.blobBytesSent;
        result.pushed = true;
        options.onPushed?.(target.image.repository, content.root.digest);
        logger.info(`pushed ${result.reference}: ${stats.blobsUploaded} blobs uploaded (${stats.blobBytesSent} bytes), ` +
            `${stats.blobsMounted} mounted, ${stats.blobsSkipped} already there`);
    }
}
/** Phase 5: the tags, release tags first (a moving tag never points at an image whose exact tag is missing). */
async function applyTags(client, built, immutable, logger) {
    const pending = [];
    for (const { target, content, result } of built) {
        for (const tag of target.tags) {
            if (result.unchangedTags.includes(tag))
                continue;
            pending.push({ repository: target.image.repository, content, tag, ref: `${result.name}:${tag}` });
        }
    }
    // Stable sort: release tags of every image first, then the moving ones, each image in its own order.
    const rank = (tag) => (isImmutableTag(tag, immutable) ? 0 : 1);
    const order = new Map(built.flatMap((b) => b.target.tags.map((tag, i) => [tag, i])));
    pending.sort((a, b) => rank(a.tag) - rank(b.tag) || (order.get(a.tag) ?? 0) - (order.get(b.tag) ?? 0));
    const applied = [];
    for (const [position, { repository, content, tag, ref }] of pending.entries()) {
        try {
            // The client already retried this PUT (5xx, 429, resets) within its time budget.
            await client.putManifest(repository, tag, content.root.bytes, content.root.mediaType);
            applied.push(ref);
            logger.info(`tagged ${ref}`);
        }
        catch (error) {
            const notApplied = pending.slice(position).map((p) => p.ref);
            throw new TaggingError(`every image was pushed by digest, but tagging failed at ${ref}: ${error.message}. ` +
                `Applied: ${applied.length > 0 ? applied.join(', ') : 'none'}. Not applied: ${notApplied.join(', ')}. ` +
                'A re-run applies the rest.', applied, notApplied);
        }
    }
}
async function revisionOf(client, repository, digest) {
    const manifest = await client.getManifest(repository, digest);
    if (!manifest)
        return undefined;
    let parsed = JSON.parse(manifest.bytes.toString('utf8'));
    if ('manifests' in parsed || isIndexMediaType(manifest.mediaType)) {
        const first = parsed.manifests[0];
        const child = first ? await client.getManifest(repository, first.digest) : undefined;
        if (!child)
            return undefined;
        parsed = JSON.parse(child.bytes.toString('utf8'));
    }
    const config = JSON.parse((await client.getBlob(repository, parsed.config.digest)).toString('utf8'));
    return config.config?.Labels?.[REVISION_LABEL];
}
function publish_platformsOf(content) {
    return content.configs.flatMap(({ config }) => config.os && config.architecture ? [`${config.os}/${config.architecture}`] : []);
}

;// CONCATENATED MODULE: ./actions/ghcr-publish/src/promote.ts




const VERSION_KEY = 'org.opencontainers.image.version';
/** A plan's image is gone from the registry (deleted, or never pushed there): nothing was tagged. */
class PlanNotInRegistryError extends Error {
    name = 'PlanNotInRegistryError';
}
/**
 * Checks every tag of every image of the plan against the registry as it is now: the digests are there, no release
 * tag (immutable) points at another image, and moving tags only move forward. A conflict throws before any tag is
 * applied, naming every conflict at once.
 */
async function checkPromotion(client, plan, immutable, logger) {
    const ours = parseSemVer(plan.version.replace(/^v/, ''));
    const decisions = [];
    const conflicts = [];
    for (const image of plan.images) {
        if (!(await client.headManifest(image.repository, image.digest))) {
            throw new PlanNotInRegistryError(`${plan.registry}/${image.repository}@${image.digest} is not in the registry (deleted by a cleanup, or pushed ` +
                'elsewhere); no tag was applied: run the push stage again');
        }
        for (const tag of image.tags) {
            const ref = `${plan.registry}/${image.repository}:${tag}`;
            const isImmutable = isImmutableTag(tag, immutable);
            const found = await client.headManifest(image.repository, tag);
            const base = { repository: image.repository, tag, ref, digest: image.digest, immutable: isImmutable };
            if (!found) {
                decisions.push({ ...base, action: 'apply' });
                continue;
            }
            if (found.digest === image.digest) {
                decisions.push({ ...base, current: found.digest, action: 'unchanged' });
                continue;
            }
            if (isImmutable) {
                conflicts.push(`${ref} already points at ${found.digest}`);
                continue;
            }
            const theirs = await versionOf(client, image.repository, found.digest);
            const parsed = theirs === undefined ? undefined : parseSemVer(theirs.replace(/^v/, ''));
            if (ours && parsed && compareSemVer(parsed, ours) > 0) {
                logger.info(`${ref} stays at ${found.digest}: it is version ${theirs}, newer than ${plan.version}`);
                decisions.push({ ...base, current: found.digest, action: 'keep-newer', newerVersion: theirs ?? '' });
                continue;
            }
            decisions.push({ ...base, current: found.digest, action: 'apply' });
        }
    }
    if (conflicts.length > 0) {
        throw new ReleaseConflictError(`${conflicts.join('; ')}: release tags are never overwritten, so no tag was applied ` +
            `(the images stay in the registry by digest)`);
    }
    return decisions;
}
/**
 * Applies the tags a check decided, release tags first (a moving tag never points at an image whose exact version
 * tag is missing). A failure after the client's retries moves each moving tag this promote had moved back to where it
 * was, and reports the tags left applied and not applied; a re-run of the promote completes them.
 */
async function applyPromotion(client, images, decisions, logger) {
    const pending = decisions
        .filter((d) => d.action === 'apply')
        .sort((a, b) => Number(b.immutable) - Number(a.immutable));
    const manifests = new Map();
    for (const image of images) {
        if (!pending.some((d) => d.repository === image.repository))
            continue;
        const manifest = await client.getManifest(image.repository, image.digest);
        if (!manifest)
            throw new PlanNotInRegistryError(`${image.repository}@${image.digest} is gone from the registry`);
        manifests.set(`${image.repository}@${image.digest}`, manifest);
    }
    const applied = [];
    for (const [position, decision] of pending.entries()) {
        const manifest = manifests.get(`${decision.repository}@${decision.digest}`);
        if (!manifest)
            throw new Error(`no manifest read for ${decision.repository}@${decision.digest}`);
        try {
            await client.putManifest(decision.repository, decision.tag, manifest.bytes, manifest.mediaType);
            applied.push(decision);
            logger.info(`tagged ${decision.ref}`);
        }
        catch (error) {
            const restored = await restoreMovedTags(client, applied, logger);
            const left = applied.filter((d) => !restored.includes(d)).map((d) => d.ref);
            const notApplied = [...restored.map((d) => d.ref), ...pending.slice(position).map((d) => d.ref)];
            throw new TaggingError(`promoting failed at ${decision.ref}: ${error.message}. ` +
                `Moved back: ${restored.map((d) => d.ref).join(', ') || 'none'}. ` +
                `Applied: ${left.join(', ') || 'none'}. Not applied: ${notApplied.join(', ')}. A re-run of the promote ` +
                'applies the rest.', left, notApplied);
        }
    }
    return applied.map((d) => d.ref);
}
async function restoreMovedTags(client, applied, logger) {
    const restored = [];
    for (const decision of applied) {
        if (decision.current === undefined)
            continue;
        try {
            const previous = await client.getManifest(decision.repository, decision.current);
            if (!previous)
                continue;
            await client.putManifest(decision.repository, decision.tag, previous.bytes, previous.mediaType);
            restored.push(decision);
            logger.info(`moved ${decision.ref} back to ${decision.current}`);
        }
        catch (error) {
            logger.warning(`could not move ${decision.ref} back to ${decision.current}: ${error.message}`);
        }
    }
    return restored;
}
/** The version an image in the registry carries: its manifest annotation, else its config label. */
function versionOf(client, repository, digest) {
    return annotationOf(client, repository, digest, VERSION_KEY);
}
/**
 * `stage: push` checks the release tags before anything is built, as a one-step publish does: a release tag that
 * exists and was built from another revision fails the step with nothing built or pushed (the promote checks again).
 */
async function preflightPush(client, targets, revision, immutable) {
    await client.ping();
    for (const { repository, tags } of targets) {
        for (const tag of tags) {
            if (!isImmutableTag(tag, immutable))
                continue;
            const found = await client.headManifest(repository, tag);
            if (!found)
                continue;
            const published = await annotationOf(client, repository, found.digest, 'org.opencontainers.image.revision');
            if (published !== revision) {
                throw new ReleaseConflictError(`${client.registry}/${repository}:${tag} already exists with digest ${found.digest} (built from ` +
                    `${published ? `revision ${published}` : 'an unknown revision'}, this run builds ${revision}); release ` +
                    'tags are never overwritten, nothing was built or pushed');
            }
        }
    }
}
async function annotationOf(client, repository, digest, VERSION_KEY) {
    const manifest = await client.getManifest(repository, digest);
    if (!manifest)
        return undefined;
    let parsed = JSON.parse(manifest.bytes.toString('utf8'));
    if (parsed.annotations?.[VERSION_KEY])
        return parsed.annotations[VERSION_KEY];
    if ('manifests' in parsed || isIndexMediaType(manifest.mediaType)) {
        const first = parsed.manifests[0];
        const child = first ? await client.getManifest(repository, first.digest) : undefined;
        if (!child)
            return undefined;
        parsed = JSON.parse(child.bytes.toString('utf8'));
        if (parsed.annotations?.[VERSION_KEY])
            return parsed.annotations[VERSION_KEY];
    }
    const image = parsed;
    const config = JSON.parse((await client.getBlob(repository, image.config.digest)).toString('utf8'));
    return config.config?.Labels?.[VERSION_KEY];
}

;// CONCATENATED MODULE: ./actions/ghcr-publish/src/report.ts

function size(bytes) {
    if (bytes < 1024)
        return `${bytes} B`;
    if (bytes < 1024 * 1024)
        return `${(bytes / 1024).toFixed(1)} KiB`;
    return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
/**
 * The step summary: one row per image with its digest, tags and size, and what this run changed; then the builder
 * and why, and every moving tag left where it was, with the reason.
 */
function report_summaryMarkdown(images, pushed, context) {
    const rows = images.map((image) => [
        (0,action_kit_src/* code */.aY)(image.name),
        (0,action_kit_src/* code */.aY)(image.digest),
        image.tags.map((t) => (0,action_kit_src/* code */.aY)(t.slice(image.name.length + 1))).join(' '),
        size(image.size),
        !pushed
            ? 'built, not pushed'
            : image.unchangedTags.length === image.tags.length
                ? 're-run: already published'
                : `pushed ${size(image.bytesSent)}`,
    ]);
    let text = (0,action_kit_src/* heading */.R_)(pushed ? 'Published images' : 'Built images') +
        '\n' +
        (0,action_kit_src/* markdownTable */.Qj)(['image', 'digest', 'tags', 'size', 'this run'], rows);
    if (!context)
        return text;
    text += `\nBuilt with **${context.builder}**: ${context.reason}.\n`;
    const plan = context.plan;
    const moves = plan?.images.flatMap((image) => [
        ...image.heldBack.map((why) => [(0,action_kit_src/* code */.aY)(image.image.repository), why]),
        ...image.movedBackwards.map((why) => [(0,action_kit_src/* code */.aY)(image.image.repository), `${why}: moved backwards (allowed)`]),
    ]);
    if (plan && moves && moves.length > 0) {
        const source = plan.versionSource.kind === 'registry'
            ? "the registry's own tag list"
            : `the repository's git tags, because ${plan.versionSource.why}`;
        text += `\n### Moving tags\n\nDecided from ${source}.\n\n${(0,action_kit_src/* markdownTable */.Qj)(['image', 'moving tag'], moves)}`;
    }
    return text;
}
/** The `images` output: one object per image. */
function imagesOutput(images) {
    return images.map((image) => ({
        name: image.name,
        digest: image.digest,
        reference: image.reference,
        tags: image.tags,
        size: image.size,
        platforms: image.platforms,
    }));
}

;// CONCATENATED MODULE: ./actions/ghcr-publish/src/cleanup.ts

/** `auto`: GHCR keeps untagged manifests as package versions, deleted through the packages API; others by DELETE. */
function cleanupMethodFor(choice, registry) {
    if (choice === 'none')
        return undefined;
    if (choice !== 'auto')
        return choice;
    return registry === 'ghcr.io' || registry.startsWith('containers.') ? 'packages-api' : 'registry';
}
/**
 * Deletes, through the registry's `DELETE /v2/<name>/manifests/<digest>`, the manifests this run pushed and did not
 * tag. Distribution removes every tag of a deleted manifest, and keeps no count of the indexes that list a manifest,
 * so each one is first looked up under the tags it would have had: a tag that points at it, or at an index that lists
 * it (a platform leg of a merged index that was promoted), keeps it. Nothing the run did not push is touched.
 */
async function cleanupWithRegistry(client, pushed, logger) {
    const result = { deleted: [], kept: [] };
    for (const manifest of pushed) {
        const ref = `${client.registry}/${manifest.repository}@${manifest.digest}`;
        const reason = await keptBy(client, manifest);
        if (reason) {
            result.kept.push({ ref, reason });
            continue;
        }
        try {
            if (await client.deleteManifest(manifest.repository, manifest.digest)) {
                result.deleted.push(ref);
                logger.info(`deleted ${ref} (pushed by this run, never tagged)`);
            }
        }
        catch (error) {
            if (error instanceof RegistryError && (error.status === 405 || error.codes.includes('UNSUPPORTED'))) {
                result.kept.push({ ref, reason: 'the registry does not allow deletes' });
                logger.warning(`${ref} is left untagged: the registry does not allow deletes (storage.delete.enabled)`);
                continue;
            }
            throw error;
        }
    }
    return result;
}
/**
 * Why a manifest must stay although this run pushed it: one of the tags it would have had points at it, or at an index
 * that lists it. Pulling that tag needs every child of its index, so a child is never deleted while the index is
 * tagged. Only the planned tags are looked up (one HEAD each, a GET for an index), not every tag of the repository.
 */
async function keptBy(client, manifest) {
    for (const tag of manifest.tags) {
        const found = await client.headManifest(manifest.repository, tag);
        if (!found)
            continue;
        if (found.digest === manifest.digest)
            return `tagged ${tag}`;
        if (!isIndexMediaType(found.mediaType))
            continue;
        const index = await client.getManifest(manifest.repository, found.digest);
        const children = index ? (JSON.parse(index.bytes.toString('utf8')).manifests ?? []) : [];
        if (children.some((child) => child.digest === manifest.digest))
            return `listed by the index ${found.digest}, tagged ${tag}`;
    }
    return undefined;
}
/**
 * GHCR does not take a registry DELETE: an untagged manifest is a package version, deleted through the packages API
 * (`DELETE /orgs/{org}/packages/container/{name}/versions/{id}`, or `/users/...`). Only a version whose name is a
 * digest this run pushed and which has no tag is deleted. GHCR lists the children of a multi-platform image as
 * untagged versions too, so `referencedBy` (the registry's view, see keptBy) keeps a child of a tagged index.
 */
async function cleanupWithPackagesApi(api, registry, pushed, logger, referencedBy = () => Promise.resolve(undefined)) {
    const result = { deleted: [], kept: [] };
    const byPackage = new Map();
    for (const manifest of pushed)
        byPackage.set(manifest.repository, [...(byPackage.get(manifest.repository) ?? []), manifest]);
    for (const [repository, manifests] of byPackage) {
        const [owner = '', ...rest] = repository.split('/');
        const packageName = rest.join('/');
        const { versions, ownerKind } = await api.listVersions(owner, packageName);
        for (const manifest of manifests) {
            const ref = `${registry}/${repository}@${manifest.digest}`;
            const version = versions.find((v) => v.name === manifest.digest);
            if (!version) {
                result.kept.push({ ref, reason: 'no package version has this digest' });
                continue;
            }
            const tags = version.metadata?.container?.tags ?? [];
            if (tags.length > 0) {
                result.kept.push({ ref, reason: `tagged ${tags.join(', ')}` });
                continue;
            }
            const referenced = await referencedBy(manifest);
            if (referenced) {
                result.kept.push({ ref, reason: referenced });
                continue;
            }
            await api.deleteVersion(owner, ownerKind, packageName, version.id);
            result.deleted.push(ref);
            logger.info(`deleted ${ref} (package version ${version.id}, pushed by this run, never tagged)`);
        }
    }
    return result;
}

;// CONCATENATED MODULE: ./actions/ghcr-publish/src/merge.ts


function sameList(a, b) {
    return a.length === b.length && a.every((value, i) => value === b[i]);
}
/**
 * Checks that the legs' plans belong together (same version, revision and tags for each image) and groups them per
 * repository. Everything is checked before the first request.
 */
function groupLegs(plans, text) {
    if (plans.length < 2)
        throw new action_kit_src/* InputError */.dz('plan', text, 'a JSON array of two or more plans (one per platform leg)');
    const first = plans[0];
    for (const plan of plans) {
        if (plan.version !== first.version || plan.revision !== first.revision) {
            throw new action_kit_src/* InputError */.dz('plan', text, `legs of one build: version ${first.version} at ${first.revision}, not ${plan.version} at ${plan.revision}`);
        }
    }
    const groups = new Map();
    for (const plan of plans) {
        for (const image of plan.images)
            groups.set(image.repository, [...(groups.get(image.repository) ?? []), image]);
    }
    for (const [repository, legs] of groups) {
        if (legs.length !== plans.length)
            throw new action_kit_src/* InputError */.dz('plan', text, `every leg with ${repository} (${legs.length} of ${plans.length} have it)`);
        const tags = legs[0]?.tags ?? [];
        if (!legs.every((leg) => sameList(leg.tags, tags)))
            throw new action_kit_src/* InputError */.dz('plan', text, `the same tags for ${repository} in every leg`);
    }
    return groups;
}
function platformKey(platform) {
    return platform ? [platform.os, platform.architecture, platform.variant].filter(Boolean).join('/') : '';
}
/** The descriptors of one leg: its manifest with the platform its config names, or an index's own children. */
async function legDescriptors(client, repository, leg) {
    const manifest = await client.getManifest(repository, leg.digest);
    if (!manifest)
        throw new Error(`the leg ${client.registry}/${repository}@${leg.digest} is not in the registry`);
    const parsed = JSON.parse(manifest.bytes.toString('utf8'));
    if ('manifests' in parsed || isIndexMediaType(manifest.mediaType)) {
        const index = parsed;
        return { descriptors: index.manifests.filter((m) => m.platform), annotations: index.annotations ?? {} };
    }
    const image = parsed;
    const config = JSON.parse((await client.getBlob(repository, image.config.digest)).toString('utf8'));
    if (!config.os || !config.architecture)
        throw new Error(`the leg ${repository}@${leg.digest} does not name its platform (os, architecture) in its config`);
    return {
        descriptors: [
            {
                mediaType: manifest.mediaType,
                digest: manifest.digest,
                size: manifest.size,
                platform: {
                    os: config.os,
                    architecture: config.architecture,
                    ...(config.variant ? { variant: config.variant } : {}),
                },
            },
        ],
        annotations: image.annotations ?? {},
    };
}
/**
 * Assembles one OCI image index per repository from the legs' digests (each platform once, in platform order, with
 * the legs' shared annotations), and pushes it by digest, untagged. The same legs give the same index digest, so a
 * re-run finds it in place.
 */
async function mergeLegs(client, groups, logger) {
    const merged = [];
    for (const [repository, legs] of groups) {
        const descriptors = [];
        let annotations;
        for (const leg of legs) {
            const found = await legDescriptors(client, repository, leg);
            for (const descriptor of found.descriptors) {
                const key = platformKey(descriptor.platform);
                if (descriptors.some((d) => platformKey(d.platform) === key))
                    throw new Error(`two legs of ${repository} build the platform ${key}: each leg builds its own platforms`);
                descriptors.push(descriptor);
            }
            // The annotations every leg agrees on (source, version, revision, created) describe the index too.
            annotations =
                annotations === undefined
                    ? { ...found.annotations }
                    : Object.fromEntries(Object.entries(annotations).filter(([k, v]) => found.annotations[k] === v));
        }
        descriptors.sort((a, b) => platformKey(a.platform).localeCompare(platformKey(b.platform)));
        const index = {
            schemaVersion: 2,
            mediaType: MediaType.ociIndex,
            manifests: descriptors.map((d) => ({
                mediaType: d.mediaType,
                digest: d.digest,
                size: d.size,
                ...(d.platform ? { platform: d.platform } : {}),
            })),
            ...(annotations && Object.keys(annotations).length > 0 ? { annotations } : {}),
        };
        const bytes = Buffer.from(JSON.stringify(index));
        const digest = digestOf(bytes);
        const exists = await client.headManifest(repository, digest);
        if (!exists)
            await client.putManifest(repository, digest, bytes, MediaType.ociIndex);
        logger.info(`${exists ? 'found' : 'pushed'} the index ${client.registry}/${repository}@${digest}: ` +
            descriptors.map((d) => `${platformKey(d.platform)} ${d.digest}`).join(', '));
        const first = legs[0];
        merged.push({
            repository,
            digest,
            mediaType: MediaType.ociIndex,
            size: bytes.length + legs.reduce((sum, leg) => sum + leg.size, 0),
            platforms: descriptors.map((d) => platformKey(d.platform)),
            tags: first.tags,
            pushed: !exists,
            legs: legs.map((leg) => leg.digest),
        });
    }
    return merged;
}

;// CONCATENATED MODULE: ./actions/ghcr-publish/src/stages.ts







/** A gate (max-size-increase) stopped the release: nothing was tagged. */
class SizeGateError extends Error {
    name = 'SizeGateError';
}
/** The plan `stage: push` hands on: every image by digest, with the tags a promote will give it. */
function planFromPublished(registry, images, 
/** The tags a promote gives each image, by repository (each image has its own). */
tags, version, revision) {
    return {
        schema: PLAN_SCHEMA,
        registry,
        version,
        revision,
        images: images.map((image) => ({
            repository: image.repository,
            digest: image.digest,
            mediaType: image.mediaType,
            size: image.size,
            platforms: image.platforms,
            tags: [...(tags.get(image.repository) ?? [])],
            pushed: image.pushed,
        })),
    };
}
/** Re-checks the plan against the registry as it is now, then applies every tag (see checkPromotion). */
async function promote(deps, plan) {
    const decisions = await checkPromotion(deps.client, plan, deps.immutable, deps.logger);
    const applied = await applyPromotion(deps.client, plan.images, decisions, deps.logger);
    return { plan, decisions, applied };
}
/**
 * `stage: merge`: one OCI index per image from the platform legs' digests, pushed by digest, then promoted like a
 * plan. When the promote fails before any tag, the indexes this step pushed are removed again (the legs are the
 * cleanup stage's, with their own plans).
 */
async function merge(deps, plans, text, beforePromote) {
    const groups = groupLegs(plans, text);
    const merged = await mergeLegs(deps.client, groups, deps.logger);
    const first = plans[0];
    const plan = {
        ...first,
        images: merged.map(({ legs: _legs, ...image }) => image),
    };
    try {
        await beforePromote?.(plan);
        return await promote(deps, plan);
    }
    catch (error) {
        if (!(error instanceof TaggingError && error.applied.length > 0)) {
            await cleanupPushed(deps, manifestsOf([plan]));
        }
        throw error;
    }
}
/** The manifests the plans' runs pushed, with the tags each would have had. */
function manifestsOf(plans) {
    return plans.flatMap((plan) => plan.images
        .filter((image) => image.pushed)
        .map((image) => ({ repository: image.repository, digest: image.digest, tags: image.tags })));
}
/** Deletes what a run pushed and did not tag, by the method the registry allows (see cleanup.ts). */
async function cleanupPushed(deps, pushed) {
    const method = cleanupMethodFor(deps.cleanup, deps.client.registry);
    if (method === undefined || pushed.length === 0)
        return undefined;
    try {
        return method === 'registry'
            ? await cleanupWithRegistry(deps.client, pushed, deps.logger)
            : await cleanupWithPackagesApi(await deps.packagesApi(), deps.client.registry, pushed, deps.logger, (manifest) => keptBy(deps.client, manifest));
    }
    catch (error) {
        // A cleanup that fails must not hide why the run failed: it is reported, the run's own error stands.
        deps.logger.warning(`cleaning up the untagged images failed: ${error.message}`);
        return undefined;
    }
}
/** Compressed sizes and the change since the previous release tag, for each image of a plan. */
async function sizesOf(client, images, version, repoTags) {
    const previous = previousReleaseTag(repoTags, version);
    const reports = [];
    for (const image of images)
        reports.push(await sizeReport(client, image.repository, image.digest, previous));
    return reports;
}
function checkSizeLimit(reports, limit) {
    if (!limit)
        return;
    const breaches = reports.flatMap((report) => sizeLimitBreach(report, limit) ?? []);
    if (breaches.length > 0)
        throw new SizeGateError(`${breaches.join('; ')}: no tag was applied`);
}
const ACTION_TEXT = {
    apply: 'applied',
    unchanged: 'already there',
    'keep-newer': 'kept at a newer version',
};
function promoteMarkdown(result) {
    return ((0,action_kit_src/* heading */.R_)('Promoted tags') +
        '\n' +
        (0,action_kit_src/* markdownTable */.Qj)(['tag', 'digest', 'state'], result.decisions.map((d) => [
            (0,action_kit_src/* code */.aY)(d.ref),
            (0,action_kit_src/* code */.aY)(d.digest),
            d.action === 'keep-newer' ? `${ACTION_TEXT[d.action]} (${d.newerVersion ?? ''})` : ACTION_TEXT[d.action],
        ])));
}
function planMarkdown(plan) {
    return ((0,action_kit_src/* heading */.R_)('Pushed by digest, not tagged yet') +
        '\n' +
        (0,action_kit_src/* markdownTable */.Qj)(['image', 'digest', 'tags after promote', 'this run'], plan.images.map((image) => [
            (0,action_kit_src/* code */.aY)(`${plan.registry}/${image.repository}`),
            (0,action_kit_src/* code */.aY)(image.digest),
            image.tags.map(action_kit_src/* code */.aY).join(' '),
            image.pushed ? 'pushed' : 'already in the registry',
        ])));
}
function cleanupMarkdown(result) {
    return ((0,action_kit_src/* heading */.R_)('Cleanup') +
        '\n' +
        (0,action_kit_src/* markdownTable */.Qj)(['manifest', 'state'], [
            ...result.deleted.map((ref) => [(0,action_kit_src/* code */.aY)(ref), 'deleted (pushed by this run, never tagged)']),
            ...result.kept.map(({ ref, reason }) => [(0,action_kit_src/* code */.aY)(ref), `kept: ${reason}`]),
        ]));
}

;// CONCATENATED MODULE: ./actions/ghcr-publish/src/stage-main.ts
// The two-phase publish as main.ts runs it: what each stage reads, does and reports (outputs, step summary). Kept
// apart from main.ts so the one-step publish reads as before; like main.ts, the only writer of outputs and summary.







function stageDeps(ctx, inputs, client, logger) {
    return {
        client,
        logger,
        immutable: inputs.immutable,
        cleanup: inputs.cleanup,
        packagesApi: async () => {
            const { githubPackagesApi } = await __nccwpck_require__.e(/* import() */ 592).then(__nccwpck_require__.bind(__nccwpck_require__, 4592));
            return githubPackagesApi({ token: inputs.githubToken, apiUrl: ctx.apiUrl, env: ctx.env, logger });
        },
    };
}
function sizeOutputs(reports) {
    return { sizes: JSON.stringify(reports), 'size-report': sizeMarkdown(reports) };
}
/**
 * After a publish (`all`) or a push by digest (`push`): the sizes against the previous release, and for `push` the
 * plan for the gates and the promote. A size over `max-size-increase` fails the push step (the caller then removes
 * what it pushed).
 */
async function afterPublish(deps, inputs, images, publishPlan, context) {
    const tags = new Map(publishPlan.images.map((image) => [image.image.repository, image.tags]));
    const plan = planFromPublished(deps.client.registry, images, tags, publishPlan.version, context.sha);
    const sizes = await sizesOf(deps.client, plan.images, publishPlan.version, context.repoTags);
    if (inputs.stage === 'push') {
        (0,action_kit_src/* setOutputs */.n0)({ plan: planOutput(plan), ...sizeOutputs(sizes) });
        await (0,action_kit_src/* appendSummary */.fe)(planMarkdown(plan) + '\n' + sizeMarkdown(sizes));
        checkSizeLimit(sizes, inputs.maxSizeIncrease);
    }
    else {
        (0,action_kit_src/* setOutputs */.n0)(sizeOutputs(sizes));
        await (0,action_kit_src/* appendSummary */.fe)(sizeMarkdown(sizes));
    }
}
/** A run that fails after pushing by digest removes what it pushed and did not tag. */
async function cleanupAfterFailure(deps, pushed) {
    if (pushed.length === 0)
        return;
    const result = await cleanupPushed(deps, pushed);
    if (result) {
        (0,action_kit_src/* setOutputs */.n0)({ deleted: result.deleted.join('\n') });
        await (0,action_kit_src/* appendSummary */.fe)(cleanupMarkdown(result));
    }
}
async function repoTagsOf(ctx, logger) {
    try {
        return (await readGitContext(ctx, new Git(ctx.workspace, ctx.env), { logger })).repoTags;
    }
    catch {
        return undefined;
    }
}
/** `stage: promote | merge | cleanup`: nothing is built; the plan(s) say what was pushed. */
async function runPlanStage(ctx, inputs, logger) {
    const client = new RegistryClient({
        registry: inputs.registry,
        insecure: inputs.insecure,
        credentials: { username: inputs.username, password: inputs.password },
        logger,
        env: ctx.env,
    });
    const deps = stageDeps(ctx, inputs, client, logger);
    if (inputs.stage === 'cleanup') {
        const result = await cleanupPushed(deps, manifestsOf(inputs.plans));
        (0,action_kit_src/* setOutputs */.n0)({ deleted: result?.deleted.join('\n') ?? '' });
        if (result)
            await (0,action_kit_src/* appendSummary */.fe)(cleanupMarkdown(result));
        return;
    }
    await client.ping();
    const first = inputs.plans[0];
    const repoTags = await repoTagsOf(ctx, logger);
    let result;
    let sizes = [];
    if (inputs.stage === 'promote') {
        // The gate on size runs against the registry as it is now, before any tag.
        sizes = await sizesOf(client, first.images, first.version, repoTags);
        checkSizeLimit(sizes, inputs.maxSizeIncrease);
        result = await promote(deps, first);
    }
    else {
        result = await merge(deps, inputs.plans, inputs.planText, async (plan) => {
            sizes = await sizesOf(client, plan.images, plan.version, repoTags);
            checkSizeLimit(sizes, inputs.maxSizeIncrease);
        });
        sizes = await sizesOf(client, result.plan.images, result.plan.version, repoTags);
    }
    const published = result.decisions.filter((d) => d.action !== 'keep-newer');
    const firstImage = result.plan.images[0];
    (0,action_kit_src/* setOutputs */.n0)({
        digest: firstImage?.digest,
        reference: firstImage ? `${inputs.registry}/${firstImage.repository}@${firstImage.digest}` : undefined,
        tags: published.map((d) => d.ref).join('\n'),
        images: result.plan.images.map((image) => ({
            name: `${inputs.registry}/${image.repository}`,
            digest: image.digest,
            reference: `${inputs.registry}/${image.repository}@${image.digest}`,
            tags: published.filter((d) => d.repository === image.repository).map((d) => d.ref),
            size: image.size,
            platforms: image.platforms,
        })),
        plan: planOutput(result.plan),
        ...sizeOutputs(sizes),
    });
    await (0,action_kit_src/* appendSummary */.fe)(promoteMarkdown(result) + '\n' + sizeMarkdown(sizes));
}

;// CONCATENATED MODULE: ./actions/ghcr-publish/src/main.ts















/** The main step: plan (every input checked, the registry read), then build, push by digest, tag. */
async function main(ctx) {
    const logger = (0,action_kit_src/* coreLogger */.Wj)();
    const inputs = getInputs((0,action_kit_src/* inputReader */.cN)({ ...ctx.env, GITHUB_WORKSPACE: ctx.workspace }), ctx.env, ctx);
    maskSecrets(inputs, ctx);
    if (inputs.stage === 'promote' || inputs.stage === 'merge' || inputs.stage === 'cleanup') {
        // Nothing is built: the plan(s) of the push stage say what was pushed (stage-main.ts).
        await runPlanStage(ctx, inputs, logger);
        return;
    }
    const planned = await planStep(ctx, inputs, logger);
    // Side effects start here, after every input was checked.
    await buildAndPublish(ctx, inputs, planned, logger);
}
/**
 * The plan phase: the registry and the checkout read, every tag decided, and (for the push stage, which applies no
 * tag) the release tags checked against the registry. Nothing is built or written yet.
 */
async function planStep(ctx, inputs, logger) {
    const client = new RegistryClient({
        registry: inputs.registry,
        insecure: inputs.insecure,
        credentials: { username: inputs.username, password: inputs.password },
        logger,
        env: ctx.env,
    });
    const facts = await readFacts(ctx, inputs, client, logger);
    const plan = planPublish({
        images: inputs.images,
        rules: inputs.rules,
        references: inputs.references,
        annotations: inputs.annotations,
        allowMovingTagsBackwards: inputs.allowMovingTagsBackwards,
        registry: inputs.registry,
        ...(ctx.sourceDateEpoch !== undefined ? { sourceDateEpoch: ctx.sourceDateEpoch } : {}),
    }, facts, logger);
    if (inputs.push && plan.images.every((image) => image.tags.length === 0)) {
        throw new action_kit_src/* InputError */.dz('tags', inputs.rules.tags.join('\n'), `rules that give at least one tag for ${ctx.ref}`);
    }
    reportPlan(plan, logger);
    if (inputs.stage === 'push') {
        // The push stage applies no tag, so its release tags are checked now, before anything is built.
        await preflightPush(client, plan.images.map((image) => ({ repository: image.image.repository, tags: image.tags })), facts.context.sha, inputs.immutable);
    }
    return { client, facts, plan };
}
/**
 * The effects: a credentials file for the builder (removed by the post step), the builder chosen, then build, push
 * by digest and tag. A failure after a push cleans up what it pushed; the work folder goes whatever happens.
 */
async function buildAndPublish(ctx, inputs, planned, logger) {
    const { client, facts, plan } = planned;
    const workDir = await (0,promises_.mkdtemp)(external_node_path_default().join(ctx.temp, 'ghcr-publish-'));
    let authFile;
    if (inputs.password !== '' && inputs.username !== '') {
        authFile = writeCredentialsFile(ctx.temp, mergedDockerConfig(readUserDockerConfig(ctx, logger), inputs.registry, inputs));
        ctx.state.save('credentials-file', authFile);
    }
    try {
        const { builder, reason } = await chooseBuilder(inputs, workDir, ctx, logger);
        const deps = stageDeps(ctx, inputs, client, logger);
        const pushed = [];
        const tagsOf = new Map(plan.images.map((image) => [image.image.repository, image.tags]));
        try {
            const images = await publish({
                // The push stage applies no tag: a promote does, after the gates.
                targets: inputs.stage === 'push' ? plan.images.map((image) => ({ ...image, tags: [] })) : plan.images,
                onPushed: (repository, digest) => pushed.push({ repository, digest, tags: tagsOf.get(repository) ?? [] }),
                timestamp: plan.timestamp,
                push: inputs.push,
                immutable: inputs.immutable,
                workDir,
                ...(authFile ? { authFile } : {}),
                insecureRegistry: inputs.insecure,
            }, builder, client, logger);
            const first = images[0];
            (0,action_kit_src/* setOutputs */.n0)({
                digest: first?.digest,
                reference: first?.reference,
                tags: images.flatMap((image) => image.tags).join('\n'),
                images: imagesOutput(images),
            });
            // The push stage's summary is the plan's (stage-main.ts): nothing is published yet.
            if (inputs.stage !== 'push') {
                await (0,action_kit_src/* appendSummary */.fe)(report_summaryMarkdown(images, inputs.push, { builder: builder.kind, reason, plan }));
            }
            if (inputs.push)
                await afterPublish(deps, inputs, images, plan, facts.context);
        }
        catch (error) {
            await cleanupAfterFailure(deps, pushed);
            if (error instanceof TaggingError)
                await (0,action_kit_src/* appendSummary */.fe)(taggingIncompleteMarkdown(error));
            throw error;
        }
    }
    finally {
        await (0,action_kit_src/* removeOwned */.Ox)(ctx, workDir);
    }
}
async function chooseBuilder(inputs, workDir, ctx, logger) {
    const choice = await selectBuilder(inputs.builder, {
        workDir,
        logger,
        env: ctx.env,
        build: inputs.build,
        ...(inputs.cache ? { cache: inputs.cache } : {}),
    });
    logger.info(`builder: ${choice.builder.kind} (${choice.reason})`);
    if (choice.builder.kind === 'buildah') {
        if (inputs.cache === 'gha')
            logger.warning('cache: gha needs buildx; building without it');
        for (const spec of [...inputs.build.cacheFrom, ...inputs.build.cacheTo]) {
            if (spec.type !== 'registry')
                logger.warning(`cache type=${spec.type} needs buildx; buildah leaves it out`);
        }
    }
    return choice;
}
function taggingIncompleteMarkdown(error) {
    return ('### Tagging incomplete\n\n' +
        (0,action_kit_src/* markdownTable */.Qj)(['tag', 'state'], [
            ...error.applied.map((ref) => [(0,action_kit_src/* code */.aY)(ref), 'applied']),
            ...error.notApplied.map((ref) => [(0,action_kit_src/* code */.aY)(ref), 'not applied (re-run to complete)']),
        ]));
}
/** The post step: the credentials file goes, whatever happened in the main step. */
async function post(ctx) {
    const file = ctx.state.get('credentials-file');
    if (file && (await removeCredentialsFile(ctx, file)))
        action_kit_src/* workflowCommands.info */.ip.info('removed the registry credentials file');
}
/**
 * What the plan needs to know: the git context, each Dockerfile, and the tags the registry already has for each
 * image (moving tags are decided from them). A registry that refuses the credentials fails the step now; one whose
 * tag list cannot be read otherwise leaves the decision to git's tags, and the log says so.
 */
async function readFacts(ctx, inputs, client, logger) {
    const context = await readGitContext(ctx, new Git(ctx.workspace, ctx.env), { logger });
    const dockerfiles = new Map(inputs.images.map((image) => [image.repository, (0,external_node_fs_.readFileSync)(image.file, 'utf8')]));
    if (!inputs.push) {
        return { context, dockerfiles, registryTags: undefined, registryProblem: 'push is false: the registry is not read' };
    }
    await client.ping();
    const registryTags = new Map();
    try {
        for (const image of inputs.images)
            registryTags.set(image.repository, await client.listTags(image.repository));
        return { context, dockerfiles, registryTags };
    }
    catch (error) {
        if (error instanceof RegistryAuthError)
            throw error;
        const problem = `the tag list of the registry could not be read (${error.message})`;
        logger.warning(`${problem}: moving tags are decided from the repository's git tags instead`);
        return { context, dockerfiles, registryTags: undefined, registryProblem: problem };
    }
}
function reportPlan(plan, logger) {
    const source = plan.versionSource.kind === 'registry'
        ? "the registry's tag list"
        : `the repository's git tags (${plan.versionSource.why})`;
    for (const image of plan.images) {
        logger.info(`${image.image.repository}: tags (${plan.strategy}): ${image.tags.join(', ') || 'none'}`);
        for (const held of image.heldBack)
            logger.notice(`${image.image.repository}: ${held} (from ${source})`);
        for (const moved of image.movedBackwards) {
            logger.warning(`${image.image.repository}: ${moved}: moved backwards, as allow-moving-tags-backwards asks`);
        }
    }
}
/** The user's docker config (logins made by earlier steps), or nothing when there is none or it is unreadable. */
function readUserDockerConfig(ctx, logger) {
    const file = dockerConfigFile(ctx.env);
    if (!file)
        return undefined;
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
    }
    catch (error) {
        if (error.code !== 'ENOENT') {
            logger.warning(`${file} is not a readable docker config, its logins are not kept: ${error.message}`);
        }
        return undefined;
    }
}
/** The password and every secret's value are masked before anything can print them. */
function maskSecrets(inputs, ctx) {
    if (inputs.password !== '')
        action_kit_src/* workflowCommands.setSecret */.ip.setSecret(inputs.password);
    if (inputs.githubToken !== '')
        action_kit_src/* workflowCommands.setSecret */.ip.setSecret(inputs.githubToken);
    for (const secret of inputs.build.secrets) {
        const value = 'env' in secret ? ctx.env[secret.env] : readSmallFile(secret.file);
        for (const line of (value ?? '').split(/\r?\n/))
            if (line.trim().length >= 4)
                action_kit_src/* workflowCommands.setSecret */.ip.setSecret(line.trim());
    }
}
function readSmallFile(file) {
    try {
        const text = (0,external_node_fs_.readFileSync)(file);
        return text.length <= 64 * 1024 ? text.toString('utf8') : undefined;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 9658:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  xL: () => (/* reexport */ ConfigError),
  dz: () => (/* reexport */ errors_InputError),
  dw: () => (/* reexport */ RetryableError),
  fe: () => (/* reexport */ appendSummary),
  aY: () => (/* reexport */ code),
  Wj: () => (/* reexport */ coreLogger),
  m0: () => (/* reexport */ exec),
  R_: () => (/* reexport */ heading),
  aJ: () => (/* reexport */ inheritedEnvironment),
  cN: () => (/* reexport */ inputReader),
  jY: () => (/* reexport */ isOnPath),
  PS: () => (/* reexport */ isRetryableStatus),
  l: () => (/* reexport */ isTransientNetworkError),
  Qj: () => (/* reexport */ markdownTable),
  bD: () => (/* reexport */ ownedPath),
  mu: () => (/* reexport */ parseRetryAfter),
  gi: () => (/* reexport */ readRunnerContext),
  Ox: () => (/* reexport */ removeOwned),
  L5: () => (/* reexport */ retry),
  Cs: () => (/* reexport */ runAction),
  n0: () => (/* reexport */ setOutputs),
  qq: () => (/* reexport */ silentLogger),
  ip: () => (/* reexport */ workflow_commands_namespaceObject)
});

// UNUSED EXPORTS: ExecError, annotationAt, assertName, cell, details, failFrom, formatLocation, formatOutput, inputVariable, isInside, ownedProblem, parseList, parseSourceDateEpoch, quote, recordingLogger, sleep

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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
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
    const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
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
        throw new errors_InputError(input, value, 'a path inside the workspace or the runner temp folder');
    if (CONTROL.test(value))
        throw new errors_InputError(input, value, 'a path without control characters');
    const target = external_node_path_default().resolve(roots.workspace, value);
    const problem = ownedProblem(roots, target);
    if (problem)
        throw new errors_InputError(input, value, `a folder slipway may write to, but ${problem}`);
    return target;
}
/** Removes a path after checking, again, that it is owned (see ownedPath). Missing paths are fine. */
async function removeOwned(roots, target) {
    const problem = ownedProblem(roots, external_node_path_default().resolve(target));
    if (problem)
        throw new Error(`Refusing to delete ${target}: ${problem}`);
    await (0,promises_.rm)(target, { recursive: true, force: true });
}
/** Why a path is not slipway's to write or delete, or undefined when it is. */
function ownedProblem(roots, target) {
    // Checked twice: as written, and with every symbolic link resolved (on both sides).
    const views = [
        [external_node_path_default().resolve(target), external_node_path_default().resolve(roots.workspace), external_node_path_default().resolve(roots.temp)],
        [realish(external_node_path_default().resolve(target)), realish(external_node_path_default().resolve(roots.workspace)), realish(external_node_path_default().resolve(roots.temp))],
    ];
    for (const [candidate, workspace, temp] of views) {
        if (candidate === workspace)
            return 'it is the workspace itself';
        if (paths_isInside(workspace, candidate))
            return 'it is a parent of the workspace';
        if (candidate.split((external_node_path_default()).sep).includes('.git'))
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
    const relative = external_node_path_default().relative(parent, child);
    return relative !== '' && !relative.startsWith('..') && !external_node_path_default().isAbsolute(relative);
}
/** The real path of the deepest existing ancestor, with the rest of the path appended. */
function realish(target) {
    let existing = target;
    const rest = [];
    for (;;) {
        try {
            return external_node_path_default().join(external_node_fs_.realpathSync.native(existing), ...rest);
        }
        catch {
            const parent = external_node_path_default().dirname(existing);
            if (parent === existing)
                return target;
            rest.unshift(external_node_path_default().basename(existing));
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

/***/ 1275:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ic: () => (/* binding */ describeFailure),
/* harmony export */   Iu: () => (/* binding */ HttpTimeoutError),
/* harmony export */   T6: () => (/* binding */ ProxyError),
/* harmony export */   Xz: () => (/* binding */ StallError),
/* harmony export */   Z3: () => (/* binding */ HttpPolicyError)
/* harmony export */ });
/* unused harmony exports NetworkError, TRANSIENT_CODES, codeOf */
/* harmony import */ var _slipway_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9658);

/**
 * The network gave no bytes for the stall limit: no connection, no response headers, or a body that stopped. Retried
 * like a reset (a new connection usually gets through), unlike the total time limit.
 */
class StallError extends _slipway_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .RetryableError */ .dw {
    name = 'StallError';
    code = 'ESTALLED';
}
/** A connection that failed in a way a new one may not (reset, refused, DNS hiccup): retried. */
class NetworkError extends _slipway_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .RetryableError */ .dw {
    code;
    name = 'NetworkError';
    constructor(message, code, options) {
        super(message, undefined, options);
        this.code = code;
    }
}
/** A request that broke a credential rule: a downgrade from https to http, or too many redirects. Never retried. */
class HttpPolicyError extends Error {
    name = 'HttpPolicyError';
}
/** The request, retries aside, took longer than its total time limit. Not retried: the budget is spent. */
class HttpTimeoutError extends Error {
    name = 'HttpTimeoutError';
    code = 'ETIMEOUT_TOTAL';
}
/** The proxy refused or failed a CONNECT; retried when its status says it may pass later (502, 503, 504). */
class ProxyError extends _slipway_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .RetryableError */ .dw {
    status;
    name = 'ProxyError';
    constructor(message, status) {
        super(message);
        this.status = status;
    }
}
/** Error codes of a connection that a new attempt may not meet again. */
const TRANSIENT_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'EPIPE',
    'ETIMEDOUT',
    'EAI_AGAIN',
    'ECONNABORTED',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'ENETDOWN',
    'UND_ERR_SOCKET',
    'UND_ERR_CLOSED',
    'ERR_STREAM_PREMATURE_CLOSE',
    'HPE_INVALID_CONSTANT',
]);
const DESCRIBED = {
    ECONNRESET: 'the connection was reset',
    ECONNREFUSED: 'the connection was refused',
    EPIPE: 'the connection was closed while sending',
    ETIMEDOUT: 'the connection timed out',
    EAI_AGAIN: 'the host name could not be resolved (temporary DNS failure)',
    ENOTFOUND: 'the host name does not resolve',
    ECONNABORTED: 'the connection was aborted',
    EHOSTUNREACH: 'the host is unreachable',
    ENETUNREACH: 'the network is unreachable',
    ERR_STREAM_PREMATURE_CLOSE: 'the connection closed before the response ended',
};
/** Turns what node's http throws into an error that names the request; transient ones become retryable. */
function describeFailure(what, error) {
    if (error instanceof StallError || error instanceof HttpPolicyError || error instanceof HttpTimeoutError)
        return error;
    if (error instanceof ProxyError) {
        const wrapped = new ProxyError(`${what}: ${error.message}`, error.status);
        if (error.status !== undefined && ![502, 503, 504].includes(error.status))
            return asFinal(wrapped);
        return wrapped;
    }
    const code = codeOf(error);
    const message = error instanceof Error ? error.message : String(error);
    if (code === 'ECONNRESET' && /aborted/i.test(message)) {
        return new NetworkError(`${what}: the connection closed before the response ended`, code, { cause: error });
    }
    if (code !== undefined && TRANSIENT_CODES.has(code)) {
        return new NetworkError(`${what}: ${DESCRIBED[code] ?? message} (${code})`, code, { cause: error });
    }
    const detail = code !== undefined && DESCRIBED[code] ? `${DESCRIBED[code]} (${code})` : message;
    return new Error(`${what}: ${detail}`, { cause: error });
}
function asFinal(error) {
    return new Error(error.message, { cause: error });
}
function codeOf(error) {
    const code = error?.code;
    return typeof code === 'string' ? code : undefined;
}


/***/ }),

/***/ 3676:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Qq: () => (/* reexport */ HttpClient),
  pR: () => (/* reexport */ bindCredential),
  DT: () => (/* reexport */ fetchVia)
});

// UNUSED EXPORTS: HttpPolicyError, HttpTimeoutError, NetworkError, ProxyError, StallError, TRANSIENT_CODES, bypassesProxy, codeOf, credentialApplies, describeFailure, hasProxySettings, isDowngrade, isFileBody, isLoopbackHost, proxyAuthorization, proxyFor, redactSetting, redactUrl, sendBuffered

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: ./packages/action-kit/src/index.ts + 12 modules
var src = __nccwpck_require__(9658);
// EXTERNAL MODULE: ./packages/http/src/errors.ts
var errors = __nccwpck_require__(1275);
;// CONCATENATED MODULE: ./packages/http/src/origin.ts
function bindCredential(url, authorization) {
    return { origin: new URL(url).origin, authorization };
}
/** Whether a credential may go with a request to `url`. */
function credentialApplies(credential, url) {
    return url.origin === credential.origin;
}
/** True when `url` is plain http on the host of an https credential: a downgrade that is refused, not just stripped. */
function isDowngrade(credential, url) {
    if (url.protocol !== 'http:')
        return false;
    try {
        const bound = new URL(credential.origin);
        return bound.protocol === 'https:';
    }
    catch {
        return false;
    }
}
/**
 * A URL for logs and errors: no user info, and no query (it may hold signed tokens or an upload session's state).
 * Long opaque path segments (upload session ids) are kept; they are not secrets on their own.
 */
function redactUrl(url) {
    try {
        const parsed = new URL(url);
        parsed.username = '';
        parsed.password = '';
        parsed.hash = '';
        if (parsed.search)
            parsed.search = '';
        return `${parsed.toString()}${new URL(url).search ? '?…' : ''}`;
    }
    catch {
        return String(url)
            .replace(/\/\/[^/@]*@/, '//')
            .replace(/\?.*$/, '?…');
    }
}

// EXTERNAL MODULE: ./packages/http/src/proxy.ts
var src_proxy = __nccwpck_require__(3342);
;// CONCATENATED MODULE: ./packages/http/src/client.ts





function isFileBody(body) {
    return typeof body === 'object' && 'file' in body;
}
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** Request bodies are written in slices this size, so a slow upload keeps the stall watch alive as it drains. */
const WRITE_SLICE = 256 * 1024;
/** File bodies are read in slices this size: few reads per MiB, and at most this much is read ahead of the socket. */
const FILE_SLICE = 1024 * 1024;
/**
 * The one HTTP client of slipway's network code (registry, downloads, GitHub API, repository info). It goes through
 * the runner's proxy (CONNECT tunnels for https, absolute-form forwarding for http) as the environment says, watches
 * every phase of a request for stalls, binds credentials to their origin across redirects and refuses https to http
 * downgrades, and names the request (method, URL without credentials or query) in every error. Retries are the
 * caller's (action-kit `retry`); the errors it throws say which are worth one (`RetryableError`).
 *
 * Node's own http streams, not fetch: they move large bodies about twice as fast, and proxying needs no undici.
 */
class HttpClient {
    env;
    stallMs;
    maxRedirects;
    userAgent;
    ca;
    logger;
    agents = new Map();
    constructor(options) {
        this.env = options.env;
        this.stallMs = options.stallMs ?? 30_000;
        this.maxRedirects = options.maxRedirects ?? 5;
        this.userAgent = options.userAgent ?? 'slipway';
        this.ca = options.ca;
        this.logger = options.logger ?? src/* silentLogger */.qq;
    }
    /**
     * Sends one request (no retries) and resolves with the response once its headers arrived; the body is read from
     * `chunks()`, `buffer()` or `text()`, or dropped with `cancel()`.
     */
    async request(request) {
        let url = new URL(request.url);
        let method = (request.method ?? 'GET').toUpperCase();
        const what = request.what ?? `${method} ${redactUrl(url)}`;
        const headers = { 'user-agent': this.userAgent };
        for (const [name, value] of Object.entries(request.headers ?? {}))
            if (value !== undefined)
                headers[name.toLowerCase()] = String(value);
        // An Authorization header given directly belongs to the URL it was given with, like one given as a credential.
        let credential = request.credential;
        if (headers.authorization !== undefined) {
            credential ??= { origin: url.origin, authorization: headers.authorization };
            delete headers.authorization;
        }
        let body = request.body;
        const deadline = request.timeoutMs === undefined ? undefined : Date.now() + request.timeoutMs;
        for (let hop = 0;; hop++) {
            if (url.protocol !== 'https:' && url.protocol !== 'http:')
                throw new errors/* HttpPolicyError */.Z3(`${what}: unsupported URL scheme ${url.protocol}`);
            if (credential && isDowngrade(credential, url))
                throw new errors/* HttpPolicyError */.Z3(`${what}: ${hop > 0 ? 'redirected to' : 'asked to send to'} ${redactUrl(url)}, plain http for credentials given over https (a downgrade): refused`);
            const sent = { ...headers };
            if (credential && credentialApplies(credential, url))
                sent.authorization = credential.authorization;
            else if (credential)
                this.logger.debug(`${what}: ${url.origin} is not ${credential.origin}; no credentials sent`);
            const response = await this.send(what, method, url, sent, body, request, deadline);
            const location = response.header('location');
            if (request.redirect === 'manual' || !REDIRECTS.has(response.status) || location === undefined)
                return response;
            response.cancel();
            if (hop >= this.maxRedirects)
                throw new errors/* HttpPolicyError */.Z3(`${what}: more than ${this.maxRedirects} redirects`);
            const next = new URL(location, url);
            if (url.protocol === 'https:' && next.protocol === 'http:')
                throw new errors/* HttpPolicyError */.Z3(`${what}: redirected to ${redactUrl(next)}, a downgrade from https to plain http: refused`);
            if (response.status === 303 || ((response.status === 301 || response.status === 302) && method === 'POST')) {
                method = method === 'HEAD' ? 'HEAD' : 'GET';
                body = undefined;
                delete headers['content-type'];
                delete headers['content-length'];
            }
            if (next.origin !== url.origin)
                delete headers.cookie;
            this.logger.debug(`${what}: ${response.status} to ${redactUrl(next)}`);
            url = next;
        }
    }
    /** Closes idle keep-alive connections (a long-lived process calls it when done). */
    close() {
        for (const agent of this.agents.values())
            agent.destroy();
        this.agents.clear();
    }
    async send(what, method, url, headers, body, request, deadline) {
        const bytes = typeof body === 'string' ? Buffer.from(body) : body;
        // A Uint8Array's length is its byte count, a FileBody's the bytes it sends from its file.
        if (bytes !== undefined)
            headers['content-length'] = String(bytes.length);
        else if (method === 'POST' || method === 'PUT' || method === 'PATCH')
            headers['content-length'] = '0';
        const route = await this.route(method, url, headers, request);
        return this.exchange(what, method, url, bytes, request, deadline, route);
    }
    /**
     * How a request reaches its URL: straight, through a CONNECT tunnel (https behind a proxy) or to a proxy that
     * forwards plain http; and for a large body, on a connection of its own whose body is read past the parser.
     */
    async route(method, url, headers, request) {
        const proxy = (0,src_proxy/* proxyFor */.iJ)(url, this.env);
        const https = url.protocol === 'https:';
        const options = {
            method,
            headers,
            host: url.hostname.replace(/^\[|\]$/g, ''),
            port: url.port === '' ? (https ? 443 : 80) : Number(url.port),
            path: `${url.pathname}${url.search}`,
        };
        let module;
        let direct;
        if (request.largeBody === true && (proxy === undefined || !https)) {
            // Its own connection (no agent: it is not reused), to the target or to the proxy that forwards plain http.
            const to = proxy ?? url;
            // Loaded on first use, as node:http and node:https are: an action that never downloads does not load node:tls.
            const { DirectBody } = await __nccwpck_require__.e(/* import() */ 790).then(__nccwpck_require__.bind(__nccwpck_require__, 6790));
            direct = new DirectBody({
                host: to.hostname.replace(/^\[|\]$/g, ''),
                port: to.port === '' ? (to.protocol === 'https:' ? 443 : 80) : Number(to.port),
                tls: to.protocol === 'https:',
                ...(this.ca !== undefined ? { ca: this.ca } : {}),
            });
        }
        if (proxy === undefined) {
            module = https ? await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 4708, 23)) : await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 7067, 23));
            options.agent = await this.agentFor(https ? 'https' : 'http');
            if (https && this.ca !== undefined)
                options.ca = this.ca;
        }
        else if (https) {
            // A CONNECT tunnel through the proxy, then TLS to the target inside it: the proxy sees only host and port.
            module = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 4708, 23));
            options.agent = await this.agentFor('tunnel', proxy);
            if (this.ca !== undefined)
                options.ca = this.ca;
        }
        else {
            // Plain http through a proxy: the request goes to the proxy with the whole URL as its target (RFC 9112 §3.2.2).
            module = proxy.protocol === 'https:' ? await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 4708, 23)) : await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 7067, 23));
            options.host = proxy.hostname;
            options.port = proxy.port === '' ? (proxy.protocol === 'https:' ? 443 : 80) : Number(proxy.port);
            options.path = `${url.origin}${url.pathname}${url.search}`;
            options.headers = { ...headers, host: url.host, ...(0,src_proxy/* proxyAuthorization */.YB)(proxy) };
            options.agent = await this.agentFor(proxy.protocol === 'https:' ? 'https' : 'http');
        }
        if (direct !== undefined) {
            const socket = direct.socket;
            delete options.agent;
            options.createConnection = () => socket;
        }
        return { module, options, direct, proxy, https };
    }
    /** Sends the request on its route and resolves with the response's head; stalls, the deadline and aborts end it. */
    exchange(what, method, url, bytes, request, deadline, { module, options, direct, proxy, https }) {
        const stallMs = request.stallMs ?? this.stallMs;
        return new Promise((resolve, reject) => {
            let phase = 'connect';
            let received = 0;
            let response;
            let settled = false;
            const fail = (error) => {
                clearTimeout(stall);
                if (total)
                    clearTimeout(total);
                if (!settled) {
                    settled = true;
                    reject((0,errors/* describeFailure */.Ic)(what, error));
                }
            };
            const stall = setTimeout(() => {
                const seconds = `${Number((stallMs / 1000).toFixed(1))} s`;
                const message = phase === 'connect'
                    ? `${what}: no connection after ${seconds}${proxy ? ` (through the proxy ${proxy.host})` : ''} (stalled)`
                    : phase === 'response'
                        ? `${what}: no response for ${seconds} (stalled)`
                        : `${what}: the body stalled, no bytes for ${seconds} after ${received} bytes (stalled)`;
                const error = new errors/* StallError */.Xz(message);
                if (response)
                    response.destroy(error);
                else
                    req.destroy(error);
            }, stallMs);
            const total = deadline === undefined
                ? undefined
                : setTimeout(() => {
                    const error = new errors/* HttpTimeoutError */.Iu(`${what}: not done within ${Number(((request.timeoutMs ?? 0) / 1000).toFixed(1))} s (the request's total time limit)`);
                    if (response)
                        response.destroy(error);
                    else
                        req.destroy(error);
                }, Math.max(0, deadline - Date.now()));
            const touch = () => {
                stall.refresh();
            };
            const req = module.request(options, (res) => {
                response = res;
                phase = 'body';
                touch();
                const done = () => {
                    clearTimeout(stall);
                    if (total)
                        clearTimeout(total);
                };
                res.once('end', done);
                res.once('close', done);
                settled = true;
                const large = direct?.take(res, method) === true ? direct : undefined;
                // An answer read the ordinary way (a redirect, an error page) still needs its connection closed after it.
                if (direct !== undefined && large === undefined)
                    res.once('close', () => direct.socket.destroy());
                resolve(wrapResponse(res, url, what, touch, (n) => (received += n), large));
            });
            req.on('socket', (socket) => {
                const connected = () => {
                    if (phase === 'connect')
                        phase = 'response';
                    touch();
                };
                if (socket.connecting)
                    socket.once(https && !proxy ? 'secureConnect' : 'connect', connected);
                else
                    connected();
            });
            req.on('error', fail);
            if (request.signal) {
                const abort = () => {
                    const reason = request.signal?.reason;
                    const error = reason instanceof Error ? reason : new Error('aborted');
                    if (response)
                        response.destroy(error);
                    else
                        req.destroy(error);
                };
                if (request.signal.aborted)
                    abort();
                else
                    request.signal.addEventListener('abort', abort, { once: true });
            }
            writeBody(req, bytes, touch);
        });
    }
    async agentFor(kind, proxy) {
        const key = proxy ? `${kind} ${proxy.href}` : kind;
        let agent = this.agents.get(key);
        if (agent === undefined) {
            if (kind === 'http')
                agent = new (await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 7067, 23))).Agent({ keepAlive: true });
            else if (kind === 'https')
                agent = new (await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 4708, 23))).Agent({ keepAlive: true });
            else {
                const { createTunnelAgent } = await __nccwpck_require__.e(/* import() */ 410).then(__nccwpck_require__.bind(__nccwpck_require__, 6410));
                agent = createTunnelAgent(proxy, { stallMs: this.stallMs, ca: this.ca });
            }
            this.agents.set(key, agent);
        }
        return agent;
    }
}
function writeBody(req, bytes, touch) {
    if (isFileBody(bytes)) {
        streamFile(req, bytes, touch);
        return;
    }
    if (bytes === undefined || bytes.length <= WRITE_SLICE) {
        req.end(bytes);
        return;
    }
    let offset = 0;
    const pump = () => {
        touch();
        while (offset < bytes.length) {
            const slice = bytes.subarray(offset, offset + WRITE_SLICE);
            offset += slice.length;
            if (offset >= bytes.length) {
                req.end(slice);
                return;
            }
            if (!req.write(slice)) {
                req.once('drain', pump);
                return;
            }
        }
    };
    pump();
}
/**
 * Sends a file range as the body through two FILE_SLICE buffers, reused: one is read from the file while the other
 * is being written to the socket, and a buffer is read into again only once the socket has taken what it held
 * (back-pressure). Memory stays at two slices whatever the size, and no fresh buffer (and page faults, and garbage)
 * is made per slice. Each slice the socket takes keeps the stall watch alive, as a drained slice of an in-memory body
 * does. A file error, or a file shorter than the Content-Length promised, fails the request with that error, which
 * is not a network error and is not retried.
 */
function streamFile(req, body, touch) {
    if (body.length === 0) {
        req.end();
        return;
    }
    pumpFile(req, body, touch).catch((error) => req.destroy(error instanceof Error ? error : new Error(String(error))));
}
async function pumpFile(req, body, touch) {
    const start = body.offset ?? 0;
    // An answer before the body is sent (a 401, a 413) or a failed request ends the reading; a write the socket will
    // never take must not hold the file open.
    let closed = false;
    const isClosed = () => closed;
    const gone = new Promise((resolve) => req.once('close', () => {
        closed = true;
        resolve();
    }));
    const handle = await (0,promises_.open)(body.file, 'r');
    try {
        const size = Math.min(FILE_SLICE, body.length);
        const buffers = [Buffer.allocUnsafe(size), Buffer.allocUnsafe(size)];
        const taken = [Promise.resolve(), Promise.resolve()];
        let sent = 0;
        for (let turn = 0; sent < body.length; turn = 1 - turn) {
            await Promise.race([taken[turn], gone]);
            if (isClosed())
                return;
            const buffer = buffers[turn];
            const { bytesRead } = await handle.read(buffer, 0, Math.min(buffer.length, body.length - sent), start + sent);
            if (isClosed())
                return;
            if (bytesRead === 0)
                throw new Error(`${body.file} ended at byte ${start + sent}; ${body.length} bytes from ${start} expected`);
            sent += bytesRead;
            taken[turn] = new Promise((resolve) => {
                req.write(buffer.subarray(0, bytesRead), () => {
                    touch();
                    resolve();
                });
            });
        }
        // Both buffers stay untouched until the socket has taken them: end() only queues after them.
        req.end();
        await Promise.race([Promise.all(taken), gone]);
    }
    finally {
        await handle.close();
    }
}
function wrapResponse(res, url, what, touch, count, direct) {
    let consumed = false;
    const chunks = async function* () {
        if (consumed)
            throw new Error(`${what}: the body was read already`);
        if (direct !== undefined)
            throw new Error(`${what}: a large body is read with consume() or buffer()`);
        consumed = true;
        try {
            for await (const chunk of res) {
                touch();
                count(chunk.length);
                yield chunk;
            }
        }
        catch (error) {
            throw (0,errors/* describeFailure */.Ic)(what, error);
        }
        if (!res.complete)
            throw (0,errors/* describeFailure */.Ic)(what, Object.assign(new Error('aborted'), { code: 'ECONNRESET' }));
    };
    const consume = (onChunk) => {
        if (consumed)
            return Promise.reject(new Error(`${what}: the body was read already`));
        consumed = true;
        if (direct !== undefined)
            return direct.consume(onChunk, { touch, count, describe: (error) => (0,errors/* describeFailure */.Ic)(what, error) });
        return new Promise((resolve, reject) => {
            let failed = false;
            // A network failure is named after the request; an error of the callback (a full disk) goes on as it is.
            const fail = (error, ofCallback = false) => {
                if (failed)
                    return;
                failed = true;
                res.destroy();
                reject(ofCallback ? (error instanceof Error ? error : new Error(String(error))) : (0,errors/* describeFailure */.Ic)(what, error));
            };
            res.on('data', (chunk) => {
                touch();
                count(chunk.length);
                let waiting;
                try {
                    waiting = onChunk(chunk);
                }
                catch (error) {
                    fail(error, true);
                    return;
                }
                if (waiting !== undefined) {
                    res.pause();
                    waiting.then(() => res.resume(), (error) => fail(error, true));
                }
            });
            res.once('end', () => {
                if (!res.complete)
                    fail(Object.assign(new Error('aborted'), { code: 'ECONNRESET' }));
                else
                    resolve();
            });
            res.once('error', fail);
            res.once('close', () => {
                if (!res.complete)
                    fail(Object.assign(new Error('aborted'), { code: 'ECONNRESET' }));
            });
        });
    };
    const buffer = async () => {
        const parts = [];
        await consume((chunk) => {
            // A large body's parts are views of one reused buffer.
            parts.push(direct !== undefined ? Buffer.from(chunk) : chunk);
            return undefined;
        });
        return Buffer.concat(parts);
    };
    return {
        status: res.statusCode ?? 0,
        statusText: res.statusMessage ?? '',
        url: url.href,
        headers: res.headers,
        what,
        header: (name) => {
            const value = res.headers[name.toLowerCase()];
            return value === undefined ? undefined : Array.isArray(value) ? value.join(', ') : value;
        },
        chunks,
        consume,
        buffer,
        text: async () => (await buffer()).toString('utf8'),
        cancel: () => {
            if (res.complete)
                res.resume();
            else
                res.destroy();
        },
    };
}

;// CONCATENATED MODULE: ./packages/http/src/fetch.ts
const NULL_BODY = new Set([101, 103, 204, 205, 304]);
/**
 * A `fetch` for libraries that take one (Octokit), sending through the HttpClient: the runner's proxy, the stall
 * limit, credentials bound to the origin they were sent to (an `authorization` header stays off a redirect to
 * another origin) and no https to http redirects. Bodies are buffered on the way out (API requests and release
 * assets, not GiB streams); responses stream.
 */
function fetchVia(client) {
    const viaClient = async (input, init = {}) => {
        const request = typeof input === 'string' || input instanceof URL ? undefined : input;
        const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
        const headers = {};
        new Headers(request?.headers).forEach((value, name) => (headers[name] = value));
        new Headers(init.headers).forEach((value, name) => (headers[name] = value));
        const method = init.method ?? request?.method ?? 'GET';
        const body = await bodyOf(init.body ?? (request?.body ? await request.arrayBuffer() : undefined));
        const signal = init.signal ?? request?.signal ?? undefined;
        const redirect = init.redirect ?? request?.redirect;
        const response = await client.request({
            method,
            url,
            headers,
            ...(body !== undefined ? { body } : {}),
            ...(signal ? { signal } : {}),
            redirect: redirect === 'manual' ? 'manual' : 'follow',
        });
        const answer = new Headers();
        for (const [name, value] of Object.entries(response.headers)) {
            if (value === undefined)
                continue;
            for (const one of Array.isArray(value) ? value : [value])
                answer.append(name, one);
        }
        let stream = null;
        if (NULL_BODY.has(response.status) || method.toUpperCase() === 'HEAD')
            response.cancel();
        else {
            const chunks = response.chunks()[Symbol.asyncIterator]();
            stream = new ReadableStream({
                async pull(controller) {
                    const next = await chunks.next();
                    if (next.done === true)
                        controller.close();
                    else
                        controller.enqueue(new Uint8Array(next.value.buffer, next.value.byteOffset, next.value.byteLength));
                },
                cancel() {
                    response.cancel();
                },
            });
        }
        const result = new Response(stream, { status: response.status, statusText: response.statusText, headers: answer });
        // Response.url is a getter that a constructed Response leaves empty; Octokit reads it.
        Object.defineProperty(result, 'url', { value: response.url });
        Object.defineProperty(result, 'redirected', { value: response.url !== new URL(url).href });
        return result;
    };
    return viaClient;
}
async function bodyOf(body) {
    if (body === null || body === undefined)
        return undefined;
    if (typeof body === 'string')
        return body;
    if (body instanceof ArrayBuffer)
        return new Uint8Array(body);
    if (ArrayBuffer.isView(body))
        return new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
    if (body instanceof URLSearchParams)
        return body.toString();
    return new Uint8Array(await new Response(body).arrayBuffer());
}

;// CONCATENATED MODULE: ./packages/http/src/send.ts

/**
 * A request whose whole body is read, retried on stalls, resets, 408, 429 and 5xx (honouring Retry-After) within the
 * retry budget. Any other status is the answer. For small resources: API calls, checksum files, tokens.
 */
async function sendBuffered(client, request, options = {}) {
    return retry(async () => {
        const response = await client.request(request);
        if (isRetryableStatus(response.status)) {
            response.cancel();
            throw new RetryableError(`${response.what}: HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`, parseRetryAfter(response.header('retry-after')));
        }
        const body = await response.buffer();
        return {
            status: response.status,
            statusText: response.statusText,
            url: response.url,
            headers: response.headers,
            header: response.header,
            body,
            what: response.what,
        };
    }, {
        ...options.retry,
        shouldRetry: (error, attempt) => (error instanceof RetryableError || isTransientNetworkError(error)) &&
            (options.retry?.shouldRetry?.(error, attempt) ?? true),
        onRetry: (info) => {
            options.logger?.info(`${info.error instanceof Error ? info.error.message : String(info.error)}; retrying in ${(info.delayMs / 1000).toFixed(1)} s`);
            options.retry?.onRetry?.(info);
        },
    });
}

;// CONCATENATED MODULE: ./packages/http/src/index.ts








/***/ }),

/***/ 3342:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   YB: () => (/* binding */ proxyAuthorization),
/* harmony export */   iJ: () => (/* binding */ proxyFor)
/* harmony export */ });
/* unused harmony exports hasProxySettings, isLoopbackHost, bypassesProxy, redactSetting */
const first = (...values) => values.map((v) => v?.trim()).find((v) => v !== undefined && v !== '');
/** Whether any proxy is configured at all. */
function hasProxySettings(env) {
    return first(env.https_proxy, env.HTTPS_PROXY, env.http_proxy, env.HTTP_PROXY) !== undefined;
}
/**
 * The proxy a request to `target` goes through, or undefined to go direct. The rules are the runner's own (its
 * `RunnerWebProxy`, and `@actions/http-client`'s, which agree on them), so an action sees the same network as the
 * runner and `actions/checkout` on that machine:
 * - `https_proxy`/`HTTPS_PROXY` for https URLs, `http_proxy`/`HTTP_PROXY` for http ones; the lower-case name wins, an
 *   empty value counts as unset. A value without a scheme (`proxy.corp:3128`) is plain http, as curl reads it.
 * - loopback targets (`localhost`, `127.0.0.0/8`, `[::1]`) always go direct: both the runner and the toolkit bypass
 *   them without being told, and a proxy could not reach the runner's own loopback anyway.
 * - see `bypassesProxy` for `no_proxy`.
 */
function proxyFor(target, env) {
    if (bypassesProxy(target, env))
        return undefined;
    const variable = target.protocol === 'https:'
        ? first(env.https_proxy, env.HTTPS_PROXY)
        : target.protocol === 'http:'
            ? first(env.http_proxy, env.HTTP_PROXY)
            : undefined;
    if (variable === undefined)
        return undefined;
    const spelled = /^[a-z][a-z\d+.-]*:\/\//i.test(variable) ? variable : `http://${variable}`;
    let proxy;
    try {
        proxy = new URL(spelled);
    }
    catch {
        throw new Error(`The proxy setting "${redactSetting(variable)}" is not a URL: expected http://host:port`);
    }
    if (proxy.protocol !== 'http:' && proxy.protocol !== 'https:')
        throw new Error(`The proxy setting "${redactSetting(variable)}" is not an http or https URL: expected http://host:port`);
    return proxy;
}
/** Loopback as the runner's `Uri.IsLoopback` and the toolkit's `isLoopbackAddress` see it. */
function isLoopbackHost(hostname) {
    const host = hostname.toLowerCase();
    return (host === 'localhost' ||
        /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host) ||
        host === '[::1]' ||
        host === '[0:0:0:0:0:0:0:1]');
}
/**
 * Whether `target` is reached directly whatever the proxy variables say. `no_proxy`/`NO_PROXY` (lower case wins) is a
 * comma list; each entry is
 * - `*`: every host;
 * - a host name: that host and every host under it (`example.com` covers `api.example.com`);
 * - a name with a leading dot (`.example.com`) or `*.`: hosts under it, and the name itself;
 * - an IP literal (`10.1.2.3`, `[fd00::1]`): that address as written in the URL;
 * - any of these with `:port`: only that port (the scheme's default port when the URL has none).
 * Names compare case-insensitively; no CIDR ranges (neither the runner nor the toolkit reads them).
 */
function bypassesProxy(target, env) {
    const host = target.hostname.toLowerCase();
    if (host === '')
        return false;
    if (isLoopbackHost(host))
        return true;
    const noProxy = first(env.no_proxy, env.NO_PROXY);
    if (noProxy === undefined)
        return false;
    const port = target.port !== '' ? target.port : target.protocol === 'https:' ? '443' : '80';
    return noProxy
        .split(',')
        .map((item) => item.trim().toLowerCase())
        .filter((item) => item !== '')
        .some((item) => {
        if (item === '*')
            return true;
        const { name, port: wanted } = splitEntry(item);
        if (wanted !== undefined && wanted !== port)
            return false;
        const bare = name.startsWith('*.') ? name.slice(2) : name.startsWith('.') ? name.slice(1) : name;
        if (bare === '')
            return false;
        return host === bare || host.endsWith(`.${bare}`);
    });
}
/** `host`, `host:port`, `[v6]`, `[v6]:port`. */
function splitEntry(item) {
    if (item.startsWith('[')) {
        const close = item.indexOf(']');
        const name = item.slice(0, close + 1);
        const rest = item.slice(close + 1);
        return rest.startsWith(':') ? { name, port: rest.slice(1) } : { name };
    }
    const colon = item.lastIndexOf(':');
    if (colon > 0 && item.indexOf(':') === colon && /^\d+$/.test(item.slice(colon + 1)))
        return { name: item.slice(0, colon), port: item.slice(colon + 1) };
    return { name: item };
}
/** A proxy setting as it may appear in an error: credentials in it are replaced. */
function redactSetting(setting) {
    return setting.replace(/\/\/[^/@]*@/, '//***@');
}
/** Basic credentials from the proxy URL's user info, for the proxy alone. */
function proxyAuthorization(proxy) {
    if (proxy.username === '' && proxy.password === '')
        return {};
    const user = decodeURIComponent(proxy.username);
    const password = decodeURIComponent(proxy.password);
    return { 'proxy-authorization': `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` };
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
__webpack_unused_export__ = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
__webpack_unused_export__ = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
__webpack_unused_export__ = identity.isScalar;
__webpack_unused_export__ = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
__webpack_unused_export__ = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
exports.qg = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
__webpack_unused_export__ = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


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
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
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
/******/ var __webpack_exports__ = __nccwpck_require__(7998);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
