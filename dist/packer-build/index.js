import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 99473:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _slipway_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(43834);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(32386);


await (0,_slipway_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .Cs)(_main_js__WEBPACK_IMPORTED_MODULE_1__/* .main */ .i);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 32386:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/action-kit/src/index.ts + 11 modules
var src = __nccwpck_require__(43834);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
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
        const { inflateSync } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 38522, 23));
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

;// CONCATENATED MODULE: ./actions/packer-build/src/github.ts
/** The @actions/cache adapter, loaded only on a runner (it is most of the bundle's weight). */
function actionsCache() {
    return {
        name: 'GitHub Actions cache',
        async restore(folder, key) {
            const cache = await Promise.all(/* import() */[__nccwpck_require__.e(838), __nccwpck_require__.e(616), __nccwpck_require__.e(88), __nccwpck_require__.e(692)]).then(__nccwpck_require__.bind(__nccwpck_require__, 45692));
            return (await cache.restoreCache([folder], key)) === key;
        },
        async save(folder, key) {
            const cache = await Promise.all(/* import() */[__nccwpck_require__.e(838), __nccwpck_require__.e(616), __nccwpck_require__.e(88), __nccwpck_require__.e(692)]).then(__nccwpck_require__.bind(__nccwpck_require__, 45692));
            await cache.saveCache([folder], key);
        },
    };
}
/** Uploads the leg's files as one artifact; returns its id. */
async function uploadArtifact(name, files, rootDirectory, retentionDays, logger) {
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__nccwpck_require__.e(838), __nccwpck_require__.e(616), __nccwpck_require__.e(458)]).then(__nccwpck_require__.bind(__nccwpck_require__, 67458));
    const client = new DefaultArtifactClient();
    const response = await client.uploadArtifact(name, files, rootDirectory, { retentionDays });
    logger.info(`Uploaded artifact ${name} (${response.size ?? 0} bytes, id ${response.id ?? '?'}), kept ${retentionDays} day(s)`);
    return response.id;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(48161);
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./packages/download/src/checksum.ts

const ALGORITHMS = ['sha256', 'sha512', 'sha1', 'md5'];
const HEX_LENGTH = { md5: 32, sha1: 40, sha256: 64, sha512: 128 };
/** Parses an `iso_checksum` value; returns a message saying what is expected when it is not one of Packer's forms. */
function parseChecksumSpec(text) {
    const value = text.trim();
    if (value === 'none')
        return { kind: 'none' };
    const typed = /^(sha256|sha512|sha1|md5):(.*)$/i.exec(value);
    const algorithm = typed ? asAlgorithm(typed[1] ?? '') : undefined;
    const rest = typed ? (typed[2] ?? '') : value;
    if (rest.startsWith('file:')) {
        const url = rest.slice('file:'.length);
        if (url === '')
            return { error: 'file: needs the URL or path of a checksum file' };
        return algorithm ? { kind: 'file', url, algorithm } : { kind: 'file', url };
    }
    if (!/^[0-9a-fA-F]+$/.test(rest)) {
        return { error: 'sha256:<hex>, sha512:<hex>, sha1:<hex>, md5:<hex>, file:<url of a checksum file> or none' };
    }
    const hex = rest.toLowerCase();
    const byLength = ALGORITHMS.find((a) => HEX_LENGTH[a] === hex.length);
    const chosen = algorithm ?? byLength;
    if (chosen === undefined || HEX_LENGTH[chosen] !== hex.length) {
        return {
            error: `a ${chosen ?? 'md5, sha1, sha256 or sha512'} digest of ${chosen ? HEX_LENGTH[chosen] : '32, 40, 64 or 128'} hex digits`,
        };
    }
    return { kind: 'digest', algorithm: chosen, hex };
}
/**
 * Finds the digest of `fileName` in a checksum file: GNU coreutils lines (`<hex>  name`, `<hex> *name`) or BSD tagged
 * lines (`SHA256 (name) = <hex>`, as AlmaLinux, Rocky Linux, CentOS Stream and Fedora publish). Undefined when the
 * file names it nowhere.
 */
