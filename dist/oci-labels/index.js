import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 493:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _slipway_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(513);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(14);


await (0,_slipway_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .Cs)(_main_js__WEBPACK_IMPORTED_MODULE_1__/* .main */ .i);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 14:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/action-kit/src/index.ts + 12 modules
var src = __nccwpck_require__(513);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
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
        const { inflateSync } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 522, 23));
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
        throw new src/* InputError */.dz(input, line, `comma-separated key=value fields (${error.message})`);
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
    const fail = (expected) => new src/* InputError */.dz(input, line, expected);
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
            const fail = (expected) => new src/* InputError */.dz(input, line, expected);
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
                    throw new src/* InputError */.dz(input, line, `enable= true or false (got ${field.value})`);
                }
                enable = field.value === 'true';
            }
            else
                throw new src/* InputError */.dz(input, line, 'name=<image> and enable=<true|false> attributes');
        }
        specs.push(imageSpec(name, enable, line, input));
    }
    return specs;
}
function imageSpec(given, enable, source, input) {
    if (given === '')
        throw new src/* InputError */.dz(input, source, 'an image name, e.g. ghcr.io/owner/app');
    const name = given.toLowerCase();
    // distribution/reference: a name (registry and path) is at most 255 characters; a port is 1 to 65535.
    if (name.length > 255) {
        throw new src/* InputError */.dz(input, source, `an image name of at most 255 characters (it has ${name.length})`);
    }
    const port = /^[^/]+:(\d+)\//.exec(name)?.[1];
    if (port !== undefined && (Number(port) < 1 || Number(port) > 65535)) {
        throw new src/* InputError */.dz(input, source, `a registry port from 1 to 65535 (got ${port})`);
    }
    if (!IMAGE_NAME.test(name)) {
        const hint = /[:@]/.test(name.split('/').pop() ?? '')
            ? ' without a tag or digest (the tags rules give the tags)'
            : '';
        throw new src/* InputError */.dz(input, source, `an image reference like ghcr.io/owner/app${hint}`);
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
        this.logger = options.logger ?? src/* silentLogger */.qq;
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
                throw new src/* InputError */.dz(rule?.input ?? 'flavor', rule?.source ?? this.inputs.flavor.join('\n'), `rules that give valid tags: ${JSON.stringify(name)} is not ${name.length > 128 ? 'at most 128 characters' : 'a tag (letters, digits, _ . -, not starting with . or -)'}`);
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
                throw new src/* InputError */.dz(rule.input, rule.source, `enable= true or false (it gave ${JSON.stringify(enabled)})`);
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
            throw new src/* InputError */.dz(rule?.input ?? input, rule?.source ?? line, expected);
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
        lines.push((0,src/* markdownTable */.Qj)(['tag'], meta.tagNames.map((name) => [(0,src/* code */.aY)(name)])));
    }
    else {
        lines.push((0,src/* markdownTable */.Qj)(['image', ...meta.tagNames.map(src/* code */.aY)], meta.images.map((image) => [(0,src/* code */.aY)(image), ...meta.tagNames.map(() => '✓')])));
    }
    const strategy = meta.strategy === 'zero-config' ? ', zero-config release tags' : '';
    lines.push(`\nVersion ${(0,src/* code */.aY)(meta.version || '(none)')}, latest: ${meta.latest ? 'yes' : 'no'} (${meta.latestMode}${strategy}).\n`);
    if (meta.heldBack.length > 0) {
        lines.push(`\nMoving tags held back (they only move forward): ${meta.heldBack.map(src/* code */.aY).join(', ')}.\n`);
    }
    lines.push('\n### Labels\n');
    lines.push((0,src/* markdownTable */.Qj)(['label', 'value'], Object.entries(meta.labels).map(([k, v]) => [(0,src/* code */.aY)(k), literalText(v)])));
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
function readBaseImage(text, file, logger = src/* silentLogger */.qq) {
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
                throw new src/* ConfigError */.xL(`cannot read FROM ${instruction.args}: expected FROM [--platform=...] image [AS name]`, {
                    file,
                    line: instruction.line,
                });
            }
            stages.push({ image, line: instruction.line, ...(alias ? { alias: alias.toLowerCase() } : {}) });
        }
    }
    if (stages.length === 0)
        throw new src/* ConfigError */.xL('no FROM instruction: this is not a Dockerfile', { file });
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

