import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 9689:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _slipway_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(513);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3579);


await (0,_slipway_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .Cs)(_main_js__WEBPACK_IMPORTED_MODULE_1__/* .main */ .i);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 3579:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/action-kit/src/index.ts + 12 modules
var src = __nccwpck_require__(513);
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
const FORMAT = `${RS}%H${US}%P${US}%aN${US}%aE${US}%at${US}%B`;
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
    const opened = (0,src/* loadSpawn */.CW)().then((spawn) => startRecords(spawn, git, args));
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
                reject(new src/* ExecError */.cI('git', args, code, stderr(), signal));
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

;// CONCATENATED MODULE: ./actions/release-notes/src/render.ts
/** GitHub refuses a release body longer than this (characters). */
const BODY_LIMIT = 125_000;
/** Longest title, scope and breaking-change note kept on a line; a commit subject is a line, not a document. */
const TITLE_LIMIT = 500;
const NOTE_LIMIT = 1_000;
const NAME_LIMIT = 100;
/** The Contributors section may take this much of a body that has to be cut. */
const CONTRIBUTORS_SHARE = 20_000;
/** A GitHub login (users and apps' `[bot]` accounts): the only text written as a mention. */
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/;
/**
 * Text from commits and people (subjects, scopes, names) as Markdown that renders exactly as the text: no link,
 * image, HTML, emphasis, autolinked URL or @mention can come out of it. Balanced single-backtick code spans are kept
 * (inside one, everything is literal already); every other Markdown character is backslash-escaped; `@` before a
 * name, `://` and `www.` get a zero-width space, which GitHub's mention and autolink rules do not cross.
 */