function findInChecksumFile(text, fileName, algorithm) {
    const base = external_node_path_default().posix.basename(fileName);
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            continue;
        const bsd = /^(SHA256|SHA512|SHA1|MD5)\s*\((.+)\)\s*=\s*([0-9a-fA-F]+)$/i.exec(line);
        if (bsd) {
            const [, tag = '', name = '', digest = ''] = bsd;
            const a = asAlgorithm(tag);
            if (a && external_node_path_default().posix.basename(name) === base && (!algorithm || algorithm === a))
                return { algorithm: a, hex: digest.toLowerCase() };
            continue;
        }
        const gnu = /^([0-9a-fA-F]+)\s+\*?(.+)$/.exec(line);
        const [, digest = '', name = ''] = gnu ?? [];
        if (gnu && external_node_path_default().posix.basename(name.replace(/^\.\//, '')) === base) {
            const hex = digest.toLowerCase();
            const a = algorithm ?? ALGORITHMS.find((x) => HEX_LENGTH[x] === hex.length);
            if (a && HEX_LENGTH[a] === hex.length)
                return { algorithm: a, hex };
        }
    }
    return undefined;
}
function asAlgorithm(text) {
    const lower = text.toLowerCase();
    return ALGORITHMS.find((a) => a === lower);
}
/** A checksum that does not match: both digests, so the log says what was expected and what arrived. */
class ChecksumMismatchError extends Error {
    source;
    expected;
    actual;
    name = 'ChecksumMismatchError';
    constructor(source, expected, actual) {
        super(`${expected.algorithm} checksum mismatch for ${source}: expected ${expected.hex}, got ${actual}; the file was deleted and not cached`);
        this.source = source;
        this.expected = expected;
        this.actual = actual;
    }
}
/** The cache key of an ISO: its digest, so any mirror of the same bytes shares one entry. */
function cacheKeyOf(digest) {
    return `iso-${digest.algorithm}-${digest.hex}`;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(51455);
// EXTERNAL MODULE: ./packages/http/src/errors.ts
var errors = __nccwpck_require__(71275);
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
var src_proxy = __nccwpck_require__(43342);
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
            const { DirectBody } = await __nccwpck_require__.e(/* import() */ 790).then(__nccwpck_require__.bind(__nccwpck_require__, 66790));
            direct = new DirectBody({
                host: to.hostname.replace(/^\[|\]$/g, ''),
                port: to.port === '' ? (to.protocol === 'https:' ? 443 : 80) : Number(to.port),
                tls: to.protocol === 'https:',
                ...(this.ca !== undefined ? { ca: this.ca } : {}),
            });
        }
        if (proxy === undefined) {
            module = https ? await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 44708, 23)) : await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 37067, 23));
            options.agent = await this.agentFor(https ? 'https' : 'http');
            if (https && this.ca !== undefined)
                options.ca = this.ca;
        }
        else if (https) {
            // A CONNECT tunnel through the proxy, then TLS to the target inside it: the proxy sees only host and port.
            module = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 44708, 23));
            options.agent = await this.agentFor('tunnel', proxy);
            if (this.ca !== undefined)
                options.ca = this.ca;
        }
        else {
            // Plain http through a proxy: the request goes to the proxy with the whole URL as its target (RFC 9112 §3.2.2).
            module = proxy.protocol === 'https:' ? await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 44708, 23)) : await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 37067, 23));
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
                agent = new (await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 37067, 23))).Agent({ keepAlive: true });
            else if (kind === 'https')
                agent = new (await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 44708, 23))).Agent({ keepAlive: true });
            else {
                const { createTunnelAgent } = await __nccwpck_require__.e(/* import() */ 410).then(__nccwpck_require__.bind(__nccwpck_require__, 66410));
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







;// CONCATENATED MODULE: ./packages/download/src/plan.ts
/**
 * The pure parts of a download: what to ask for, what an answer means, and whether a cache stamp still vouches for a
 * file. No I/O here; `download.ts` carries out what these decide.
 */
function planAttempt(partialSize, headers = {}) {
    const planned = { ...headers };
    if (partialSize > 0)
        planned.range = `bytes=${partialSize}-`;
    return { headers: planned, offset: partialSize };
}
/**
 * Reads an answer to a (possibly ranged) GET, per RFC 9110 §14 (Range) and §15.5.17 (416): a 206 must start where we
 * asked; a 200 to a ranged request means the server ignores ranges and the file starts over; a 416 either means we
 * have it all or that the partial file is longer than the resource.
 */
function readAnswer(status, header, offset, retryable) {
    if (status === 416 && offset > 0) {
        const total = /\/(\d+)$/.exec(header('content-range') ?? '')?.[1];
        if (total !== undefined && Number(total) === offset)
            return { action: 'complete' };
        return { action: 'restart', reason: 'the partial file does not fit the resource; starting over' };
    }
    if (retryable(status))
        return { action: 'retry', reason: `HTTP ${status}` };
    if (status !== 200 && status !== 206)
        return { action: 'fail', reason: `HTTP ${status}` };
    const length = header('content-length');
    const bodyLength = length === undefined || !/^\d+$/.test(length) ? undefined : Number(length);
    if (status === 206) {
        const start = /^bytes (\d+)-/.exec(header('content-range') ?? '')?.[1];
        if (start === undefined || Number(start) !== offset)
            return { action: 'restart', reason: 'the server answered another range than asked; starting over' };
        return {
            action: 'write',
            offset,
            resumed: offset > 0,
            expectedTotal: bodyLength === undefined ? undefined : offset + bodyLength,
        };
    }
    return { action: 'write', offset: 0, resumed: false, expectedTotal: bodyLength };
}
function stampFor(facts, digest) {
    return {
        version: 1,
        size: facts.size,
        mtimeNs: facts.mtimeNs.toString(),
        ino: facts.ino,
        algorithm: digest.algorithm,
        hex: digest.hex,
    };
}
/** Whether a stamp (parsed JSON, or undefined) vouches for this file holding this digest. */
function stampVouches(stamp, facts, digest) {
    const s = stamp;
    return (typeof s === 'object' &&
        s !== null &&
        s.version === 1 &&
        s.size === facts.size &&
        s.mtimeNs === facts.mtimeNs.toString() &&
        s.ino === facts.ino &&
        s.algorithm === digest.algorithm &&
        s.hex === digest.hex);
}

;// CONCATENATED MODULE: ./packages/download/src/download.ts







const UNKNOWN_LENGTH_STEP = 64 * 1024 * 1024;
/** Bytes gathered before a write: few, large writes (one per network chunk halves the throughput). */
const WRITE_SIZE = 4 * 1024 * 1024;
/**
 * Downloads a URL to a file, in four phases:
 * 1. plan: what the next attempt asks for (`planAttempt`: a Range from the end of `<dest>.part`), pure;
 * 2. fetch: one GET through the HTTP layer, its answer read by `readAnswer` (pure), the body hashed as it arrives and
 *    written in large writes, one in flight while the next gathers; retried with resume (a failed attempt keeps its
 *    bytes, the next asks for the rest, RFC 9110 §14.2), stalls and resets included;
 * 3. verify: the digest computed while receiving against the expected one; a mismatch deletes the file and throws
 *    ChecksumMismatchError, never retried (the same bytes would come again);
 * 4. commit: `<dest>.part` renamed to `dest`, and a stamp written beside it when asked.
 */
async function downloadFile(options) {
    const { url, dest, logger } = options;
    const partial = `${dest}.part`;
    await (0,promises_.mkdir)(external_node_path_default().dirname(dest), { recursive: true });
    const shown = redactUrl(url);
    const state = { bytesTransferred: 0, attempts: 0, resumed: false, hex: undefined };
    await (0,src/* retry */.L5)(async () => {
        state.attempts++;
        const fetched = await fetchAttempt(options, partial, shown, state);
        state.hex = fetched;
    }, {
        attempts: options.attempts ?? 5,
        ...options.retry,
        shouldRetry: (error) => error instanceof src/* RetryableError */.dw || (0,src/* isTransientNetworkError */.l)(error),
        onRetry: ({ error, attempt, delayMs }) => logger.warning(`${messageOf(error)} (attempt ${attempt}); retrying in ${(delayMs / 1000).toFixed(1)} s`),
    });
    const size = await sizeOf(partial);
    if (options.digest)
        await verifyDigest(shown, options.digest, state.hex ?? '', partial);
    await commit(partial, dest, options.stamp && options.digest ? options.digest : undefined);
    const result = {
        path: dest,
        bytesTransferred: state.bytesTransferred,
        size,
        attempts: state.attempts,
        resumed: state.resumed,
    };
    if (state.hex !== undefined)
        result.hex = state.hex;
    return result;
}
/** One attempt; resolves with the digest of the whole partial file (when a digest was asked for). */
async function fetchAttempt(options, partial, shown, state) {
    const { logger } = options;
    const plan = planAttempt(await sizeOf(partial), options.headers);
    // A large body: read from the socket into one reused buffer (the HTTP layer's largeBody), a third of the CPU.
    const response = await options.http.request({
        url: options.url,
        headers: plan.headers,
        what: `GET ${shown}`,
        largeBody: true,
    });
    const reading = readAnswer(response.status, response.header, plan.offset, src/* isRetryableStatus */.PS);
    const algorithm = options.digest?.algorithm;
    switch (reading.action) {
        case 'complete':
            response.cancel();
            return algorithm ? digestFile(partial, algorithm) : undefined;
        case 'restart':
            response.cancel();
            await (0,promises_.rm)(partial, { force: true });
            throw new src/* RetryableError */.dw(`GET ${shown}: ${reading.reason}`);
        case 'retry':
            response.cancel();
            throw new src/* RetryableError */.dw(`GET ${shown}: HTTP ${response.status} ${response.statusText}`.trimEnd(), (0,src/* parseRetryAfter */.mu)(response.header('retry-after')));
        case 'fail':
            response.cancel();
            throw new Error(`GET ${shown}: HTTP ${response.status} ${response.statusText}`.trimEnd());
        case 'write':
            break;
    }
    const { offset } = reading;
    if (reading.resumed) {
        state.resumed = true;
        logger.info(`Resuming ${shown} at byte ${offset}`);
    }
    else if (plan.offset > 0)
        logger.info(`${shown}: the server ignores Range requests; starting over`);
    const hash = algorithm ? (0,external_node_crypto_.createHash)(algorithm) : undefined;
    // A resumed file's digest covers the bytes already there: they are read back once, then the body is hashed as it
    // arrives, so the whole file is never read again after the download.
    if (hash && offset > 0)
        await hashFile(partial, hash, offset);
    const progress = progressReporter(logger, shown, offset, reading.expectedTotal, options.progressStep ?? 0.1);
    const file = await (0,promises_.open)(partial, offset > 0 ? 'r+' : 'w');
    const writer = new GatheringWriter(file, offset);
    let received = 0;
    try {
        await response.consume((chunk) => {
            hash?.update(chunk);
            received += chunk.length;
            progress(offset + received);
            return writer.add(chunk);
        });
    }
    catch (error) {
        // What arrived is written before the error goes on, so the next attempt's Range starts exactly there.
        await writer.finish().catch(() => undefined);
        state.bytesTransferred += received;
        await file.close();
        throw error;
    }
    state.bytesTransferred += received;
    try {
        await writer.finish();
    }
    finally {
        await file.close();
    }
    const size = offset + received;
    if (reading.expectedTotal !== undefined && size !== reading.expectedTotal) {
        throw new src/* RetryableError */.dw(`GET ${shown}: got ${size} of ${reading.expectedTotal} bytes`);
    }
    return hash?.digest('hex');
}
/**
 * Copies chunks into two reused 4 MiB buffers and writes each when full, one write in flight while the other fills:
 * the disk and the network overlap on one thread, and the network's 64 KiB chunks die young (holding them for a
 * gathered writev kept them alive into the old generation, which cost more in GC than the copy does).
 */
class GatheringWriter {
    file;
    position;
    buffers = [Buffer.allocUnsafe(WRITE_SIZE), Buffer.allocUnsafe(WRITE_SIZE)];
    current = 0;
    filled = 0;
    inFlight;
    constructor(file, position) {
        this.file = file;
        this.position = position;
    }
    /** Takes a chunk; returns a promise only when the caller must wait (the other buffer is still being written). */
    add(chunk) {
        let offset = 0;
        while (offset < chunk.length) {
            const buffer = this.buffers[this.current];
            const n = chunk.copy(buffer, this.filled, offset);
            this.filled += n;
            offset += n;
            if (this.filled === WRITE_SIZE) {
                if (this.inFlight !== undefined) {
                    const rest = chunk.subarray(offset);
                    return this.inFlight.then(() => {
                        this.start();
                        if (rest.length > 0)
                            return this.add(rest);
                        return undefined;
                    });
                }
                this.start();
            }
        }
        return undefined;
    }
    start() {
        const buffer = this.buffers[this.current].subarray(0, this.filled);
        const at = this.position;
        this.position += this.filled;
        this.current = 1 - this.current;
        this.filled = 0;
        const write = writeAll(this.file, buffer, at).finally(() => {
            if (this.inFlight === write)
                this.inFlight = undefined;
        });
        // Awaited by a later add or by finish; marked handled now so a failed write is not an unhandled rejection.
        write.catch(() => undefined);
        this.inFlight = write;
    }
    async finish() {
        await this.drain();
        if (this.filled > 0) {
            this.start();
            await this.drain();
        }
    }
    async drain() {
        while (this.inFlight !== undefined)
            await this.inFlight;
    }
}
async function writeAll(file, buffer, position) {
    let done = 0;
    while (done < buffer.length) {
        const { bytesWritten } = await file.write(buffer, done, buffer.length - done, position + done);
        done += bytesWritten;
    }
}
/** Phase 3: the digest computed while receiving against the expected one. */
async function verifyDigest(shown, expected, actual, partial) {
    if (actual === expected.hex)
        return;
    // Deleted before the error is thrown: a file with the wrong bytes is never left where a resume would continue it.
    await (0,promises_.rm)(partial, { force: true });
    throw new ChecksumMismatchError(shown, expected, actual);
}
/** Phase 4: the verified file moves into place; its stamp is written after, so a stamp never outlives its file. */
async function commit(partial, dest, stampDigest) {
    await (0,promises_.rm)(stampPath(dest), { force: true });
    await (0,promises_.rename)(partial, dest);
    if (stampDigest)
        await writeStamp(dest, stampDigest);
}
/** Where a cached file's stamp lives: beside it, in the same cache folder (saved and restored with it). */
function stampPath(file) {
    return `${file}.stamp.json`;
}
async function writeStamp(file, digest) {
    await (0,promises_.writeFile)(stampPath(file), `${JSON.stringify(stampFor(await factsOf(file), digest))}\n`);
}
/**
 * Whether the file's stamp still vouches for `digest`: same size, modification time (ns) and inode as when it was
 * verified. A stat and a small read, instead of hashing the whole file.
 */
async function trustedByStamp(file, digest) {
    let stamp;
    try {
        stamp = JSON.parse(await (0,promises_.readFile)(stampPath(file), 'utf8'));
    }
    catch {
        return false;
    }
    try {
        return stampVouches(stamp, await factsOf(file), digest);
    }
    catch {
        return false;
    }
}
async function factsOf(file) {
    const facts = await (0,promises_.stat)(file, { bigint: true });
    return { size: Number(facts.size), mtimeNs: facts.mtimeNs, ino: Number(facts.ino) };
}
/** The digest of a file, read in large blocks (an ISO does not fit in memory). */
async function digestFile(file, algorithm) {
    const hash = (0,external_node_crypto_.createHash)(algorithm);
    await hashFile(file, hash);
    return hash.digest('hex');
}
async function hashFile(file, hash, length = Infinity) {
    const handle = await (0,promises_.open)(file, 'r');
    try {
        const buffer = Buffer.allocUnsafe(4 * 1024 * 1024);
        let done = 0;
        while (done < length) {
            const { bytesRead } = await handle.read(buffer, 0, Math.min(buffer.length, length - done), done);
            if (bytesRead === 0)
                break;
            hash.update(buffer.subarray(0, bytesRead));
            done += bytesRead;
        }
    }
    finally {
        await handle.close();
    }
}
/** Fetches a small text resource (a checksum file) with the same retries, stall limit and proxy. */
async function fetchText(http, url, logger, attempts = 5, retryOptions = {}) {
    const response = await sendBuffered(http, { url }, { logger, retry: { attempts, ...retryOptions } });
    if (response.status < 200 || response.status > 299)
        throw new Error(`${response.what}: HTTP ${response.status} ${response.statusText}`.trimEnd());
    return response.body.toString('utf8');
}
function messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}
async function sizeOf(file) {
    try {
        return (await (0,promises_.stat)(file)).size;
    }
    catch {
        return 0;
    }
}
/** A URL without its user info or query string, which may hold credentials or signed tokens. */
const redact = redactUrl;
function progressReporter(logger, shown, start, total, step) {
    const stepBytes = total ? Math.max(1, Math.floor(total * step)) : UNKNOWN_LENGTH_STEP;
    let next = start + stepBytes;
    const started = Date.now();
    return (position) => {
        if (position < next)
            return;
        while (next <= position)
            next += stepBytes;
        const seconds = Math.max(0.001, (Date.now() - started) / 1000);
        const rate = (position - start) / seconds / 1024 / 1024;
        const of = total ? ` of ${mib(total)} (${Math.floor((position / total) * 100)}%)` : '';
        logger.info(`${shown}: ${mib(position)}${of}, ${rate.toFixed(1)} MiB/s`);
    };
}
const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(73136);
;// CONCATENATED MODULE: ./packages/download/src/iso.ts






/** Resolves `file:<url>` checksums into the digest the checksum file gives for the ISO's file name. */
async function resolveDigest(http, url, checksum, logger, retryOptions) {
    if (checksum.kind === 'none')
        return undefined;
    if (checksum.kind === 'digest')
        return { algorithm: checksum.algorithm, hex: checksum.hex };
    const source = checksum.url;
    const text = /^https?:\/\//.test(source)
        ? await fetchText(http, source, logger, 5, retryOptions)
        : await (0,promises_.readFile)(source.startsWith('file://') ? (0,external_node_url_.fileURLToPath)(source) : source, 'utf8');
    const found = findInChecksumFile(text, fileNameOf(url), checksum.algorithm);
    if (!found)
        throw new Error(`the checksum file ${redact(source)} has no line for ${fileNameOf(url)}`);
    logger.info(`${fileNameOf(url)}: ${found.algorithm} ${found.hex} (from ${redact(source)})`);
    return found;
}
/**
 * Gets an ISO into the cache and returns its path: a verified local entry first, then the remote cache, then the
 * network. Whatever is found is verified again before use (a cache entry could be damaged); a verified download is
 * saved to the remote cache; a mismatch is deleted and never cached.
 */
async function fetchIso(request) {
    const { url, logger } = request;
    const digest = await resolveDigest(request.http, url, request.checksum, logger, request.retry);
    if (url.startsWith('file://') || !/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) {
        const local = url.startsWith('file://') ? (0,external_node_url_.fileURLToPath)(url) : external_node_path_default().resolve(url);
        if (digest)
            await verify(local, digest, url, false);
        const { size } = await (0,promises_.stat)(local);
        return {
            path: local,
            digest,
            cacheKey: digest ? cacheKeyOf(digest) : '',
            source: 'local-file',
            cacheHit: false,
            bytesTransferred: 0,
            size,
        };
    }
    // Without a digest there is nothing to key a cache by: the ISO is downloaded each time (Packer's `none`).
    const cacheKey = digest ? cacheKeyOf(digest) : 'iso-unverified';
    const folder = external_node_path_default().join(request.cacheDir, cacheKey);
    const file = external_node_path_default().join(folder, fileNameOf(url));
    if (digest && (0,external_node_fs_.existsSync)(file)) {
        if (await verify(file, digest, file, true, logger)) {
            logger.info(`ISO cache hit (local, ${cacheKey}): ${file}`);
            return done('local-cache', true, 0);
        }
    }
    if (digest && request.remote) {
        let restored = false;
        try {
            restored = await request.remote.restore(folder, cacheKey);
        }
        catch (error) {
            logger.warning(`${request.remote.name}: restore failed (${iso_messageOf(error)}); downloading instead`);
        }
        if (restored && (0,external_node_fs_.existsSync)(file) && (await verify(file, digest, file, true, logger))) {
            logger.info(`ISO cache hit (${request.remote.name}, ${cacheKey})`);
            return done('remote-cache', true, 0);
        }
    }
    logger.info(`Downloading ${redact(url)}`);
    const options = { http: request.http, url, dest: file, logger, stamp: digest !== undefined };
    if (digest)
        options.digest = digest;
    if (request.attempts !== undefined)
        options.attempts = request.attempts;
    if (request.retry)
        options.retry = request.retry;
    const result = await downloadFile(options);
    logger.info(`Downloaded ${result.size} bytes in ${result.attempts} attempt(s)${result.resumed ? ', resumed' : ''}; checksum verified`);
    if (digest && request.remote) {
        try {
            await request.remote.save(folder, cacheKey);
            logger.info(`Saved ${cacheKey} to ${request.remote.name}`);
        }
        catch (error) {
            // A cache save that fails (a concurrent leg saving the same key, a full quota) must not fail the build.
            logger.warning(`${request.remote.name}: save failed (${iso_messageOf(error)})`);
        }
    }
    return done('download', false, result.bytesTransferred);
    async function done(source, cacheHit, bytesTransferred) {
        const size = (await (0,promises_.stat)(file)).size;
        return { path: file, digest, cacheKey, source, cacheHit, bytesTransferred, size };
    }
}
/**
 * Checks a file's digest. A damaged cache entry is deleted (and reported) when `discard`, else the mismatch throws.
 * A cache entry (`discard`) whose stamp still vouches for it (same size, mtime and inode as when it was verified) is
 * trusted without reading it; otherwise it is hashed in full and, when right, stamped again.
 */