// EXTERNAL MODULE: ./packages/http/src/errors.ts
var errors = __nccwpck_require__(275);
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
var src_proxy = __nccwpck_require__(342);
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
            const { DirectBody } = await __nccwpck_require__.e(/* import() */ 790).then(__nccwpck_require__.bind(__nccwpck_require__, 790));
            direct = new DirectBody({
                host: to.hostname.replace(/^\[|\]$/g, ''),
                port: to.port === '' ? (to.protocol === 'https:' ? 443 : 80) : Number(to.port),
                tls: to.protocol === 'https:',
                ...(this.ca !== undefined ? { ca: this.ca } : {}),
            });
        }
        if (proxy === undefined) {
            module = https ? await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 708, 23)) : await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 67, 23));
            options.agent = await this.agentFor(https ? 'https' : 'http');
            if (https && this.ca !== undefined)
                options.ca = this.ca;
        }
        else if (https) {
            // A CONNECT tunnel through the proxy, then TLS to the target inside it: the proxy sees only host and port.
            module = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 708, 23));
            options.agent = await this.agentFor('tunnel', proxy);
            if (this.ca !== undefined)
                options.ca = this.ca;
        }
        else {
            // Plain http through a proxy: the request goes to the proxy with the whole URL as its target (RFC 9112 §3.2.2).
            module = proxy.protocol === 'https:' ? await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 708, 23)) : await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 67, 23));
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
                agent = new (await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 67, 23))).Agent({ keepAlive: true });
            else if (kind === 'https')
                agent = new (await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 708, 23))).Agent({ keepAlive: true });
            else {
                const { createTunnelAgent } = await __nccwpck_require__.e(/* import() */ 410).then(__nccwpck_require__.bind(__nccwpck_require__, 410));
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
    return (0,src/* retry */.L5)(async () => {
        const response = await client.request(request);
        if ((0,src/* isRetryableStatus */.PS)(response.status)) {
            response.cancel();
            throw new src/* RetryableError */.dw(`${response.what}: HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`, (0,src/* parseRetryAfter */.mu)(response.header('retry-after')));
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
        shouldRetry: (error, attempt) => (error instanceof src/* RetryableError */.dw || (0,src/* isTransientNetworkError */.l)(error)) &&
            (options.retry?.shouldRetry?.(error, attempt) ?? true),
        onRetry: (info) => {
            options.logger?.info(`${info.error instanceof Error ? info.error.message : String(info.error)}; retrying in ${(info.delayMs / 1000).toFixed(1)} s`);
            options.retry?.onRetry?.(info);
        },
    });
}

;// CONCATENATED MODULE: ./packages/http/src/index.ts







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












;// CONCATENATED MODULE: ./actions/oci-labels/src/inputs.ts


function getInputs(read = (0,src/* inputReader */.cN)()) {
    const inputs = {
        images: read.list('images'),
        tags: read.list('tags'),
        flavor: read.list('flavor'),
        labels: read.list('labels'),
        annotations: read.list('annotations'),
        sepTags: unescapeSeparator(read.string('sep-tags', { trim: false, default: '\n' })),
        sepLabels: unescapeSeparator(read.string('sep-labels', { trim: false, default: '\n' })),
        sepAnnotations: unescapeSeparator(read.string('sep-annotations', { trim: false, default: '\n' })),
        bakeTarget: read.string('bake-target', { default: 'docker-metadata-action' }),
        // action.yml defaults it to the workflow's token (as metadata-action does); empty skips the API call.
        githubToken: read.optional('github-token'),
        context: read.enum('context', ['workflow', 'git'], { default: 'workflow' }),
        created: parseCreated(read.string('created', { default: 'commit' })),
        dockerfile: read.optionalPath('dockerfile', { mustExist: true }),
    };
    // Every rule is checked now, before anything is written: one clear error naming the input and the line.
    parseImages(inputs.images);
    parseTagRules(inputs.tags);
    parseFlavor(inputs.flavor);
    if (!/^[A-Za-z0-9_-]+$/.test(inputs.bakeTarget)) {
        throw new src/* InputError */.dz('bake-target', inputs.bakeTarget, 'a Bake target name (letters, digits, _ and -)');
    }
    return inputs;
}
/** `created`: commit, now, or an RFC 3339 date-time with its offset. */
function parseCreated(value) {
    if (value === 'commit' || value === 'now')
        return value;
    const rfc3339 = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
    const date = new Date(value);
    if (!rfc3339.test(value) || Number.isNaN(date.getTime())) {
        throw new src/* InputError */.dz('created', value, 'commit, now, or an RFC 3339 date such as 2024-05-01T12:00:00Z');
    }
    return date;
}
/** A workflow may write `sep-tags: ","` or a literal `\n`; the runner passes the two characters through. */
function unescapeSeparator(value) {
    return value.replace(/\\n/g, '\n').replace(/\\t/g, '\t').replace(/\\r/g, '\r');
}
/** Reads the DOCKER_METADATA_* variables from the step's environment (`ctx.env`). */
function getEnvSettings(env) {
    const shortSha = env.DOCKER_METADATA_SHORT_SHA_LENGTH;
    let shortShaLength = 7;
    if (shortSha !== undefined && shortSha !== '') {
        if (!/^\d+$/.test(shortSha) || Number(shortSha) < 1) {
            throw new src/* ConfigError */.xL(`DOCKER_METADATA_SHORT_SHA_LENGTH is ${JSON.stringify(shortSha)}: expected a number ≥ 1`);
        }
        shortShaLength = Number(shortSha);
    }
    const levels = (env.DOCKER_METADATA_ANNOTATIONS_LEVELS ?? '')
        .split(',')
        .map((l) => l.trim())
        .filter((l) => l !== '');
    for (const level of levels) {
        if (!/^(manifest|index|manifest-descriptor|index-descriptor)(\[[\w/.,-]+\])?$/.test(level)) {
            throw new src/* ConfigError */.xL(`DOCKER_METADATA_ANNOTATIONS_LEVELS has ${JSON.stringify(level)}: expected manifest, index, ` +
                'manifest-descriptor or index-descriptor (optionally with [platform])');
        }
    }
    return {
        shortShaLength,
        prHeadSha: envBoolean(env, 'DOCKER_METADATA_PR_HEAD_SHA', false),
        annotationLevels: levels.length > 0 ? levels : ['manifest'],
        setOutputEnv: envBoolean(env, 'DOCKER_METADATA_SET_OUTPUT_ENV', true),
    };
}
function envBoolean(env, name, fallback) {
    const value = env[name]?.trim();
    if (value === undefined || value === '')
        return fallback;
    if (/^(true|1)$/i.test(value))
        return true;
    if (/^(false|0)$/i.test(value))
        return false;
    throw new src/* ConfigError */.xL(`${name} is ${JSON.stringify(value)}: expected true or false`);
}

;// CONCATENATED MODULE: ./actions/oci-labels/src/main.ts






async function main(ctx) {
    const inputs = getInputs((0,src/* inputReader */.cN)(ctx.env));
    const settings = getEnvSettings(ctx.env);
    const logger = (0,src/* coreLogger */.Wj)();
    if (inputs.githubToken)
        src/* workflowCommands.setSecret */.ip.setSecret(inputs.githubToken);
    // The API call (description, licenses) and the git calls are independent: both start now.
    const repository = ctx.repository || stringOf(ctx.payload.repository?.full_name);
    const repoInfo = inputs.githubToken && repository
        ? fetchRepoInfo({ apiUrl: ctx.apiUrl, repository, token: inputs.githubToken, logger, env: ctx.env })
        : undefined;
    const context = await readGitContext(ctx, new Git(ctx.workspace, ctx.env), {
        source: inputs.context,
        prHeadSha: settings.prHeadSha,
        // The repository's tags only matter to latest=highest (the zero-config strategy's default, or the flavor's) on a
        // tag: skip them (two git processes) otherwise.
        readTags: (inputs.tags.length === 0 || parseFlavor(inputs.flavor).latest === 'highest') &&
            (inputs.context === 'git' || ctx.ref.startsWith('refs/tags/')),
        logger,
    });
    src/* workflowCommands.info */.ip.info(`event ${context.eventName || '(none)'}, ref ${context.ref || '(none)'}, sha ${context.sha || '(none)'}`);
    const options = { logger, created: inputs.created, shortShaLength: settings.shortShaLength };
    if (ctx.sourceDateEpoch !== undefined)
        options.sourceDateEpoch = ctx.sourceDateEpoch;
    if (inputs.dockerfile) {
        const relative = external_node_path_default().relative(ctx.workspace, inputs.dockerfile);
        const base = readBaseImage(await (0,promises_.readFile)(inputs.dockerfile, 'utf8'), relative, logger);
        if (base)
            options.baseImage = base;
    }
    const repo = await repoInfo;
    if (repo)
        options.repo = repo;
    const meta = computeImageMeta(inputs, context, options);
    if (meta.version === '')
        logger.warning('No image version was generated: check the tags input and the event.');
    if (meta.tags.length === 0)
        logger.warning('No image tag was generated: check the tags input and the event.');
    else
        src/* workflowCommands.info */.ip.info(`tags:\n  ${meta.tags.join('\n  ')}`);
    const bakeFiles = await writeBakeFiles(ctx.temp, meta, inputs.bakeTarget, settings.annotationLevels);
    const outputs = {
        version: meta.version,
        tags: meta.tags.join(inputs.sepTags),
        'tag-names': meta.tagNames.join(inputs.sepTags),
        labels: labelLines(meta).join(inputs.sepLabels),
        annotations: annotationLines(meta, settings.annotationLevels).join(inputs.sepAnnotations),
        json: jsonOutput(meta, settings.annotationLevels),
        'bake-file-tags': bakeFiles.tags,
        'bake-file-labels': bakeFiles.labels,
        'bake-file-annotations': bakeFiles.annotations,
        'bake-file': bakeFiles['tags-labels'],
        latest: meta.latest,
        created: meta.created,
    };
    for (const [name, value] of Object.entries(outputs)) {
        src/* workflowCommands.setOutput */.ip.setOutput(name, (0,src/* formatOutput */.V$)(value));
        // metadata-action exports each output as DOCKER_METADATA_OUTPUT_<NAME> unless DOCKER_METADATA_SET_OUTPUT_ENV=false.
        if (settings.setOutputEnv) {
            src/* workflowCommands.exportVariable */.ip.exportVariable(`DOCKER_METADATA_OUTPUT_${name.replace(/\W/g, '_').toUpperCase()}`, (0,src/* formatOutput */.V$)(value));
        }
    }
    await (0,src/* appendSummary */.fe)(summaryMarkdown(meta), ctx.env);
}
function stringOf(value) {
    return typeof value === 'string' ? value : '';
}
/** The Bake definitions, in a folder of their own under the runner's temp folder (a fresh name: re-runs never clash). */
async function writeBakeFiles(temp, meta, target, levels) {
    const dir = external_node_path_default().join(temp, `oci-labels-${(0,src/* randomUUID */.N4)()}`);
    await (0,promises_.mkdir)(dir, { recursive: true });
    const files = {};
    for (const kind of ['tags', 'labels', 'annotations', 'tags-labels']) {
        const file = external_node_path_default().join(dir, kind === 'tags-labels' ? 'docker-metadata-action-bake.json' : `docker-metadata-action-bake-${kind}.json`);
        await (0,promises_.writeFile)(file, JSON.stringify(bakeDefinition(meta, kind, target, levels), null, 2));
        files[kind] = file;
    }
    return files;
}


/***/ }),