function plainText(text) {
    // Most subjects and names hold none of what the rules below change: they are returned as they are, which on a
    // release of 100,000 commits saves five regular expression passes a line.
    if (!MAY_NEED_ESCAPES.test(text) && !BLOCK_START.test(text))
        return text;
    let out = '';
    let from = 0;
    for (const match of text.matchAll(/`[^`\n]+`/g)) {
        out += escapeRun(text.slice(from, match.index));
        out += match[0];
        from = match.index + match[0].length;
    }
    out += escapeRun(text.slice(from));
    // What starts a line would start a block (a heading, a list, a quote, a numbered list): escaped there.
    return out.replace(/^(\s*)(?:([#+=>-])|(\d+)([.)]))/gm, (_all, space, mark, digits, dot) => mark !== undefined ? `${space}\\${mark}` : `${space}${digits ?? ''}\\${dot ?? ''}`);
}
/**
 * Whatever plainText or escapeRun could change, and more: a character they escape, a mention, an autolink, a line
 * terminator (after which a block could start). Text without any of them and without a block start comes out as it
 * went in.
 */
const MAY_NEED_ESCAPES = /[\\`*_[\]<>~|&!@\n\r\u2028\u2029]|:\/\/|www\./i;
const BLOCK_START = /^\s*(?:[#+=>-]|\d+[.)])/;
function escapeRun(text) {
    return text
        .replace(/[\\`*_[\]<>~|&!]/g, '\\$&')
        .replace(/@(?=[A-Za-z0-9])/g, '@\u200b')
        .replace(/:\/\//g, ':\u200b//')
        .replace(/\b(www)\./gi, '$1\u200b.');
}
/** At most `limit` characters, cut at a character boundary (never inside a surrogate pair), with an ellipsis. */
function cut(text, limit) {
    if (text.length <= limit)
        return text;
    let end = limit - 1;
    const code = text.charCodeAt(end - 1);
    if (code >= 0xd800 && code <= 0xdbff)
        end--;
    return `${text.slice(0, end)}…`;
}
/** `@login` when the login was resolved through the API, else the name as plain text. */
function personMarkdown(name, login, resolved) {
    if (login !== undefined && LOGIN.test(login) && resolved.has(login.toLowerCase()))
        return `@${login}`;
    return plainText(cut(name, NAME_LIMIT));
}
function changeLine(change, input) {
    return lineWriter(input)(change);
}
/**
 * changeLine for many changes: what repeats from line to line (an author's name or mention, a scope, the link
 * prefixes) is made once. `input.loginOf` is asked once per author (a release has few authors and many lines).
 */
function lineWriter(input) {
    const url = input.repositoryUrl;
    const authors = new Map();
    const scopes = new Map();
    return (change) => {
        const scope = change.scope;
        let scopeText = '';
        if (scope) {
            const known = scopes.get(scope);
            if (known === undefined)
                scopes.set(scope, (scopeText = `**${plainText(cut(scope, NAME_LIMIT))}:** `));
            else
                scopeText = known;
        }
        const person = change.author;
        let author = authors.get(person);
        if (author === undefined) {
            author = personMarkdown(person.name, input.loginOf(change), input.resolvedLogins);
            authors.set(person, author);
        }
        const sha = change.sha;
        const pullRequest = change.pullRequest;
        const pull = pullRequest !== undefined ? `[#${pullRequest}](${url}/pull/${pullRequest}), ` : '';
        let line = `- ${scopeText}${plainText(cut(change.title, TITLE_LIMIT))} by ${author} (${pull}[\`${sha.slice(0, 7)}\`](${url}/commit/${sha}))`;
        for (const note of change.breakingNotes) {
            line += `\n  > ${plainText(cut(note, NOTE_LIMIT)).split('\n').join('\n  > ')}`;
        }
        return `${line}\n`;
    };
}
/** An integer with thousands separators, as `toLocaleString('en')` writes it, without starting ICU for it. */
function groupedNumber(value) {
    const digits = String(Math.trunc(Math.abs(value)));
    let out = '';
    for (let end = digits.length; end > 0; end -= 3)
        out = `${end > 3 ? ',' : ''}${digits.slice(Math.max(0, end - 3), end)}${out}`;
    return value < 0 ? `-${out}` : out;
}
function contributorText(contributor, resolved) {
    const who = personMarkdown(contributor.name, contributor.login, resolved);
    return `${who}${contributor.firstTime ? ' (first contribution 🎉)' : ''}`;
}
function imagesBlock(input) {
    if (input.images.length === 0 || input.version === undefined)
        return undefined;
    const lines = input.images.flatMap((image) => [
        `docker pull ${image}:${input.version ?? ''}`,
        ...(input.latest ? [`docker pull ${image}:latest`] : []),
    ]);
    return `## Docker images\n\n\`\`\`sh\n${lines.join('\n')}\n\`\`\`\n`;
}
function fullChangelogLine(input) {
    if (input.tag === undefined)
        return '';
    if (input.previousTag === undefined)
        return `**Full Changelog**: ${input.repositoryUrl}/commits/${input.tag}\n`;
    return `**Full Changelog**: ${input.repositoryUrl}/compare/${input.previousTag}...${input.tag}\n`;
}
/**
 * Writes the whole notes to `sink` (the CHANGELOG.md file), one piece at a time, and returns the body: the whole
 * notes when they fit in `limit`, else a body in which every section keeps its place — its heading, as many of its
 * lines as fit, and how many more the attached CHANGELOG.md holds —, the Contributors (cut to a share of the limit)
 * and the Full Changelog link. Nothing holds the notes twice: the lines are made again from the changes for the cut
 * body, which only a release past the limit needs.
 */
function renderNotes(input, limit = BODY_LIMIT, sink = () => undefined) {
    const images = imagesBlock(input);
    const footer = fullChangelogLine(input);
    const contributorsHead = '## Contributors\n\n';
    let length = 0;
    let whole = '';
    const write = (text) => {
        sink(text);
        length += text.length;
        if (whole !== undefined)
            whole = length <= limit ? whole + text : undefined;
    };
    const blocks = [];
    const line = lineWriter(input);
    if (images)
        blocks.push(() => write(images));
    for (const section of input.sections) {
        blocks.push(() => {
            write(`## ${section.title}\n\n`);
            for (const change of section.changes)
                write(line(change));
        });
    }
    if (input.sections.length === 0)
        blocks.push(() => write('## Changes\n\nNo changes since the previous release.\n'));
    if (input.contributors.length > 0) {
        blocks.push(() => {
            write(contributorsHead);
            input.contributors.forEach((c, i) => write(`${i > 0 ? ', ' : ''}${contributorText(c, input.resolvedLogins)}`));
            write('\n');
        });
    }
    blocks.forEach((block, i) => {
        if (i > 0)
            write('\n');
        block();
    });
    if (footer)
        write(`\n${footer}`);
    if (whole !== undefined)
        return { body: whole, fullLength: length, truncated: false };
    return { body: fitted(input, limit, images, footer), fullLength: length, truncated: true };
}
/** The notes within `limit`, every section in its place (see renderNotes). */
function fitted(input, limit, images, footer) {
    const note = `\n> [!NOTE]\n> These notes are cut to fit GitHub's limit of ${groupedNumber(BODY_LIMIT)} characters: the full notes are in the attached \`CHANGELOG.md\`.\n`;
    const more = (count) => `- … and ${groupedNumber(count)} more in \`CHANGELOG.md\`\n`;
    const changeLine = lineWriter(input);
    const contributors = contributorsWithin(input, Math.min(CONTRIBUTORS_SHARE, Math.floor(limit / 5)));
    const heads = input.sections.map((s) => `## ${s.title}\n\n`);
    const fixed = (images ? images.length + 1 : 0) +
        heads.reduce((n, head) => n + head.length + 1, 0) +
        input.sections.reduce((n, s) => n + more(s.changes.length).length, 0) +
        (contributors ? contributors.length + 1 : 0) +
        note.length +
        (footer ? footer.length + 1 : 0);
    let budget = limit - fixed;
    const parts = [];
    if (images)
        parts.push(images);
    input.sections.forEach((section, i) => {
        let text = heads[i] ?? '';
        let shown = 0;
        for (const change of section.changes) {
            const line = changeLine(change);
            if (line.length > budget)
                break;
            text += line;
            budget -= line.length;
            shown++;
        }
        if (shown < section.changes.length)
            text += more(section.changes.length - shown);
        parts.push(text);
    });
    if (contributors)
        parts.push(contributors);
    let body = parts.join('\n') + note;
    if (footer)
        body += `\n${footer}`;
    // The reserve was counted for the widest case, so this holds; a tiny limit (tests) keeps the last word anyway.
    return body.length <= limit ? body : body.slice(0, limit);
}
function contributorsWithin(input, share) {
    if (input.contributors.length === 0)
        return undefined;
    let text = '## Contributors\n\n';
    let shown = 0;
    for (const contributor of input.contributors) {
        const piece = `${shown > 0 ? ', ' : ''}${contributorText(contributor, input.resolvedLogins)}`;
        if (text.length + piece.length > share - 40)
            break;
        text += piece;
        shown++;
    }
    const left = input.contributors.length - shown;
    if (left > 0)
        text += `${shown > 0 ? ', ' : ''}and ${groupedNumber(left)} more`;
    return `${text}\n`;
}
/**
 * The hand-written text and the generated notes as one body: the text first, as written, then the notes (which
 * were fitted to what the text leaves of the limit).
 */
function withIntro(intro, notes) {
    if (intro === undefined)
        return notes;
    if (notes === '')
        return `${intro}\n`;
    return `${intro}\n\n${notes}`;
}

;// CONCATENATED MODULE: ./actions/release-notes/src/inputs.ts



const AUTO = ['auto', 'true', 'false'];
function getInputs(ctx, read = (0,src/* inputReader */.cN)({ ...ctx.env })) {
    const repositoryText = read.string('repository', { default: ctx.repository });
    const [owner, repo, ...extra] = repositoryText.split('/');
    if (!owner || !repo || extra.length > 0)
        throw new src/* InputError */.dz('repository', repositoryText, 'owner/name');
    const tag = read.optional('tag') ?? (ctx.ref.startsWith('refs/tags/') ? ctx.ref.slice('refs/tags/'.length) : undefined);
    const createRelease = read.enum('create-release', AUTO, { default: 'auto' });
    const inputs = {
        repository: { owner, repo },
        tagPrefix: read.string('tag-prefix', { default: 'v' }),
        fetchHistory: read.boolean('fetch-history', { default: false }),
        firstParent: read.boolean('first-parent', { default: true }),
        includePaths: read.list('include-paths'),
        config: read.string('config', { default: '.github/release.yml' }),
        images: read.list('images', { comma: true }),
        // On a tag event the release is the point of the step; elsewhere only the notes are wanted.
        createRelease: createRelease === 'auto' ? ctx.ref.startsWith('refs/tags/') : createRelease === 'true',
        generateNotes: read.boolean('generate-release-notes', { default: true }),
        prerelease: read.enum('prerelease', AUTO, { default: 'auto' }),
        draft: read.boolean('draft', { default: false }),
        makeLatest: read.enum('make-latest', AUTO, { default: 'auto' }),
        bodyMode: read.enum('body-mode', ['replace', 'append'], { default: 'replace' }),
        files: read.list('files'),
        // As softprops/action-gh-release: a re-run with a rebuilt file replaces it (safely: see publish.ts).
        overwriteFiles: read.boolean('overwrite-files', { default: true }),
        failOnUnmatchedFiles: read.boolean('fail-on-unmatched-files', { default: true }),
        checksums: read.boolean('checksums', { default: true }),
        draftUntilAssets: read.boolean('draft-until-assets', { default: true }),
        workspace: read.workspace,
        serverUrl: ctx.serverUrl,
    };
    const token = read.optional('token');
    if (token !== undefined)
        inputs.token = token;
    if (tag !== undefined)
        inputs.tag = tag;
    const tagPattern = read.optional('tag-pattern');
    if (tagPattern !== undefined)
        inputs.tagPattern = tagPattern;
    const previousTag = read.optional('previous-tag');
    if (previousTag !== undefined)
        inputs.previousTag = previousTag;
    const name = read.optional('name');
    if (name !== undefined)
        inputs.name = name;
    const discussionCategory = read.optional('discussion-category-name');
    if (discussionCategory !== undefined)
        inputs.discussionCategory = discussionCategory;
    const targetCommitish = read.optional('target-commitish');
    if (targetCommitish !== undefined)
        inputs.targetCommitish = targetCommitish;
    const intro = readIntro(read);
    if (intro !== undefined)
        inputs.intro = intro;
    for (const image of inputs.images) {
        if (!/^[a-z0-9]+(?:[._-][a-z0-9]+)*(?::\d+)?(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/.test(image)) {
            throw new src/* InputError */.dz('images', image, 'an image name without a tag, such as ghcr.io/owner/server');
        }
    }
    if (inputs.createRelease && inputs.tag === undefined) {
        throw new src/* InputError */.dz('tag', '', 'a tag to release (this is not a tag event), or create-release: false');
    }
    if (inputs.createRelease && inputs.token === undefined) {
        throw new src/* InputError */.dz('token', '', 'a token with contents: write to create the release');
    }
    return inputs;
}
/** `body` or the file `body-path` (not both), kept as written apart from surrounding blank lines. */
function readIntro(read) {
    const body = read.raw('body') === undefined ? undefined : read.string('body', { trim: false });
    const bodyPath = read.optionalPath('body-path', { mustExist: true });
    const shown = read.raw('body-path') ?? '';
    if (body !== undefined && bodyPath !== undefined) {
        throw new src/* InputError */.dz('body-path', shown, 'either body or body-path, not both');
    }
    let text = body;
    if (bodyPath !== undefined) {
        try {
            text = (0,external_node_fs_.readFileSync)(bodyPath, 'utf8');
        }
        catch (error) {
            throw new src/* InputError */.dz('body-path', shown, `a readable text file (${error.message})`);
        }
    }
    if (text === undefined)
        return undefined;
    text = text.replace(/^\s*\n/, '').trimEnd();
    if (text === '')
        return undefined;
    // The generated notes need room too; a hand-written text past GitHub's limit could never be sent.
    if (text.length > BODY_LIMIT - 1000) {
        throw new src/* InputError */.dz(bodyPath !== undefined ? 'body-path' : 'body', bodyPath !== undefined ? shown : `${text.slice(0, 40)}…`, `a text under ${(BODY_LIMIT - 1000).toLocaleString('en')} characters (GitHub's limit for a release body is ${BODY_LIMIT.toLocaleString('en')})`);
    }
    return text;
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

;// CONCATENATED MODULE: ./node_modules/conventional-commits-parser/dist/regex.js
const nomatchRegex = /(?!.*)/;
function regex_escape(string) {
    return string.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
function joinOr(parts) {
    return parts
        .map(val => (typeof val === 'string' ? regex_escape(val.trim()) : val.source))
        .filter(Boolean)
        .join('|');
}
function getNotesRegex(noteKeywords, notesPattern) {
    if (!noteKeywords) {
        return nomatchRegex;
    }
    const noteKeywordsSelection = joinOr(noteKeywords);
    if (!notesPattern) {
        return new RegExp(`^[\\s|*]*(${noteKeywordsSelection})[:\\s]+(.*)`, 'i');
    }
    return notesPattern(noteKeywordsSelection);
}
function getReferencePartsRegex(issuePrefixes, issuePrefixesCaseSensitive) {
    if (!issuePrefixes) {
        return nomatchRegex;
    }
    const flags = issuePrefixesCaseSensitive ? 'g' : 'gi';
    return new RegExp(`(?:.*?)??\\s*([\\w-\\.\\/]*?)??(${joinOr(issuePrefixes)})([\\w-]+)(?=\\s|$|[,;)\\]])`, flags);
}
function getReferencesRegex(referenceActions) {
    if (!referenceActions) {
        // matches everything
        return /()(.+)/gi;
    }
    const joinedKeywords = joinOr(referenceActions);
    return new RegExp(`(${joinedKeywords})(?:\\s+(.*?))(?=(?:${joinedKeywords})|$)`, 'gi');
}
/**
 * Make the regexes used to parse a commit.
 * @param options
 * @returns Regexes.
 */
function getParserRegexes(options = {}) {
    const notes = getNotesRegex(options.noteKeywords, options.notesPattern);
    const referenceParts = getReferencePartsRegex(options.issuePrefixes, options.issuePrefixesCaseSensitive);
    const references = getReferencesRegex(options.referenceActions);
    return {
        notes,
        referenceParts,
        references,
        mentions: /@([\w-]+)/g,
        url: /\b(?:https?):\/\/(?:www\.)?([-a-zA-Z0-9@:%_+.~#?&//=])+\b/
    };
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoicmVnZXguanMiLCJzb3VyY2VSb290IjoiIiwic291cmNlcyI6WyIuLi9zcmMvcmVnZXgudHMiXSwibmFtZXMiOltdLCJtYXBwaW5ncyI6IkFBS0EsTUFBTSxZQUFZLEdBQUcsUUFBUSxDQUFBO0FBRTdCLFNBQVMsTUFBTSxDQUFDLE1BQWM7SUFDNUIsT0FBTyxNQUFNLENBQUMsT0FBTyxDQUFDLHFCQUFxQixFQUFFLE1BQU0sQ0FBQyxDQUFBO0FBQ3RELENBQUM7QUFFRCxTQUFTLE1BQU0sQ0FBQyxLQUEwQjtJQUN4QyxPQUFPLEtBQUs7U0FDVCxHQUFHLENBQUMsR0FBRyxDQUFDLEVBQUUsQ0FBQyxDQUFDLE9BQU8sR0FBRyxLQUFLLFFBQVEsQ0FBQyxDQUFDLENBQUMsTUFBTSxDQUFDLEdBQUcsQ0FBQyxJQUFJLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxHQUFHLENBQUMsTUFBTSxDQUFDLENBQUM7U0FDdkUsTUFBTSxDQUFDLE9BQU8sQ0FBQztTQUNmLElBQUksQ0FBQyxHQUFHLENBQUMsQ0FBQTtBQUNkLENBQUM7QUFFRCxTQUFTLGFBQWEsQ0FDcEIsWUFBNkMsRUFDN0MsWUFBb0Q7SUFFcEQsSUFBSSxDQUFDLFlBQVksRUFBRSxDQUFDO1FBQ2xCLE9BQU8sWUFBWSxDQUFBO0lBQ3JCLENBQUM7SUFFRCxNQUFNLHFCQUFxQixHQUFHLE1BQU0sQ0FBQyxZQUFZLENBQUMsQ0FBQTtJQUVsRCxJQUFJLENBQUMsWUFBWSxFQUFFLENBQUM7UUFDbEIsT0FBTyxJQUFJLE1BQU0sQ0FBQyxhQUFhLHFCQUFxQixjQUFjLEVBQUUsR0FBRyxDQUFDLENBQUE7SUFDMUUsQ0FBQztJQUVELE9BQU8sWUFBWSxDQUFDLHFCQUFxQixDQUFDLENBQUE7QUFDNUMsQ0FBQztBQUVELFNBQVMsc0JBQXNCLENBQzdCLGFBQThDLEVBQzlDLDBCQUErQztJQUUvQyxJQUFJLENBQUMsYUFBYSxFQUFFLENBQUM7UUFDbkIsT0FBTyxZQUFZLENBQUE7SUFDckIsQ0FBQztJQUVELE1BQU0sS0FBSyxHQUFHLDBCQUEwQixDQUFDLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQTtJQUVyRCxPQUFPLElBQUksTUFBTSxDQUFDLG1DQUFtQyxNQUFNLENBQUMsYUFBYSxDQUFDLDhCQUE4QixFQUFFLEtBQUssQ0FBQyxDQUFBO0FBQ2xILENBQUM7QUFFRCxTQUFTLGtCQUFrQixDQUN6QixnQkFBaUQ7SUFFakQsSUFBSSxDQUFDLGdCQUFnQixFQUFFLENBQUM7UUFDdEIscUJBQXFCO1FBQ3JCLE9BQU8sVUFBVSxDQUFBO0lBQ25CLENBQUM7SUFFRCxNQUFNLGNBQWMsR0FBRyxNQUFNLENBQUMsZ0JBQWdCLENBQUMsQ0FBQTtJQUUvQyxPQUFPLElBQUksTUFBTSxDQUFDLElBQUksY0FBYyx1QkFBdUIsY0FBYyxNQUFNLEVBQUUsSUFBSSxDQUFDLENBQUE7QUFDeEYsQ0FBQztBQUVEOzs7O0dBSUc7QUFDSCxNQUFNLFVBQVUsZ0JBQWdCLENBQzlCLFVBQXNJLEVBQUU7SUFFeEksTUFBTSxLQUFLLEdBQUcsYUFBYSxDQUFDLE9BQU8sQ0FBQyxZQUFZLEVBQUUsT0FBTyxDQUFDLFlBQVksQ0FBQyxDQUFBO0lBQ3ZFLE1BQU0sY0FBYyxHQUFHLHNCQUFzQixDQUFDLE9BQU8sQ0FBQyxhQUFhLEVBQUUsT0FBTyxDQUFDLDBCQUEwQixDQUFDLENBQUE7SUFDeEcsTUFBTSxVQUFVLEdBQUcsa0JBQWtCLENBQUMsT0FBTyxDQUFDLGdCQUFnQixDQUFDLENBQUE7SUFFL0QsT0FBTztRQUNMLEtBQUs7UUFDTCxjQUFjO1FBQ2QsVUFBVTtRQUNWLFFBQVEsRUFBRSxZQUFZO1FBQ3RCLEdBQUcsRUFBRSwyREFBMkQ7S0FDakUsQ0FBQTtBQUNILENBQUMifQ==
;// CONCATENATED MODULE: ./node_modules/conventional-commits-parser/dist/utils.js
const SCISSOR = '------------------------ >8 ------------------------';
/**
 * Remove leading and trailing newlines.
 * @param input
 * @returns String without leading and trailing newlines.
 */
function trimNewLines(input) {
    // To escape ReDos we should escape String#replace with regex.
    const matches = input.match(/[^\r\n]/);
    if (typeof matches?.index !== 'number') {
        return '';
    }
    const firstIndex = matches.index;
    let lastIndex = input.length - 1;
    while (input[lastIndex] === '\r' || input[lastIndex] === '\n') {
        lastIndex--;
    }
    return input.substring(firstIndex, lastIndex + 1);
}
/**
 * Append a newline to a string.
 * @param src
 * @param line
 * @returns String with appended newline.
 */
function appendLine(src, line) {
    return src ? `${src}\n${line || ''}` : line || '';
}
/**
 * Creates a function that filters out comments lines.
 * @param char
 * @returns Comment filter function.
 */
function getCommentFilter(char) {
    return char
        ? (line) => !line.startsWith(char)
        : () => true;
}
/**
 * Select lines before the scissor.
 * @param lines
 * @param commentChar
 * @returns Lines before the scissor.
 */
function truncateToScissor(lines, commentChar) {
    const scissorIndex = lines.indexOf(`${commentChar} ${SCISSOR}`);
    if (scissorIndex === -1) {
        return lines;
    }
    return lines.slice(0, scissorIndex);
}
/**
 * Filter out GPG sign lines.
 * @param line
 * @returns True if the line is not a GPG sign line.
 */
function gpgFilter(line) {
    return !line.match(/^\s*gpg:/);
}
/**
 * Assign matched correspondence to the target object.
 * @param target - The target object to assign values to.
 * @param matches - The RegExp match array containing the matched groups.
 * @param correspondence - An array of keys that correspond to the matched groups.
 * @returns The target object with assigned values.
 */
function assignMatchedCorrespondence(target, matches, correspondence) {
    const { groups } = matches;
    for (let i = 0, len = correspondence.length, key; i < len; i++) {
        key = correspondence[i];
        target[key] = (groups ? groups[key] : matches[i + 1]) || null;
    }
    return target;
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoidXRpbHMuanMiLCJzb3VyY2VSb290IjoiIiwic291cmNlcyI6WyIuLi9zcmMvdXRpbHMudHMiXSwibmFtZXMiOltdLCJtYXBwaW5ncyI6IkFBQUEsTUFBTSxPQUFPLEdBQUcsc0RBQXNELENBQUE7QUFFdEU7Ozs7R0FJRztBQUNILE1BQU0sVUFBVSxZQUFZLENBQUMsS0FBYTtJQUN4Qyw4REFBOEQ7SUFFOUQsTUFBTSxPQUFPLEdBQUcsS0FBSyxDQUFDLEtBQUssQ0FBQyxTQUFTLENBQUMsQ0FBQTtJQUV0QyxJQUFJLE9BQU8sT0FBTyxFQUFFLEtBQUssS0FBSyxRQUFRLEVBQUUsQ0FBQztRQUN2QyxPQUFPLEVBQUUsQ0FBQTtJQUNYLENBQUM7SUFFRCxNQUFNLFVBQVUsR0FBRyxPQUFPLENBQUMsS0FBSyxDQUFBO0lBQ2hDLElBQUksU0FBUyxHQUFHLEtBQUssQ0FBQyxNQUFNLEdBQUcsQ0FBQyxDQUFBO0lBRWhDLE9BQU8sS0FBSyxDQUFDLFNBQVMsQ0FBQyxLQUFLLElBQUksSUFBSSxLQUFLLENBQUMsU0FBUyxDQUFDLEtBQUssSUFBSSxFQUFFLENBQUM7UUFDOUQsU0FBUyxFQUFFLENBQUE7SUFDYixDQUFDO0lBRUQsT0FBTyxLQUFLLENBQUMsU0FBUyxDQUFDLFVBQVUsRUFBRSxTQUFTLEdBQUcsQ0FBQyxDQUFDLENBQUE7QUFDbkQsQ0FBQztBQUVEOzs7OztHQUtHO0FBQ0gsTUFBTSxVQUFVLFVBQVUsQ0FBQyxHQUFrQixFQUFFLElBQXdCO0lBQ3JFLE9BQU8sR0FBRyxDQUFDLENBQUMsQ0FBQyxHQUFHLEdBQUcsS0FBSyxJQUFJLElBQUksRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLElBQUksSUFBSSxFQUFFLENBQUE7QUFDbkQsQ0FBQztBQUVEOzs7O0dBSUc7QUFDSCxNQUFNLFVBQVUsZ0JBQWdCLENBQUMsSUFBd0I7SUFDdkQsT0FBTyxJQUFJO1FBQ1QsQ0FBQyxDQUFDLENBQUMsSUFBWSxFQUFFLEVBQUUsQ0FBQyxDQUFDLElBQUksQ0FBQyxVQUFVLENBQUMsSUFBSSxDQUFDO1FBQzFDLENBQUMsQ0FBQyxHQUFHLEVBQUUsQ0FBQyxJQUFJLENBQUE7QUFDaEIsQ0FBQztBQUVEOzs7OztHQUtHO0FBQ0gsTUFBTSxVQUFVLGlCQUFpQixDQUMvQixLQUFlLEVBQ2YsV0FBbUI7SUFFbkIsTUFBTSxZQUFZLEdBQUcsS0FBSyxDQUFDLE9BQU8sQ0FBQyxHQUFHLFdBQVcsSUFBSSxPQUFPLEVBQUUsQ0FBQyxDQUFBO0lBRS9ELElBQUksWUFBWSxLQUFLLENBQUMsQ0FBQyxFQUFFLENBQUM7UUFDeEIsT0FBTyxLQUFLLENBQUE7SUFDZCxDQUFDO0lBRUQsT0FBTyxLQUFLLENBQUMsS0FBSyxDQUFDLENBQUMsRUFBRSxZQUFZLENBQUMsQ0FBQTtBQUNyQyxDQUFDO0FBRUQ7Ozs7R0FJRztBQUNILE1BQU0sVUFBVSxTQUFTLENBQUMsSUFBWTtJQUNwQyxPQUFPLENBQUMsSUFBSSxDQUFDLEtBQUssQ0FBQyxVQUFVLENBQUMsQ0FBQTtBQUNoQyxDQUFDO0FBRUQ7Ozs7OztHQU1HO0FBQ0gsTUFBTSxVQUFVLDJCQUEyQixDQUN6QyxNQUFxQyxFQUNyQyxPQUF5QixFQUN6QixjQUF3QjtJQUV4QixNQUFNLEVBQUUsTUFBTSxFQUFFLEdBQUcsT0FBTyxDQUFBO0lBRTFCLEtBQUssSUFBSSxDQUFDLEdBQUcsQ0FBQyxFQUFFLEdBQUcsR0FBRyxjQUFjLENBQUMsTUFBTSxFQUFFLEdBQUcsRUFBRSxDQUFDLEdBQUcsR0FBRyxFQUFFLENBQUMsRUFBRSxFQUFFLENBQUM7UUFDL0QsR0FBRyxHQUFHLGNBQWMsQ0FBQyxDQUFDLENBQUMsQ0FBQTtRQUN2QixNQUFNLENBQUMsR0FBRyxDQUFDLEdBQUcsQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLENBQUMsT0FBTyxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxJQUFJLElBQUksQ0FBQTtJQUMvRCxDQUFDO0lBRUQsT0FBTyxNQUFNLENBQUE7QUFDZixDQUFDIn0=
;// CONCATENATED MODULE: ./node_modules/conventional-commits-parser/dist/options.js
const defaultOptions = {
    noteKeywords: ['BREAKING CHANGE', 'BREAKING-CHANGE'],
    issuePrefixes: ['#'],
    referenceActions: [
        'close',
        'closes',
        'closed',
        'fix',
        'fixes',
        'fixed',
        'resolve',
        'resolves',
        'resolved'
    ],
    headerPattern: /^(\w*)(?:\(([\w$@.\-*/ ]*)\))?: (.*)$/,
    headerCorrespondence: [
        'type',
        'scope',
        'subject'
    ],
    revertPattern: /^Revert\s"([\s\S]*)"\s*This reverts commit (\w*)\.?/,
    revertCorrespondence: ['header', 'hash'],
    fieldPattern: /^-(.*?)-$/
};
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoib3B0aW9ucy5qcyIsInNvdXJjZVJvb3QiOiIiLCJzb3VyY2VzIjpbIi4uL3NyYy9vcHRpb25zLnRzIl0sIm5hbWVzIjpbXSwibWFwcGluZ3MiOiJBQUVBLE1BQU0sQ0FBQyxNQUFNLGNBQWMsR0FBa0I7SUFDM0MsWUFBWSxFQUFFLENBQUMsaUJBQWlCLEVBQUUsaUJBQWlCLENBQUM7SUFDcEQsYUFBYSxFQUFFLENBQUMsR0FBRyxDQUFDO0lBQ3BCLGdCQUFnQixFQUFFO1FBQ2hCLE9BQU87UUFDUCxRQUFRO1FBQ1IsUUFBUTtRQUNSLEtBQUs7UUFDTCxPQUFPO1FBQ1AsT0FBTztRQUNQLFNBQVM7UUFDVCxVQUFVO1FBQ1YsVUFBVTtLQUNYO0lBQ0QsYUFBYSxFQUFFLHVDQUF1QztJQUN0RCxvQkFBb0IsRUFBRTtRQUNwQixNQUFNO1FBQ04sT0FBTztRQUNQLFNBQVM7S0FDVjtJQUNELGFBQWEsRUFBRSxxREFBcUQ7SUFDcEUsb0JBQW9CLEVBQUUsQ0FBQyxRQUFRLEVBQUUsTUFBTSxDQUFDO0lBQ3hDLFlBQVksRUFBRSxXQUFXO0NBQzFCLENBQUEifQ==
;// CONCATENATED MODULE: ./node_modules/conventional-commits-parser/dist/CommitParser.js



/**
 * Helper to create commit object.
 * @param initialData - Initial commit data.
 * @returns Commit object with empty data.
 */
function createCommitObject(initialData = {}) {
    // @ts-expect-error: You can read properties from `Commit` without problems, but you can't assign object to this type. So here is helper for that.
    return {
        merge: null,
        revert: null,
        header: null,
        body: null,
        footer: null,
        notes: [],
        mentions: [],
        references: [],
        ...initialData
    };
}
/**
 * Commit message parser.
 */
class CommitParser_CommitParser {
    options;
    regexes;
    lines = [];
    lineIndex = 0;
    commit = createCommitObject();
    constructor(options = {}) {
        this.options = {
            ...defaultOptions,
            ...options
        };
        this.regexes = getParserRegexes(this.options);
    }
    currentLine() {
        return this.lines[this.lineIndex];
    }
    nextLine() {
        return this.lines[this.lineIndex++];
    }
    isLineAvailable() {
        return this.lineIndex < this.lines.length;
    }
    parseReference(input, action) {
        const { regexes } = this;
        if (regexes.url.test(input)) {
            return null;
        }
        const matches = regexes.referenceParts.exec(input);
        if (!matches) {
            return null;
        }
        let [raw, repository = null, prefix, issue] = matches;
        let owner = null;
        if (repository) {
            const slashIndex = repository.indexOf('/');
            if (slashIndex !== -1) {
                owner = repository.slice(0, slashIndex);
                repository = repository.slice(slashIndex + 1);
            }
        }
        return {
            raw,
            action,
            owner,
            repository,
            prefix,
            issue
        };
    }
    parseReferences(input) {
        const { regexes } = this;
        const regex = input.match(regexes.references)
            ? regexes.references
            : /()(.+)/gi;
        const references = [];
        let matches;
        let action;
        let sentence;
        let reference;
        while (true) {
            matches = regex.exec(input);
            if (!matches) {
                break;
            }
            action = matches[1] || null;
            sentence = matches[2] || '';
            while (true) {
                reference = this.parseReference(sentence, action);
                if (!reference) {
                    break;
                }
                references.push(reference);
            }
        }
        return references;
    }
    skipEmptyLines() {
        let line = this.currentLine();
        while (line !== undefined && !line.trim()) {
            this.nextLine();
            line = this.currentLine();
        }
    }
    parseMerge() {
        const { commit, options } = this;
        const correspondence = options.mergeCorrespondence || [];
        const merge = this.currentLine();
        const matches = merge && options.mergePattern
            ? merge.match(options.mergePattern)
            : null;
        if (matches) {
            this.nextLine();
            commit.merge = matches[0] || null;
            assignMatchedCorrespondence(commit, matches, correspondence);
            return true;
        }
        return false;
    }
    parseHeader(isMergeCommit) {
        if (isMergeCommit) {
            this.skipEmptyLines();
        }
        const { commit, options } = this;
        const correspondence = options.headerCorrespondence || [];
        const header = commit.header ?? this.nextLine();
        let matches = null;
        if (header) {
            if (options.breakingHeaderPattern) {
                matches = header.match(options.breakingHeaderPattern);
            }
            if (!matches && options.headerPattern) {
                matches = header.match(options.headerPattern);
            }
        }
        if (header) {
            commit.header = header;
        }
        if (matches) {
            assignMatchedCorrespondence(commit, matches, correspondence);
        }
    }
    parseMeta() {
        const { options, commit } = this;
        if (!options.fieldPattern || !this.isLineAvailable()) {
            return false;
        }
        let matches;
        let field = null;
        let parsed = false;
        while (this.isLineAvailable()) {
            matches = this.currentLine().match(options.fieldPattern);
            if (matches) {
                field = matches[1] || null;
                this.nextLine();
                continue;
            }
            if (field) {
                parsed = true;
                commit[field] = appendLine(commit[field], this.currentLine());
                this.nextLine();
            }
            else {
                break;
            }
        }
        return parsed;
    }
    parseNotes() {
        const { regexes, commit } = this;
        if (!this.isLineAvailable()) {
            return false;
        }
        const matches = this.currentLine().match(regexes.notes);
        let references = [];
        if (matches) {
            const note = {
                title: matches[1],
                text: matches[2]
            };
            commit.notes.push(note);
            commit.footer = appendLine(commit.footer, this.currentLine());
            this.nextLine();
            while (this.isLineAvailable()) {
                if (this.parseMeta()) {
                    return true;
                }
                if (this.parseNotes()) {
                    return true;
                }
                references = this.parseReferences(this.currentLine());
                if (references.length) {
                    commit.references.push(...references);
                }
                else {
                    note.text = appendLine(note.text, this.currentLine());
                }
                commit.footer = appendLine(commit.footer, this.currentLine());
                this.nextLine();
                if (references.length) {
                    break;
                }
            }
            return true;
        }
        return false;
    }
    parseBodyAndFooter(isBody) {
        const { commit } = this;
        if (!this.isLineAvailable()) {
            return isBody;
        }
        const references = this.parseReferences(this.currentLine());
        const isStillBody = !references.length && isBody;
        if (isStillBody) {
            commit.body = appendLine(commit.body, this.currentLine());
        }
        else {
            commit.references.push(...references);
            commit.footer = appendLine(commit.footer, this.currentLine());
        }
        this.nextLine();
        return isStillBody;
    }
    parseBreakingHeader() {
        const { commit, options } = this;
        if (!options.breakingHeaderPattern || commit.notes.length || !commit.header) {
            return;
        }
        const matches = commit.header.match(options.breakingHeaderPattern);
        if (matches) {
            commit.notes.push({
                title: 'BREAKING CHANGE',
                text: matches[3]
            });
        }
    }
    parseMentions(input) {
        const { commit, regexes } = this;
        let matches;
        for (;;) {
            matches = regexes.mentions.exec(input);
            if (!matches) {
                break;
            }
            commit.mentions.push(matches[1]);
        }
    }
    parseRevert(input) {
        const { commit, options } = this;
        const correspondence = options.revertCorrespondence || [];
        const matches = options.revertPattern
            ? input.match(options.revertPattern)
            : null;
        if (matches) {
            commit.revert = assignMatchedCorrespondence({}, matches, correspondence);
        }
    }
    cleanupCommit() {
        const { commit } = this;
        if (commit.body) {
            commit.body = trimNewLines(commit.body);
        }
        if (commit.footer) {
            commit.footer = trimNewLines(commit.footer);
        }
        commit.notes.forEach((note) => {
            note.text = trimNewLines(note.text);
        });
        const referencesSet = new Set();
        commit.references = commit.references.filter((reference) => {
            const uid = `${reference.action} ${reference.raw}`.toLocaleLowerCase();
            const ok = !referencesSet.has(uid);
            if (ok) {
                referencesSet.add(uid);
            }
            return ok;
        });
    }
    /**
     * Parse commit message string into an object.
     * @param input - Commit message string.
     * @returns Commit object.
     */
    parse(input) {
        if (!input.trim()) {
            throw new TypeError('Expected a raw commit');
        }
        const { commentChar } = this.options;
        const commentFilter = getCommentFilter(commentChar);
        const rawLines = trimNewLines(input).split(/\r?\n/);
        const lines = commentChar
            ? truncateToScissor(rawLines, commentChar).filter(line => commentFilter(line) && gpgFilter(line))
            : rawLines.filter(line => gpgFilter(line));
        const commit = createCommitObject();
        this.lines = lines;
        this.lineIndex = 0;
        this.commit = commit;
        const isMergeCommit = this.parseMerge();
        this.parseHeader(isMergeCommit);
        if (commit.header) {
            commit.references = this.parseReferences(commit.header);
        }
        let isBody = true;
        while (this.isLineAvailable()) {
            this.parseMeta();
            if (this.parseNotes()) {
                isBody = false;
            }
            if (!this.parseBodyAndFooter(isBody)) {
                isBody = false;
            }
        }
        this.parseBreakingHeader();
        this.parseMentions(input);
        this.parseRevert(input);
        this.cleanupCommit();
        return commit;
    }
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoiQ29tbWl0UGFyc2VyLmpzIiwic291cmNlUm9vdCI6IiIsInNvdXJjZXMiOlsiLi4vc3JjL0NvbW1pdFBhcnNlci50cyJdLCJuYW1lcyI6W10sIm1hcHBpbmdzIjoiQUFPQSxPQUFPLEVBQUUsZ0JBQWdCLEVBQUUsTUFBTSxZQUFZLENBQUE7QUFDN0MsT0FBTyxFQUNMLFlBQVksRUFDWixVQUFVLEVBQ1YsZ0JBQWdCLEVBQ2hCLFNBQVMsRUFDVCxpQkFBaUIsRUFDakIsMkJBQTJCLEVBQzVCLE1BQU0sWUFBWSxDQUFBO0FBQ25CLE9BQU8sRUFBRSxjQUFjLEVBQUUsTUFBTSxjQUFjLENBQUE7QUFFN0M7Ozs7R0FJRztBQUNILE1BQU0sVUFBVSxrQkFBa0IsQ0FBQyxjQUErQixFQUFFO0lBQ2xFLGtKQUFrSjtJQUNsSixPQUFPO1FBQ0wsS0FBSyxFQUFFLElBQUk7UUFDWCxNQUFNLEVBQUUsSUFBSTtRQUNaLE1BQU0sRUFBRSxJQUFJO1FBQ1osSUFBSSxFQUFFLElBQUk7UUFDVixNQUFNLEVBQUUsSUFBSTtRQUNaLEtBQUssRUFBRSxFQUFFO1FBQ1QsUUFBUSxFQUFFLEVBQUU7UUFDWixVQUFVLEVBQUUsRUFBRTtRQUNkLEdBQUcsV0FBVztLQUNmLENBQUE7QUFDSCxDQUFDO0FBRUQ7O0dBRUc7QUFDSCxNQUFNLE9BQU8sWUFBWTtJQUNOLE9BQU8sQ0FBZTtJQUN0QixPQUFPLENBQWU7SUFDL0IsS0FBSyxHQUFhLEVBQUUsQ0FBQTtJQUNwQixTQUFTLEdBQUcsQ0FBQyxDQUFBO0lBQ2IsTUFBTSxHQUFHLGtCQUFrQixFQUFFLENBQUE7SUFFckMsWUFBWSxVQUF5QixFQUFFO1FBQ3JDLElBQUksQ0FBQyxPQUFPLEdBQUc7WUFDYixHQUFHLGNBQWM7WUFDakIsR0FBRyxPQUFPO1NBQ1gsQ0FBQTtRQUNELElBQUksQ0FBQyxPQUFPLEdBQUcsZ0JBQWdCLENBQUMsSUFBSSxDQUFDLE9BQU8sQ0FBQyxDQUFBO0lBQy9DLENBQUM7SUFFTyxXQUFXO1FBQ2pCLE9BQU8sSUFBSSxDQUFDLEtBQUssQ0FBQyxJQUFJLENBQUMsU0FBUyxDQUFDLENBQUE7SUFDbkMsQ0FBQztJQUVPLFFBQVE7UUFDZCxPQUFPLElBQUksQ0FBQyxLQUFLLENBQUMsSUFBSSxDQUFDLFNBQVMsRUFBRSxDQUFDLENBQUE7SUFDckMsQ0FBQztJQUVPLGVBQWU7UUFDckIsT0FBTyxJQUFJLENBQUMsU0FBUyxHQUFHLElBQUksQ0FBQyxLQUFLLENBQUMsTUFBTSxDQUFBO0lBQzNDLENBQUM7SUFFTyxjQUFjLENBQ3BCLEtBQWEsRUFDYixNQUFxQjtRQUVyQixNQUFNLEVBQUUsT0FBTyxFQUFFLEdBQUcsSUFBSSxDQUFBO1FBRXhCLElBQUksT0FBTyxDQUFDLEdBQUcsQ0FBQyxJQUFJLENBQUMsS0FBSyxDQUFDLEVBQUUsQ0FBQztZQUM1QixPQUFPLElBQUksQ0FBQTtRQUNiLENBQUM7UUFFRCxNQUFNLE9BQU8sR0FBRyxPQUFPLENBQUMsY0FBYyxDQUFDLElBQUksQ0FBQyxLQUFLLENBQUMsQ0FBQTtRQUVsRCxJQUFJLENBQUMsT0FBTyxFQUFFLENBQUM7WUFDYixPQUFPLElBQUksQ0FBQTtRQUNiLENBQUM7UUFFRCxJQUFJLENBQ0YsR0FBRyxFQUNILFVBQVUsR0FBRyxJQUFJLEVBQ2pCLE1BQU0sRUFDTixLQUFLLENBQ04sR0FBRyxPQUFPLENBQUE7UUFDWCxJQUFJLEtBQUssR0FBa0IsSUFBSSxDQUFBO1FBRS9CLElBQUksVUFBVSxFQUFFLENBQUM7WUFDZixNQUFNLFVBQVUsR0FBRyxVQUFVLENBQUMsT0FBTyxDQUFDLEdBQUcsQ0FBQyxDQUFBO1lBRTFDLElBQUksVUFBVSxLQUFLLENBQUMsQ0FBQyxFQUFFLENBQUM7Z0JBQ3RCLEtBQUssR0FBRyxVQUFVLENBQUMsS0FBSyxDQUFDLENBQUMsRUFBRSxVQUFVLENBQUMsQ0FBQTtnQkFDdkMsVUFBVSxHQUFHLFVBQVUsQ0FBQyxLQUFLLENBQUMsVUFBVSxHQUFHLENBQUMsQ0FBQyxDQUFBO1lBQy9DLENBQUM7UUFDSCxDQUFDO1FBRUQsT0FBTztZQUNMLEdBQUc7WUFDSCxNQUFNO1lBQ04sS0FBSztZQUNMLFVBQVU7WUFDVixNQUFNO1lBQ04sS0FBSztTQUNOLENBQUE7SUFDSCxDQUFDO0lBRU8sZUFBZSxDQUNyQixLQUFhO1FBRWIsTUFBTSxFQUFFLE9BQU8sRUFBRSxHQUFHLElBQUksQ0FBQTtRQUN4QixNQUFNLEtBQUssR0FBRyxLQUFLLENBQUMsS0FBSyxDQUFDLE9BQU8sQ0FBQyxVQUFVLENBQUM7WUFDM0MsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxVQUFVO1lBQ3BCLENBQUMsQ0FBQyxVQUFVLENBQUE7UUFDZCxNQUFNLFVBQVUsR0FBc0IsRUFBRSxDQUFBO1FBQ3hDLElBQUksT0FBK0IsQ0FBQTtRQUNuQyxJQUFJLE1BQXFCLENBQUE7UUFDekIsSUFBSSxRQUFnQixDQUFBO1FBQ3BCLElBQUksU0FBaUMsQ0FBQTtRQUVyQyxPQUFPLElBQUksRUFBRSxDQUFDO1lBQ1osT0FBTyxHQUFHLEtBQUssQ0FBQyxJQUFJLENBQUMsS0FBSyxDQUFDLENBQUE7WUFFM0IsSUFBSSxDQUFDLE9BQU8sRUFBRSxDQUFDO2dCQUNiLE1BQUs7WUFDUCxDQUFDO1lBRUQsTUFBTSxHQUFHLE9BQU8sQ0FBQyxDQUFDLENBQUMsSUFBSSxJQUFJLENBQUE7WUFDM0IsUUFBUSxHQUFHLE9BQU8sQ0FBQyxDQUFDLENBQUMsSUFBSSxFQUFFLENBQUE7WUFFM0IsT0FBTyxJQUFJLEVBQUUsQ0FBQztnQkFDWixTQUFTLEdBQUcsSUFBSSxDQUFDLGNBQWMsQ0FBQyxRQUFRLEVBQUUsTUFBTSxDQUFDLENBQUE7Z0JBRWpELElBQUksQ0FBQyxTQUFTLEVBQUUsQ0FBQztvQkFDZixNQUFLO2dCQUNQLENBQUM7Z0JBRUQsVUFBVSxDQUFDLElBQUksQ0FBQyxTQUFTLENBQUMsQ0FBQTtZQUM1QixDQUFDO1FBQ0gsQ0FBQztRQUVELE9BQU8sVUFBVSxDQUFBO0lBQ25CLENBQUM7SUFFTyxjQUFjO1FBQ3BCLElBQUksSUFBSSxHQUFHLElBQUksQ0FBQyxXQUFXLEVBQUUsQ0FBQTtRQUU3QixPQUFPLElBQUksS0FBSyxTQUFTLElBQUksQ0FBQyxJQUFJLENBQUMsSUFBSSxFQUFFLEVBQUUsQ0FBQztZQUMxQyxJQUFJLENBQUMsUUFBUSxFQUFFLENBQUE7WUFDZixJQUFJLEdBQUcsSUFBSSxDQUFDLFdBQVcsRUFBRSxDQUFBO1FBQzNCLENBQUM7SUFDSCxDQUFDO0lBRU8sVUFBVTtRQUNoQixNQUFNLEVBQUUsTUFBTSxFQUFFLE9BQU8sRUFBRSxHQUFHLElBQUksQ0FBQTtRQUNoQyxNQUFNLGNBQWMsR0FBRyxPQUFPLENBQUMsbUJBQW1CLElBQUksRUFBRSxDQUFBO1FBQ3hELE1BQU0sS0FBSyxHQUFHLElBQUksQ0FBQyxXQUFXLEVBQUUsQ0FBQTtRQUNoQyxNQUFNLE9BQU8sR0FBRyxLQUFLLElBQUksT0FBTyxDQUFDLFlBQVk7WUFDM0MsQ0FBQyxDQUFDLEtBQUssQ0FBQyxLQUFLLENBQUMsT0FBTyxDQUFDLFlBQVksQ0FBQztZQUNuQyxDQUFDLENBQUMsSUFBSSxDQUFBO1FBRVIsSUFBSSxPQUFPLEVBQUUsQ0FBQztZQUNaLElBQUksQ0FBQyxRQUFRLEVBQUUsQ0FBQTtZQUVmLE1BQU0sQ0FBQyxLQUFLLEdBQUcsT0FBTyxDQUFDLENBQUMsQ0FBQyxJQUFJLElBQUksQ0FBQTtZQUVqQywyQkFBMkIsQ0FBQyxNQUFNLEVBQUUsT0FBTyxFQUFFLGNBQWMsQ0FBQyxDQUFBO1lBRTVELE9BQU8sSUFBSSxDQUFBO1FBQ2IsQ0FBQztRQUVELE9BQU8sS0FBSyxDQUFBO0lBQ2QsQ0FBQztJQUVPLFdBQVcsQ0FBQyxhQUFzQjtRQUN4QyxJQUFJLGFBQWEsRUFBRSxDQUFDO1lBQ2xCLElBQUksQ0FBQyxjQUFjLEVBQUUsQ0FBQTtRQUN2QixDQUFDO1FBRUQsTUFBTSxFQUFFLE1BQU0sRUFBRSxPQUFPLEVBQUUsR0FBRyxJQUFJLENBQUE7UUFDaEMsTUFBTSxjQUFjLEdBQUcsT0FBTyxDQUFDLG9CQUFvQixJQUFJLEVBQUUsQ0FBQTtRQUN6RCxNQUFNLE1BQU0sR0FBRyxNQUFNLENBQUMsTUFBTSxJQUFJLElBQUksQ0FBQyxRQUFRLEVBQUUsQ0FBQTtRQUMvQyxJQUFJLE9BQU8sR0FBNEIsSUFBSSxDQUFBO1FBRTNDLElBQUksTUFBTSxFQUFFLENBQUM7WUFDWCxJQUFJLE9BQU8sQ0FBQyxxQkFBcUIsRUFBRSxDQUFDO2dCQUNsQyxPQUFPLEdBQUcsTUFBTSxDQUFDLEtBQUssQ0FBQyxPQUFPLENBQUMscUJBQXFCLENBQUMsQ0FBQTtZQUN2RCxDQUFDO1lBRUQsSUFBSSxDQUFDLE9BQU8sSUFBSSxPQUFPLENBQUMsYUFBYSxFQUFFLENBQUM7Z0JBQ3RDLE9BQU8sR0FBRyxNQUFNLENBQUMsS0FBSyxDQUFDLE9BQU8sQ0FBQyxhQUFhLENBQUMsQ0FBQTtZQUMvQyxDQUFDO1FBQ0gsQ0FBQztRQUVELElBQUksTUFBTSxFQUFFLENBQUM7WUFDWCxNQUFNLENBQUMsTUFBTSxHQUFHLE1BQU0sQ0FBQTtRQUN4QixDQUFDO1FBRUQsSUFBSSxPQUFPLEVBQUUsQ0FBQztZQUNaLDJCQUEyQixDQUFDLE1BQU0sRUFBRSxPQUFPLEVBQUUsY0FBYyxDQUFDLENBQUE7UUFDOUQsQ0FBQztJQUNILENBQUM7SUFFTyxTQUFTO1FBQ2YsTUFBTSxFQUNKLE9BQU8sRUFDUCxNQUFNLEVBQ1AsR0FBRyxJQUFJLENBQUE7UUFFUixJQUFJLENBQUMsT0FBTyxDQUFDLFlBQVksSUFBSSxDQUFDLElBQUksQ0FBQyxlQUFlLEVBQUUsRUFBRSxDQUFDO1lBQ3JELE9BQU8sS0FBSyxDQUFBO1FBQ2QsQ0FBQztRQUVELElBQUksT0FBZ0MsQ0FBQTtRQUNwQyxJQUFJLEtBQUssR0FBa0IsSUFBSSxDQUFBO1FBQy9CLElBQUksTUFBTSxHQUFHLEtBQUssQ0FBQTtRQUVsQixPQUFPLElBQUksQ0FBQyxlQUFlLEVBQUUsRUFBRSxDQUFDO1lBQzlCLE9BQU8sR0FBRyxJQUFJLENBQUMsV0FBVyxFQUFFLENBQUMsS0FBSyxDQUFDLE9BQU8sQ0FBQyxZQUFZLENBQUMsQ0FBQTtZQUV4RCxJQUFJLE9BQU8sRUFBRSxDQUFDO2dCQUNaLEtBQUssR0FBRyxPQUFPLENBQUMsQ0FBQyxDQUFDLElBQUksSUFBSSxDQUFBO2dCQUMxQixJQUFJLENBQUMsUUFBUSxFQUFFLENBQUE7Z0JBQ2YsU0FBUTtZQUNWLENBQUM7WUFFRCxJQUFJLEtBQUssRUFBRSxDQUFDO2dCQUNWLE1BQU0sR0FBRyxJQUFJLENBQUE7Z0JBQ2IsTUFBTSxDQUFDLEtBQUssQ0FBQyxHQUFHLFVBQVUsQ0FBQyxNQUFNLENBQUMsS0FBSyxDQUFDLEVBQUUsSUFBSSxDQUFDLFdBQVcsRUFBRSxDQUFDLENBQUE7Z0JBQzdELElBQUksQ0FBQyxRQUFRLEVBQUUsQ0FBQTtZQUNqQixDQUFDO2lCQUFNLENBQUM7Z0JBQ04sTUFBSztZQUNQLENBQUM7UUFDSCxDQUFDO1FBRUQsT0FBTyxNQUFNLENBQUE7SUFDZixDQUFDO0lBRU8sVUFBVTtRQUNoQixNQUFNLEVBQ0osT0FBTyxFQUNQLE1BQU0sRUFDUCxHQUFHLElBQUksQ0FBQTtRQUVSLElBQUksQ0FBQyxJQUFJLENBQUMsZUFBZSxFQUFFLEVBQUUsQ0FBQztZQUM1QixPQUFPLEtBQUssQ0FBQTtRQUNkLENBQUM7UUFFRCxNQUFNLE9BQU8sR0FBRyxJQUFJLENBQUMsV0FBVyxFQUFFLENBQUMsS0FBSyxDQUFDLE9BQU8sQ0FBQyxLQUFLLENBQUMsQ0FBQTtRQUN2RCxJQUFJLFVBQVUsR0FBc0IsRUFBRSxDQUFBO1FBRXRDLElBQUksT0FBTyxFQUFFLENBQUM7WUFDWixNQUFNLElBQUksR0FBZTtnQkFDdkIsS0FBSyxFQUFFLE9BQU8sQ0FBQyxDQUFDLENBQUM7Z0JBQ2pCLElBQUksRUFBRSxPQUFPLENBQUMsQ0FBQyxDQUFDO2FBQ2pCLENBQUE7WUFFRCxNQUFNLENBQUMsS0FBSyxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsQ0FBQTtZQUN2QixNQUFNLENBQUMsTUFBTSxHQUFHLFVBQVUsQ0FBQyxNQUFNLENBQUMsTUFBTSxFQUFFLElBQUksQ0FBQyxXQUFXLEVBQUUsQ0FBQyxDQUFBO1lBQzdELElBQUksQ0FBQyxRQUFRLEVBQUUsQ0FBQTtZQUVmLE9BQU8sSUFBSSxDQUFDLGVBQWUsRUFBRSxFQUFFLENBQUM7Z0JBQzlCLElBQUksSUFBSSxDQUFDLFNBQVMsRUFBRSxFQUFFLENBQUM7b0JBQ3JCLE9BQU8sSUFBSSxDQUFBO2dCQUNiLENBQUM7Z0JBRUQsSUFBSSxJQUFJLENBQUMsVUFBVSxFQUFFLEVBQUUsQ0FBQztvQkFDdEIsT0FBTyxJQUFJLENBQUE7Z0JBQ2IsQ0FBQztnQkFFRCxVQUFVLEdBQUcsSUFBSSxDQUFDLGVBQWUsQ0FBQyxJQUFJLENBQUMsV0FBVyxFQUFFLENBQUMsQ0FBQTtnQkFFckQsSUFBSSxVQUFVLENBQUMsTUFBTSxFQUFFLENBQUM7b0JBQ3RCLE1BQU0sQ0FBQyxVQUFVLENBQUMsSUFBSSxDQUFDLEdBQUcsVUFBVSxDQUFDLENBQUE7Z0JBQ3ZDLENBQUM7cUJBQU0sQ0FBQztvQkFDTixJQUFJLENBQUMsSUFBSSxHQUFHLFVBQVUsQ0FBQyxJQUFJLENBQUMsSUFBSSxFQUFFLElBQUksQ0FBQyxXQUFXLEVBQUUsQ0FBQyxDQUFBO2dCQUN2RCxDQUFDO2dCQUVELE1BQU0sQ0FBQyxNQUFNLEdBQUcsVUFBVSxDQUFDLE1BQU0sQ0FBQyxNQUFNLEVBQUUsSUFBSSxDQUFDLFdBQVcsRUFBRSxDQUFDLENBQUE7Z0JBQzdELElBQUksQ0FBQyxRQUFRLEVBQUUsQ0FBQTtnQkFFZixJQUFJLFVBQVUsQ0FBQyxNQUFNLEVBQUUsQ0FBQztvQkFDdEIsTUFBSztnQkFDUCxDQUFDO1lBQ0gsQ0FBQztZQUVELE9BQU8sSUFBSSxDQUFBO1FBQ2IsQ0FBQztRQUVELE9BQU8sS0FBSyxDQUFBO0lBQ2QsQ0FBQztJQUVPLGtCQUFrQixDQUFDLE1BQWU7UUFDeEMsTUFBTSxFQUFFLE1BQU0sRUFBRSxHQUFHLElBQUksQ0FBQTtRQUV2QixJQUFJLENBQUMsSUFBSSxDQUFDLGVBQWUsRUFBRSxFQUFFLENBQUM7WUFDNUIsT0FBTyxNQUFNLENBQUE7UUFDZixDQUFDO1FBRUQsTUFBTSxVQUFVLEdBQUcsSUFBSSxDQUFDLGVBQWUsQ0FBQyxJQUFJLENBQUMsV0FBVyxFQUFFLENBQUMsQ0FBQTtRQUMzRCxNQUFNLFdBQVcsR0FBRyxDQUFDLFVBQVUsQ0FBQyxNQUFNLElBQUksTUFBTSxDQUFBO1FBRWhELElBQUksV0FBVyxFQUFFLENBQUM7WUFDaEIsTUFBTSxDQUFDLElBQUksR0FBRyxVQUFVLENBQUMsTUFBTSxDQUFDLElBQUksRUFBRSxJQUFJLENBQUMsV0FBVyxFQUFFLENBQUMsQ0FBQTtRQUMzRCxDQUFDO2FBQU0sQ0FBQztZQUNOLE1BQU0sQ0FBQyxVQUFVLENBQUMsSUFBSSxDQUFDLEdBQUcsVUFBVSxDQUFDLENBQUE7WUFDckMsTUFBTSxDQUFDLE1BQU0sR0FBRyxVQUFVLENBQUMsTUFBTSxDQUFDLE1BQU0sRUFBRSxJQUFJLENBQUMsV0FBVyxFQUFFLENBQUMsQ0FBQTtRQUMvRCxDQUFDO1FBRUQsSUFBSSxDQUFDLFFBQVEsRUFBRSxDQUFBO1FBRWYsT0FBTyxXQUFXLENBQUE7SUFDcEIsQ0FBQztJQUVPLG1CQUFtQjtRQUN6QixNQUFNLEVBQ0osTUFBTSxFQUNOLE9BQU8sRUFDUixHQUFHLElBQUksQ0FBQTtRQUVSLElBQUksQ0FBQyxPQUFPLENBQUMscUJBQXFCLElBQUksTUFBTSxDQUFDLEtBQUssQ0FBQyxNQUFNLElBQUksQ0FBQyxNQUFNLENBQUMsTUFBTSxFQUFFLENBQUM7WUFDNUUsT0FBTTtRQUNSLENBQUM7UUFFRCxNQUFNLE9BQU8sR0FBRyxNQUFNLENBQUMsTUFBTSxDQUFDLEtBQUssQ0FBQyxPQUFPLENBQUMscUJBQXFCLENBQUMsQ0FBQTtRQUVsRSxJQUFJLE9BQU8sRUFBRSxDQUFDO1lBQ1osTUFBTSxDQUFDLEtBQUssQ0FBQyxJQUFJLENBQUM7Z0JBQ2hCLEtBQUssRUFBRSxpQkFBaUI7Z0JBQ3hCLElBQUksRUFBRSxPQUFPLENBQUMsQ0FBQyxDQUFDO2FBQ2pCLENBQUMsQ0FBQTtRQUNKLENBQUM7SUFDSCxDQUFDO0lBRU8sYUFBYSxDQUFDLEtBQWE7UUFDakMsTUFBTSxFQUNKLE1BQU0sRUFDTixPQUFPLEVBQ1IsR0FBRyxJQUFJLENBQUE7UUFDUixJQUFJLE9BQStCLENBQUE7UUFFbkMsU0FBUyxDQUFDO1lBQ1IsT0FBTyxHQUFHLE9BQU8sQ0FBQyxRQUFRLENBQUMsSUFBSSxDQUFDLEtBQUssQ0FBQyxDQUFBO1lBRXRDLElBQUksQ0FBQyxPQUFPLEVBQUUsQ0FBQztnQkFDYixNQUFLO1lBQ1AsQ0FBQztZQUVELE1BQU0sQ0FBQyxRQUFRLENBQUMsSUFBSSxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFBO1FBQ2xDLENBQUM7SUFDSCxDQUFDO0lBRU8sV0FBVyxDQUFDLEtBQWE7UUFDL0IsTUFBTSxFQUNKLE1BQU0sRUFDTixPQUFPLEVBQ1IsR0FBRyxJQUFJLENBQUE7UUFDUixNQUFNLGNBQWMsR0FBRyxPQUFPLENBQUMsb0JBQW9CLElBQUksRUFBRSxDQUFBO1FBQ3pELE1BQU0sT0FBTyxHQUFHLE9BQU8sQ0FBQyxhQUFhO1lBQ25DLENBQUMsQ0FBQyxLQUFLLENBQUMsS0FBSyxDQUFDLE9BQU8sQ0FBQyxhQUFhLENBQUM7WUFDcEMsQ0FBQyxDQUFDLElBQUksQ0FBQTtRQUVSLElBQUksT0FBTyxFQUFFLENBQUM7WUFDWixNQUFNLENBQUMsTUFBTSxHQUFHLDJCQUEyQixDQUFDLEVBQUUsRUFBRSxPQUFPLEVBQUUsY0FBYyxDQUFDLENBQUE7UUFDMUUsQ0FBQztJQUNILENBQUM7SUFFTyxhQUFhO1FBQ25CLE1BQU0sRUFBRSxNQUFNLEVBQUUsR0FBRyxJQUFJLENBQUE7UUFFdkIsSUFBSSxNQUFNLENBQUMsSUFBSSxFQUFFLENBQUM7WUFDaEIsTUFBTSxDQUFDLElBQUksR0FBRyxZQUFZLENBQUMsTUFBTSxDQUFDLElBQUksQ0FBQyxDQUFBO1FBQ3pDLENBQUM7UUFFRCxJQUFJLE1BQU0sQ0FBQyxNQUFNLEVBQUUsQ0FBQztZQUNsQixNQUFNLENBQUMsTUFBTSxHQUFHLFlBQVksQ0FBQyxNQUFNLENBQUMsTUFBTSxDQUFDLENBQUE7UUFDN0MsQ0FBQztRQUVELE1BQU0sQ0FBQyxLQUFLLENBQUMsT0FBTyxDQUFDLENBQUMsSUFBSSxFQUFFLEVBQUU7WUFDNUIsSUFBSSxDQUFDLElBQUksR0FBRyxZQUFZLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFBO1FBQ3JDLENBQUMsQ0FBQyxDQUFBO1FBRUYsTUFBTSxhQUFhLEdBQUcsSUFBSSxHQUFHLEVBQVUsQ0FBQTtRQUV2QyxNQUFNLENBQUMsVUFBVSxHQUFHLE1BQU0sQ0FBQyxVQUFVLENBQUMsTUFBTSxDQUFDLENBQUMsU0FBUyxFQUFFLEVBQUU7WUFDekQsTUFBTSxHQUFHLEdBQUcsR0FBRyxTQUFTLENBQUMsTUFBTSxJQUFJLFNBQVMsQ0FBQyxHQUFHLEVBQUUsQ0FBQyxpQkFBaUIsRUFBRSxDQUFBO1lBQ3RFLE1BQU0sRUFBRSxHQUFHLENBQUMsYUFBYSxDQUFDLEdBQUcsQ0FBQyxHQUFHLENBQUMsQ0FBQTtZQUVsQyxJQUFJLEVBQUUsRUFBRSxDQUFDO2dCQUNQLGFBQWEsQ0FBQyxHQUFHLENBQUMsR0FBRyxDQUFDLENBQUE7WUFDeEIsQ0FBQztZQUVELE9BQU8sRUFBRSxDQUFBO1FBQ1gsQ0FBQyxDQUFDLENBQUE7SUFDSixDQUFDO0lBRUQ7Ozs7T0FJRztJQUNILEtBQUssQ0FBQyxLQUFhO1FBQ2pCLElBQUksQ0FBQyxLQUFLLENBQUMsSUFBSSxFQUFFLEVBQUUsQ0FBQztZQUNsQixNQUFNLElBQUksU0FBUyxDQUFDLHVCQUF1QixDQUFDLENBQUE7UUFDOUMsQ0FBQztRQUVELE1BQU0sRUFBRSxXQUFXLEVBQUUsR0FBRyxJQUFJLENBQUMsT0FBTyxDQUFBO1FBQ3BDLE1BQU0sYUFBYSxHQUFHLGdCQUFnQixDQUFDLFdBQVcsQ0FBQyxDQUFBO1FBQ25ELE1BQU0sUUFBUSxHQUFHLFlBQVksQ0FBQyxLQUFLLENBQUMsQ0FBQyxLQUFLLENBQUMsT0FBTyxDQUFDLENBQUE7UUFDbkQsTUFBTSxLQUFLLEdBQUcsV0FBVztZQUN2QixDQUFDLENBQUMsaUJBQWlCLENBQUMsUUFBUSxFQUFFLFdBQVcsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxJQUFJLENBQUMsRUFBRSxDQUFDLGFBQWEsQ0FBQyxJQUFJLENBQUMsSUFBSSxTQUFTLENBQUMsSUFBSSxDQUFDLENBQUM7WUFDakcsQ0FBQyxDQUFDLFFBQVEsQ0FBQyxNQUFNLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQyxTQUFTLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQTtRQUM1QyxNQUFNLE1BQU0sR0FBRyxrQkFBa0IsRUFBRSxDQUFBO1FBRW5DLElBQUksQ0FBQyxLQUFLLEdBQUcsS0FBSyxDQUFBO1FBQ2xCLElBQUksQ0FBQyxTQUFTLEdBQUcsQ0FBQyxDQUFBO1FBQ2xCLElBQUksQ0FBQyxNQUFNLEdBQUcsTUFBTSxDQUFBO1FBRXBCLE1BQU0sYUFBYSxHQUFHLElBQUksQ0FBQyxVQUFVLEVBQUUsQ0FBQTtRQUV2QyxJQUFJLENBQUMsV0FBVyxDQUFDLGFBQWEsQ0FBQyxDQUFBO1FBRS9CLElBQUksTUFBTSxDQUFDLE1BQU0sRUFBRSxDQUFDO1lBQ2xCLE1BQU0sQ0FBQyxVQUFVLEdBQUcsSUFBSSxDQUFDLGVBQWUsQ0FBQyxNQUFNLENBQUMsTUFBTSxDQUFDLENBQUE7UUFDekQsQ0FBQztRQUVELElBQUksTUFBTSxHQUFHLElBQUksQ0FBQTtRQUVqQixPQUFPLElBQUksQ0FBQyxlQUFlLEVBQUUsRUFBRSxDQUFDO1lBQzlCLElBQUksQ0FBQyxTQUFTLEVBQUUsQ0FBQTtZQUVoQixJQUFJLElBQUksQ0FBQyxVQUFVLEVBQUUsRUFBRSxDQUFDO2dCQUN0QixNQUFNLEdBQUcsS0FBSyxDQUFBO1lBQ2hCLENBQUM7WUFFRCxJQUFJLENBQUMsSUFBSSxDQUFDLGtCQUFrQixDQUFDLE1BQU0sQ0FBQyxFQUFFLENBQUM7Z0JBQ3JDLE1BQU0sR0FBRyxLQUFLLENBQUE7WUFDaEIsQ0FBQztRQUNILENBQUM7UUFFRCxJQUFJLENBQUMsbUJBQW1CLEVBQUUsQ0FBQTtRQUMxQixJQUFJLENBQUMsYUFBYSxDQUFDLEtBQUssQ0FBQyxDQUFBO1FBQ3pCLElBQUksQ0FBQyxXQUFXLENBQUMsS0FBSyxDQUFDLENBQUE7UUFDdkIsSUFBSSxDQUFDLGFBQWEsRUFBRSxDQUFBO1FBRXBCLE9BQU8sTUFBTSxDQUFBO0lBQ2YsQ0FBQztDQUNGIn0=
;// CONCATENATED MODULE: external "stream"
const external_stream_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");
;// CONCATENATED MODULE: ./node_modules/conventional-commits-parser/dist/stream.js


/**
 * Create async generator function to parse async iterable of raw commits.
 * @param options - CommitParser options.
 * @returns Async generator function to parse async iterable of raw commits.
 */
function parseCommits(options = {}) {
    const warnOption = options.warn;
    const warn = warnOption === true
        ? (err) => {
            throw err;
        }
        : warnOption
            ? (err) => warnOption(err.toString())
            : () => { };
    return async function* parse(rawCommits) {
        const parser = new CommitParser(options);
        let rawCommit;
        for await (rawCommit of rawCommits) {
            try {
                yield parser.parse(rawCommit.toString());
            }
            catch (err) {
                warn(err);
            }
        }
    };
}
/**
 * Create stream to parse commits.
 * @param options - CommitParser options.
 * @returns Stream of parsed commits.
 */
function parseCommitsStream(options = {}) {
    return Transform.from(parseCommits(options));
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoic3RyZWFtLmpzIiwic291cmNlUm9vdCI6IiIsInNvdXJjZXMiOlsiLi4vc3JjL3N0cmVhbS50cyJdLCJuYW1lcyI6W10sIm1hcHBpbmdzIjoiQUFBQSxPQUFPLEVBQUUsU0FBUyxFQUFFLE1BQU0sUUFBUSxDQUFBO0FBRWxDLE9BQU8sRUFBRSxZQUFZLEVBQUUsTUFBTSxtQkFBbUIsQ0FBQTtBQUVoRDs7OztHQUlHO0FBQ0gsTUFBTSxVQUFVLFlBQVksQ0FDMUIsVUFBK0IsRUFBRTtJQUVqQyxNQUFNLFVBQVUsR0FBRyxPQUFPLENBQUMsSUFBSSxDQUFBO0lBQy9CLE1BQU0sSUFBSSxHQUFHLFVBQVUsS0FBSyxJQUFJO1FBQzlCLENBQUMsQ0FBQyxDQUFDLEdBQVUsRUFBRSxFQUFFO1lBQ2YsTUFBTSxHQUFHLENBQUE7UUFDWCxDQUFDO1FBQ0QsQ0FBQyxDQUFDLFVBQVU7WUFDVixDQUFDLENBQUMsQ0FBQyxHQUFVLEVBQUUsRUFBRSxDQUFDLFVBQVUsQ0FBQyxHQUFHLENBQUMsUUFBUSxFQUFFLENBQUM7WUFDNUMsQ0FBQyxDQUFDLEdBQUcsRUFBRSxHQUFjLENBQUMsQ0FBQTtJQUUxQixPQUFPLEtBQUssU0FBUyxDQUFDLENBQUMsS0FBSyxDQUMxQixVQUFzRTtRQUV0RSxNQUFNLE1BQU0sR0FBRyxJQUFJLFlBQVksQ0FBQyxPQUFPLENBQUMsQ0FBQTtRQUN4QyxJQUFJLFNBQTBCLENBQUE7UUFFOUIsSUFBSSxLQUFLLEVBQUUsU0FBUyxJQUFJLFVBQVUsRUFBRSxDQUFDO1lBQ25DLElBQUksQ0FBQztnQkFDSCxNQUFNLE1BQU0sQ0FBQyxLQUFLLENBQUMsU0FBUyxDQUFDLFFBQVEsRUFBRSxDQUFDLENBQUE7WUFDMUMsQ0FBQztZQUFDLE9BQU8sR0FBRyxFQUFFLENBQUM7Z0JBQ2IsSUFBSSxDQUFDLEdBQVksQ0FBQyxDQUFBO1lBQ3BCLENBQUM7UUFDSCxDQUFDO0lBQ0gsQ0FBQyxDQUFBO0FBQ0gsQ0FBQztBQUVEOzs7O0dBSUc7QUFDSCxNQUFNLFVBQVUsa0JBQWtCLENBQUMsVUFBK0IsRUFBRTtJQUNsRSxPQUFPLFNBQVMsQ0FBQyxJQUFJLENBQUMsWUFBWSxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUE7QUFDOUMsQ0FBQyJ9
;// CONCATENATED MODULE: ./node_modules/conventional-commits-parser/dist/index.js



//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoiaW5kZXguanMiLCJzb3VyY2VSb290IjoiIiwic291cmNlcyI6WyIuLi9zcmMvaW5kZXgudHMiXSwibmFtZXMiOltdLCJtYXBwaW5ncyI6IkFBQUEsY0FBYyxZQUFZLENBQUE7QUFDMUIsY0FBYyxtQkFBbUIsQ0FBQTtBQUNqQyxjQUFjLGFBQWEsQ0FBQSJ9
;// CONCATENATED MODULE: ./actions/release-notes/src/commits.ts
// The log walking lives in @slipway/git; the notes read its records through these names.


;// CONCATENATED MODULE: ./actions/release-notes/src/changes.ts


// Most commits have no note and no co-author: one shared empty list instead of two new arrays per commit.
const NONE = Object.freeze([]);
// The Conventional Commits 1.0.0 grammar, as the conventionalcommits preset of conventional-changelog configures it.
const parser = new CommitParser_CommitParser({
    headerPattern: /^(\w*)(?:\((.*)\))?!?: (.*)$/,
    breakingHeaderPattern: /^(\w*)(?:\((.*)\))?!: (.*)$/,
    headerCorrespondence: ['type', 'scope', 'subject'],
    noteKeywords: ['BREAKING CHANGE', 'BREAKING-CHANGE'],
    revertPattern: /^(?:Revert|revert:)\s"?([\s\S]+?)"?\s*This reverts commit (\w*)\./i,
    revertCorrespondence: ['header', 'hash'],
    issuePrefixes: ['#'],
});
const HEADER = /^(\w*)(?:\((.*)\))?!?: (.*)$/;
const NOTE_KEYWORD = /BREAKING[ -]CHANGE/;
/**
 * conventional-commits-parser reads a whole message; most messages have no footer note, and for those the header
 * pattern alone gives the same type, scope and subject at a fraction of the cost (it matters at 100,000 commits).
 */
function parse(subject, rest) {
    if (!NOTE_KEYWORD.test(rest) && !subject.includes('!:')) {
        const match = HEADER.exec(subject);
        return { type: match?.[1] ?? null, scope: match?.[2] ?? null, subject: match?.[3] ?? null, notes: [] };
    }
    return parser.parse(rest.trim() === '' ? subject : `${subject}\n\n${rest.replace(/^\n+/, '')}`);
}
// GitHub's merge commit subject; the pull request's title is the first line of the body.
const MERGE_PR = /^Merge pull request #(\d+) from (\S+)/;
// A squash merge (or a commit by hand) ending in the pull request number, as GitHub writes it.
const PR_SUFFIX = /\s*\(#(\d+)\)\s*$/;
/**
 * A copy of a piece of a string that does not keep the whole alive. V8 makes a slice of a long string a view into
 * it, so a title kept from a git log record would keep the record, and the record the 64 KiB chunk it came in: on a
 * 100,000-commit release that is the whole log held twice. Joining forces a flat copy; slicing that copy keeps only it.
 */
function detach(text) {
    return text.length < 13 ? text : (' ' + text).slice(1);
}
/**
 * The changes of a range, kept compact: in blocks of BLOCK changes, each block's SHAs and titles in two buffers,
 * its types, scopes, authors and pull requests numbers in typed arrays; the rare breaking notes and co-authors
 * beside them. A release of 100,000 commits then takes some 7 MB and a handful of objects per block,
 * where a `Change` object, its SHA and its title took over 400 bytes and three heap objects each, which the garbage
 * collector copied and marked again and again while the log streamed in (and on a machine where touching new
 * memory is slow, every megabyte the heap grows costs time too). A change is read back as a `Change` through
 * `change(index)`, a view of two fields that reads the record when asked.
 */
class ChangeStore {
    count = 0;
    blocks = [];
    notes = new Map();
    coAuthorLists = new Map();
    /** Pull request numbers that do not fit the block's array (0 and above 2^32 - 2). */
    oddPullRequests = new Map();
    people = [];
    personIndex = new Map();
    lastPerson = 0;
    scopeList = [];
    scopeIndex = new Map();
    get size() {
        return this.count;
    }
    /**
     * Keeps a change and returns its index. The change's author and co-authors are replaced by the store's own copies
     * (one per person, not views into the git log record they were read from), so that whoever counts them next keeps
     * no record alive either.
     */
    add(change) {
        const index = this.count++;
        const at = index % BLOCK;
        if (at === 0)
            this.blocks.push(new ChangeBlock());
        const block = this.blocks[this.blocks.length - 1];
        block.add(change.sha, change.title);
        block.types[at] = change.type === undefined ? 0 : (TYPE_NUMBERS.get(change.type) ?? 0);
        block.scopes[at] = change.scope === undefined ? 0 : this.scopeNumber(change.scope);
        const pullRequest = change.pullRequest;
        if (pullRequest === undefined)
            block.pullRequests[at] = 0;
        else if (Number.isInteger(pullRequest) && pullRequest > 0 && pullRequest < 0xffffffff)
            block.pullRequests[at] = pullRequest;
        else {
            block.pullRequests[at] = 0xffffffff;
            this.oddPullRequests.set(index, pullRequest);
        }
        const author = this.personNumber(change.author);
        change.author = this.people[author] ?? change.author;
        block.authors[at] = author;
        block.breaking[at] = change.breaking ? 1 : 0;
        if (change.breakingNotes.length > 0)
            this.notes.set(index, change.breakingNotes.map(detach));
        if (change.coAuthors.length > 0) {
            change.coAuthors = change.coAuthors.map((person) => this.people[this.personNumber(person)] ?? person);
            this.coAuthorLists.set(index, change.coAuthors);
        }
        return index;
    }
    /** Seals the last block (see ChangeBlock.seal): the walk is over, and its strings need not keep log records alive. */
    seal() {
        this.blocks[this.blocks.length - 1]?.seal();
    }
    /** The change at `index`, as a view of its record. */
    change(index) {
        if (!Number.isInteger(index) || index < 0 || index >= this.count)
            throw new RangeError(`No change ${index} (${this.count} kept)`);
        return new StoredChange(this, index);
    }
    /** Credits the change at `index` to the author of the change at `from` (a merge to its branch's author). */
    creditTo(index, from) {
        this.block(index).authors[index % BLOCK] = this.block(from).authors[from % BLOCK] ?? 0;
    }
    shaOf(index) {
        return this.block(index).sha(index % BLOCK);
    }
    titleOf(index) {
        return this.block(index).title(index % BLOCK);
    }
    typeOf(index) {
        const type = this.block(index).types[index % BLOCK] ?? 0;
        return type === 0 ? undefined : TYPES[type - 1];
    }
    scopeOf(index) {
        const scope = this.block(index).scopes[index % BLOCK] ?? 0;
        return scope === 0 ? undefined : this.scopeList[scope - 1];
    }
    pullRequestOf(index) {
        const number = this.block(index).pullRequests[index % BLOCK] ?? 0;
        if (number === 0xffffffff)
            return this.oddPullRequests.get(index);
        return number === 0 ? undefined : number;
    }
    breakingOf(index) {
        return this.block(index).breaking[index % BLOCK] === 1;
    }
    breakingNotesOf(index) {
        return this.notes.get(index) ?? NONE;
    }
    authorOf(index) {
        return this.people[this.block(index).authors[index % BLOCK] ?? 0] ?? { name: '', email: '' };
    }
    setAuthorOf(index, author) {
        this.block(index).authors[index % BLOCK] = this.personNumber(author);
    }
    coAuthorsOf(index) {
        return this.coAuthorLists.get(index) ?? NONE;
    }
    block(index) {
        const block = this.blocks[Math.floor(index / BLOCK)];
        if (!block)
            throw new RangeError(`No change ${index} (${this.count} kept)`);
        return block;
    }
    /** The number of the store's own copy of `person` (one per email and name), made on first sight. */
    personNumber(person) {
        // Commits come in runs by one author: the last one found is checked before the map.
        const last = this.people[this.lastPerson];
        if (last && last.email === person.email && last.name === person.name)
            return this.lastPerson;
        const key = `${person.email}\n${person.name}`;
        let number = this.personIndex.get(key);
        if (number === undefined) {
            number = this.people.length;
            const kept = { name: detach(person.name), email: detach(person.email) };
            this.personIndex.set(`${kept.email}\n${kept.name}`, number);
            this.people.push(kept);
        }
        this.lastPerson = number;
        return number;
    }
    scopeNumber(scope) {
        let number = this.scopeIndex.get(scope);
        if (number === undefined) {
            const kept = detach(scope);
            this.scopeList.push(kept);
            number = this.scopeList.length;
            this.scopeIndex.set(kept, number);
        }
        return number;
    }
}
/** Changes a block holds. Small enough that the strings waiting to be joined stay few, large enough to be few. */
const BLOCK = 1024;
/**
 * BLOCK changes. Their SHAs and titles wait in lists until the block is full, and are then joined and copied out of
 * the JavaScript heap: the SHAs as bytes (hex decoded), the titles as Latin-1 (or UTF-16 when a title needs it),
 * with the titles' end offsets. What the heap keeps of a block is then a few small objects, so that keeping 100,000
 * changes neither slows the collector nor makes it grow the young generation, and no slice of a git log record is
 * kept. A title or SHA is decoded when read.
 */
class ChangeBlock {
    types = new Uint8Array(BLOCK);
    scopes = new Uint32Array(BLOCK);
    pullRequests = new Uint32Array(BLOCK);
    authors = new Uint32Array(BLOCK);
    breaking = new Uint8Array(BLOCK);
    titleEnds = new Uint32Array(BLOCK);
    shaList = [];
    titleList = [];
    shas = Buffer.alloc(0);
    shaEncoding = 'hex';
    titles = Buffer.alloc(0);
    /** Bytes a UTF-16 unit of a title takes in `titles`: 1 (Latin-1) or 2 (UTF-16). */
    titleWidth = 1;
    /** SHAs are all as long as the first (40 hex digits, or 64 in a SHA-256 repository); else each end is kept. */
    shaLength = -1;
    shaEnds;
    add(sha, title) {
        const { shaList, titleList } = this;
        if (!shaList || !titleList)
            throw new Error('A sealed block takes no more changes');
        const at = shaList.length;
        if (this.shaLength < 0)
            this.shaLength = sha.length;
        if (sha.length !== this.shaLength && !this.shaEnds) {
            this.shaEnds = new Uint32Array(BLOCK);
            for (let i = 0; i < at; i++)
                this.shaEnds[i] = (i + 1) * this.shaLength;
        }
        if (this.shaEnds)
            this.shaEnds[at] = (at > 0 ? (this.shaEnds[at - 1] ?? 0) : 0) + sha.length;
        this.titleEnds[at] = (at > 0 ? (this.titleEnds[at - 1] ?? 0) : 0) + title.length;
        shaList.push(sha);
        titleList.push(title);
        if (shaList.length === BLOCK)
            this.seal();
    }
    /** Joins what the lists hold and copies it out of the heap; no change is added after this. */
    seal() {
        if (!this.shaList || !this.titleList)
            return;
        const shas = this.shaList.join('');
        // Lower-case hex of even length (what git prints) goes in as bytes; anything else as it came.
        this.shaEncoding = !this.shaEnds && this.shaLength % 2 === 0 && /^[0-9a-f]*$/.test(shas) ? 'hex' : 'latin1';
        this.shas = Buffer.from(shas, this.shaEncoding);
        const titles = this.titleList.join('');
        this.titleWidth = /[\u0100-\uffff]/.test(titles) ? 2 : 1;
        this.titles = Buffer.from(titles, this.titleWidth === 2 ? 'utf16le' : 'latin1');
        this.shaList = undefined;
        this.titleList = undefined;
    }
    sha(at) {
        if (this.shaList)
            return this.shaList[at] ?? '';
        const [start, end] = this.shaEnds
            ? [at > 0 ? (this.shaEnds[at - 1] ?? 0) : 0, this.shaEnds[at] ?? 0]
            : [at * this.shaLength, (at + 1) * this.shaLength];
        const width = this.shaEncoding === 'hex' ? 0.5 : 1;
        return this.shas.toString(this.shaEncoding, start * width, end * width);
    }
    title(at) {
        if (this.titleList)
            return this.titleList[at] ?? '';
        const start = at > 0 ? (this.titleEnds[at - 1] ?? 0) : 0;
        const end = this.titleEnds[at] ?? 0;
        const width = this.titleWidth;
        return this.titles.toString(width === 2 ? 'utf16le' : 'latin1', start * width, end * width);
    }
}
/** A change read back from a ChangeStore: each field comes from the record when read. */
class StoredChange {
    store;
    index;
    constructor(store, index) {
        this.store = store;
        this.index = index;
    }
    get sha() {
        return this.store.shaOf(this.index);
    }
    get type() {
        return this.store.typeOf(this.index);
    }
    get scope() {
        return this.store.scopeOf(this.index);
    }
    get title() {
        return this.store.titleOf(this.index);
    }
    get breaking() {
        return this.store.breakingOf(this.index);
    }
    get breakingNotes() {
        return this.store.breakingNotesOf(this.index);
    }
    get pullRequest() {
        return this.store.pullRequestOf(this.index);
    }
    get author() {
        return this.store.authorOf(this.index);
    }
    set author(person) {
        this.store.setAuthorOf(this.index, person);
    }
    get coAuthors() {
        return this.store.coAuthorsOf(this.index);
    }
}
function changeOf(commit) {
    // Most messages are one line: slicing at the first newline keeps a 100,000-commit range from allocating arrays.
    const newline = commit.message.indexOf('\n');
    let subject = (newline < 0 ? commit.message : commit.message.slice(0, newline)).trim();
    let rest = newline < 0 ? '' : commit.message.slice(newline + 1);
    let pullRequest;
    const merge = MERGE_PR.exec(subject);
    if (merge) {
        pullRequest = Number(merge[1]);
        const bodyLines = rest.split('\n');
        const titleIndex = bodyLines.findIndex((line) => line.trim() !== '');
        subject = titleIndex >= 0 ? (bodyLines[titleIndex] ?? '').trim() : `Merge ${merge[2] ?? ''}`;
        rest = titleIndex >= 0 ? bodyLines.slice(titleIndex + 1).join('\n') : '';
    }
    const suffix = PR_SUFFIX.exec(subject);
    if (suffix) {
        pullRequest ??= Number(suffix[1]);
        subject = subject.slice(0, suffix.index);
    }
    const parsed = parse(subject, rest);
    // `Lock: …` or `WIP: …` looks like a type but is not one: only the types the sections know are read as such.
    const candidate = parsed.type ? parsed.type.toLowerCase() : undefined;
    const type = candidate !== undefined ? KNOWN_TYPES.get(candidate) : undefined;
    const breakingNotes = parsed.notes.length === 0
        ? NONE
        : parsed.notes
            .filter((note) => /^BREAKING[ -]CHANGE$/.test(note.title))
            // A trailer block continues after the note (Co-authored-by, Signed-off-by): it is not part of what broke.
            .map((note) => note.text.replace(/\n[\w-]+: .*(\n|$)[\s\S]*$/, '').trim())
            // With `!`, the parser repeats the subject as a note: the line already says it.
            .filter((text) => text !== '' && text !== parsed.subject);
    const breaking = type !== undefined && (/^\w*(\(.*\))?!:/.test(subject) || breakingNotes.length > 0);
    const change = {
        sha: commit.sha,
        title: type !== undefined && parsed.subject ? parsed.subject : subject,
        breaking: breaking || (type === undefined && breakingNotes.length > 0),
        breakingNotes,
        author: { name: commit.authorName, email: commit.authorEmail },
        coAuthors: newline < 0 || !/co-authored-by:/i.test(rest) ? NONE : coAuthorsOf(commit.message),
    };
    if (type !== undefined)
        change.type = type;
    if (parsed.scope)
        change.scope = parsed.scope;
    if (pullRequest !== undefined)
        change.pullRequest = pullRequest;
    return change;
}
/** The sections, in the order the notes show them; Breaking changes always come first, Other changes last. */
const SECTIONS = [
    { title: 'Features', types: ['feat', 'feature'] },
    { title: 'Fixes', types: ['fix', 'bugfix'] },
    { title: 'Performance', types: ['perf'] },
    { title: 'Reverts', types: ['revert'] },
    { title: 'Documentation', types: ['docs'] },
    { title: 'Refactoring', types: ['refactor'] },
    { title: 'Tests', types: ['test', 'tests'] },
    { title: 'Build', types: ['build', 'deps'] },
    { title: 'CI', types: ['ci'] },
    { title: 'Styles', types: ['style'] },
    { title: 'Chores', types: ['chore'] },
];
// Each type maps to its own constant, so that a change keeps that string and not a lower-cased copy.
const KNOWN_TYPES = new Map(SECTIONS.flatMap((s) => s.types.map((type) => [type, type])));
const TYPES = [...KNOWN_TYPES.keys()];
// The first section that lists a type takes it.
const SECTION_OF_TYPE = new Map(SECTIONS.toReversed().flatMap((section) => section.types.map((type) => [type, section.title])));
const TYPE_NUMBERS = new Map(TYPES.map((type, i) => [type, i + 1]));
const BREAKING_TITLE = 'Breaking changes';
const OTHER_TITLE = 'Other changes';
/**
 * Sorts changes into sections: breaking ones first, then one section per conventional type, then everything else.
 * `category` may claim a change first (release.yml categories by pull request label); it returns a section title,
 * `null` to drop the change (excluded), or undefined to let the conventional type decide.
 */
function sectionize(changes, category) {
    const sorter = new SectionSorter(category);
    const byTitle = new Map();
    for (const change of changes) {
        const title = sorter.titleOf(change);
        if (title === null)
            continue;
        let list = byTitle.get(title);
        if (!list)
            byTitle.set(title, (list = []));
        list.push(change);
    }
    return sorter.order(byTitle.keys()).map((title) => ({ title, changes: byTitle.get(title) ?? [] }));
}
/** sectionize for the changes of a store at `indexes`: the sections list indexes, not objects. */
function sectionizeStored(store, indexes, category) {
    const sorter = new SectionSorter(category);
    const byTitle = new Map();
    for (const index of indexes) {
        const title = sorter.titleOf(store.change(index));
        if (title === null)
            continue;
        let list = byTitle.get(title);
        if (!list)
            byTitle.set(title, (list = { indexes: new Uint32Array(256), length: 0 }));
        if (list.length === list.indexes.length) {
            const more = new Uint32Array(list.length * 2);
            more.set(list.indexes);
            list.indexes = more;
        }
        list.indexes[list.length++] = index;
    }
    return sorter.order(byTitle.keys()).map((title) => {
        const list = byTitle.get(title);
        return { title, changes: new StoredChangeList(store, list ? list.indexes.subarray(0, list.length) : []) };
    });
}
/** Which section a change goes to, and the order of the sections (see sectionize). */
class SectionSorter {
    category;
    categoryOrder = [];
    constructor(category) {
        this.category = category;
    }
    titleOf(change) {
        const claimed = this.category?.(change);
        if (claimed === null)
            return null;
        if (claimed !== undefined) {
            if (!this.categoryOrder.includes(claimed))
                this.categoryOrder.push(claimed);
            return claimed;
        }
        if (change.breaking)
            return BREAKING_TITLE;
        const type = change.type;
        return (type !== undefined ? SECTION_OF_TYPE.get(type) : undefined) ?? OTHER_TITLE;
    }
    order(present) {
        const titles = new Set(present);
        const order = [BREAKING_TITLE, ...this.categoryOrder, ...SECTIONS.map((s) => s.title), OTHER_TITLE];
        return [...new Set(order)].filter((title) => titles.has(title));
    }
}
class StoredChangeList {
    store;
    indexes;
    constructor(store, indexes) {
        this.store = store;
        this.indexes = indexes;
    }
    get length() {
        return this.indexes.length;
    }
    *[Symbol.iterator]() {
        for (let i = 0; i < this.indexes.length; i++)
            yield this.store.change(this.indexes[i] ?? 0);
    }
    map(each) {
        const out = [];
        let i = 0;
        for (const change of this)
            out.push(each(change, i++));
        return out;
    }
}

;// CONCATENATED MODULE: ./actions/release-notes/src/contributors.ts
/** GitHub's private commit email: `ID+login@users.noreply.github.com` (or the older `login@…`). */
function loginFromNoreplyEmail(email) {
    const match = /^(?:\d+\+)?([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\[bot\])?)@users\.noreply\.github\.com$/i.exec(email);
    return match?.[1];
}
/** Folds authors and co-authors of the changes into contributors (one per email, case-insensitively). */
class ContributorTally {
    people = new Map();
    byObject = new WeakMap();
    add(change) {
        if (change.coAuthors.length === 0)
            this.countOne(change.author);
        else
            this.count([change.author, ...change.coAuthors]);
    }
    /** For a merge commit: whoever pressed the merge button did not write the change, but a named co-author did. */
    addCoAuthors(change) {
        this.count(change.coAuthors);
    }
    count(people) {
        const seen = new Set();
        for (const person of people) {
            const key = person.email.toLowerCase();
            if (seen.has(key))
                continue;
            seen.add(key);
            this.countOne(person);
        }
    }
    countOne(person) {
        // The walk hands over one object per person (ChangeStore): found by identity, most commits skip the lower-casing.
        let entry = this.byObject.get(person);
        if (!entry) {
            const key = person.email.toLowerCase();
            entry = this.people.get(key);
            if (entry)
                entry.commits++;
            else
                this.people.set(key, (entry = { name: person.name, email: person.email, commits: 1 }));
            this.byObject.set(person, entry);
            return;
        }
        entry.commits++;
    }
    emails() {
        return [...this.people.values()].map((p) => p.email);
    }
    /**
     * The contributors, most commits first. `logins` maps lower-cased emails to accounts; `earlierEmails` holds the
     * lower-cased emails seen before this release (undefined for a first release: nobody contributed before).
     */
    contributors(logins, earlierEmails) {
        const byIdentity = new Map();
        for (const person of this.people.values()) {
            const key = person.email.toLowerCase();
            const login = logins.get(key) ?? loginFromNoreplyEmail(person.email);
            const firstTime = earlierEmails !== undefined && !earlierEmails.has(key);
            // Two emails of one account are one contributor.
            const identity = login !== undefined ? `@${login.toLowerCase()}` : key;
            const existing = byIdentity.get(identity);
            if (existing) {
                existing.commits += person.commits;
                existing.firstTime &&= firstTime;
                continue;
            }
            const contributor = { name: person.name, email: person.email, commits: person.commits, firstTime };
            if (login !== undefined)
                contributor.login = login;
            byIdentity.set(identity, contributor);
        }
        return [...byIdentity.values()].sort((a, b) => b.commits - a.commits || compareNames(displayName(a), displayName(b)));
    }
}
function displayName(contributor) {
    return contributor.login !== undefined ? `@${contributor.login}` : contributor.name;
}
/**
 * `a.localeCompare(b, 'en')`, without starting ICU's collator when both are printable ASCII: that start costs 20 to
 * 50 ms, more than the rest of an ordinary release's notes. For these characters the Unicode Collation Algorithm
 * with CLDR's root order (which English uses as it is) compares the primary weights of the whole strings first (the
 * order of ASCII_ORDER, a letter's two cases alike, a prefix before what extends it), then the case, lower before
 * upper; the test compares this with ICU character by character and on random strings.
 */
function compareNames(a, b) {
    if (!PRINTABLE_ASCII.test(a) || !PRINTABLE_ASCII.test(b))
        return a.localeCompare(b, 'en');
    const shorter = Math.min(a.length, b.length);
    for (let i = 0; i < shorter; i++) {
        const weight = (PRIMARY[a.charCodeAt(i)] ?? 0) - (PRIMARY[b.charCodeAt(i)] ?? 0);
        if (weight !== 0)
            return Math.sign(weight);
    }
    if (a.length !== b.length)
        return Math.sign(a.length - b.length);
    for (let i = 0; i < shorter; i++) {
        const upper = Number(isUpper(a.charCodeAt(i))) - Number(isUpper(b.charCodeAt(i)));
        if (upper !== 0)
            return upper;
    }
    return 0;
}
/** Printable ASCII in CLDR root collation order (a letter stands for both of its cases). */
const ASCII_ORDER = ' _-,;:!?.\'"()[]{}@*/\\&#%`^+<=>|~$0123456789abcdefghijklmnopqrstuvwxyz';
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const PRIMARY = new Uint8Array(128);
for (let i = 0; i < ASCII_ORDER.length; i++) {
    const code = ASCII_ORDER.charCodeAt(i);
    PRIMARY[code] = i + 1;
    if (code >= 0x61 && code <= 0x7a)
        PRIMARY[code - 0x20] = i + 1;
}
const isUpper = (code) => code >= 0x41 && code <= 0x5a;

;// CONCATENATED MODULE: ./packages/github-api/src/status.ts
/**
 * The HTTP status of an Octokit request error, if it is one. A module of its own (`@slipway/github-api/status`), so
 * code that only reads errors does not load Octokit: an action that makes no API call starts without it.
 */
function statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}

;// CONCATENATED MODULE: ./actions/release-notes/src/lookups.ts

const PER_PAGE = 100;
/**
 * Maps commit emails to GitHub accounts with the commit listings of the range (100 commits a request, the author's
 * account included): `compare` between two tags, or the commits up to the tag for a first release. Stops as soon as
 * every email is known, and after `maxPages` requests; emails left over stay names.
 */
async function loginsByEmail(client, where, range, emails, logger, maxPages = 10) {
    const wanted = new Set(emails.map((e) => e.toLowerCase()));
    const found = new Map();
    try {
        for (let page = 1; page <= maxPages && found.size < wanted.size; page++) {
            const commits = range.base !== undefined
                ? (await client.rest.repos.compareCommitsWithBasehead({
                    ...where,
                    basehead: `${range.base}...${range.head}`,
                    per_page: PER_PAGE,
                    page,
                })).data.commits
                : (await client.rest.repos.listCommits({ ...where, sha: range.head, per_page: PER_PAGE, page })).data;
            for (const commit of commits) {
                const email = commit.commit.author?.email?.toLowerCase();
                const login = commit.author && 'login' in commit.author ? commit.author.login : undefined;
                if (email && login && wanted.has(email))
                    found.set(email, login);
            }
            if (commits.length < PER_PAGE)
                break;
        }
    }
    catch (error) {
        logger.warning(`Could not map contributors to GitHub accounts (${describe(error)}): showing names instead`);
    }
    return found;
}
/**
 * Which of `emails` have a commit reachable from `base`, asked of the API: one commit listing filtered by author
 * (GitHub matches the email) per email, at most `maxRequests`. Undefined when the API cannot answer them all (more
 * emails than that, or an error): the caller then reads git instead.
 */
async function authorsWithEarlierCommits(client, where, base, emails, logger, maxRequests = 20) {
    if (emails.length > maxRequests)
        return undefined;
    const seen = new Set();
    try {
        for (const email of emails) {
            const { data } = await client.rest.repos.listCommits({ ...where, sha: base, author: email, per_page: 1 });
            if (data.length > 0)
                seen.add(email.toLowerCase());
        }
    }
    catch (error) {
        logger.debug(`Could not ask the API about earlier commits (${describe(error)}): reading the history instead`);
        return undefined;
    }
    return seen;
}
/**
 * Labels and authors of the pull requests the notes link, from the closed pull requests listed 100 a request,
 * most recently updated first, until every number is found or `maxPages` requests were made.
 */
async function pullRequestFacts(client, where, numbers, logger, maxPages = 10) {
    const facts = new Map();
    try {
        for (let page = 1; page <= maxPages && facts.size < numbers.size; page++) {
            const { data } = await client.rest.pulls.list({
                ...where,
                state: 'closed',
                sort: 'updated',
                direction: 'desc',
                per_page: PER_PAGE,
                page,
            });
            for (const pr of data) {
                if (!numbers.has(pr.number))
                    continue;
                const entry = { labels: pr.labels.map((label) => label.name) };
                if (pr.user)
                    entry.author = pr.user.login;
                facts.set(pr.number, entry);
            }
            if (data.length < PER_PAGE)
                break;
        }
    }
    catch (error) {
        logger.warning(`Could not read pull request labels (${describe(error)}): sections follow commit types instead`);
        return undefined;
    }
    return facts;
}
function describe(error) {
    const status = statusOf(error);
    const message = error instanceof Error ? error.message : String(error);
    return status !== undefined ? `HTTP ${status}: ${message}` : message;
}

;// CONCATENATED MODULE: ./actions/release-notes/src/release-config.ts
/**
 * The section a pull request goes to under the config, as GitHub decides it: excluded (null) when a label or author is
 * excluded, else the first category whose labels it carries (`*` for any). Undefined when no category claims it.
 */
function categorize(config, pr) {
    const excluded = (labels, authors) => pr.labels.some((label) => labels.includes(label)) || (pr.author !== undefined && authors.includes(pr.author));
    if (excluded(config.excludeLabels, config.excludeAuthors))
        return null;
    for (const category of config.categories) {
        if (excluded(category.excludeLabels, category.excludeAuthors))
            continue;
        if (category.labels.includes('*') || pr.labels.some((label) => category.labels.includes(label)))
            return category.title;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./actions/release-notes/src/notes.ts











/**
 * The notes of a range, in three phases: the walk (one streamed git log: changes and their authors), the lookups
 * (accounts, pull request labels, who contributed before — beside each other), and the writing (the whole notes to
 * the CHANGELOG file, the body within the limit).
 */
async function buildNotes(git, options, logger) {
    const { range, client } = options;
    const config = await readConfig(options.workspace, options.configPath);
    // git starts on the range first (it is what everything else waits for), then on the look back for first-time
    // contributors, which is read once the range has said whose earlier commits to look for (earlierContributors).
    const walking = walkRange(git, options);
    const lookBack = range.base !== undefined ? startAuthorWalk(git, range.base, client ? LOOK_BACK : undefined) : undefined;
    let walked;
    let lookups;
    try {
        walked = await walking;
        lookups = await lookUp(git, options, walked, config, lookBack, logger);
    }
    finally {
        lookBack?.cancel();
    }
    const sections = sectionizeStored(walked.store, walked.kept, lookups.category);
    const contributors = walked.tally.contributors(lookups.logins, lookups.earlier);
    const input = {
        repositoryUrl: `${options.serverUrl}/${options.repository.owner}/${options.repository.repo}`,
        latest: options.latest,
        images: options.images,
        sections,
        contributors,
        resolvedLogins: new Set([...lookups.logins.values()].map((login) => login.toLowerCase())),
        loginOf: (change) => {
            const email = change.author.email.toLowerCase();
            return lookups.logins.get(email) ?? loginFromNoreplyEmail(email);
        },
    };
    if (range.tag !== undefined)
        input.tag = range.tag;
    if (range.previousTag !== undefined)
        input.previousTag = range.previousTag;
    if (range.version !== undefined)
        input.version = formatSemVer(range.version);
    const rendered = writeChangelog(options.changelogFile, (sink) => renderNotes(input, options.bodyLimit ?? BODY_LIMIT, sink));
    const notes = {
        body: rendered.body,
        truncated: rendered.truncated,
        fullLength: rendered.fullLength,
        changelogFile: options.changelogFile,
        sections,
        contributors,
        commitCount: walked.commitCount,
        within: (limit) => renderNotes(input, limit).body,
    };
    if (walked.baseIsAncestor !== undefined)
        notes.baseIsAncestor = walked.baseIsAncestor;
    return notes;
}
/**
 * Whether the walk of the range tells if the previous release is an ancestor, so that no `git merge-base` is
 * needed: only the walk of every commit with its true parents (first-parent notes without paths, the default) does.
 * git lists base..head; when base is an ancestor, the path from head down to it passes through a commit of the
 * range whose parent is base, and when it is not, no commit of the range has it as a parent (else base would be
 * reachable from head). Paths rewrite parents and the other walks skip commits, so those ask git.
 */
function walkShowsAncestry(options) {
    return options.firstParent && options.includePaths.length === 0;
}
/**
 * One git log of the range. With the mainline only, a merge commit stands for its pull request, yet the people who
 * wrote the branch are contributors too: so the whole range is read and the mainline is found from the parents.
 * With paths, git's history simplification rewrites parents, so git itself walks the first parents instead. Each
 * commit is kept as one compact record (ChangeStore); the notes list the indexes of the records they show.
 */
async function walkRange(git, options) {
    const { range } = options;
    const walk = !options.firstParent ? 'no-merges' : options.includePaths.length > 0 ? 'first-parent' : 'all';
    const tally = new ContributorTally();
    const store = new ChangeStore();
    const chain = walk === 'all' ? new Mainline(range.head, range.base, store) : undefined;
    const { base } = range;
    // See walkShowsAncestry; base..head is empty when base is head, and is-ancestor holds for a commit and itself.
    const ancestry = { seen: base === range.head };
    const commitCount = await streamCommits(git, { head: range.head, ...(base ? { base } : {}), walk, paths: options.includePaths }, (commit) => {
        const change = changeOf(commit);
        const index = store.add(change);
        if (chain)
            chain.add(index, change.sha, commit.parents);
        if (!chain || commit.parents.length < 2)
            tally.add(change);
        else
            tally.addCoAuthors(change);
        if (!ancestry.seen && base !== undefined && commit.parents.includes(base))
            ancestry.seen = true;
    });
    store.seal();
    const kept = chain ? chain.indexes() : Uint32Array.from({ length: store.size }, (_, i) => i);
    const walked = { store, kept, tally, commitCount };
    if (base !== undefined && walk === 'all' && walkShowsAncestry(options))
        walked.baseIsAncestor = ancestry.seen;
    return walked;
}
/** The API lookups and the look back for first-time contributors, run beside each other. */
async function lookUp(git, options, walked, config, lookBack, logger) {
    const { client, range } = options;
    const emails = walked.tally.emails();
    const [category, logins, earlier] = await Promise.all([
        categoryOf(options, walked, config, logger),
        client
            ? loginsByEmail(client, options.repository, range, emails, logger)
            : Promise.resolve(new Map()),
        range.base !== undefined && lookBack
            ? earlierContributors(git, range.base, lookBack, emails, client, options, logger)
            : undefined,
    ]);
    if (!client)
        logger.warning('No token: contributors are shown by name, not by GitHub account');
    const lookups = { logins };
    if (category)
        lookups.category = category;
    if (earlier)
        lookups.earlier = earlier;
    return lookups;
}
async function categoryOf(options, walked, config, logger) {
    if (!config || config.categories.length + config.excludeLabels.length + config.excludeAuthors.length === 0)
        return undefined;
    if (!options.client) {
        logger.warning(`${options.configPath} needs pull request labels, which need a token: sections follow commit types instead`);
        return undefined;
    }
    const numbers = new Set();
    for (const index of walked.kept) {
        const number = walked.store.pullRequestOf(index);
        if (number !== undefined)
            numbers.add(number);
    }
    if (numbers.size === 0)
        return undefined;
    const facts = await pullRequestFacts(options.client, options.repository, numbers, logger);
    if (!facts)
        return undefined;
    return (change) => {
        const pr = change.pullRequest !== undefined ? facts.get(change.pullRequest) : undefined;
        return pr ? categorize(config, pr) : undefined;
    };
}
/** How far back git looks for the authors of this release before the API is asked about the rest. */
const LOOK_BACK = 20_000;
/**
 * Which of this release's authors contributed before it. git walks back from the previous release and stops as soon
 * as all of them have been seen, which on an ordinary release is a few hundred commits back, however old the
 * repository. Someone new keeps the walk going: with a token, only LOOK_BACK commits are read and the API answers
 * for whoever is still unseen (one commit listing by author each); without one, or when the API cannot answer, git
 * reads on to the root. The walk (`lookBack`) was started from `base` beside the walk of the range, so its start-up
 * is already paid.
 */
async function earlierContributors(git, base, lookBack, emails, client, options, logger) {
    const wanted = new Set(emails.map((e) => e.toLowerCase()));
    const first = await lookBack.seen(wanted);
    if (first.complete)
        return first.seen;
    const unseen = [...wanted].filter((email) => !first.seen.has(email));
    const answered = client
        ? await authorsWithEarlierCommits(client, options.repository, base, unseen, logger)
        : undefined;
    if (answered)
        return new Set([...first.seen, ...answered]);
    const rest = await authorsSeenFrom(git, base, new Set(unseen));
    return new Set([...first.seen, ...rest.seen]);
}
/** Writes what `render` sends to its sink into `file`, in 64 KiB writes. */
function writeChangelog(file, render) {
    const fd = (0,external_node_fs_.openSync)(file, 'w');
    try {
        let buffered = [];
        let size = 0;
        const flush = () => {
            if (buffered.length > 0)
                (0,external_node_fs_.writeSync)(fd, buffered.join(''));
            buffered = [];
            size = 0;
        };
        const result = render((text) => {
            buffered.push(text);
            size += text.length;
            if (size >= 65_536)
                flush();
        });
        flush();
        return result;
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/**
 * The first-parent chain from `head` within the range, newest first, found as the log streams. git lists a commit
 * before its parents, so the chain is followed by comparing each commit with the one the chain expects next: on a
 * 100,000-commit range that is a string comparison per commit, where a map of every commit's parent cost a hash
 * lookup or three. Commits off the chain (and, with skewed commit dates, chain commits that come early) are set
 * aside, and the chain continues through them at the end. A merge commit on the chain is credited to the author of
 * the branch it merged (its second parent), as GitHub credits a pull request to its author. The chain and the
 * commits set aside are indexes into the store, and the first parents of those set aside are kept as bytes: no
 * object per commit.
 */
class Mainline {
    expected;
    base;
    store;
    chain = new Uint32Array(1024);
    chainLength = 0;
    aside = new Uint32Array(1024);
    asideLength = 0;
    /** The first parent of each commit set aside, as bytes (all zero for a root commit: no object has that name). */
    asideParents = Buffer.alloc(0);
    /** Second parent → the merge commit (its index) waiting for its author. */
    branchTips = new Map();
    constructor(expected, 
    /** Where the range starts (excluded): a chain that reaches it is whole. */
    base, store) {
        this.expected = expected;
        this.base = base;
        this.store = store;
    }
    add(index, sha, parents) {
        const merge = this.branchTips.get(sha);
        if (merge !== undefined) {
            this.branchTips.delete(sha);
            this.store.creditTo(merge, index);
        }
        const [firstParent, branch] = parents;
        if (sha === this.expected) {
            this.chain = pushed(this.chain, this.chainLength++, index);
            this.expected = firstParent;
            // A flat copy: the parent as sliced from the record would keep the whole log chunk alive until the tip is read.
            if (branch !== undefined)
                this.branchTips.set(Buffer.from(branch, 'latin1').toString('latin1'), index);
        }
        else {
            const at = this.asideLength * (sha.length >> 1);
            this.aside = pushed(this.aside, this.asideLength++, index);
            if (this.asideParents.length < at + (sha.length >> 1)) {
                const more = Buffer.alloc(Math.max(64 * 1024, this.asideParents.length * 2));
                this.asideParents.copy(more);
                this.asideParents = more;
            }
            if (firstParent !== undefined)
                this.asideParents.write(firstParent, at, sha.length >> 1, 'hex');
        }
    }
    /** The chain's store indexes, in the order git listed its commits. */
    indexes() {
        let reordered = false;
        if (this.asideLength > 0 && this.expected !== undefined && this.expected !== this.base) {
            // Only now, and only when the chain stopped short of the range's start with commits set aside (every merged
            // branch's commits are): which of them the chain continues through.
            const bySha = new Map();
            for (let i = 0; i < this.asideLength; i++)
                bySha.set(this.store.shaOf(this.aside[i] ?? 0), i);
            for (let next = bySha.get(this.expected); next !== undefined; next = bySha.get(this.expected)) {
                bySha.delete(this.expected);
                this.chain = pushed(this.chain, this.chainLength++, this.aside[next] ?? 0);
                const size = this.expected.length >> 1;
                const parent = this.asideParents.subarray(next * size, (next + 1) * size);
                this.expected = parent.every((byte) => byte === 0) ? undefined : parent.toString('hex');
                reordered = true;
                if (this.expected === undefined)
                    break;
            }
        }
        const found = this.chain.subarray(0, this.chainLength);
        if (reordered)
            found.sort();
        this.aside = new Uint32Array(0);
        this.asideParents = Buffer.alloc(0);
        this.branchTips.clear();
        return found;
    }
}
function pushed(list, at, value) {
    let target = list;
    if (at === list.length) {
        target = new Uint32Array(list.length * 2);
        target.set(list);
    }
    target[at] = value;
    return target;
}
async function readConfig(workspace, configPath) {
    const candidates = [configPath, configPath.replace(/\.yml$/, '.yaml')];
    for (const candidate of candidates) {
        const file = external_node_path_default().join(workspace, candidate);
        if ((0,external_node_fs_.existsSync)(file)) {
            const { parseReleaseConfig } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(682)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5682));
            return parseReleaseConfig(await (0,promises_.readFile)(file, 'utf8'), candidate);
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./actions/release-notes/src/publish.ts








/**
 * The files the `files` globs name, checked before anything is sent: every glob must match (unless allowed), each
 * name must be one a release can hold, and two files may not share a name (a release holds one asset per name).
 */
async function collectAssets(patterns, workspace, allowUnmatched, logger) {
    const assets = [];
    const byName = new Map();
    if (patterns.length === 0)
        return assets;
    const { glob } = await __nccwpck_require__.e(/* import() */ 382).then(__nccwpck_require__.bind(__nccwpck_require__, 3382));
    for (const pattern of patterns) {
        const files = (await glob(pattern, { cwd: workspace, absolute: true, onlyFiles: true, dot: false })).sort();
        if (files.length === 0) {
            if (!allowUnmatched) {
                throw new src/* InputError */.dz('files', pattern, 'a glob that matches at least one file (or set fail-on-unmatched-files: false)');
            }
            logger.warning(`files: ${pattern} matches no file`);
        }
        for (const file of files) {
            const name = (0,src/* assertName */.I1)('files', external_node_path_default().basename(file), 'files whose names can be asset names');
            const other = byName.get(name);
            if (other === file)
                continue;
            if (other !== undefined)
                throw new src/* InputError */.dz('files', pattern, `files with distinct names (${other} and ${file} are both ${name})`);
            byName.set(name, file);
            assets.push(await fileAsset(name, file));
        }
    }
    return assets;
}
async function fileAsset(name, file, generated = false) {
    return { name, file, size: (await (0,promises_.stat)(file)).size, sha256: await sha256File(file), generated };
}
async function sha256File(file) {
    const hash = (0,external_node_crypto_namespaceObject.createHash)('sha256');
    for await (const chunk of (0,external_node_fs_.createReadStream)(file))
        hash.update(chunk);
    return hash.digest('hex');
}
function bytesAsset(name, data, generated = false) {
    return { name, data, size: data.length, sha256: (0,external_node_crypto_namespaceObject.createHash)('sha256').update(data).digest('hex'), generated };
}
/** `sha256sum` format: `<hex>  <name>`, one line per file, sorted by name; `sha256sum -c SHA256SUMS` checks it. */
function sha256sums(assets) {
    const lines = [...assets].sort((a, b) => (a.name < b.name ? -1 : 1)).map((a) => `${a.sha256}  ${a.name}\n`);
    return Buffer.from(lines.join(''), 'utf8');
}
/** What a replacement is uploaded as, until it takes the old file's place. */
const TEMP_SUFFIX = '.slipway-new';
/**
 * Creates the release of the tag, or updates the one there (never a second release for a tag), with its assets, in
 * four phases: read the state, plan (pure, every conflict found before the first write), apply the assets, then the
 * release itself — its body last, so the notes never describe files that are not up yet.
 */
async function publishRelease(client, where, request, logger) {
    const state = await readState(client, where, request, logger);
    const plan = planRelease(request, state);
    if (plan.appendCut)
        logger.warning(`The appended notes are cut to fit GitHub's limit: CHANGELOG.md holds them all`);
    let release = state.release;
    let created = false;
    if (!release) {
        release = await createRelease(client, where, request, plan, logger);
        created = !('adopted' in release);
    }
    const steps = plan.steps.filter((s) => s.action !== 'keep');
    for (const leftover of state.leftovers)
        await deleteAsset(client, where, leftover.id);
    for (const step of steps)
        await applyStep(client, where, release, step, plan.swap, logger);
    const final = finalFields(request, plan, release);
    if (final) {
        release = (await client.rest.repos.updateRelease({ ...where, release_id: release.id, ...final })).data;
        logger.info(`${release.draft ? 'Updated' : 'Published'} release ${request.tag} (id ${release.id})`);
    }
    else
        logger.info(`Release ${request.tag} (id ${release.id}) already says this: left as it is`);
    return {
        id: release.id,
        url: release.html_url,
        created,
        changed: created || final !== undefined || steps.length > 0,
        uploaded: steps.filter((s) => s.action === 'upload').map((s) => s.asset.name),
        replaced: steps.filter((s) => s.action === 'replace').map((s) => s.asset.name),
        unchanged: plan.steps.filter((s) => s.action === 'keep').map((s) => s.asset.name),
    };
}
async function readState(client, where, request, logger) {
    const state = { assets: new Map(), leftovers: [], downloaded: new Map() };
    const release = await findRelease(client, where, request.tag, logger);
    if (!release)
        return state;
    state.release = release;
    const assets = await client.paginate(client.rest.repos.listReleaseAssets, {
        ...where,
        release_id: release.id,
        per_page: 100,
    });
    for (const asset of assets) {
        if (asset.name.endsWith(TEMP_SUFFIX))
            state.leftovers.push(asset);
        else
            state.assets.set(asset.name, asset);
    }
    // An older GitHub Enterprise Server gives no digest: an asset of the same size is downloaded and hashed, so a
    // re-run still finds it unchanged instead of failing on a "conflict" it cannot see.
    for (const asset of [...request.assets, ...(request.changelog ? [request.changelog] : [])]) {
        const there = state.assets.get(asset.name);
        if (!there || there.state !== 'uploaded' || there.digest || there.size !== asset.size)
            continue;
        state.downloaded.set(there.id, await downloadSha256(client, where, there.id));
    }
    return state;
}
/** The plan for a release (pure): what each asset needs, the body, whether the release stays a draft meanwhile. */
function planRelease(request, state) {
    const existing = state.release;
    const { body, cut } = bodyFor(request, existing?.body ?? undefined);
    const assets = [...request.assets];
    if (request.changelog && (request.bodyCut === true || cut))
        assets.push(request.changelog);
    const steps = assets.map((asset) => {
        const there = state.assets.get(asset.name);
        if (!there || there.state !== 'uploaded')
            return there ? { asset, action: 'upload', there } : { asset, action: 'upload' };
        const sha256 = there.digest?.replace(/^sha256:/, '') ?? state.downloaded.get(there.id);
        return { asset, action: sha256 === asset.sha256 ? 'keep' : 'replace', there };
    });
    const conflicts = steps.filter((s) => s.action === 'replace' && s.asset.generated !== true).map((s) => s.asset.name);
    if (conflicts.length > 0 && !request.overwriteAssets) {
        throw new src/* InputError */.dz('overwrite-files', 'false', `true to replace the assets already on release ${request.tag} with other content: ${conflicts.join(', ')}`);
    }
    const changing = steps.some((s) => s.action !== 'keep');
    const holdAsDraft = request.draftUntilAssets && changing && !request.draft && (!existing || existing.draft);
    return {
        create: !existing,
        body,
        appendCut: cut,
        steps,
        holdAsDraft,
        swap: existing !== undefined && !existing.draft,
    };
}
/**
 * The body to write: the new one, or with `body-mode: append` the old one followed by the new (once: a re-run does
 * not append it again). GitHub refuses more than BODY_LIMIT characters, so an append that would pass it cuts the
 * appended notes (fitted again to what is left), never the text already there.
 */
function bodyFor(request, old) {
    if (request.bodyMode !== 'append' || !old)
        return { body: request.body, cut: false };
    if (old.includes(request.body))
        return { body: old, cut: false };
    const joined = `${old}\n\n${request.body}`;
    if (joined.length <= BODY_LIMIT)
        return { body: joined, cut: false };
    const room = BODY_LIMIT - old.length - 2;
    const fitted = room >= 2_000 && request.bodyWithin ? request.bodyWithin(room) : '';
    if (fitted !== '' && fitted.length <= room) {
        return { body: old.includes(fitted) ? old : `${old}\n\n${fitted}`, cut: true };
    }
    const pointer = `The notes of ${request.tag} are in the attached \`CHANGELOG.md\`.`;
    if (old.includes(pointer) || pointer.length > room)
        return { body: old, cut: true };
    return { body: `${old}\n\n${pointer}`, cut: true };
}
/** The fields the release still needs once its assets are up, or undefined when it already says all of it. */
function finalFields(request, plan, release) {
    const latest = request.makeLatest ? 'true' : 'false';
    const same = release.name === request.name &&
        (release.body ?? '') === plan.body &&
        release.prerelease === request.prerelease &&
        release.draft === request.draft;
    if (same)
        return undefined;
    return {
        name: request.name,
        body: plan.body,
        prerelease: request.prerelease,
        draft: request.draft,
        ...(request.draft ? {} : { make_latest: latest }),
    };
}
/**
 * The release of a tag, drafts included: the by-tag endpoint does not see drafts, so they are looked up in the list.
 * github.com keeps every draft made for a tag, so a lost create can leave two: the published one wins, else the
 * oldest draft, and the others are reported.
 */
async function findRelease(client, where, tag, logger) {
    try {
        return (await client.rest.repos.getReleaseByTag({ ...where, tag })).data;
    }
    catch (error) {
        if (statusOf(error) !== 404)
            throw error;
    }
    const found = [];
    for (let page = 1; page <= 10; page++) {
        const { data } = await client.rest.repos.listReleases({ ...where, per_page: 100, page });
        found.push(...data.filter((release) => release.tag_name === tag));
        if (data.length < 100)
            break;
    }
    found.sort((a, b) => Number(a.draft) - Number(b.draft) || a.id - b.id);
    const [chosen, ...others] = found;
    if (chosen && others.length > 0) {
        logger.warning(`Tag ${tag} has ${found.length} releases (drafts left by earlier runs): using id ${chosen.id}; ids ${others.map((r) => r.id).join(', ')} can be deleted`);
    }
    return chosen;
}
/**
 * Creates the release once. A create is not blindly sent again: when it fails, or its answer is lost, GitHub may
 * have made it all the same (and would make a second draft on a retry), so the releases of the tag are listed first
 * and one found there is adopted; only when none is there is the create sent again.
 */
async function createRelease(client, where, request, plan, logger) {
    const draft = request.draft || plan.holdAsDraft;
    return (0,src/* retry */.L5)(async (attempt) => {
        if (attempt > 1) {
            const existing = await findRelease(client, where, request.tag, logger);
            if (existing) {
                logger.info(`The release of ${request.tag} was made by the create that failed: id ${existing.id}, adopted`);
                return { ...existing, adopted: true };
            }
        }
        try {
            const { data } = await client.rest.repos.createRelease({
                ...where,
                tag_name: request.tag,
                target_commitish: request.targetCommitish,
                name: request.name,
                body: plan.body,
                prerelease: request.prerelease,
                draft,
                ...(draft ? {} : { make_latest: request.makeLatest ? 'true' : 'false' }),
                ...(request.discussionCategory !== undefined ? { discussion_category_name: request.discussionCategory } : {}),
                request: { retries: 0 },
            });
            logger.info(`Created release ${request.tag} (id ${data.id}${draft ? ', draft' : ''})`);
            return data;
        }
        catch (error) {
            const status = statusOf(error);
            if (status === undefined || status >= 500) {
                throw new src/* RetryableError */.dw(`Creating release ${request.tag} failed: ${describe(error)}`);
            }
            throw error;
        }
    }, {
        attempts: 4,
        minDelayMs: 500,
        onRetry: ({ error, delayMs }) => logger.warning(`${error instanceof Error ? error.message : String(error)}; looking for it, then retrying in ${delayMs} ms`),
    });
}
/**
 * One asset: a new one is uploaded under its name. A replacement on a draft (nobody sees it yet) is deleted, then
 * uploaded. On a published release the old file stays until its replacement is whole: the new one is uploaded under
 * a temporary name, then the old one is deleted and the new one renamed, so a failed upload leaves the old file in
 * place and a re-run finishes the swap.
 */
async function applyStep(client, where, release, step, swap, logger) {
    const { asset, there } = step;
    if (step.action === 'replace' && there && swap) {
        const temporary = await uploadAsset(client, where, release, asset, `${asset.name}${TEMP_SUFFIX}`, logger);
        await deleteAsset(client, where, there.id);
        await client.rest.repos.updateReleaseAsset({ ...where, asset_id: temporary, name: asset.name });
        logger.info(`Replaced ${asset.name} (${asset.size} bytes)`);
        return;
    }
    if (there)
        await deleteAsset(client, where, there.id);
    await uploadAsset(client, where, release, asset, asset.name, logger);
    logger.info(`Uploaded ${asset.name} (${asset.size} bytes)`);
}
async function deleteAsset(client, where, id) {
    try {
        await client.rest.repos.deleteReleaseAsset({ ...where, asset_id: id });
    }
    catch (error) {
        if (statusOf(error) !== 404)
            throw error;
    }
}
async function downloadSha256(client, where, id) {
    const { data } = await client.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', {
        ...where,
        asset_id: id,
        headers: { accept: 'application/octet-stream' },
    });
    const bytes = data instanceof ArrayBuffer ? Buffer.from(data) : Buffer.from(data);
    return (0,external_node_crypto_namespaceObject.createHash)('sha256').update(bytes).digest('hex');
}
/**
 * Uploads one asset to the release's `upload_url` as `name`, and returns its id. Octokit's retry plugin resends a
 * failed request, but an upload cut off midway can leave a half-made asset behind that blocks the name, so each new
 * attempt first removes what the failed one left.
 */
async function uploadAsset(client, where, release, asset, name, logger) {
    const data = asset.data ?? (await (0,promises_.readFile)(asset.file ?? ''));
    return (0,src/* retry */.L5)(async (attempt) => {
        if (attempt > 1) {
            const assets = await client.paginate(client.rest.repos.listReleaseAssets, {
                ...where,
                release_id: release.id,
                per_page: 100,
            });
            const leftover = assets.find((a) => a.name === name);
            if (leftover)
                await deleteAsset(client, where, leftover.id);
        }
        try {
            const response = await client.request({
                method: 'POST',
                url: release.upload_url,
                name,
                data,
                headers: { 'content-type': contentType(asset.name), 'content-length': data.length },
                request: { retries: 0 },
            });
            return response.data.id;
        }
        catch (error) {
            const status = statusOf(error);
            if (status === undefined || status >= 500 || status === 422) {
                throw new src/* RetryableError */.dw(`Upload of ${asset.name} failed: ${describe(error)}`);
            }
            throw error;
        }
    }, {
        attempts: 4,
        minDelayMs: 500,
        onRetry: ({ error, delayMs }) => logger.warning(`${error instanceof Error ? error.message : String(error)}; retrying in ${delayMs} ms`),
    });
}
function contentType(name) {
    if (/\.(md|txt)$/i.test(name) || name === 'SHA256SUMS')
        return 'text/plain; charset=utf-8';
    if (/\.json$/i.test(name))
        return 'application/json';
    if (/\.(tar\.gz|tgz)$/i.test(name))
        return 'application/gzip';
    if (/\.zip$/i.test(name))
        return 'application/zip';
    return 'application/octet-stream';
}

;// CONCATENATED MODULE: ./actions/release-notes/src/range.ts


const CHECKOUT_HINT = 'Set `fetch-depth: 0` on actions/checkout (it fetches every commit and tag), or set the input `fetch-history: true` ' +
    'to let this action run `git fetch --tags --unshallow`.';
/**
 * Finds the range of the notes: this tag's commit, and the previous release by version. A shallow clone is made
 * whole first when allowed, else reported with the checkout setting that fixes it: notes from a truncated history
 * would be silently wrong.
 */
async function resolveRange(git, request, logger) {
    const version = request.tag === undefined ? undefined : versionOfTag(request.tag, request.scheme);
    if (request.tag !== undefined && version === undefined && request.previousTag === undefined) {
        const shape = `${request.scheme.prefix}<SemVer>${request.scheme.pattern ? ` matching ${request.scheme.pattern}` : ''}`;
        throw new src/* InputError */.dz('tag', request.tag, `a release tag of the form ${shape} (or set previous-tag)`);
    }
    const { head, tagCommits } = await readRepository(git, request, logger);
    const tags = [...tagCommits.keys()];
    let previousTag = request.previousTag;
    if (previousTag === undefined) {
        const current = version ??
            // Unreleased work: above every release, as if it were the next one.
            { major: Number.MAX_SAFE_INTEGER, minor: 0, patch: 0, prerelease: [], build: [] };
        previousTag = previousVersionTag(tags, current, request.scheme)?.tag;
    }
    let base;
    if (previousTag !== undefined) {
        base = tagCommits.get(previousTag) ?? (await git.resolve(previousTag));
        if (base === undefined)
            throw new src/* InputError */.dz('previous-tag', previousTag, 'a tag or revision present in this checkout');
    }
    else if (tags.every((t) => t === request.tag) && request.tag !== undefined && !request.fetchHistory) {
        logger.warning(`No tags in this checkout besides the release itself, so these notes start from the first commit. If there were earlier releases, the checkout lacks their tags. ${CHECKOUT_HINT}`);
    }
    const prerelease = version !== undefined && isPrerelease(version);
    const range = {
        head,
        prerelease,
        highestStable: version !== undefined && isHighestStable(tags, version, request.scheme),
    };
    if (request.tag !== undefined)
        range.tag = request.tag;
    if (version !== undefined)
        range.version = version;
    if (previousTag !== undefined)
        range.previousTag = previousTag;
    if (base !== undefined)
        range.base = base;
    return range;
}
/**
 * The release's commit and the tags, after making a shallow clone whole when allowed. Without fetch-history (the
 * common case) two git processes answer the three questions (shallow? the commit? the tags?) at once: each process
 * start costs more than the answer, and neither waits for the other. A fetch has to come first when there is one.
 */
async function readRepository(git, request, logger) {
    const revision = request.tag ?? 'HEAD';
    let head;
    let tagCommits;
    if (request.fetchHistory) {
        if (await git.isShallow()) {
            logger.info('Shallow clone: fetching the whole history and the tags (git fetch --tags --unshallow)');
            await git.run(['fetch', '--quiet', '--tags', '--unshallow', '--force']);
        }
        else if ((await git.remoteUrl()) !== undefined) {
            await git.run(['fetch', '--quiet', '--tags', '--force']);
        }
        const [resolved, tags] = await Promise.allSettled([git.resolve(revision), git.tagCommits()]);
        head = range_valueOf(resolved);
        tagCommits = () => range_valueOf(tags);
    }
    else {
        // Both settle before either is judged, so a failure is reported as if they had been asked one after the other.
        const [resolved, tags] = await Promise.allSettled([git.resolveAndCheckShallow(revision), git.tagCommits()]);
        const { shallow, commit } = range_valueOf(resolved);
        if (shallow) {
            throw new src/* ConfigError */.xL(`The repository is a shallow clone, so the previous release cannot be found. ${CHECKOUT_HINT}`);
        }
        head = commit;
        tagCommits = () => range_valueOf(tags);
    }
    if (head === undefined) {
        if (request.tag !== undefined) {
            throw new src/* ConfigError */.xL(`The tag ${request.tag} is not in this checkout. ${CHECKOUT_HINT}`);
        }
        throw new src/* ConfigError */.xL('The workspace has no commit to describe (HEAD does not resolve).');
    }
    return { head, tagCommits: tagCommits() };
}
function range_valueOf(result) {
    if (result.status === 'rejected')
        throw result.reason;
    return result.value;
}
/**
 * A hotfix line or a reordered history: the notes are still base..head (what this release has that the previous one
 * had not), but say so, because a reader may expect otherwise. Separate from resolveRange so that it runs beside the
 * walk of the range rather than before it: on a long history git needs a while to answer. `baseIsAncestor` is the
 * answer when the walk of the range already gave it (then git is not asked).
 */
async function reportUnrelatedBase(git, range, logger, baseIsAncestor) {
    if (range.base === undefined || range.previousTag === undefined)
        return;
    if (!(baseIsAncestor ?? (await git.isAncestor(range.base, range.head)))) {
        logger.notice(`${range.previousTag} is not an ancestor of ${range.tag ?? 'HEAD'}: listing the commits only the latter has`);
    }
}

;// CONCATENATED MODULE: ./actions/release-notes/src/main.ts









async function main(ctx) {
    const inputs = getInputs(ctx);
    if (inputs.token !== undefined)
        src/* workflowCommands.setSecret */.ip.setSecret(inputs.token);
    const logger = (0,src/* coreLogger */.Wj)();
    const git = new Git(inputs.workspace, ctx.env);
    const range = await resolveRange(git, {
        ...(inputs.tag !== undefined ? { tag: inputs.tag } : {}),
        scheme: { prefix: inputs.tagPrefix, ...(inputs.tagPattern !== undefined ? { pattern: inputs.tagPattern } : {}) },
        ...(inputs.previousTag !== undefined ? { previousTag: inputs.previousTag } : {}),
        fetchHistory: inputs.fetchHistory,
    }, logger);
    // Every file is found and hashed before the first request that changes anything.
    const assets = inputs.createRelease
        ? await collectAssets(inputs.files, inputs.workspace, !inputs.failOnUnmatchedFiles, logger)
        : [];
    const outDir = (0,src/* ownedPath */.bD)(ctx, 'RUNNER_TEMP', external_node_path_default().join(ctx.temp, 'release-notes'));
    await (0,promises_.mkdir)(outDir, { recursive: true });
    const client = inputs.token !== undefined ? await gitHubClient(ctx, inputs.token, logger) : undefined;
    const outcome = await writeNotes(git, inputs, range, outDir, client, logger);
    if (inputs.createRelease && client && range.tag !== undefined) {
        outcome.published = await publishRelease(client, inputs.repository, await releaseRequest(inputs, range, outcome, assets), logger);
    }
    report(outcome);
    await (0,src/* appendSummary */.fe)(summary(outcome), { ...ctx.env });
}
/** Octokit is loaded only when there is a token to use it with: without one the notes come from git alone. */
async function gitHubClient(ctx, token, logger) {
    const { createGitHubClient } = await Promise.all(/* import() */[__nccwpck_require__.e(8), __nccwpck_require__.e(491)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7491));
    return createGitHubClient({ token, baseUrl: ctx.apiUrl, userAgent: 'slipway-release-notes', logger, env: ctx.env });
}
/** The notes (unless only the hand-written body is wanted), the body, and the files that hold them. */
async function writeNotes(git, inputs, range, outDir, client, logger) {
    const prerelease = inputs.prerelease === 'auto' ? range.prerelease : inputs.prerelease === 'true';
    const bodyFile = external_node_path_default().join(outDir, 'body.md');
    const outcome = { range, body: withIntro(inputs.intro, ''), bodyFile, prerelease };
    if (inputs.generateNotes) {
        // The default walk tells whether the previous release is an ancestor; any other asks git, beside the walk.
        const ancestry = walkShowsAncestry(inputs) ? undefined : reportUnrelatedBase(git, range, logger);
        // Awaited below; until then a failure must not count as unhandled.
        ancestry?.catch(() => undefined);
        const notes = await buildNotes(git, {
            range,
            firstParent: inputs.firstParent,
            includePaths: inputs.includePaths,
            images: inputs.images,
            // Only the release `latest` really points to (the highest stable version) gets the `:latest` pull line.
            latest: range.highestStable && !prerelease,
            configPath: inputs.config,
            workspace: inputs.workspace,
            repository: inputs.repository,
            serverUrl: inputs.serverUrl,
            changelogFile: external_node_path_default().join(outDir, 'CHANGELOG.md'),
            bodyLimit: BODY_LIMIT - (inputs.intro !== undefined ? inputs.intro.length + 2 : 0),
            ...(client ? { client } : {}),
        }, logger);
        await (ancestry ?? reportUnrelatedBase(git, range, logger, notes.baseIsAncestor));
        outcome.notes = notes;
        outcome.body = withIntro(inputs.intro, notes.body);
        if (notes.truncated) {
            logger.warning(`The notes are ${notes.fullLength} characters: the release body is cut, CHANGELOG.md holds them all`);
        }
    }
    await (0,promises_.writeFile)(bodyFile, outcome.body, 'utf8');
    return outcome;
}
async function releaseRequest(inputs, range, outcome, files) {
    const assets = [...files];
    if (inputs.checksums && assets.length > 0)
        assets.push(bytesAsset('SHA256SUMS', sha256sums(assets)));
    const { notes } = outcome;
    const request = {
        tag: range.tag ?? '',
        targetCommitish: inputs.targetCommitish ?? range.head,
        name: inputs.name ?? range.tag ?? '',
        body: outcome.body,
        bodyMode: inputs.bodyMode,
        prerelease: outcome.prerelease,
        draft: inputs.draft,
        makeLatest: inputs.makeLatest === 'auto' ? range.highestStable && !outcome.prerelease : inputs.makeLatest === 'true',
        assets,
        overwriteAssets: inputs.overwriteFiles,
        draftUntilAssets: inputs.draftUntilAssets,
    };
    if (inputs.discussionCategory !== undefined)
        request.discussionCategory = inputs.discussionCategory;
    if (notes) {
        request.changelog = await fileAsset('CHANGELOG.md', notes.changelogFile, true);
        request.bodyCut = notes.truncated;
        const intro = inputs.intro;
        request.bodyWithin = (limit) => withIntro(intro, notes.within(limit - (intro !== undefined ? intro.length + 2 : 0)));
    }
    return request;
}
function report(outcome) {
    const { range, notes, published } = outcome;
    (0,src/* setOutputs */.n0)({
        body: outcome.body,
        'body-file': outcome.bodyFile,
        'previous-tag': range.previousTag ?? '',
        'is-prerelease': outcome.prerelease,
        contributors: notes?.contributors ?? [],
        'release-id': published?.id ?? '',
        url: published?.url ?? '',
    });
}
function summary(outcome) {
    const { range, notes, published } = outcome;
    const rows = [
        ['Tag', range.tag !== undefined ? (0,src/* code */.aY)(range.tag) : 'unreleased (HEAD)'],
        ['Previous tag', range.previousTag !== undefined ? (0,src/* code */.aY)(range.previousTag) : 'none (first release)'],
    ];
    if (notes) {
        rows.push(['Commits', String(notes.commitCount)], ['Sections', notes.sections.map((s) => `${s.title} (${s.changes.length})`).join(', ') || 'none'], ['Contributors', String(notes.contributors.length)]);
    }
    else
        rows.push(['Notes', 'not generated (generate-release-notes is false)']);
    rows.push(['Prerelease', String(outcome.prerelease)], ['Body', `${outcome.body.length} characters${notes?.truncated ? ' (cut; full notes in CHANGELOG.md)' : ''}`]);
    if (published) {
        rows.push([
            'Release',
            `${published.created ? 'created' : published.changed ? 'updated' : 'unchanged'}: ${published.url}`,
        ]);
        rows.push(['Assets uploaded', published.uploaded.map(src/* code */.aY).join(', ') || 'none']);
        if (published.replaced.length > 0)
            rows.push(['Assets replaced', published.replaced.map(src/* code */.aY).join(', ')]);
        if (published.unchanged.length > 0)
            rows.push(['Assets already up', published.unchanged.map(src/* code */.aY).join(', ')]);
    }
    else
        rows.push(['Release', 'not created (create-release is false)']);
    return `### Release notes\n\n${(0,src/* markdownTable */.Qj)(['', ''], rows)}\n<details><summary>Notes</summary>\n\n${outcome.body}\n</details>\n`;
}


/***/ }),

/***/ 513:
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
  CW: () => (/* reexport */ loadSpawn),
  Qj: () => (/* reexport */ markdownTable),
  bD: () => (/* reexport */ ownedPath),
  L5: () => (/* reexport */ retry),
  Cs: () => (/* reexport */ runAction),
  n0: () => (/* reexport */ setOutputs),
  qq: () => (/* reexport */ silentLogger),
  ip: () => (/* reexport */ workflow_commands_namespaceObject)
});

// UNUSED EXPORTS: annotationAt, cell, details, failFrom, formatLocation, formatOutput, heading, inputVariable, isInside, isOnPath, isRetryableStatus, isTransientNetworkError, ownedProblem, parseList, parseRetryAfter, parseSourceDateEpoch, quote, randomBytes, randomUUID, readRunnerContext, recordingLogger, removeOwned, sleep

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
    const target = external_node_path_default().resolve(roots.workspace, value);
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

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 3339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");

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

/***/ 481:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

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
/******/ var __webpack_exports__ = __nccwpck_require__(9689);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