async function verify(file, digest, shown, discard, logger) {
    if (discard && (await trustedByStamp(file, digest))) {
        logger?.debug(`${file}: size, mtime and inode match its stamp; not hashed again`);
        return true;
    }
    const actual = await digestFile(file, digest.algorithm);
    if (actual === digest.hex) {
        if (discard)
            await writeStamp(file, digest);
        return true;
    }
    if (!discard)
        throw new ChecksumMismatchError(shown, digest, actual);
    logger?.warning(`Cached ${shown} does not match ${digest.algorithm} ${digest.hex} (got ${actual}); deleted`);
    await (0,promises_.rm)(file, { force: true });
    await (0,promises_.rm)(stampPath(file), { force: true });
    return false;
}
function fileNameOf(url) {
    try {
        return external_node_path_default().posix.basename(new URL(url).pathname) || 'download.iso';
    }
    catch {
        return external_node_path_default().basename(url);
    }
}
function iso_messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}

;// CONCATENATED MODULE: ./packages/download/src/index.ts





;// CONCATENATED MODULE: ./actions/packer-build/src/inputs.ts




const COMPRESSIONS = ['zstd', 'gzip', 'none'];
const ACCELERATORS = ['auto', 'kvm', 'tcg', 'none'];
/** Disk formats a leg can deliver: qemu-img's output formats (`vhd` is qemu-img's `vpc`), and an OVA package. */
const FORMATS = ['qcow2', 'raw', 'vpc', 'vhd', 'vhdx', 'vmdk', 'ova'];
/** HashiCorp's release downloads: `<base>/<version>/packer_<version>_SHA256SUMS` and the zips beside it. */
const PACKER_RELEASES = 'https://releases.hashicorp.com/packer';
/** Variables the action sets itself from its own inputs: `vars` may not set them behind the inputs' checks. */
const MANAGED_VARIABLES = new Map([
    ['iso_url', 'iso-url'],
    ['iso_checksum', 'iso-checksum'],
    ['accelerator', 'accelerator'],
    ['headless', 'accelerator'],
    ['output_directory', 'output-directory'],
]);
function getInputs(ctx, read = (0,src/* inputReader */.cN)(ctx.env)) {
    const checksumText = read.optional('iso-checksum');
    let isoChecksum;
    if (checksumText !== undefined) {
        const spec = parseChecksumSpec(checksumText);
        if ('error' in spec)
            throw new src/* InputError */.dz('iso-checksum', checksumText, spec.error);
        isoChecksum = { text: checksumText, spec };
    }
    const isoUrl = read.optional('iso-url');
    if (isoUrl !== undefined)
        assertUrl('iso-url', isoUrl, ['http:', 'https:', 'file:']);
    if (isoChecksum?.spec.kind === 'file' && /^[a-z][a-z0-9+.-]*:/i.test(isoChecksum.spec.url))
        assertUrl('iso-checksum', checksumText ?? '', ['http:', 'https:', 'file:'], isoChecksum.spec.url);
    const pinned = read.optional('packer-version')?.replace(/^v/, '');
    if (pinned !== undefined && !/^\d+\.\d+\.\d+$/.test(pinned))
        throw new src/* InputError */.dz('packer-version', pinned, 'a version such as 1.11.2, or empty for the packer on PATH');
    const packerReleasesUrl = read.string('packer-releases-url', { default: PACKER_RELEASES }).replace(/\/+$/, '');
    assertUrl('packer-releases-url', packerReleasesUrl, ['http:', 'https:']);
    const plugins = read.list('plugins').map((line) => {
        const match = /^(github\.com\/[\w.-]+\/[\w.-]+)@v?(\d+\.\d+\.\d+)$/.exec(line);
        if (!match)
            throw new src/* InputError */.dz('plugins', line, 'lines of <source>@<version>, such as github.com/hashicorp/qemu@1.1.0');
        return { source: match[1] ?? '', version: match[2] ?? '' };
    });
    const artifactName = read.optional('artifact-name');
    if (artifactName !== undefined) {
        // A name first (no `..`, no separator), then the characters an artifact name keeps on every runner.
        (0,src/* assertName */.I1)('artifact-name', artifactName, 'a leg name');
        if (!/^[A-Za-z0-9._-]+$/.test(artifactName))
            throw new src/* InputError */.dz('artifact-name', artifactName, 'letters, digits, dots, dashes and underscores');
    }
    const version = read.optional('version');
    if (version !== undefined && !/^[A-Za-z0-9._+-]+$/.test(version)) {
        throw new src/* InputError */.dz('version', version, 'a version such as 1.4.0 (letters, digits, . _ + -)');
    }
    const only = read.optional('only');
    if (only !== undefined && !/^[\w.-]+(,[\w.-]+)*$/.test(only)) {
        throw new src/* InputError */.dz('only', only, 'a comma list of <type>.<name> builds, such as file.local');
    }
    const inputs = {
        workspace: read.workspace,
        template: read.path('template', { mustExist: true }),
        downloadIso: read.boolean('download-iso', { default: true }),
        packerReleasesUrl,
        plugins,
        vars: parseVars(read.list('vars')),
        timeoutMinutes: read.integer('timeout-minutes', { default: 120, min: 1, max: 1440 }),
        buildAttempts: read.integer('build-attempts', { default: 2, min: 1, max: 5 }),
        skipValidation: read.boolean('skip-validation', { default: false }),
        validateCommand: read.list('validate-command'),
        formats: parseFormats(read.list('format', { comma: true })),
        compression: read.enum('compression', COMPRESSIONS, { default: 'zstd' }),
        accelerator: read.enum('accelerator', ACCELERATORS, { default: 'auto' }),
        artifactsDirectory: (0,src/* ownedPath */.bD)(ctx, 'artifacts-directory', read.string('artifacts-directory') || 'packer-artifacts'),
        isoCacheDir: isoCacheDir(ctx, read),
        upload: read.boolean('upload', { default: true }),
        retentionDays: read.integer('retention-days', { default: 14, min: 1, max: 90 }),
    };
    const outputText = read.optional('output-directory');
    const outputDirectory = outputText === undefined ? undefined : (0,src/* ownedPath */.bD)(ctx, 'output-directory', outputText);
    if (outputDirectory !== undefined) {
        // The output folder is emptied before the build and archived after it: it may hold neither the artifacts nor be
        // held by them.
        const a = inputs.artifactsDirectory;
        if (within(outputDirectory, a) || within(a, outputDirectory)) {
            throw new src/* InputError */.dz('output-directory', outputText ?? '', `a folder apart from artifacts-directory (${external_node_path_default().relative(inputs.workspace, a) || '.'})`);
        }
    }
    const optional = {
        varFile: read.optionalPath('var-file', { mustExist: true }),
        isoUrl,
        isoChecksum,
        artifactName,
        os: read.optional('os'),
        osVersion: read.optional('os-version'),
        arch: read.optional('arch'),
        version,
        only,
        packerVersion: pinned,
        token: read.optional('token'),
        outputDirectory,
    };
    for (const [key, value] of Object.entries(optional)) {
        if (value !== undefined)
            Object.assign(inputs, { [key]: value });
    }
    return inputs;
}
/**
 * Checks a URL input as the HTTP layer will parse it (WHATWG URL), so that a port out of range or a space in the
 * host fails here, naming the input, and not later as a bare `Invalid URL`. `url` is the URL within `value` when it
 * is only a part of it (the `file:<url>` of iso-checksum).
 */