/***/ 513:
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
  V$: () => (/* reexport */ formatOutput),
  aJ: () => (/* reexport */ inheritedEnvironment),
  cN: () => (/* reexport */ inputReader),
  PS: () => (/* reexport */ isRetryableStatus),
  l: () => (/* reexport */ isTransientNetworkError),
  CW: () => (/* reexport */ loadSpawn),
  Qj: () => (/* reexport */ markdownTable),
  mu: () => (/* reexport */ parseRetryAfter),
  N4: () => (/* reexport */ randomUUID),
  L5: () => (/* reexport */ retry),
  Cs: () => (/* reexport */ runAction),
  qq: () => (/* reexport */ silentLogger),
  ip: () => (/* reexport */ workflow_commands_namespaceObject)
});

// UNUSED EXPORTS: ExecError, annotationAt, assertName, cell, details, failFrom, formatLocation, heading, inputVariable, isInside, isOnPath, ownedPath, ownedProblem, parseList, parseSourceDateEpoch, quote, randomBytes, readRunnerContext, recordingLogger, removeOwned, setOutputs, sleep

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
var external_node_fs_ = __nccwpck_require__(24);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_namespaceObject);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
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
    return (await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 421, 23))).spawn;
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
var promises_ = __nccwpck_require__(455);
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
        core.setOutput(name, formatOutput(value));
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

/***/ 275:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ic: () => (/* binding */ describeFailure),
/* harmony export */   Iu: () => (/* binding */ HttpTimeoutError),
/* harmony export */   T6: () => (/* binding */ ProxyError),
/* harmony export */   Xz: () => (/* binding */ StallError),
/* harmony export */   Z3: () => (/* binding */ HttpPolicyError)
/* harmony export */ });
/* unused harmony exports NetworkError, TRANSIENT_CODES, codeOf */
/* harmony import */ var _slipway_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(513);

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

/***/ 342:
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

/***/ 421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 24:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 67:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 30:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 481:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");

/***/ }),

/***/ 692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

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
/******/ var __webpack_exports__ = __nccwpck_require__(493);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
