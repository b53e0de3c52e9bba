import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 7998:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _slipway_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(513);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6152);


await (0,_slipway_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .Cs)(_main_js__WEBPACK_IMPORTED_MODULE_1__/* .main */ .i, _main_js__WEBPACK_IMPORTED_MODULE_1__/* .post */ .b);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 6152:
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
var action_kit_src = __nccwpck_require__(513);
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
    constructor(cwd, env = (0,action_kit_src/* inheritedEnvironment */.aJ)()) {
        this.cwd = cwd;
        this.env = { ...env, ...gitEnv };
    }
    /** Runs git and returns stdout with the final newline removed. */
    async run(args, options = {}) {
        const result = await (0,action_kit_src/* exec */.m0)('git', args, {
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
        const result = await (0,action_kit_src/* exec */.m0)('git', args, {
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
        const result = await (0,action_kit_src/* exec */.m0)('git', ['rev-parse', '--is-shallow-repository', '--verify', '--quiet', `${revision}^{commit}`], { cwd: this.cwd, allowFailure: true, env: { ...this.env }, noStdin: true, discardStderr: true });
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
        const spawn = await (0,action_kit_src/* loadSpawn */.CW)();
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
        const result = await (0,action_kit_src/* exec */.m0)('git', ['merge-base', '--is-ancestor', ancestor, descendant], {
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












;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./packages/oci-registry/src/digest.ts

const DIGEST = /^(sha256):([a-f0-9]{64})$|^(sha512):([a-f0-9]{128})$/;
/** True for a digest this client can verify (OCI image-spec descriptor digests: sha256 and sha512). */
function isDigest(value) {
    return DIGEST.test(value);
}
function digestOf(bytes, algorithm = 'sha256') {
    return `${algorithm}:${(0,external_node_crypto_namespaceObject.createHash)(algorithm).update(bytes).digest('hex')}`;
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
    /** The ping under way or answered (see ping). */
    pinged;
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
    /**
     * `GET /v2/`: the registry is there and speaks the distribution API; authenticates when it asks to. Asked once
     * per client: the phases of a run that each check the registry first (the plan, then the publish) share the answer.
     * A failed ping is asked again next time.
     */
    ping() {
        this.pinged ??= this.send({ method: 'GET', url: '', scopes: [], accept: [200] }).then(() => undefined, (error) => {
            this.pinged = undefined;
            throw error;
        });
        return this.pinged;
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
    const pushOrFail = async (blob) => {
        try {
            await push(blob);
        }
        catch (error) {
            failed = true;
            throw error;
        }
    };
    // Blobs a relative names are taken as present; the others are looked up, and sent when missing.
    const assumed = [];
    await inParallel(blobs, LOOKUPS_AT_ONCE, async (blob) => {
        if (!configs.has(blob.digest) && (await named).has(blob.digest))
            assumed.push(blob);
        else
            await pushOrFail(blob);
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
        await inParallel(assumed, LOOKUPS_AT_ONCE, pushOrFail);
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
    const dir = external_node_path_default().join(temp, `ghcr-publish-auth-${(0,action_kit_src/* randomBytes */.po)(6).toString('hex')}`);
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
// The YAML parser is some 290 KB of the bundle: it is loaded only for a run that gives an `images` list.
let parseYaml;
/** Loads what parseImageList needs; main awaits it before reading the inputs when `images` is given. */
async function loadImageListParser() {
    parseYaml ??= (await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19))).parse;
}
/**
 * The `images` input: a YAML list of `{name, context, file, target, build-args, platforms}`. `build-args` is a map
 * or a list of NAME=value; `platforms` a list or a comma-separated string. Every mistake names the entry.
 */
function parseImageList(text, workspace, registry) {
    if (!parseYaml)
        throw new Error('parseImageList: loadImageListParser() was not awaited');
    let parsed;
    try {
        parsed = parseYaml(text);
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
    const read = (0,action_kit_src/* inputReader */.cN)({ ...ctx.env, GITHUB_WORKSPACE: ctx.workspace });
    if (read.string('images') !== '')
        await loadImageListParser();
    const inputs = getInputs(read, ctx.env, ctx);
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
  R_: () => (/* reexport */ heading),
  aJ: () => (/* reexport */ inheritedEnvironment),
  cN: () => (/* reexport */ inputReader),
  jY: () => (/* reexport */ isOnPath),
  PS: () => (/* reexport */ isRetryableStatus),
  l: () => (/* reexport */ isTransientNetworkError),
  CW: () => (/* reexport */ loadSpawn),
  Qj: () => (/* reexport */ markdownTable),
  bD: () => (/* reexport */ ownedPath),
  mu: () => (/* reexport */ parseRetryAfter),
  po: () => (/* reexport */ randomBytes),
  gi: () => (/* reexport */ readRunnerContext),
  Ox: () => (/* reexport */ removeOwned),
  L5: () => (/* reexport */ retry),
  Cs: () => (/* reexport */ runAction),
  n0: () => (/* reexport */ setOutputs),
  qq: () => (/* reexport */ silentLogger),
  ip: () => (/* reexport */ workflow_commands_namespaceObject)
});

// UNUSED EXPORTS: ExecError, annotationAt, assertName, cell, details, failFrom, formatLocation, formatOutput, inputVariable, isInside, ownedProblem, parseList, parseSourceDateEpoch, quote, randomUUID, recordingLogger, sleep

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
var src = __nccwpck_require__(513);
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