function assertUrl(input, value, schemes, url = value) {
    const expected = `an ${schemes.map((scheme) => `${scheme}//`).join(', ')} URL`;
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        parsed = undefined;
    }
    const port = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*:(\d*)(?:[/?#]|$)/i.exec(url)?.[1];
    const problem = parsed === undefined || !/^[a-z][a-z0-9+.-]*:\/\//i.test(url)
        ? port !== undefined && !(Number(port) >= 1 && Number(port) <= 65535)
            ? `the port ${JSON.stringify(port)} is not a number from 1 to 65535`
            : 'it is not a URL'
        : !schemes.includes(parsed.protocol)
            ? `${parsed.protocol}// is not one of these`
            : parsed.protocol !== 'file:' && parsed.hostname === ''
                ? 'it names no host'
                : parsed.port === '0'
                    ? 'the port "0" is not a number from 1 to 65535'
                    : undefined;
    if (problem)
        throw new src/* InputError */.dz(input, value, `${expected} (${problem})`);
}
/** `name=value` lines; a name is an HCL identifier, the value the rest of the line as Packer's `-var` takes it. */
function parseVars(lines) {
    const seen = new Set();
    return lines.map((line) => {
        const match = /^([A-Za-z_][A-Za-z0-9_-]*)\s*=(.*)$/.exec(line);
        if (!match)
            throw new src/* InputError */.dz('vars', line, 'lines of name=value, such as disk_size=40G');
        const name = match[1] ?? '';
        const managed = MANAGED_VARIABLES.get(name);
        if (managed)
            throw new src/* InputError */.dz('vars', line, `variables other than ${name} (set it with the ${managed} input)`);
        if (seen.has(name))
            throw new src/* InputError */.dz('vars', line, `each variable once (${name} is given twice)`);
        seen.add(name);
        return [name, (match[2] ?? '').trim()];
    });
}
/** The formats, deduplicated, in the order given; `vhd` is qemu-img's `vpc`. */
function parseFormats(values) {
    const out = [];
    for (const value of values) {
        const found = FORMATS.find((f) => f === value.toLowerCase());
        if (found === undefined)
            throw new src/* InputError */.dz('format', value, `a list of ${FORMATS.join(', ')}`);
        const format = found === 'vhd' ? 'vpc' : found;
        if (!out.includes(format))
            out.push(format);
    }
    return out;
}
/**
 * The ISO cache may live outside the workspace (a workstation's ~/.cache, a runner's shared disk): slipway writes
 * only its own `iso-*` entries there. It may never be the workspace, a parent of it, or a `.git` folder.
 */
function isoCacheDir(ctx, read) {
    const given = read.optional('iso-cache-dir');
    const home = ctx.env.HOME ?? external_node_os_default().homedir();
    const value = given ?? external_node_path_default().join(home, '.cache', 'slipway', 'iso');
    const resolved = external_node_path_default().resolve(ctx.workspace, value);
    const problem = (0,src/* ownedProblem */.l2)(ctx, resolved);
    if (problem !== undefined && !problem.startsWith('it is outside')) {
        throw new src/* InputError */.dz('iso-cache-dir', value, `a folder slipway may write to, but ${problem}`);
    }
    return resolved;
}
/** `child` is `parent` or lies below it. */
function within(child, parent) {
    const relative = external_node_path_default().relative(parent, child);
    return relative === '' || (!relative.startsWith('..') && !external_node_path_default().isAbsolute(relative));
}

// EXTERNAL MODULE: ./actions/packer-build/src/package.ts + 1 modules
var src_package = __nccwpck_require__(12710);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(31421);
// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __nccwpck_require__(80481);
;// CONCATENATED MODULE: ./actions/packer-build/src/packer.ts





/** The version `packer version` prints (`Packer v1.6.6`), or undefined when packer cannot be started. */
async function packerVersion(command, env) {
    try {
        const { stdout } = await (0,src/* exec */.m0)(command, ['version'], { env: packerEnv(env) });
        return /v?(\d+\.\d+\.\d+)/.exec(stdout)?.[1];
    }
    catch {
        return undefined;
    }
}
/** -1, 0 or 1 as version a is older, the same or newer than b (numeric dotted versions). */
function compareVersions(a, b) {
    const pa = a.split('.').map(Number);
    const pb = b.split('.').map(Number);
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
        const d = (pa[i] ?? 0) - (pb[i] ?? 0);
        if (d !== 0)
            return Math.sign(d);
    }
    return 0;
}
/** `packer init` came with 1.7.0; `packer plugins install` with 1.8.0. */
const supportsInit = (version) => compareVersions(version, '1.7.0') >= 0;
const supportsPluginsInstall = (version) => compareVersions(version, '1.8.0') >= 0;
/** The qemu accelerator: `kvm` when /dev/kvm can be opened for reading and writing, else `tcg` (software). */
async function detectAccelerator(device = '/dev/kvm') {
    try {
        await (0,promises_.access)(device, external_node_fs_.constants.R_OK | external_node_fs_.constants.W_OK);
        return 'kvm';
    }
    catch {
        return 'tcg';
    }
}
/** The step's environment plus, for every packer run: no update check over the network, no colour codes in logs. */
function packerEnv(base, token) {
    const env = { ...base, CHECKPOINT_DISABLE: '1', PACKER_NO_COLOR: '1' };
    // Plugin downloads from GitHub are rate limited per IP without a token (packer init, plugins install).
    if (token)
        env.PACKER_GITHUB_API_TOKEN = token;
    return env;
}
/** The argument list shared by `validate` and `build`: var file, -var pairs, -only, then the template. */
function packerArgs(plan) {
    const args = [];
    if (plan.varFile)
        args.push(`-var-file=${plan.varFile}`);
    for (const [name, value] of plan.vars)
        args.push('-var', `${name}=${value}`);
    if (plan.only)
        args.push(`-only=${plan.only}`);
    return args;
}
/** `packer validate`, then `packer build` with a timeout and a bounded number of attempts. Returns the attempts used. */
async function validateAndBuild(options) {
    const { tool, plan, cwd, logger } = options;
    const env = packerEnv(options.env, options.token);
    const common = packerArgs(plan);
    const stream = (line) => logger.info(line);
    if (options.skipValidation)
        logger.notice('packer validate skipped (skip-validation: true)');
    else {
        await logger.group('packer validate', () => (0,src/* exec */.m0)(tool.command, ['validate', ...common, plan.template], { cwd, env, onStdoutLine: stream }));
    }
    let attempts = 0;
    await (0,src/* retry */.L5)(async () => {
        attempts++;
        await logger.group(`packer build (attempt ${attempts} of ${options.attempts})`, () => runInGroup(tool.command, ['build', '-color=false', '-force', ...common, plan.template], {
            cwd,
            env,
            onLine: stream,
            timeoutMs: options.timeoutMs,
        }));
    }, {
        attempts: options.attempts,
        minDelayMs: 10_000,
        maxElapsedMs: Number.MAX_SAFE_INTEGER,
        // A build stopped by the timeout would only time out again; any other failure (a mirror hiccup, a VM that
        // did not boot) gets another attempt, up to the bound.
        shouldRetry: (error) => error instanceof src/* ExecError */.cI,
        onRetry: ({ error, attempt, delayMs }) => logger.warning(`packer build failed (attempt ${attempt}): ${firstLine(error)}; retrying in ${Math.round(delayMs / 1000)} s`),
        ...(options.sleep ? { sleep: options.sleep } : {}),
    });
    return attempts;
}
/** A build that ran past its time limit and was stopped. */
class BuildTimeoutError extends Error {
    name = 'BuildTimeoutError';
}
/**
 * Runs packer as the leader of its own process group, so that a timeout stops the whole build: packer, its
 * provisioners' shells and a qemu it started (SIGTERM, then SIGKILL after a grace period). A cancelled step's
 * SIGTERM/SIGINT is passed on to the group too.
 */
function runInGroup(command, args, options) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(command, args, {
            cwd: options.cwd,
            env: options.env,
            stdio: ['ignore', 'pipe', 'pipe'],
            detached: true,
        });
        // The last lines of both streams: packer reports a failed build on stdout, not stderr.
        const tail = [];
        const onLine = (line) => {
            tail.push(line);
            if (tail.length > 10)
                tail.shift();
            options.onLine(line);
        };
        (0,external_node_readline_.createInterface)({ input: child.stdout, crlfDelay: Infinity }).on('line', onLine);
        (0,external_node_readline_.createInterface)({ input: child.stderr, crlfDelay: Infinity }).on('line', onLine);
        const signalGroup = (signal) => {
            try {
                if (child.pid !== undefined)
                    process.kill(-child.pid, signal);
            }
            catch {
                // the group is already gone
            }
        };
        let timedOut = false;
        let killer;
        const timer = setTimeout(() => {
            timedOut = true;
            signalGroup('SIGTERM');
            killer = setTimeout(() => signalGroup('SIGKILL'), options.graceMs ?? 15_000);
        }, options.timeoutMs);
        const forward = (signal) => signalGroup(signal);
        process.once('SIGTERM', forward).once('SIGINT', forward);
        const done = () => {
            clearTimeout(timer);
            if (killer)
                clearTimeout(killer);
            process.off('SIGTERM', forward).off('SIGINT', forward);
        };
        child.on('error', (error) => {
            done();
            reject(error);
        });
        child.on('close', (code, signal) => {
            done();
            if (timedOut) {
                reject(new BuildTimeoutError(`packer build did not finish within ${formatMinutes(options.timeoutMs)} (timeout-minutes) and was stopped`));
            }
            else if (code !== 0 || signal)
                reject(new src/* ExecError */.cI(command, args, code, tail.join('\n'), signal));
            else
                resolve();
        });
    });
}
function formatMinutes(ms) {
    const minutes = ms / 60_000;
    return minutes >= 1 ? `${Math.round(minutes)} minute(s)` : `${Math.round(ms / 1000)} second(s)`;
}
/** `packer init` (≥ 1.7) for templates that declare required_plugins, then `packer plugins install` (≥ 1.8). */
async function preparePlugins(tool, template, plugins, cwd, logger, baseEnv, token) {
    const done = [];
    const env = packerEnv(baseEnv, token);
    if (supportsInit(tool.version)) {
        await (0,src/* exec */.m0)(tool.command, ['init', template], { cwd, env, onStdoutLine: (l) => logger.info(l) });
        done.push('packer init');
    }
    else
        logger.info(`packer ${tool.version} has no packer init (it came with 1.7.0): plugins are built in`);
    for (const plugin of plugins) {
        if (!supportsPluginsInstall(tool.version)) {
            logger.warning(`packer ${tool.version} cannot install plugins (packer plugins install came with 1.8.0): ${plugin.source} skipped`);
            continue;
        }
        await (0,src/* exec */.m0)(tool.command, ['plugins', 'install', plugin.source, `v${plugin.version}`], {
            cwd,
            env,
            onStdoutLine: (l) => logger.info(l),
        });
        done.push(`${plugin.source} v${plugin.version}`);
    }
    return done;
}
function firstLine(error) {
    return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}

;// CONCATENATED MODULE: ./actions/packer-build/src/install.ts




/** The Packer installed when the workflow pins none and no packer is on PATH. */
const DEFAULT_PACKER_VERSION = '1.11.2';
/**
 * The packer to run. Unpinned: the one on PATH, any version (a self-hosted runner or a workstation chose it), else
 * the default version installed. Pinned: the one on PATH only when it is that version; otherwise exactly the pinned
 * version, from the runner's tool cache or installed into it, whatever else is on PATH. Returns the folder to put on
 * PATH when it installed one.
 */
async function findOrInstallPacker(request) {
    const { pinned, logger, env } = request;
    const onPath = await packerVersion('packer', env);
    if (onPath && (pinned === undefined || pinned === onPath)) {
        logger.info(`Using packer ${onPath} from PATH${pinned ? ' (the pinned version)' : ''}`);
        return { command: 'packer', version: onPath };
    }
    const wanted = pinned ?? DEFAULT_PACKER_VERSION;
    const why = onPath ? `packer-version pins ${wanted}, but the packer on PATH is ${onPath}` : `packer is not on PATH`;
    if (!request.toolCache) {
        throw new Error(`${why}, and installing packer ${wanted} needs the runner's tool cache (RUNNER_TOOL_CACHE): install packer ${wanted} (HashiCorp's release zip; Debian and Ubuntu: apt-get install packer) or clear packer-version, and run again`);
    }
    logger.info(`${why}: using packer ${wanted} from the tool cache`);
    const dir = await installPacker(wanted, request.releasesUrl, logger);
    const command = `${dir}/packer`;
    const version = await packerVersion(command, env);
    if (version !== wanted)
        throw new Error(`packer ${wanted} was installed in ${dir}, but it reports ${version ?? 'nothing (it does not start)'}`);
    return { command, version, addToPath: dir };
}
/** HashiCorp's names for the machine: packer_<version>_linux_amd64.zip. */
function releaseArch(arch = external_node_os_default().arch()) {
    return arch === 'arm64' ? 'arm64' : arch === 'x64' ? 'amd64' : arch;
}
/** The digest SHA256SUMS gives a file (`<hex>  <name>` lines), or undefined when it lists it not. */
function digestFor(sums, file) {
    for (const line of sums.split(/\r?\n/)) {
        const match = /^([0-9a-fA-F]{64})\s+\*?(\S+)$/.exec(line.trim());
        if (match?.[2] === file)
            return match[1]?.toLowerCase();
    }
    return undefined;
}
/**
 * The pinned version from the tool cache, or downloaded from the releases into it: the release's SHA256SUMS first,
 * then the zip, whose SHA-256 must be the one SHA256SUMS lists before anything is extracted or cached.
 */
async function installPacker(version, releasesUrl, logger) {
    const tc = await Promise.all(/* import() */[__nccwpck_require__.e(838), __nccwpck_require__.e(88), __nccwpck_require__.e(805)]).then(__nccwpck_require__.bind(__nccwpck_require__, 59805));
    const arch = releaseArch();
    const cached = tc.find('packer', version, external_node_os_default().arch());
    if (cached) {
        logger.info(`packer ${version} is in the tool cache: ${cached}`);
        return cached;
    }
    const zipName = `packer_${version}_linux_${arch}.zip`;
    const sumsUrl = `${releasesUrl}/${version}/packer_${version}_SHA256SUMS`;
    const zipUrl = `${releasesUrl}/${version}/${zipName}`;
    logger.info(`Installing packer ${version} from ${zipUrl}, checked against ${sumsUrl}`);
    const sumsFile = await tc.downloadTool(sumsUrl);
    let zip;
    try {
        const expected = digestFor(await (0,promises_.readFile)(sumsFile, 'utf8'), zipName);
        if (expected === undefined)
            throw new Error(`${sumsUrl} lists no checksum for ${zipName}`);
        zip = await tc.downloadTool(zipUrl);
        const actual = await (0,src_package/* sha256File */.Q3)(zip);
        if (actual !== expected) {
            throw new Error(`${zipUrl} does not match its checksum in ${sumsUrl}: expected sha256 ${expected}, got ${actual}; nothing was installed`);
        }
        const extracted = await tc.extractZip(zip);
        return await tc.cacheDir(extracted, 'packer', version, external_node_os_default().arch());
    }
    finally {
        // tool-cache downloads into RUNNER_TEMP under random names: these two files are the action's own.
        await (0,promises_.rm)(sumsFile, { force: true });
        if (zip !== undefined)
            await (0,promises_.rm)(zip, { force: true });
    }
}

;// CONCATENATED MODULE: ./actions/packer-build/src/formats.ts




const EXTENSION = {
    qcow2: 'qcow2',
    raw: 'raw',
    vpc: 'vhd',
    vhdx: 'vhdx',
    vmdk: 'vmdk',
    ova: 'ova',
};
/**
 * qemu-img's options per format: qcow2 compressed; vpc (VHD) with `force_size`, so the virtual size stays exactly
 * the built disk's (Hyper-V and Azure check it); vmdk as a monolithic sparse file (VMware Workstation, VirtualBox).
 */
const CONVERT_OPTIONS = {
    qcow2: ['-c'],
    raw: [],
    vpc: ['-o', 'force_size=on'],
    vhdx: [],
    vmdk: ['-o', 'subformat=monolithicSparse'],
};
const DISK_EXTENSIONS = new Set(['.qcow2', '.raw', '.img', '.vmdk', '.vhd', '.vhdx']);
/**
 * The disk image the build left in its output folder: the one qcow2 file (found by its magic `QFI\xfb`), else the
 * one file with a disk image extension. None or several is an error that lists what is there.
 */
async function findDiskImage(outputDir) {
    const files = await (0,src_package/* listFiles */.CS)(outputDir);
    const qcow2 = [];
    const byName = [];
    for (const file of files) {
        const full = external_node_path_default().join(outputDir, file);
        const handle = await (0,promises_.open)(full, 'r');
        try {
            const head = Buffer.alloc(4);
            await handle.read(head, 0, 4, 0);
            if (head.toString('latin1') === 'QFI\xfb')
                qcow2.push(file);
        }
        finally {
            await handle.close();
        }
        if (DISK_EXTENSIONS.has(external_node_path_default().extname(file).toLowerCase()))
            byName.push(file);
    }
    const found = qcow2.length > 0 ? qcow2 : byName;
    if (found.length !== 1) {
        throw new Error(`the format input needs one disk image in the output folder, but it holds ${found.length === 0 ? 'none' : found.join(', ')} (files: ${files.join(', ') || 'none'}): build one source with the only input`);
    }
    return external_node_path_default().join(outputDir, found[0] ?? '');
}
async function imageInfo(file, env) {
    const { stdout } = await (0,src/* exec */.m0)('qemu-img', ['info', '--output=json', file], { env });
    return JSON.parse(stdout);
}
/**
 * Converts the built disk into each format, into `destDir/<name>.<ext>`, and describes each file. The OVA is packed
 * from a stream-optimized VMDK, an OVF descriptor and a SHA-256 manifest (see ova.ts).
 */
async function convertImages(disk, formats, destDir, machine, mtimeEpoch, logger, env) {
    const source = await imageInfo(disk, env);
    logger.info(`Disk image ${external_node_path_default().basename(disk)}: ${source.format}, ${source['virtual-size']} bytes virtual`);
    const images = [];
    await (0,promises_.mkdir)(destDir, { recursive: true });
    for (const format of formats) {
        const file = external_node_path_default().join(destDir, `${machine.name}.${EXTENSION[format]}`);
        if (format === 'ova') {
            const { packOva } = await __nccwpck_require__.e(/* import() */ 533).then(__nccwpck_require__.bind(__nccwpck_require__, 71533));
            await packOva(disk, file, machine, source['virtual-size'], mtimeEpoch, env);
        }
        else {
            const args = ['convert', '-q', '-f', source.format, '-O', format, ...CONVERT_OPTIONS[format], disk, file];
            await (0,src/* exec */.m0)('qemu-img', args, { env });
        }
        const image = {
            format,
            file: external_node_path_default().basename(file),
            bytes: (await (0,promises_.stat)(file)).size,
            sha256: await (0,src_package/* sha256File */.Q3)(file),
            virtual_size: source['virtual-size'],
        };
        logger.info(`${format}: ${image.file}, ${image.bytes} bytes, sha256 ${image.sha256}`);
        images.push(image);
    }
    return images;
}

;// CONCATENATED MODULE: ./packages/hcl/src/parser.ts

const SIMPLE_ESCAPES = new Map([
    ['n', '\n'],
    ['r', '\r'],
    ['t', '\t'],
    ['"', '"'],
    ['\\', '\\'],
]);
// Character classes by code: these run for every character of every template, and a RegExp test per character costs
// several times more (packer-matrix reads a thousand templates per run in large repositories).
const isIdentStart = (c) => {
    const code = c.charCodeAt(0);
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95;
};
const isIdentChar = (c) => {
    const code = c.charCodeAt(0);
    return isIdentStart(c) || (code >= 48 && code <= 57) || code === 45;
};
const STRING_SPECIAL = new Set(['"', '\\', '\n', '$', '%']);
const IDENT_START = { test: isIdentStart };
const IDENT_CHAR = { test: isIdentChar };
class Parser {
    src;
    file;
    pos = 0;
    line = 1;
    lineStart = 0;
    constructor(src, file) {
        this.src = src;
        this.file = file;
    }
    fail(message, at = this.pos) {
        // Line and column of `at` (it may lie behind the cursor), computed from the text.
        let line = 1;
        let start = 0;
        for (let i = 0; i < at && i < this.src.length; i++) {
            if (this.src[i] === '\n') {
                line++;
                start = i + 1;
            }
        }
        throw new src/* ConfigError */.xL(message, { file: this.file, line, column: at - start + 1 });
    }
    peek(offset = 0) {
        return this.src[this.pos + offset] ?? '';
    }
    advance(count = 1) {
        for (let i = 0; i < count; i++) {
            if (this.src[this.pos] === '\n') {
                this.line++;
                this.lineStart = this.pos + 1;
            }
            this.pos++;
        }
    }
    column() {
        return this.pos - this.lineStart + 1;
    }
    /** Skips spaces, tabs and comments; newlines too when `newlines` (inside brackets and between items). */
    skip(newlines) {
        for (;;) {
            const c = this.peek();
            if (c === ' ' || c === '\t' || c === '\r' || (newlines && c === '\n'))
                this.advance();
            else if (c === '#' || (c === '/' && this.peek(1) === '/')) {
                while (this.pos < this.src.length && this.peek() !== '\n')
                    this.advance();
            }
            else if (c === '/' && this.peek(1) === '*') {
                const end = this.src.indexOf('*/', this.pos + 2);
                if (end < 0)
                    this.fail('unterminated /* comment');
                this.advance(end + 2 - this.pos);
            }
            else
                return;
        }
    }
    identifier() {
        const start = this.pos;
        if (!IDENT_START.test(this.peek()))
            this.fail(`expected a name, found ${describe(this.peek())}`);
        while (IDENT_CHAR.test(this.peek()))
            this.advance();
        return this.src.slice(start, this.pos);
    }
    parseBody(closing) {
        const body = { attributes: new Map(), blocks: [] };
        for (;;) {
            this.skip(true);
            const c = this.peek();
            if (c === '') {
                if (closing)
                    this.fail('missing } to close the block');
                return body;
            }
            if (c === '}' && closing) {
                this.advance();
                return body;
            }
            const line = this.line;
            const column = this.column();
            const start = this.pos;
            const name = this.identifier();
            this.skip(false);
            if (this.peek() === '=' && this.peek(1) !== '=') {
                this.advance();
                this.skip(false);
                if (body.attributes.has(name))
                    this.fail(`attribute ${JSON.stringify(name)} is defined twice`, start);
                const { value, expression } = this.expression();
                body.attributes.set(name, expression === undefined ? { name, value, line, column } : { name, value, expression, line, column });
                this.endOfItem();
                continue;
            }
            const labels = [];
            for (;;) {
                this.skip(false);
                const l = this.peek();
                if (l === '"') {
                    const value = this.quoted();
                    if (value.includes('${'))
                        this.fail('a block label cannot contain an interpolation');
                    labels.push(value);
                }
                else if (IDENT_START.test(l))
                    labels.push(this.identifier());
                else
                    break;
            }
            if (this.peek() !== '{')
                this.fail(`expected = or { after ${JSON.stringify(name)}, found ${describe(this.peek())}`);
            this.advance();
            const inner = this.parseBody('}');
            body.blocks.push({ type: name, labels, body: inner, line });
            this.endOfItem();
        }
    }
    /** An attribute or block ends at a newline, a comment, the end of the file or the closing brace of its block. */
    endOfItem() {
        this.skip(false);
        const c = this.peek();
        if (c === '\n' || c === '' || c === '}')
            return;
        this.fail(`expected a new line, found ${describe(c)}`);
    }
    expression() {
        const start = this.pos;
        const startLine = this.line;
        const startLineStart = this.lineStart;
        let literal;
        try {
            literal = this.tryLiteral();
        }
        catch (error) {
            // A `for` expression in brackets is not a literal tuple or object: read it as an expression below.
            if (!(error instanceof src/* ConfigError */.xL))
                throw error;
        }
        if (literal !== undefined) {
            const after = this.pos;
            this.skip(false);
            const c = this.peek();
            if (c === '\n' || c === '' || c === ',' || c === '}' || c === ']' || c === ')') {
                if (typeof literal.value === 'string' && literal.value.includes('${') && literal.template) {
                    return { value: literal.value, expression: this.src.slice(start, after) };
                }
                return { value: literal.value };
            }
        }
        // Not a plain literal: rewind and keep the expression's source text, as far as it reaches at bracket depth 0.
        this.pos = start;
        this.line = startLine;
        this.lineStart = startLineStart;
        const raw = this.rawExpression();
        if (raw === '')
            this.fail(`expected an expression, found ${describe(this.peek())}`);
        return { value: `\${${raw}}`, expression: raw };
    }
    tryLiteral() {
        const c = this.peek();
        if (c === '"') {
            const value = this.quoted();
            return { value, template: true };
        }
        if (c === '<' && this.peek(1) === '<')
            return { value: this.heredoc(), template: true };
        if (/[0-9]/.test(c) || (c === '-' && /[0-9]/.test(this.peek(1)))) {
            const match = /^-?[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(this.src.slice(this.pos, this.pos + 64));
            if (!match)
                return undefined;
            this.advance(match[0].length);
            return { value: Number(match[0]) };
        }
        if (c === '[')
            return this.tuple();
        if (c === '{')
            return this.object();
        if (IDENT_START.test(c)) {
            const start = this.pos;
            const word = this.identifier();
            if (word === 'true')
                return { value: true };
            if (word === 'false')
                return { value: false };
            if (word === 'null')
                return { value: null };
            this.pos = start;
            return undefined;
        }
        return undefined;
    }
    tuple() {
        this.advance(); // [
        const items = [];
        for (;;) {
            this.skip(true);
            if (this.peek() === ']') {
                this.advance();
                return { value: items };
            }
            if (this.peek() === '')
                this.fail('missing ] to close the list');
            items.push(this.expression().value);
            this.skip(true);
            if (this.peek() === ',')
                this.advance();
            else if (this.peek() !== ']')
                this.fail(`expected , or ] in a list, found ${describe(this.peek())}`);
        }
    }
    object() {
        this.advance(); // {
        const value = {};
        for (;;) {
            this.skip(true);
            if (this.peek() === '}') {
                this.advance();
                return { value };
            }
            if (this.peek() === '')
                this.fail('missing } to close the object');
            const key = this.peek() === '"' ? this.quoted() : this.identifier();
            this.skip(false);
            if (this.peek() !== '=' && this.peek() !== ':')
                this.fail(`expected = or : after key ${JSON.stringify(key)}`);
            this.advance();
            this.skip(false);
            value[key] = this.expression().value;
            this.skip(false);
            if (this.peek() === ',')
                this.advance();
            else if (this.peek() !== '\n' && this.peek() !== '}') {
                this.fail(`expected , or a new line in an object, found ${describe(this.peek())}`);
            }
        }
    }
    /** A quoted template. Escapes are decoded; `${…}` and `%{…}` sequences are kept as written. */
    quoted() {
        const open = this.pos;
        this.advance(); // "
        let out = '';
        for (;;) {
            const c = this.peek();
            if (c === '' || c === '\n')
                this.fail('unterminated string', open);
            if (c === '"') {
                this.advance();
                return out;
            }
            if (c === '\\') {
                const e = this.peek(1);
                const simple = SIMPLE_ESCAPES.get(e);
                if (simple !== undefined) {
                    out += simple;
                    this.advance(2);
                }
                else if (e === 'u' || e === 'U') {
                    const len = e === 'u' ? 4 : 8;
                    const hex = this.src.slice(this.pos + 2, this.pos + 2 + len);
                    if (!new RegExp(`^[0-9A-Fa-f]{${len}}$`).test(hex))
                        this.fail(`invalid \\${e} escape`);
                    out += String.fromCodePoint(parseInt(hex, 16));
                    this.advance(2 + len);
                }
                else
                    this.fail(`invalid escape \\${e}`);
                continue;
            }
            if ((c === '$' || c === '%') && this.peek(1) === '{') {
                const start = this.pos;
                this.advance(2);
                this.skipTemplateSequence(start);
                out += this.src.slice(start, this.pos);
                continue;
            }
            if ((c === '$' || c === '%') && this.peek(1) === c && this.peek(2) === '{') {
                // `$${` and `%%{` are the literal text `${` and `%{` (HCL spec, template literals).
                out += `${c}{`;
                this.advance(3);
                continue;
            }
            // A run of ordinary characters at once (no new line can be in it, so the line count stays right).
            let end = this.pos + 1;
            while (end < this.src.length && !STRING_SPECIAL.has(this.src[end] ?? ''))
                end++;
            out += this.src.slice(this.pos, end);
            this.pos = end;
        }
    }
    /** After `${`: up to the matching `}`, stepping over nested braces and quoted strings. */
    skipTemplateSequence(start) {
        let depth = 1;
        while (depth > 0) {
            const c = this.peek();
            if (c === '')
                this.fail('unterminated ${ in a string', start);
            if (c === '"') {
                this.quoted();
                continue;
            }
            if (c === '{')
                depth++;
            if (c === '}')
                depth--;
            this.advance();
        }
    }
    heredoc() {
        const open = this.pos;
        const header = /^<<(-?)([A-Za-z_][A-Za-z0-9_-]*)\r?\n/.exec(this.src.slice(this.pos, this.pos + 256));
        if (!header)
            this.fail('expected a heredoc marker such as <<EOF followed by a new line');
        this.advance(header[0].length);
        const marker = header[2] ?? '';
        const lines = [];
        for (;;) {
            if (this.pos >= this.src.length)
                this.fail(`heredoc is not closed by ${marker}`, open);
            const end = this.src.indexOf('\n', this.pos);
            const text = this.src.slice(this.pos, end < 0 ? this.src.length : end).replace(/\r$/, '');
            if (text.trim() === marker) {
                this.advance(text.length + (this.src[this.pos + text.length] === '\r' ? 1 : 0));
                break;
            }
            lines.push(text);
            this.advance(end < 0 ? this.src.length - this.pos : end + 1 - this.pos);
        }
        if (header[1] === '-') {
            // <<- strips the smallest common leading white space of the lines that are not empty.
            const indents = lines.filter((l) => l.trim() !== '').map((l) => l.length - l.trimStart().length);
            const cut = indents.length ? Math.min(...indents) : 0;
            return lines.map((l) => `${l.slice(cut)}\n`).join('');
        }
        return lines.map((l) => `${l}\n`).join('');
    }
    /** The source text of an expression up to a new line, comma or closing bracket at depth 0. */
    rawExpression() {
        const start = this.pos;
        let depth = 0;
        for (;;) {
            const c = this.peek();
            if (c === '')
                break;
            if (c === '"') {
                this.quoted();
                continue;
            }
            if (c === '<' && this.peek(1) === '<' && /[A-Za-z-]/.test(this.peek(2))) {
                this.heredoc();
                continue;
            }
            if (depth === 0 && (c === '\n' || c === ',' || c === '}' || c === ']' || c === ')'))
                break;
            if (depth === 0 && c === '=' && !'=!<>'.includes(this.src[this.pos - 1] ?? '') && !'=>'.includes(this.peek(1))) {
                this.fail('unexpected "=": one attribute per line');
            }
            if (depth === 0 && (c === '#' || (c === '/' && (this.peek(1) === '/' || this.peek(1) === '*'))))
                break;
            if (c === '(' || c === '[' || c === '{')
                depth++;
            if (c === ')' || c === ']' || c === '}')
                depth--;
            this.advance();
        }
        return this.src.slice(start, this.pos).trim();
    }
}
function describe(c) {
    if (c === '')
        return 'the end of the file';
    if (c === '\n')
        return 'a new line';
    return JSON.stringify(c);
}
/** Parses HCL2 native syntax. Throws ConfigError with the file, line and column of the first mistake. */
function parseHcl(text, file = '<input>') {
    const source = text.startsWith('\ufeff') ? text.slice(1) : text;
    return new Parser(source, file).parseBody('');
}
/**
 * The body in hcl2json's JSON shape (what `hcl2-parser` returns): attributes by name, blocks by type then by each
 * label, each level ending in a list of bodies.
 */
function bodyToJson(body) {
    const out = {};
    for (const [name, attribute] of body.attributes)
        out[name] = attribute.value;
    for (const block of body.blocks) {
        let level = out;
        const path = [block.type, ...block.labels];
        for (const key of path.slice(0, -1)) {
            const next = (level[key] ??= {});
            level = next;
        }
        const last = path[path.length - 1] ?? block.type;
        const list = (level[last] ??= []);
        list.push(bodyToJson(block.body));
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/hcl/src/packer.ts




/** The `*.pkr.hcl` files Packer reads for a template path (a directory: its own files, not its subdirectories). */
function templateFiles(templatePath) {
    if ((0,external_node_fs_.statSync)(templatePath).isDirectory()) {
        return (0,external_node_fs_.readdirSync)(templatePath)
            .filter((name) => name.endsWith('.pkr.hcl'))
            .sort()
            .map((name) => external_node_path_default().join(templatePath, name));
    }
    return [templatePath];
}
/**
 * Reads a template's `variable` blocks. `display` turns an absolute file name into the one shown in errors (a path
 * relative to the workspace, so annotations land on the right file).
 */
function readTemplate(templatePath, display = (f) => f, knownFiles) {
    const files = knownFiles ?? templateFiles(templatePath);
    if (files.length === 0)
        throw new src/* ConfigError */.xL('no *.pkr.hcl file in the template directory', { file: display(templatePath) });
    const variables = new Map();
    for (const file of files) {
        const shown = display(file);
        const body = parseHcl((0,external_node_fs_.readFileSync)(file, 'utf8'), shown);
        for (const block of body.blocks) {
            if (block.type !== 'variable')
                continue;
            const name = block.labels[0];
            if (block.labels.length !== 1 || name === undefined) {
                throw new src/* ConfigError */.xL('a variable block takes exactly one label, its name', { file: shown, line: block.line });
            }
            if (variables.has(name)) {
                throw new src/* ConfigError */.xL(`variable ${JSON.stringify(name)} is declared twice`, { file: shown, line: block.line });
            }
            const def = block.body.attributes.get('default');
            variables.set(name, def === undefined
                ? { name, file: shown, line: block.line }
                : { name, default: def.value, file: shown, line: block.line });
        }
    }
    return { path: templatePath, files, variables };
}
/** A var file's assignments. Packer allows only constant values there, so an expression is a mistake. */
function readVarFile(file, shown = file) {
    const body = parseHcl((0,external_node_fs_.readFileSync)(file, 'utf8'), shown);
    const block = body.blocks[0];
    if (block)
        throw new src/* ConfigError */.xL(`a var file holds only assignments, not a ${block.type} block`, {
            file: shown,
            line: block.line,
        });
    const values = new Map();
    for (const attribute of body.attributes.values()) {
        if (attribute.expression !== undefined && !/^"/.test(attribute.expression)) {
            throw new src/* ConfigError */.xL(`${attribute.name} must be a constant value in a var file, not ${attribute.expression}`, {
                file: shown,
                line: attribute.line,
            });
        }
        values.set(attribute.name, { value: attribute.value, line: attribute.line });
    }
    return values;
}
/** A variable's effective value: the var file's, else the template's default. */
function variableValue(name, template, varFile) {
    const assigned = varFile?.get(name);
    if (assigned !== undefined)
        return assigned.value;
    return template.variables.get(name)?.default;
}
/** A scalar as text (numbers such as `os_version = 9` included); anything else is undefined. */
function scalarText(value) {
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    return undefined;
}

;// CONCATENATED MODULE: ./packages/hcl/src/index.ts



;// CONCATENATED MODULE: ./actions/packer-build/src/plan.ts






const rel = (workspace, file) => external_node_path_default().relative(workspace, file).split((external_node_path_default()).sep).join('/') || '.';
/**
 * Reads the template and var file and settles names, paths and the ISO. Throws user errors only; writes nothing.
 * Every path it returns that the leg will empty or replace has passed ownedPath.
 */
function resolveLeg(inputs, roots, sha) {
    const show = (file) => rel(inputs.workspace, file);
    const template = readTemplate(inputs.template, show);
    const vars = inputs.varFile ? readVarFile(inputs.varFile, show(inputs.varFile)) : undefined;
    const value = (name) => scalarText(variableValue(name, template, vars));
    const where = { file: show(inputs.varFile ?? inputs.template) };
    const need = (given, variable, input) => {
        const found = given ?? value(variable);
        if (found === undefined || found === '') {
            throw new src/* ConfigError */.xL(`${variable} is not set in the var file or as a variable default, and the ${input} input is empty`, where);
        }
        return found;
    };
    const os = need(inputs.os, 'os_name', 'os');
    const version = need(inputs.osVersion, 'os_version', 'os-version');
    const arch = need(inputs.arch, 'os_arch', 'arch');
    const artifactName = (0,src/* assertName */.I1)(inputs.artifactName === undefined ? 'os' : 'artifact-name', inputs.artifactName ?? `${os}-${version}-${arch}`.replace(/[^A-Za-z0-9._-]+/g, '-'), 'a leg name');
    const buildVersion = inputs.version ?? versionFile(inputs.workspace) ?? (sha.slice(0, 12) || 'dev');
    const declared = new Set(template.variables.keys());
    for (const [name] of inputs.vars) {
        if (!declared.has(name)) {
            throw new src/* ConfigError */.xL(`the vars input sets ${name}, which the template does not declare (declared: ${[...declared].sort().join(', ')})`, { file: show(inputs.template) });
        }
    }
    const isoUrl = inputs.isoUrl ?? value('iso_url');
    let isoChecksum = inputs.isoChecksum;
    const checksumText = value('iso_checksum');
    if (isoChecksum === undefined && checksumText) {
        const spec = parseChecksumSpec(checksumText);
        if ('error' in spec)
            throw new src/* ConfigError */.xL(`iso_checksum ${JSON.stringify(checksumText)} is not valid: expected ${spec.error}`, where);
        isoChecksum = { text: checksumText, spec };
    }
    let outputDir = inputs.outputDirectory;
    if (outputDir === undefined) {
        if (!declared.has('output_directory')) {
            throw new src/* ConfigError */.xL('the template declares no output_directory variable: set the output-directory input to the folder its builds write to', { file: show(inputs.template) });
        }
        outputDir = (0,src/* ownedPath */.bD)(roots, 'artifact-name', external_node_path_default().join(inputs.workspace, 'output', artifactName));
    }
    const artifactDir = (0,src/* ownedPath */.bD)(roots, 'artifact-name', external_node_path_default().join(inputs.artifactsDirectory, artifactName));
    // Both folders are emptied or replaced: neither may be or hold what the build is made from.
    const outputBy = inputs.outputDirectory !== undefined
        ? ['output-directory', rel(inputs.workspace, outputDir)]
        : [inputs.artifactName === undefined ? 'os' : 'artifact-name', artifactName];
    refuseHoldingSources(inputs, outputDir, 'emptied before the build', ...outputBy);
    const artifactsShown = rel(inputs.workspace, inputs.artifactsDirectory);
    refuseHoldingSources(inputs, artifactDir, 'replaced after the build', 'artifacts-directory', artifactsShown);
    const leg = {
        os,
        version,
        arch,
        artifactName,
        uploadName: `${artifactName}-${buildVersion}`,
        buildVersion,
        template: inputs.template,
        declared,
        outputDir,
        artifactDir,
        cpus: wholeNumber(value('cpus')) ?? 2,
        memoryMiB: wholeNumber(value('memory')) ?? 2048,
    };
    if (inputs.varFile)
        leg.varFile = inputs.varFile;
    if (isoUrl)
        leg.isoUrl = isoUrl;
    if (isoChecksum)
        leg.isoChecksum = isoChecksum;
    return leg;
}
/**
 * Refuses a folder slipway empties or replaces when it is, or holds, the template or the var file: they would be
 * deleted (before the build: the step would then fail on a missing template, naming no input).
 */
function refuseHoldingSources(inputs, dir, fate, input, value) {
    const sources = [['template', inputs.template]];
    if (inputs.varFile)
        sources.push(['var file', inputs.varFile]);
    for (const [what, source] of sources) {
        if (plan_within(source, dir)) {
            const shown = (file) => rel(inputs.workspace, file);
            throw new src/* InputError */.dz(input, value, `a folder apart from the ${what} (${shown(dir)} is ${fate}, and it holds ${shown(source)})`);
        }
    }
}
/** `child` is `parent` or lies below it. */
function plan_within(child, parent) {
    const relative = external_node_path_default().relative(parent, child);
    return relative === '' || (!relative.startsWith('..') && !external_node_path_default().isAbsolute(relative));
}
function wholeNumber(text) {
    return text !== undefined && /^\d+$/.test(text) && Number(text) > 0 ? Number(text) : undefined;
}
function versionFile(workspace) {
    const file = external_node_path_default().join(workspace, 'version');
    if (!(0,external_node_fs_.existsSync)(file))
        return undefined;
    const text = (0,external_node_fs_.readFileSync)(file, 'utf8').trim();
    return /^[A-Za-z0-9._+-]+$/.test(text) ? text : undefined;
}
/**
 * The packer command line of the leg: the var file, the variables slipway sets (only those the template declares),
 * then the user's `vars`, and `-only`. Pure: the ISO and accelerator are already settled.
 */
function packerPlan(inputs, leg, accelerator, iso) {
    const vars = [];
    if (iso) {
        vars.push(['iso_url', (0,external_node_url_.pathToFileURL)(iso.path).href]);
        if (iso.digest && leg.declared.has('iso_checksum'))
            vars.push(['iso_checksum', `${iso.digest.algorithm}:${iso.digest.hex}`]);
    }
    if (leg.declared.has('accelerator') && accelerator !== 'none')
        vars.push(['accelerator', accelerator]);
    if (leg.declared.has('headless'))
        vars.push(['headless', 'true']);
    if (leg.declared.has('output_directory'))
        vars.push(['output_directory', leg.outputDir]);
    vars.push(...inputs.vars);
    const cwd = inputs.workspace;
    return {
        template: rel(cwd, leg.template),
        vars,
        ...(leg.varFile ? { varFile: rel(cwd, leg.varFile) } : {}),
        ...(inputs.only ? { only: inputs.only } : {}),
    };
}

;// CONCATENATED MODULE: ./actions/packer-build/src/leg.ts











/** Downloads the ISO, runs Packer, validates, converts, packages and describes one leg, in that order. */
async function buildLeg(inputs, leg, ctx) {
    const accelerator = await chooseAccelerator(inputs.accelerator, ctx.logger);
    const iso = await fetchLegIso(inputs, leg, ctx);
    const plan = packerPlan(inputs, leg, accelerator, iso);
    const run = await runPacker(inputs, leg, plan, ctx);
    await validateOutput(inputs, leg, ctx);
    // The leg's artifact folder is replaced whole, so it holds exactly this build's files.
    await (0,src/* removeOwned */.Ox)(ctx.roots, leg.artifactDir);
    await (0,promises_.mkdir)(leg.artifactDir, { recursive: true });
    const epoch = ctx.sourceDateEpoch ?? Math.floor(run.started.getTime() / 1000);
    const images = inputs.formats.length === 0
        ? []
        : await ctx.logger.group(`disk formats: ${inputs.formats.join(', ')}`, async () => convertImages(await findDiskImage(leg.outputDir), inputs.formats, leg.artifactDir, machineOf(leg), epoch, ctx.logger, ctx.env));
    const packaged = await (0,src_package/* packageOutput */.si)(leg.outputDir, leg.artifactDir, leg.artifactName, inputs.compression, epoch, ctx.env);
    return describeLeg(inputs, leg, { accelerator, iso, run, packaged, images }, ctx);
}
async function chooseAccelerator(wanted, logger) {
    const accelerator = wanted === 'auto' ? await detectAccelerator() : wanted;
    const why = wanted !== 'auto'
        ? ' (from the accelerator input)'
        : accelerator === 'kvm'
            ? ' (/dev/kvm is usable)'
            : ' (/dev/kvm is not usable: software emulation, slow)';
    logger.info(`Accelerator: ${accelerator}${why}`);
    return accelerator;
}
/** The verified, cached ISO, when the template takes one and download-iso is on. */
async function fetchLegIso(inputs, leg, ctx) {
    if (!inputs.downloadIso) {
        ctx.logger.info('ISO download skipped (download-iso: false)');
        return undefined;
    }
    if (!leg.isoUrl || !leg.declared.has('iso_url'))
        return undefined;
    const url = leg.isoUrl;
    return ctx.logger.group(`ISO ${url}`, () => fetchIso({
        http: new HttpClient({ env: ctx.env, logger: ctx.logger }),
        url,
        checksum: leg.isoChecksum?.spec ?? { kind: 'none' },
        cacheDir: inputs.isoCacheDir,
        logger: ctx.logger,
        ...(ctx.remote ? { remote: ctx.remote } : {}),
        ...(ctx.sleep ? { retry: { sleep: ctx.sleep } } : {}),
    }));
}
/** Plugins, then an empty output folder, then `packer validate` and `packer build` within the attempts. */
async function runPacker(inputs, leg, plan, ctx) {
    const cwd = inputs.workspace;
    await preparePlugins(ctx.packer, plan.template, inputs.plugins, cwd, ctx.logger, ctx.env, inputs.token);
    // A re-run starts from an empty output folder, so the archive holds exactly this build's files.
    await (0,src/* removeOwned */.Ox)(ctx.roots, leg.outputDir);
    const started = new Date();
    const attempts = await validateAndBuild({
        tool: ctx.packer,
        plan,
        cwd,
        env: ctx.env,
        logger: ctx.logger,
        timeoutMs: inputs.timeoutMinutes * 60_000,
        attempts: inputs.buildAttempts,
        skipValidation: inputs.skipValidation,
        ...(inputs.token ? { token: inputs.token } : {}),
        ...(ctx.sleep ? { sleep: ctx.sleep } : {}),
    });
    const finished = new Date();
    if (!(0,external_node_fs_.existsSync)(leg.outputDir))
        throw new Error(`packer build succeeded but wrote nothing to ${rel(cwd, leg.outputDir)}`);
    return { plan, started, finished, attempts };
}
/** The validation command, in the output folder, unless skip-validation. */
async function validateOutput(inputs, leg, ctx) {
    if (inputs.validateCommand.length === 0)
        return;
    if (inputs.skipValidation) {
        ctx.logger.notice(`Validation command skipped (skip-validation: true): ${inputs.validateCommand.join(' ')}`);
        return;
    }
    const [command = '', ...args] = inputs.validateCommand;
    await ctx.logger.group(`validate: ${inputs.validateCommand.join(' ')}`, () => (0,src/* exec */.m0)(command, args, {
        cwd: leg.outputDir,
        env: { ...ctx.env, SLIPWAY_OUTPUT_DIR: leg.outputDir, SLIPWAY_ARTIFACT_NAME: leg.artifactName },
        onStdoutLine: (l) => ctx.logger.info(l),
    }));
}
function machineOf(leg) {
    return {
        name: leg.artifactName,
        os: leg.os,
        version: leg.version,
        arch: leg.arch,
        cpus: leg.cpus,
        memoryMiB: leg.memoryMiB,
    };
}
/** metadata.json and SHA256SUMS over the archive, the disk images and the metadata. */
async function describeLeg(inputs, leg, done, ctx) {
    const { iso, run, packaged, images } = done;
    const archiveName = external_node_path_default().basename(packaged.archive);
    const metadata = {
        name: leg.uploadName,
        os: leg.os,
        version: leg.version,
        arch: leg.arch,
        template: run.plan.template,
        var_file: run.plan.varFile ?? '',
        packer_version: ctx.packer.version,
        builds: inputs.only ?? 'all',
        accelerator: done.accelerator,
        iso: iso
            ? {
                url: leg.isoUrl ?? '',
                checksum: iso.digest ? `${iso.digest.algorithm}:${iso.digest.hex}` : 'none',
                cache_key: iso.cacheKey,
                cache_hit: iso.cacheHit,
                bytes_downloaded: iso.bytesTransferred,
            }
            : null,
        git_sha: ctx.gitSha,
        slipway_version: ctx.slipwayVersion,
        build_started: run.started.toISOString(),
        build_finished: run.finished.toISOString(),
        build_seconds: Math.round((run.finished.getTime() - run.started.getTime()) / 100) / 10,
        build_attempts: run.attempts,
        validated: !inputs.skipValidation,
        output_bytes: packaged.outputBytes,
        artifact: {
            file: archiveName,
            bytes: packaged.archiveBytes,
            sha256: packaged.sha256,
            compression: inputs.compression,
        },
        images,
        files: packaged.files,
    };
    const metadataFile = external_node_path_default().join(leg.artifactDir, 'metadata.json');
    await (0,promises_.writeFile)(metadataFile, `${JSON.stringify(metadata, null, 2)}\n`);
    const checksums = await (0,src_package/* writeChecksums */.gD)(leg.artifactDir, [archiveName, ...images.map((i) => i.file), 'metadata.json']);
    return {
        leg,
        accelerator: done.accelerator,
        ...(iso ? { iso } : {}),
        archive: packaged.archive,
        sha256: packaged.sha256,
        images,
        checksums,
        metadataFile,
        metadata,
    };
}

;// CONCATENATED MODULE: ./actions/packer-build/src/metadata.ts


/**
 * slipway's own version: the `version` file at the root of the slipway checkout the runner fetched for
 * `uses: …/actions/packer-build@v1`, two folders above the bundle (dist/packer-build/index.js).
 */
function slipwayVersion(bundle) {
    if (!bundle)
        return 'unknown';
    try {
        return (0,external_node_fs_.readFileSync)(external_node_path_default().resolve(external_node_path_default().dirname(bundle), '..', '..', 'version'), 'utf8').trim() || 'unknown';
    }
    catch {
        return 'unknown';
    }
}

;// CONCATENATED MODULE: ./actions/packer-build/src/main.ts








async function main(ctx) {
    const inputs = getInputs(ctx);
    if (inputs.token)
        src/* workflowCommands.setSecret */.ip.setSecret(inputs.token);
    const logger = (0,src/* coreLogger */.Wj)();
    // Names, paths, template variables and the ISO checksum are settled before anything is downloaded or built.
    const leg = resolveLeg(inputs, ctx, ctx.sha);
    const packer = await findOrInstallPacker({
        ...(inputs.packerVersion ? { pinned: inputs.packerVersion } : {}),
        releasesUrl: inputs.packerReleasesUrl,
        env: ctx.env,
        toolCache: ctx.onRunner && Boolean(ctx.env.RUNNER_TOOL_CACHE),
        logger,
    });
    if (packer.addToPath)
        ctx.addPath(packer.addToPath);
    const remote = ctx.services.cache ? actionsCache() : undefined;
    if (!remote)
        logger.info(`No GitHub Actions cache here: ISOs are kept in ${inputs.isoCacheDir}`);
    const gitSha = ctx.sha || ((await new Git(inputs.workspace, ctx.env).tryRun(['rev-parse', 'HEAD'])) ?? '');
    const result = await buildLeg(inputs, leg, {
        logger,
        env: ctx.env,
        roots: ctx,
        packer,
        gitSha,
        slipwayVersion: slipwayVersion(process.argv[1]),
        ...(ctx.sourceDateEpoch !== undefined ? { sourceDateEpoch: ctx.sourceDateEpoch } : {}),
        ...(remote ? { remote } : {}),
    });
    let uploaded = 'skipped (upload: false)';
    if (inputs.upload) {
        if (ctx.services.artifacts) {
            const files = [
                result.archive,
                ...result.images.map((i) => external_node_path_default().join(leg.artifactDir, i.file)),
                result.checksums,
                result.metadataFile,
            ];
            await uploadArtifact(leg.uploadName, files, leg.artifactDir, inputs.retentionDays, logger);
            uploaded = `${leg.uploadName}, ${inputs.retentionDays} day(s)`;
        }
        else {
            uploaded = 'skipped: not on a GitHub runner (no artifact service)';
            logger.info(`Artifact upload skipped: not on a GitHub runner. The files are in ${leg.artifactDir}`);
        }
    }
    (0,src/* setOutputs */.n0)({
        'artifact-name': leg.uploadName,
        'artifact-path': result.archive,
        sha256: result.sha256,
        images: Object.fromEntries(result.images.map((i) => [i.format, external_node_path_default().join(leg.artifactDir, i.file)])),
        metadata: result.metadata,
        'iso-cache-hit': result.iso?.cacheHit ?? false,
    });
    await (0,src/* appendSummary */.fe)(summaryOf(result, uploaded, inputs.workspace));
}
function summaryOf(result, uploaded, workspace) {
    const m = result.metadata;
    const iso = m.iso
        ? `${(0,src/* code */.aY)(m.iso.checksum.slice(0, 24))}… ${m.iso.cache_hit ? 'cache hit' : `downloaded ${m.iso.bytes_downloaded} bytes`}`
        : 'none';
    const rows = [
        ['template', (0,src/* code */.aY)(m.template)],
        ['var file', m.var_file ? (0,src/* code */.aY)(m.var_file) : ''],
        ['packer', `${m.packer_version} (${m.builds})`],
        ['accelerator', m.accelerator],
        ['ISO', iso],
        ['build', `${m.build_seconds} s, ${m.build_attempts} attempt(s)${m.validated ? '' : ', validation skipped'}`],
        [
            'artifact',
            `${(0,src/* code */.aY)(external_node_path_default().relative(workspace, result.archive))} (${m.artifact.bytes} bytes from ${m.output_bytes})`,
        ],
        ['sha256', (0,src/* code */.aY)(m.artifact.sha256)],
        ...m.images.map((i) => [
            i.format,
            `${(0,src/* code */.aY)(i.file)} (${i.bytes} bytes), sha256 ${(0,src/* code */.aY)(i.sha256)}`,
        ]),
        ['upload', uploaded],
    ];
    return `### Packer build: ${m.name}\n\n${(0,src/* markdownTable */.Qj)(['', m.os + ' ' + m.version + ' ' + m.arch], rows)}`;
}


/***/ }),

/***/ 12710:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  CS: () => (/* binding */ listFiles),
  si: () => (/* binding */ packageOutput),
  Q3: () => (/* binding */ sha256File),
  gD: () => (/* binding */ writeChecksums)
});

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __nccwpck_require__(4573);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: external "node:stream/promises"
const external_node_stream_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __nccwpck_require__(38522);
// EXTERNAL MODULE: ./packages/action-kit/src/index.ts + 11 modules
var src = __nccwpck_require__(43834);
;// CONCATENATED MODULE: ./actions/packer-build/src/package.ts








/**
 * Files under a folder, relative, sorted (what the archive holds). Names are read as bytes: one that is not valid
 * UTF-8 would come back with U+FFFD in place of its bytes and then name no file (an unrelated ENOENT later). Such a
 * name cannot be listed, checksummed or named in the metadata, so it fails here, naming the file and the reason.
 */
async function listFiles(dir) {
    const out = [];
    const walk = async (sub) => {
        const entries = await (0,promises_.readdir)(external_node_path_default().join(dir, sub), { withFileTypes: true, encoding: 'buffer' });
        const named = entries.map((entry) => {
            if (!(0,external_node_buffer_.isUtf8)(entry.name)) {
                const shown = JSON.stringify(external_node_path_default().join(dir, sub, entry.name.toString('latin1')));
                throw new Error(`the build left a file whose name is not valid UTF-8 in its output folder: ${shown} (bytes shown as Latin-1); rename it in the template: its files are listed, checksummed and described by name`);
            }
            return { name: entry.name.toString('utf8'), directory: entry.isDirectory() };
        });
        for (const entry of named.sort((a, b) => (a.name < b.name ? -1 : 1))) {
            const rel = sub ? `${sub}/${entry.name}` : entry.name;
            if (entry.directory)
                await walk(rel);
            else
                out.push(rel);
        }
    };
    await walk('');
    return out;
}
/**
 * Archives the build's output directory as `<name>.tar` with stable order, owners and times (GNU tar: --sort=name,
 * --mtime, numeric owner 0), then compresses it: zstd with the zstd CLI (multi-threaded), gzip with Node's zlib.
 */
async function packageOutput(outputDir, destDir, name, compression, mtimeEpoch, env) {
    const files = await listFiles(outputDir);
    if (files.length === 0)
        throw new Error(`the build left no files in ${outputDir}: nothing to package`);
    let outputBytes = 0;
    for (const file of files)
        outputBytes += (await (0,promises_.stat)(external_node_path_default().join(outputDir, file))).size;
    await (0,promises_.mkdir)(destDir, { recursive: true });
    const tar = external_node_path_default().join(destDir, `${name}.tar`);
    const tarArgs = [
        '--sort=name',
        `--mtime=@${mtimeEpoch}`,
        '--owner=0',
        '--group=0',
        '--numeric-owner',
        '--format=gnu',
        '-C',
        outputDir,
        '-cf',
        tar,
        ...files,
    ];
    await (0,src/* exec */.m0)('tar', tarArgs, { env });
    let archive = tar;
    if (compression === 'zstd') {
        if (!(await (0,src/* isOnPath */.jY)('zstd')))
            throw new Error('compression zstd needs the zstd command (apt-get install zstd), or use compression: gzip');
        archive = `${tar}.zst`;
        await (0,src/* exec */.m0)('zstd', ['-q', '-f', '-T0', '--rm', tar, '-o', archive], { env });
    }
    else if (compression === 'gzip') {
        archive = `${tar}.gz`;
        // mtime 0 in the gzip header keeps the archive byte-identical across runs.
        await (0,external_node_stream_promises_namespaceObject.pipeline)((0,external_node_fs_.createReadStream)(tar), (0,external_node_zlib_.createGzip)({ level: 6 }), (0,external_node_fs_.createWriteStream)(archive));
        await (0,promises_.rm)(tar);
    }
    const sha256 = await sha256File(archive);
    return { archive, sha256, outputBytes, archiveBytes: (await (0,promises_.stat)(archive)).size, files };
}
async function sha256File(file) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of (0,external_node_fs_.createReadStream)(file))
        hash.update(chunk);
    return hash.digest('hex');
}
/** `sha256sum`'s format: `<hex>  <name>`, checkable with `sha256sum -c SHA256SUMS` in the folder. */
async function writeChecksums(destDir, files) {
    const lines = [];
    for (const file of files)
        lines.push(`${await sha256File(external_node_path_default().join(destDir, file))}  ${file}`);
    const out = external_node_path_default().join(destDir, 'SHA256SUMS');
    await (0,promises_.writeFile)(out, `${lines.join('\n')}\n`);
    return out;
}


/***/ }),

/***/ 43834:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  xL: () => (/* reexport */ ConfigError),
  cI: () => (/* reexport */ ExecError),
  dz: () => (/* reexport */ InputError),
  dw: () => (/* reexport */ RetryableError),
  fe: () => (/* reexport */ appendSummary),
  I1: () => (/* reexport */ assertName),
  aY: () => (/* reexport */ code),
  Wj: () => (/* reexport */ coreLogger),
  m0: () => (/* reexport */ exec),
  aJ: () => (/* reexport */ inheritedEnvironment),
  cN: () => (/* reexport */ inputReader),
  jY: () => (/* reexport */ isOnPath),
  PS: () => (/* reexport */ isRetryableStatus),
  l: () => (/* reexport */ isTransientNetworkError),
  CW: () => (/* reexport */ loadSpawn),
  Qj: () => (/* reexport */ markdownTable),
  bD: () => (/* reexport */ ownedPath),
  l2: () => (/* reexport */ ownedProblem),
  mu: () => (/* reexport */ parseRetryAfter),
  Ox: () => (/* reexport */ removeOwned),
  L5: () => (/* reexport */ retry),
  Cs: () => (/* reexport */ runAction),
  n0: () => (/* reexport */ setOutputs),
  qq: () => (/* reexport */ silentLogger),
  ip: () => (/* reexport */ workflow_commands_namespaceObject)
});

// UNUSED EXPORTS: annotationAt, cell, details, failFrom, formatLocation, formatOutput, heading, inputVariable, isInside, parseList, parseSourceDateEpoch, quote, randomBytes, randomUUID, readRunnerContext, recordingLogger, sleep

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
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(48161);
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./packages/action-kit/src/errors.ts
/**
 * A user mistake in an action input. `runAction` turns it into one `::error` that names the input, the value and
 * what was expected, and exit code 1. Anything that is not an InputError or ConfigError is treated as a bug.
 */
class InputError extends Error {
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
    process.stdout.write(`${text}::${escapeData(commandValue(message))}${external_node_os_.EOL}`);
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
    process.stdout.write(message + external_node_os_.EOL);
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
    return `${name}<<${delimiter}${external_node_os_.EOL}${converted}${external_node_os_.EOL}${delimiter}`;
}
function issueFileCommand(variable, message) {
    const file = process.env[`GITHUB_${variable}`];
    if (!file)
        throw new Error(`Unable to find environment variable for file command ${variable}`);
    if (!(0,external_node_fs_.existsSync)(file))
        throw new Error(`Missing file at path: ${file}`);
    (0,external_node_fs_.appendFileSync)(file, `${message}${external_node_os_.EOL}`, { encoding: 'utf8' });
}
function setOutput(name, value) {
    if (process.env.GITHUB_OUTPUT) {
        issueFileCommand('OUTPUT', keyValueMessage(name, value));
        return;
    }
    process.stdout.write(external_node_os_.EOL);
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
    return (await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 31421, 23))).spawn;
}
/**
 * Runs a program with an argument array: no shell is involved, so no input can be interpreted as shell syntax.
 */
async function exec(command, args, options = {}) {
    if (options.noStdin && options.input !== undefined)
        throw new Error('exec: input with noStdin');
    const spawn = await loadSpawn();
    // Like node:child_process, node:readline is not in the start-up snapshot: loaded only for line callbacks.
    const { createInterface } = options.onStdoutLine || options.onStderrLine ? await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 80481, 23)) : { createInterface: undefined };
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
            throw new InputError(name, value, range);
        const parsed = Number(value);
        if (!Number.isSafeInteger(parsed) || parsed < min || parsed > max)
            throw new InputError(name, value, range);
        return parsed;
    };
    const pathFrom = (name, value, options) => {
        const resolved = external_node_path_default().resolve(workspace, value);
        if (!options.allowOutside && !isInside(workspace, resolved)) {
            throw new InputError(name, value, `a path inside the workspace ${workspace}`);
        }
        let real;
        try {
            real = (0,external_node_fs_.realpathSync)(resolved);
        }
        catch {
            if (options.mustExist)
                throw new InputError(name, value, 'an existing file or directory');
        }
        // A symlink inside the workspace must not lead a read or a write outside it.
        if (real !== undefined && !options.allowOutside && !isInside(realpathOrSelf(workspace), real)) {
            throw new InputError(name, value, `a path that stays inside the workspace (it resolves to ${real})`);
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
                throw new InputError(name, '', 'a value: this input is required');
            return value;
        },
        optional: (name) => raw(name),
        boolean(name, options = {}) {
            const value = raw(name);
            if (value === undefined) {
                if (options.default !== undefined)
                    return options.default;
                throw new InputError(name, '', 'true or false');
            }
            if (TRUE.has(value))
                return true;
            if (FALSE.has(value))
                return false;
            throw new InputError(name, value, 'true or false (YAML 1.2: true, True, TRUE, false, False, FALSE)');
        },
        integer(name, options = {}) {
            const value = raw(name);
            if (value === undefined) {
                if (options.default !== undefined)
                    return options.default;
                throw new InputError(name, '', 'a whole number');
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
                throw new InputError(name, value ?? '', `one of ${allowed.join(', ')}`);
            return found;
        },
        list(name, options = {}) {
            return parseList(raw(name) ?? '', options);
        },
        path(name, options = {}) {
            const value = raw(name) ?? options.default;
            if (value === undefined)
                throw new InputError(name, '', 'a path');
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
var promises_ = __nccwpck_require__(51455);
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
    const target = external_node_path_default().resolve(roots.workspace, value);
    const problem = ownedProblem(roots, target);
    if (problem)
        throw new InputError(input, value, `a folder slipway may write to, but ${problem}`);
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
    if (error instanceof InputError) {
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

/***/ 71275:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ic: () => (/* binding */ describeFailure),
/* harmony export */   Iu: () => (/* binding */ HttpTimeoutError),
/* harmony export */   T6: () => (/* binding */ ProxyError),
/* harmony export */   Xz: () => (/* binding */ StallError),
/* harmony export */   Z3: () => (/* binding */ HttpPolicyError)
/* harmony export */ });
/* unused harmony exports NetworkError, TRANSIENT_CODES, codeOf */
/* harmony import */ var _slipway_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(43834);

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

/***/ 43342:
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

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 49140:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("constants");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 91943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 98995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 80481:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 46193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 53557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

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
/******/ 		id: moduleId,
/******/ 		loaded: false,
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
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
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
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
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
/******/ var __webpack_exports__ = __nccwpck_require__(99473);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
