import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 55932:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  _w: () => (/* binding */ buildImage),
  te: () => (/* binding */ writeImage)
});

// UNUSED EXPORTS: SUMMARY_ENTRIES, listEntries, planTree, resolveEpoch

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(51455);
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

// EXTERNAL MODULE: ./packages/iso9660/src/index.ts + 7 modules
var iso9660_src = __nccwpck_require__(81330);
;// CONCATENATED MODULE: ./actions/iso-build/src/profiles.ts
// Checks that a provisioning image carries what its consumer needs, before anything is written: cloud-init's NoCloud
// data source (`cidata`) and Windows Setup's answer file (`autounattend`).



/** The first lines cloud-init accepts as user-data (cloud-init's "user data formats"). */
const USER_DATA_STARTS = ['#cloud-config', '#!', '#include', '#cloud-boothook', '#part-handler', '## template: jinja'];
async function checkProfile(profile, tree) {
    if (profile === 'plain')
        return;
    if (profile === 'cidata') {
        const userData = requireFile(tree, 'user-data', 'profile cidata needs user-data at the image root');
        const metaData = requireFile(tree, 'meta-data', 'profile cidata needs meta-data at the image root (it may be empty)');
        await checkUserData(await (0,promises_.readFile)((0,iso9660_src/* fsPath */.Jk)(userData), 'utf8'), userData);
        await checkMetaData(await (0,promises_.readFile)((0,iso9660_src/* fsPath */.Jk)(metaData), 'utf8'), metaData);
        return;
    }
    // Windows Setup looks for the answer file by name, in any case, at the root of removable media.
    const name = [...tree.root.children.keys()].find((n) => n.toLowerCase() === 'autounattend.xml');
    const answer = requireFile(tree, name ?? 'autounattend.xml', 'profile autounattend needs autounattend.xml at the image root');
    await checkXml(await (0,promises_.readFile)((0,iso9660_src/* fsPath */.Jk)(answer), 'utf8'), answer);
}
function requireFile(tree, name, message) {
    const entry = tree.root.children.get(name);
    if (entry?.kind !== 'file')
        throw new src/* ConfigError */.xL(message);
    return entry.source;
}
async function checkUserData(text, file) {
    const body = text.replace(/^\uFEFF/, '');
    const first = body.split(/\r?\n/, 1)[0] ?? '';
    if (USER_DATA_STARTS.some((start) => first.startsWith(start))) {
        if (first.startsWith('#cloud-config'))
            await checkYaml(body, file, 'user-data');
        return;
    }
    // A MIME multi-part archive (cloud-init's combined format) starts with its headers.
    if (/^(Content-Type:\s*multipart\/|MIME-Version:)/im.test(body.split(/\r?\n\r?\n/, 1)[0] ?? ''))
        return;
    throw new src/* ConfigError */.xL(`user-data must start with #cloud-config, a script's #! line or MIME multipart headers; it starts with ${JSON.stringify(first.slice(0, 40))}`, { file, line: 1 });
}
async function checkMetaData(text, file) {
    await checkYaml(text, file, 'meta-data');
}
// The parsers load only for the profiles that need them, which keeps the bundle's start-up small.
async function checkYaml(text, file, what) {
    const { parseDocument } = await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 38815, 19));
    const document = parseDocument(text);
    const error = document.errors[0];
    if (error) {
        const line = error.linePos?.[0].line;
        throw new src/* ConfigError */.xL(`${what} is not valid YAML: ${error.message.split('\n')[0] ?? ''}`, {
            file,
            ...(line !== undefined ? { line } : {}),
        });
    }
}
async function checkXml(text, file) {
    const { XMLValidator } = await __nccwpck_require__.e(/* import() */ 741).then(__nccwpck_require__.t.bind(__nccwpck_require__, 39741, 23));
    const result = XMLValidator.validate(text);
    if (result === true)
        return;
    throw new src/* ConfigError */.xL(`autounattend.xml is not well-formed XML: ${result.err.msg}`, {
        file,
        line: result.err.line,
        column: result.err.col,
    });
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(77598);
;// CONCATENATED MODULE: ./actions/iso-build/src/checksum.ts


function sha256Of(file) {
    return new Promise((resolve, reject) => {
        const hash = (0,external_node_crypto_.createHash)('sha256');
        (0,external_node_fs_.createReadStream)(file, { highWaterMark: 1024 * 1024 })
            .on('data', (chunk) => hash.update(chunk))
            .on('error', reject)
            .on('end', () => resolve(hash.digest('hex')));
    });
}

;// CONCATENATED MODULE: ./actions/iso-build/src/remaster.ts
// Remaster mode: files added to (or replaced in) an existing bootable ISO by xorriso, which replays the base image's
// El Torito boot records and hybrid MBR/GPT (`-boot_image any replay`) so the result still boots.





async function ensureXorriso(logger, env, platform = process.platform) {
    if (await (0,src/* isOnPath */.jY)('xorriso', ['-version']))
        return;
    if (platform !== 'linux' || !(await (0,src/* isOnPath */.jY)('apt-get', ['--version'])))
        throw new src/* ConfigError */.xL(`base-iso needs xorriso, which is not installed and cannot be installed here (${platform}): install xorriso (brew install xorriso, or your distribution's package) before this step`);
    logger.info('xorriso is missing: installing it with apt-get');
    const root = typeof process.getuid === 'function' && process.getuid() === 0;
    const [command, prefix] = root ? ['apt-get', []] : ['sudo', ['apt-get']];
    await (0,src/* exec */.m0)(command, [...prefix, 'update', '-q'], { env: { ...env, DEBIAN_FRONTEND: 'noninteractive' } });
    await (0,src/* exec */.m0)(command, [...prefix, 'install', '-y', '-q', '--no-install-recommends', 'xorriso'], {
        env: { ...env, DEBIAN_FRONTEND: 'noninteractive' },
    });
}
/** The xorriso arguments: load the base, map every added path, keep the boot records, write to `output`. */
function remasterArgs(inputs, output) {
    const baseIso = inputs.baseIso ?? '';
    const args = ['-no_rc', '-abort_on', 'FAILURE', '-indev', baseIso, '-outdev', output, '-boot_image', 'any', 'replay'];
    if (inputs.volumeIdExplicit)
        args.push('-volid', inputs.volumeId);
    if (inputs.source !== undefined)
        args.push('-map', inputs.source, '/');
    for (const mapping of inputs.files) {
        // As in a fresh image: a directory is merged into the path, a file under a path ending in / keeps its name.
        const keepName = mapping.isoPath.endsWith('/') && !(0,external_node_fs_.statSync)(mapping.source).isDirectory();
        args.push('-map', mapping.source, keepName ? `${mapping.isoPath}${external_node_path_default().basename(mapping.source)}` : mapping.isoPath);
    }
    if (inputs.versionFile !== undefined)
        args.push('-map', inputs.versionFile, `/${external_node_path_default().basename(inputs.versionFile)}`);
    return args;
}
/** The base image must be the one the workflow names: checked before anything is installed or written. */
async function verifyBaseIso(baseIso, expected) {
    const actual = await sha256Of(baseIso);
    if (actual !== expected)
        throw new src/* InputError */.dz('base-iso-sha256', expected, `the checksum of ${baseIso}, which is ${actual}`);
}
async function remaster(inputs, epoch, logger, env) {
    await ensureXorriso(logger, env);
    const partial = `${inputs.output}.partial`;
    await (0,promises_.rm)(partial, { force: true });
    try {
        // xorriso takes every timestamp it writes from SOURCE_DATE_EPOCH when it is set.
        await (0,src/* exec */.m0)('xorriso', remasterArgs(inputs, partial), { env: { ...env, SOURCE_DATE_EPOCH: String(epoch) } });
        await (0,promises_.rename)(partial, inputs.output);
    }
    catch (error) {
        await (0,promises_.rm)(partial, { force: true });
        throw error;
    }
    const listing = await (0,src/* exec */.m0)('xorriso', ['-no_rc', '-indev', inputs.output, '-find', '/', '-type', 'f', '-exec', 'echo'], { env });
    const fileCount = listing.stdout.split('\n').filter((line) => line.startsWith("'/")).length;
    const volume = await (0,src/* exec */.m0)('xorriso', ['-no_rc', '-indev', inputs.output, '-pvd_info'], { env });
    const volumeId = /^Volume Id\s*:\s*(.*)$/m.exec(volume.stdout)?.[1]?.trim() ?? inputs.volumeId;
    return {
        path: inputs.output,
        size: (await (0,promises_.stat)(inputs.output)).size,
        sha256: inputs.checksum ? await sha256Of(inputs.output) : undefined,
        volumeId,
        fileCount,
    };
}

;// CONCATENATED MODULE: ./actions/iso-build/src/build.ts
// From validated inputs to an image on disk: the tree is planned and checked first (profile, conflicts), then written.







const PROGRESS_THRESHOLD = 100 * 1000 * 1000;
/**
 * The time every timestamp of the image comes from: SOURCE_DATE_EPOCH when set, else the commit time of the
 * workspace's HEAD; without either, a reproducible build cannot promise anything, so it fails.
 */
async function resolveEpoch(inputs, sourceDateEpoch, now = Date.now()) {
    if (sourceDateEpoch !== undefined)
        return sourceDateEpoch;
    if (!inputs.reproducible)
        return Math.floor(now / 1000);
    const commitTime = await new Git(inputs.workspace).commitTime('HEAD').catch(() => undefined);
    if (commitTime === undefined)
        throw new src/* InputError */.dz('reproducible', 'true', 'SOURCE_DATE_EPOCH in the environment or a git checkout whose HEAD commit time dates the image (or reproducible: false)');
    return commitTime;
}
/** Builds the tree from `source` or the `files` mappings, plus the version file; conflicts name the input line. */
async function planTree(inputs, epoch) {
    const tree = new iso9660_src/* IsoTree */.o0({ mtime: epoch });
    try {
        if (inputs.source !== undefined)
            await tree.addDirectory(inputs.source);
        for (const mapping of inputs.files) {
            try {
                const target = mapping.isoPath.endsWith('/')
                    ? `${mapping.isoPath}${external_node_path_default().basename(mapping.source)}`
                    : mapping.isoPath;
                const stats = await (0,promises_.stat)(mapping.source);
                // `dir => /` merges a directory's contents; `file => /dir/` keeps its name; otherwise the path is the name.
                if (stats.isDirectory())
                    await tree.addDirectory(mapping.source, mapping.isoPath);
                else
                    await tree.addPath(mapping.source, target);
            }
            catch (error) {
                if (error instanceof iso9660_src/* IsoConflictError */.Um)
                    throw new src/* InputError */.dz('files', mapping.line, `paths no other line or source also puts at ${error.isoPath}`);
                throw error;
            }
        }
        if (inputs.versionFile !== undefined) {
            try {
                await tree.addPath(inputs.versionFile, `/${external_node_path_default().basename(inputs.versionFile)}`);
            }
            catch (error) {
                if (error instanceof iso9660_src/* IsoConflictError */.Um)
                    throw new src/* InputError */.dz('version-file', inputs.versionFile, `a file not also in the image at ${error.isoPath}`);
                throw error;
            }
        }
    }
    catch (error) {
        if (error instanceof iso9660_src/* IsoSourceError */.d9 || error instanceof iso9660_src/* IsoConflictError */.Um)
            throw new src/* ConfigError */.xL(error.message);
        throw error;
    }
    return tree;
}
async function buildImage(inputs, logger, ctx, writer = writeImage) {
    const epoch = await resolveEpoch(inputs, ctx.sourceDateEpoch);
    if (inputs.baseIso === undefined)
        return writer(inputs, epoch, logger);
    const tree = await planTree(inputs, epoch);
    await checkProfile(inputs.profile, tree);
    if (inputs.baseIsoSha256 !== undefined)
        await verifyBaseIso(inputs.baseIso, inputs.baseIsoSha256);
    await (0,promises_.mkdir)(external_node_path_default().dirname(inputs.output), { recursive: true });
    const result = await remaster(inputs, epoch, logger, ctx.env);
    return { ...result, epoch, ...listEntries(tree.root), remastered: true };
}
async function writeImage(inputs, epoch, logger) {
    const tree = await planTree(inputs, epoch);
    await checkProfile(inputs.profile, tree);
    await (0,promises_.mkdir)(external_node_path_default().dirname(inputs.output), { recursive: true });
    const counts = tree.counts();
    // Written beside the output and renamed: a failed build leaves no half-written image under the output name.
    const partial = `${inputs.output}.partial`;
    let lastRate = { at: Date.now(), bytes: 0 };
    try {
        const result = await (0,iso9660_src/* writeIso */.jx)(tree, partial, {
            volumeId: inputs.volumeId,
            ...(inputs.volumeSet !== undefined ? { volumeSetId: inputs.volumeSet } : {}),
            ...(inputs.publisher !== undefined ? { publisherId: inputs.publisher } : {}),
            preparerId: inputs.preparer,
            applicationId: inputs.applicationId,
            epoch,
            checksum: inputs.checksum,
            ...(inputs.reproducible ? { owner: { uid: 0, gid: 0 } } : {}),
            ...(counts.dataBytes > PROGRESS_THRESHOLD
                ? {
                    onProgress: (written, total) => {
                        const now = Date.now();
                        const rate = (written - lastRate.bytes) / 1e6 / Math.max(0.001, (now - lastRate.at) / 1000);
                        lastRate = { at: now, bytes: written };
                        logger.info(`iso-build: ${Math.floor((written / total) * 100)}% (${(written / 1e6).toFixed(0)} of ${(total / 1e6).toFixed(0)} MB, ${rate.toFixed(0)} MB/s)`);
                    },
                }
                : {}),
        });
        await (0,promises_.rename)(partial, inputs.output);
        return {
            path: inputs.output,
            size: result.bytes,
            sha256: result.sha256,
            volumeId: inputs.volumeId,
            fileCount: result.files,
            epoch,
            ...listEntries(tree.root),
            remastered: false,
        };
    }
    catch (error) {
        await (0,promises_.rm)(partial, { force: true });
        throw error;
    }
}
/** The summary lists this many entries at most: GitHub keeps 1 MiB of summary per step. */
const SUMMARY_ENTRIES = 1000;
function listEntries(root, limit = SUMMARY_ENTRIES) {
    const entries = [];
    let entryCount = 0;
    const visit = (dir, prefix) => {
        for (const name of [...dir.children.keys()].sort()) {
            const child = dir.children.get(name);
            if (child === undefined)
                continue;
            entryCount++;
            const listed = entries.length < limit;
            const p = listed ? `${prefix}/${(0,iso9660_src/* showName */.$i)(name)}` : '';
            if (child.kind === 'directory') {
                if (listed)
                    entries.push({ path: `${p}/` });
                visit(child, p);
            }
            else if (!listed)
                continue;
            else if (child.kind === 'symlink')
                entries.push({ path: p, link: (0,iso9660_src/* showName */.$i)(child.target) });
            else
                entries.push({ path: p, size: child.size });
        }
    };
    visit(root, '');
    return { entries, entryCount };
}


/***/ }),

/***/ 51876:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _slipway_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(43834);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(86698);
/* harmony import */ var _worker_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(64748);



// The bundle is also the image-writing worker for large trees (worker.ts): loaded as that worker, it writes the image
// it was handed instead of running the action.
if ((0,_worker_js__WEBPACK_IMPORTED_MODULE_2__/* .isImageWorker */ .Ix)())
    await (0,_worker_js__WEBPACK_IMPORTED_MODULE_2__/* .runImageWorker */ .PL)();
else
    await (0,_slipway_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .Cs)((ctx) => (0,_main_js__WEBPACK_IMPORTED_MODULE_1__/* .main */ .i)(ctx, new URL(import.meta.url)));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 86698:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// UNUSED EXPORTS: uploadOptions

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/action-kit/src/index.ts + 11 modules
var src = __nccwpck_require__(43834);
// EXTERNAL MODULE: ./actions/iso-build/src/build.ts + 6 modules
var build = __nccwpck_require__(55932);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: ./packages/iso9660/src/index.ts + 7 modules
var iso9660_src = __nccwpck_require__(81330);
;// CONCATENATED MODULE: ./actions/iso-build/src/inputs.ts




const PROFILES = ['plain', 'cidata', 'autounattend'];
const CHECKSUMS = ['sha256', 'none'];
/**
 * Reads and checks every input. Paths the image is read from must stay in the workspace; the image itself is written
 * only where slipway may write (ownedPath), never inside a folder the image is built from.
 */
function getInputs(ctx, read) {
    read ??= (0,src/* inputReader */.cN)({ ...ctx.env, GITHUB_WORKSPACE: ctx.workspace });
    const profile = read.enum('profile', PROFILES, { default: 'plain' });
    const source = read.optionalPath('source', { mustExist: true });
    const files = (0,src/* parseList */.E1)(read.string('files')).map((line) => parseMapping(line, read.workspace));
    if (source === undefined && files.length === 0)
        throw new src/* InputError */.dz('source', '', 'a directory, or `files` lines of the form `source-path => /iso/path`');
    if (source !== undefined && files.length > 0)
        throw new src/* InputError */.dz('files', read.string('files'), 'no value when `source` is set: use one or the other');
    const profileVolume = profile === 'cidata' ? 'cidata' : undefined;
    const givenVolumeId = read.optional('volume-id');
    const volumeId = givenVolumeId ?? profileVolume ?? 'SLIPWAY';
    const volumeProblem = (0,iso9660_src/* validateVolumeId */.sf)(volumeId);
    if (volumeProblem)
        throw new src/* InputError */.dz('volume-id', volumeId, volumeProblem);
    if (profile === 'cidata' && volumeId.toLowerCase() !== 'cidata')
        throw new src/* InputError */.dz('volume-id', volumeId, 'cidata (or nothing) with profile cidata: cloud-init finds its data by this label');
    const volumeSet = read.optional('volume-set');
    if (volumeSet !== undefined && !/^[A-Za-z0-9_]{1,128}$/.test(volumeSet))
        throw new src/* InputError */.dz('volume-set', volumeSet, 'up to 128 letters A-Z, digits or _ (ECMA-119 d-characters)');
    const aString = (name, value) => {
        if (value === undefined)
            return undefined;
        const problem = (0,iso9660_src/* validateAString */.Rd)(value);
        if (problem)
            throw new src/* InputError */.dz(name, value, problem);
        return value;
    };
    const baseIso = read.optionalPath('base-iso', { mustExist: true, allowOutside: true });
    const baseIsoSha256 = read.optional('base-iso-sha256')?.toLowerCase();
    if (baseIsoSha256 !== undefined && !/^[0-9a-f]{64}$/.test(baseIsoSha256))
        throw new src/* InputError */.dz('base-iso-sha256', baseIsoSha256, 'a SHA-256 checksum: 64 hexadecimal digits');
    if (baseIsoSha256 !== undefined && baseIso === undefined)
        throw new src/* InputError */.dz('base-iso-sha256', baseIsoSha256, 'no value unless `base-iso` is set');
    const uploadArtifact = read.optional('upload-artifact');
    if (uploadArtifact !== undefined && /[":<>|*?\r\n\\/]/.test(uploadArtifact))
        throw new src/* InputError */.dz('upload-artifact', uploadArtifact, 'an artifact name without " : < > | * ? \\ / or line breaks');
    const retentionDays = read.optionalInteger('retention-days', { min: 1, max: 90 });
    const compressionLevel = read.optionalInteger('compression-level', { min: 0, max: 9 });
    const outputValue = read.string('output', { default: `${volumeId.toLowerCase()}.iso` });
    const output = (0,src/* ownedPath */.bD)(ctx, 'output', outputValue);
    checkOutputOutsideSources(output, outputValue, source, files);
    if (baseIso !== undefined && samePath(baseIso, output))
        throw new src/* InputError */.dz('output', outputValue, `a path other than base-iso ${baseIso} (the base image is read)`);
    return {
        ...(source !== undefined ? { source } : {}),
        files,
        output,
        volumeId,
        volumeIdExplicit: givenVolumeId !== undefined || profileVolume !== undefined,
        ...(volumeSet !== undefined ? { volumeSet } : {}),
        ...optional('publisher', aString('publisher', read.optional('publisher'))),
        preparer: aString('preparer', read.optional('preparer')) ?? 'SLIPWAY',
        applicationId: aString('application-id', read.optional('application-id')) ?? 'SLIPWAY ISO-BUILD',
        profile,
        ...optional('versionFile', read.optionalPath('version-file', { mustExist: true })),
        reproducible: read.boolean('reproducible', { default: true }),
        checksum: read.enum('checksum', CHECKSUMS, { default: 'sha256' }) === 'sha256',
        ...optional('uploadArtifact', uploadArtifact),
        ...optional('retentionDays', retentionDays),
        ...optional('compressionLevel', compressionLevel),
        overwrite: read.boolean('overwrite', { default: false }),
        ...optional('baseIso', baseIso),
        ...optional('baseIsoSha256', baseIsoSha256),
        workspace: read.workspace,
    };
}
/**
 * The image must not be written into a folder it is built from: the next run would pack the previous image into the
 * new one (no longer reproducible), and an output equal to a source folder could only fail after the whole build.
 */
function checkOutputOutsideSources(output, value, source, files) {
    const real = realish(output);
    const folders = [];
    if (source !== undefined)
        folders.push({ input: 'source', shown: source, dir: source });
    for (const mapping of files) {
        if (isDirectory(mapping.source))
            folders.push({ input: 'files', shown: mapping.line, dir: mapping.source });
        else if (samePath(mapping.source, output))
            throw new src/* InputError */.dz('output', value, `a path other than a file the image is built from (files: ${mapping.line})`);
    }
    for (const folder of folders) {
        const dir = realish(folder.dir);
        if (real === dir)
            throw new src/* InputError */.dz('output', value, `a file path, not the folder the image is built from (${folder.input}: ${folder.shown})`);
        if ((0,src/* isInside */.FK)(dir, real))
            throw new src/* InputError */.dz('output', value, `a path outside the folder the image is built from (${folder.input}: ${folder.shown}): an image written there is packed into the next one`);
    }
}
function isDirectory(file) {
    try {
        return (0,external_node_fs_.statSync)(file).isDirectory();
    }
    catch {
        return false;
    }
}
function samePath(a, b) {
    return realish(a) === realish(b);
}
/** The real path of the deepest existing ancestor with the rest appended (the output need not exist yet). */
function realish(target) {
    const rest = [];
    for (let existing = external_node_path_default().resolve(target);;) {
        try {
            return external_node_path_default().join((0,external_node_fs_.realpathSync)(existing), ...rest);
        }
        catch {
            const parent = external_node_path_default().dirname(existing);
            if (parent === existing)
                return external_node_path_default().resolve(target);
            rest.unshift(external_node_path_default().basename(existing));
            existing = parent;
        }
    }
}
function optional(key, value) {
    return value === undefined ? {} : { [key]: value };
}
/** `source-path => /iso/path`; the source is resolved in the workspace, the image path is absolute. */
function parseMapping(line, workspace) {
    const match = /^(.+?)\s*=>\s*(\S.*)$/.exec(line);
    if (!match)
        throw new src/* InputError */.dz('files', line, 'lines of the form `source-path => /iso/path`');
    const [, source = '', isoPath = ''] = match;
    if (!isoPath.startsWith('/'))
        throw new src/* InputError */.dz('files', line, 'an absolute path in the image after =>, like /scripts/');
    if (isoPath.split('/').includes('..'))
        throw new src/* InputError */.dz('files', line, 'an image path without ..');
    const resolved = external_node_path_default().resolve(workspace, source.trim());
    if (!(0,src/* isInside */.FK)(workspace, resolved))
        throw new src/* InputError */.dz('files', line, `a source path inside the workspace ${workspace}`);
    let real;
    try {
        real = (0,external_node_fs_.realpathSync)(resolved);
    }
    catch {
        throw new src/* InputError */.dz('files', line, 'an existing file or directory before =>');
    }
    // A symlink in the workspace must not lead the image to files outside it.
    if (!(0,src/* isInside */.FK)((0,external_node_fs_.realpathSync)(workspace), real))
        throw new src/* InputError */.dz('files', line, `a source that stays inside the workspace (it resolves to ${real})`);
    return { source: resolved, isoPath, line };
}

;// CONCATENATED MODULE: ./actions/iso-build/src/summary.ts

const TREE_LIMIT = 50;
function formatBytes(bytes) {
    if (bytes < 1024)
        return `${bytes} B`;
    const units = ['KiB', 'MiB', 'GiB', 'TiB'];
    let value = bytes / 1024;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return `${value.toFixed(1)} ${units[unit] ?? 'TiB'}`;
}
/** The step summary: the image, its checksum, and its file tree (collapsed past 50 entries). */
function renderSummary(image, displayPath) {
    const facts = (0,src/* markdownTable */.Qj)(['image', 'volume id', 'size', 'files', 'sha256', 'SOURCE_DATE_EPOCH'], [
        [
            (0,src/* code */.aY)(displayPath),
            (0,src/* code */.aY)(image.volumeId),
            formatBytes(image.size),
            image.fileCount,
            image.sha256 === undefined ? 'not computed (checksum: none)' : (0,src/* code */.aY)(image.sha256),
            `${image.epoch} (${new Date(image.epoch * 1000).toISOString()})`,
        ],
    ]);
    const rows = image.entries.map((e) => [
        (0,src/* code */.aY)(e.path),
        e.size !== undefined ? formatBytes(e.size) : e.link !== undefined ? `→ ${(0,src/* code */.aY)(e.link)}` : '',
    ]);
    const tree = (0,src/* markdownTable */.Qj)(['path', 'size'], rows);
    const heading = image.remastered ? '### iso-build: remastered image\n\n' : '### iso-build\n\n';
    const listing = image.entryCount > TREE_LIMIT
        ? (0,src/* details */.zH)(`${image.entryCount} entries ${image.remastered ? 'added' : 'in the image'}${image.entryCount > rows.length ? ` (the first ${rows.length} listed)` : ''}`, tree)
        : `${image.remastered ? 'Added' : 'Contents'}:\n\n${tree}`;
    return `${heading}${facts}\n${listing}`;
}

// EXTERNAL MODULE: ./actions/iso-build/src/worker.ts
var worker = __nccwpck_require__(64748);
;// CONCATENATED MODULE: ./actions/iso-build/src/main.ts






/**
 * The action. `entry` is the bundle's own URL: a large tree is then written on a worker thread loaded from it
 * (worker.ts); without it the image is written in this thread.
 */
async function main(ctx, entry) {
    const inputs = getInputs(ctx);
    const logger = (0,src/* coreLogger */.Wj)();
    const image = await (0,build/* buildImage */._w)(inputs, logger, ctx, (0,worker/* chooseWriter */.Vz)(inputs, entry));
    logger.info(`iso-build: ${image.path} (${image.size} bytes${image.sha256 === undefined ? '' : `, sha256 ${image.sha256}`})`);
    await uploadArtifact(inputs, image.path, logger, ctx.services.artifacts);
    (0,src/* setOutputs */.n0)({
        path: image.path,
        size: image.size,
        sha256: image.sha256 ?? '',
        'volume-id': image.volumeId,
        'file-count': image.fileCount,
    });
    await (0,src/* appendSummary */.fe)(renderSummary(image, external_node_path_default().relative(inputs.workspace, image.path) || image.path));
}
/** The options of the artifact upload, as actions/upload-artifact passes them. */
function uploadOptions(inputs) {
    return {
        ...(inputs.retentionDays !== undefined ? { retentionDays: inputs.retentionDays } : {}),
        ...(inputs.compressionLevel !== undefined ? { compressionLevel: inputs.compressionLevel } : {}),
    };
}
/** Artifacts exist only on GitHub's runners: without the artifact service (a local run) the upload is skipped. */
async function uploadArtifact(inputs, file, logger, available) {
    if (inputs.uploadArtifact === undefined)
        return;
    if (!available) {
        logger.notice(`upload-artifact: skipped, the artifact service is not available (not running on GitHub Actions); the image is at ${file}`);
        return;
    }
    const { DefaultArtifactClient, ArtifactNotFoundError } = await __nccwpck_require__.e(/* import() */ 272).then(__nccwpck_require__.bind(__nccwpck_require__, 96272));
    const client = new DefaultArtifactClient();
    if (inputs.overwrite) {
        // As actions/upload-artifact does: an artifact of the same name in this run is deleted first.
        try {
            await client.deleteArtifact(inputs.uploadArtifact);
            logger.info(`upload-artifact: replaced the earlier artifact ${inputs.uploadArtifact}`);
        }
        catch (error) {
            if (!(error instanceof ArtifactNotFoundError))
                throw error;
        }
    }
    const response = await client.uploadArtifact(inputs.uploadArtifact, [file], external_node_path_default().dirname(file), uploadOptions(inputs));
    src/* workflowCommands.info */.ip.info(`upload-artifact: ${inputs.uploadArtifact} uploaded (id ${String(response.id)}, ${String(response.size)} bytes)`);
}


/***/ }),

/***/ 64748:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ix: () => (/* binding */ isImageWorker),
/* harmony export */   PL: () => (/* binding */ runImageWorker),
/* harmony export */   Vz: () => (/* binding */ chooseWriter)
/* harmony export */ });
/* unused harmony exports WORKER_ENTRIES, isLargeTree */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(75919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _slipway_action_kit__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(43834);
/* harmony import */ var _build_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(55932);
// A large tree is planned and written on a worker thread whose young generation is capped. Building the tree makes
// tens of thousands of long-lived records in a burst, and V8 answers such a burst by growing the main thread's young
// generation to its full 32 MiB (two 16 MiB semi-spaces), most of it empty once the records are promoted: with the
// cap, 50,000 files take about 20 MiB less. An action cannot pass node flags, but a worker takes resource limits.
// Smaller trees (a cloud-init seed, an answer file, a few thousand files) are written in line: loading the bundle again
// as a worker costs some 100 ms and 6 MiB, which pays off from about 10,000 entries.





/** More entries than this (files, folders and links, counted up to here only) go to the worker. */
const WORKER_ENTRIES = 10_000;
const YOUNG_GENERATION_MB = 4;
const MARK = 'slipway-iso-build-writer';
/** This thread is the image-writing worker started by `workerWriter`. */
function isImageWorker() {
    return node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.parentPort !== null && node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.workerData?.mark === MARK;
}
/**
 * The writer for these inputs: `entry` (the action bundle's own URL) is loaded again as the worker when the sources
 * hold more than WORKER_ENTRIES entries; without it (run from sources, as the tests do) the image is written in line.
 */
function chooseWriter(inputs, entry) {
    // A remaster is xorriso's work: there is no tree of records to write.
    if (entry === undefined || inputs.baseIso !== undefined || !isLargeTree(inputs))
        return _build_js__WEBPACK_IMPORTED_MODULE_3__/* .writeImage */ .te;
    return (jobInputs, epoch, logger) => writeInWorker(entry, { mark: MARK, inputs: jobInputs, epoch }, logger);
}
/** Counts the entries under the source folders, stopping as soon as there are more than WORKER_ENTRIES. */
function isLargeTree(inputs, limit = WORKER_ENTRIES) {
    // Names are bytes here, as planTree reads them: a name that is not UTF-8 is still a folder to count.
    const folders = [
        ...(inputs.source !== undefined ? [inputs.source] : []),
        ...inputs.files.map((f) => f.source).filter((source) => isFolder(source)),
    ].map((folder) => Buffer.from(folder));
    const slash = Buffer.from('/');
    let count = 0;
    for (let folder = folders.pop(); folder !== undefined; folder = folders.pop()) {
        let entries;
        try {
            entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(folder, { withFileTypes: true, encoding: 'buffer' });
        }
        catch {
            continue; // planTree reports an unreadable folder, naming it
        }
        count += entries.length;
        if (count > limit)
            return true;
        for (const entry of entries)
            if (entry.isDirectory())
                folders.push(Buffer.concat([folder, slash, entry.name]));
    }
    return false;
}
function isFolder(file) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file).isDirectory();
    }
    catch {
        return false;
    }
}
function writeInWorker(entry, job, logger) {
    logger.debug(`iso-build: more than ${WORKER_ENTRIES} entries, planned and written on a worker thread (young generation ${YOUNG_GENERATION_MB} MiB)`);
    return new Promise((resolve, reject) => {
        const worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.Worker(entry, {
            workerData: job,
            resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
        });
        let settled = false;
        // A thread that dies (out of memory, say) cannot remove its half-written image: this side does.
        const fail = (error) => {
            settled = true;
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(`${job.inputs.output}.partial`, { force: true });
            reject(error);
        };
        worker.on('message', (reply) => {
            if ('log' in reply) {
                if (reply.log === 'debug' || reply.log === 'info')
                    logger[reply.log](reply.message);
                else
                    logger[reply.log](reply.message, reply.properties);
            }
            else if ('result' in reply) {
                settled = true;
                resolve(reply.result);
            }
            else {
                settled = true;
                reject(revive(reply.error));
            }
        });
        worker.once('error', fail);
        worker.once('exit', (code) => {
            if (!settled)
                fail(new Error(`the image-writing thread exited with code ${code} before it finished`));
        });
    });
}
/** The worker's side: writes the image it was given, reporting log lines, then the result or the error. */
async function runImageWorker() {
    const port = node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.parentPort;
    if (port === null)
        throw new Error('runImageWorker runs on a worker thread only');
    const job = node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.workerData;
    const send = (reply) => port.postMessage(reply);
    const forward = (level) => (message, properties) => send({ log: level, message, ...(properties ? { properties } : {}) });
    const logger = {
        debug: forward('debug'),
        info: forward('info'),
        notice: forward('notice'),
        warning: forward('warning'),
        error: forward('error'),
        group: (_name, body) => body(),
    };
    try {
        send({ result: await (0,_build_js__WEBPACK_IMPORTED_MODULE_3__/* .writeImage */ .te)(job.inputs, job.epoch, logger) });
    }
    catch (error) {
        send({ error: serialize(error) });
    }
}
function serialize(error) {
    if (error instanceof _slipway_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz)
        return { kind: 'input', input: error.input, value: error.value, expected: error.expected };
    if (error instanceof _slipway_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL)
        return { kind: 'config', message: error.message, ...(error.location ? { location: error.location } : {}) };
    if (error instanceof Error)
        return { kind: 'error', message: error.message, ...(error.stack ? { stack: error.stack } : {}) };
    return { kind: 'error', message: String(error) };
}
function revive(error) {
    if (error.kind === 'input')
        return new _slipway_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(error.input, error.value, error.expected);
    if (error.kind === 'config') {
        if (error.location === undefined)
            return new _slipway_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(error.message);
        // The message carries the location already (ConfigError prefixes it): take it off before it is added again.
        const prefix = `${(0,_slipway_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .formatLocation */ .j$)(error.location)}: `;
        const message = error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
        return new _slipway_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(message, error.location);
    }
    const revived = new Error(error.message);
    if (error.stack !== undefined)
        revived.stack = error.stack;
    return revived;
}


/***/ }),

/***/ 43834:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  xL: () => (/* reexport */ ConfigError),
  dz: () => (/* reexport */ errors_InputError),
  fe: () => (/* reexport */ appendSummary),
  aY: () => (/* reexport */ code),
  Wj: () => (/* reexport */ coreLogger),
  zH: () => (/* reexport */ details),
  m0: () => (/* reexport */ exec),
  j$: () => (/* reexport */ formatLocation),
  aJ: () => (/* reexport */ inheritedEnvironment),
  cN: () => (/* reexport */ inputReader),
  FK: () => (/* reexport */ isInside),
  jY: () => (/* reexport */ isOnPath),
  CW: () => (/* reexport */ loadSpawn),
  Qj: () => (/* reexport */ markdownTable),
  bD: () => (/* reexport */ ownedPath),
  E1: () => (/* reexport */ parseList),
  Cs: () => (/* reexport */ runAction),
  n0: () => (/* reexport */ setOutputs),
  ip: () => (/* reexport */ workflow_commands_namespaceObject)
});

// UNUSED EXPORTS: ExecError, RetryableError, annotationAt, assertName, cell, failFrom, formatOutput, heading, inputVariable, isRetryableStatus, isTransientNetworkError, ownedProblem, parseRetryAfter, parseSourceDateEpoch, quote, randomBytes, randomUUID, readRunnerContext, recordingLogger, removeOwned, retry, silentLogger, sleep

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

/***/ 81330:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Um: () => (/* reexport */ IsoConflictError),
  d9: () => (/* reexport */ IsoSourceError),
  o0: () => (/* reexport */ IsoTree),
  Jk: () => (/* reexport */ fsPath),
  $i: () => (/* reexport */ showName),
  Rd: () => (/* reexport */ validateAString),
  sf: () => (/* reexport */ validateVolumeId),
  jx: () => (/* reexport */ writeIso)
});

// UNUSED EXPORTS: IsoNameError, IsoOptionError, JOLIET_MAX, MAX_EXTENT, SECTOR, compareIsoIdentifiers, compareJolietIdentifiers, decodeName, encodeName, isoIdentifier, jolietIdentifier, normalizeIsoPath, splitExtension, splitIsoPath, validateIsoOptions

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(77598);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __nccwpck_require__(4573);
;// CONCATENATED MODULE: ./packages/iso9660/src/raw-names.ts
// File names are bytes on POSIX systems, and not always UTF-8 (a name written by an old tool in Latin-1, say). Such a
// name is carried through the tree as a JavaScript string in which each byte that is not part of valid UTF-8 is a
// lone low surrogate U+DC80–U+DCFF (Python's "surrogateescape"): valid UTF-8 never decodes to a lone surrogate, so the
// mapping is one to one, and the exact bytes come back for the file system and for Rock Ridge, which stores bytes.

const ESCAPED = /[\udc80-\udcff]/;
/** The name (or path) as a string: UTF-8 where it is valid, each other byte as U+DC00 + byte. */
function decodeName(bytes) {
    if ((0,external_node_buffer_.isUtf8)(bytes))
        return bytes.toString('utf8');
    let out = '';
    for (let i = 0; i < bytes.length;) {
        const length = sequenceLength(bytes, i);
        if (length === 0) {
            out += String.fromCharCode(0xdc00 + (bytes[i] ?? 0));
            i++;
        }
        else {
            out += bytes.toString('utf8', i, i + length);
            i += length;
        }
    }
    return out;
}
/** The length of the valid UTF-8 sequence at `at` (RFC 3629 §4), or 0 when the byte there starts none. */
function sequenceLength(bytes, at) {
    const lead = bytes[at] ?? 0;
    const next = (k) => bytes[at + k] ?? 0;
    const cont = (k, low = 0x80, high = 0xbf) => at + k < bytes.length && next(k) >= low && next(k) <= high;
    if (lead < 0x80)
        return 1;
    if (lead >= 0xc2 && lead <= 0xdf)
        return cont(1) ? 2 : 0;
    if (lead === 0xe0)
        return cont(1, 0xa0) && cont(2) ? 3 : 0;
    if (lead === 0xed)
        return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0; // no UTF-16 surrogates
    if (lead >= 0xe1 && lead <= 0xef)
        return cont(1) && cont(2) ? 3 : 0;
    if (lead === 0xf0)
        return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
    if (lead >= 0xf1 && lead <= 0xf3)
        return cont(1) && cont(2) && cont(3) ? 4 : 0;
    if (lead === 0xf4)
        return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
    return 0;
}
/** The bytes of a name decoded by decodeName (or any string: then simply its UTF-8). */
function encodeName(name) {
    if (!ESCAPED.test(name))
        return Buffer.from(name, 'utf8');
    const parts = [];
    let text = '';
    for (const char of name) {
        const code = char.charCodeAt(0);
        if (char.length === 1 && code >= 0xdc80 && code <= 0xdcff) {
            if (text)
                parts.push(Buffer.from(text, 'utf8'));
            text = '';
            parts.push(Buffer.from([code - 0xdc00]));
        }
        else
            text += char;
    }
    if (text)
        parts.push(Buffer.from(text, 'utf8'));
    return Buffer.concat(parts);
}
/** What to hand to `fs`: the string itself, or its exact bytes when it holds escaped bytes. */
function fsPath(file) {
    return ESCAPED.test(file) ? encodeName(file) : file;
}
/** The name as a person reads it in a message: each byte that is not UTF-8 as \xNN. */
function showName(name) {
    return ESCAPED.test(name)
        ? name.replace(/[\udc80-\udcff]/g, (c) => `\\x${(c.charCodeAt(0) - 0xdc00).toString(16).toUpperCase()}`)
        : name;
}
/** The name holds bytes that are not valid UTF-8. */
function hasRawBytes(name) {
    return ESCAPED.test(name);
}

;// CONCATENATED MODULE: ./packages/iso9660/src/names.ts
// File identifiers of the two directory hierarchies: ECMA-119 Level 3 names for the primary one, Joliet names for
// the supplementary one. Rock Ridge NM entries keep the real name; these are what readers without extensions show.


/** ECMA-119 §7.4.1: d-characters. */
const D_CHARACTERS = /^[A-Z0-9_]*$/;
/** ECMA-119 §7.4.1: a-characters (d-characters plus space and some punctuation). */
const A_CHARACTERS = /^[A-Z0-9_ !"%&'()*+,\-./:;<=>?]*$/;
class IsoNameError extends (/* unused pure expression or super */ null && (Error)) {
    name = 'IsoNameError';
}
/**
 * ECMA-119 §8.4.6: the volume identifier is up to 32 d-characters. Lower-case letters are accepted and recorded in
 * upper case in the primary descriptor (the Joliet descriptor keeps the case as given, which is what `cidata` needs).
 */
function validateVolumeId(volumeId) {
    if (volumeId.length === 0)
        return 'a volume id of 1 to 32 characters';
    if (volumeId.length > 32)
        return 'at most 32 characters (ECMA-119 §8.4.6)';
    if (!D_CHARACTERS.test(volumeId.toUpperCase()))
        return 'only letters A-Z, digits and _ (ECMA-119 d-characters)';
    return undefined;
}
/** ECMA-119 §8.4.20–8.4.22: publisher, preparer and application ids are a-characters, up to 128. */
function validateAString(value, max = 128) {
    if (value.length > max)
        return `at most ${max} characters`;
    if (!A_CHARACTERS.test(value.toUpperCase()))
        return 'printable ASCII letters, digits, space and !"%&\'()*+,-./:;<=>?_';
    return undefined;
}
function dChars(text) {
    return text.toUpperCase().replace(/[^A-Z0-9_]/g, '_');
}
/** Splits at the last dot; a leading dot (".profile") is part of the name, not an extension. */
function splitExtension(name) {
    const dot = name.lastIndexOf('.');
    if (dot <= 0)
        return [name, ''];
    return [name.slice(0, dot), name.slice(dot + 1)];
}
/**
 * Level 2/3 identifiers (§7.5.1, §7.6.3): a file is NAME.EXT;1 with NAME + EXT ≤ 30 d-characters, a directory up to
 * 31 d-characters. `taken` holds the identifiers already given in the same directory: a clash (names that differ only
 * by case or by characters outside the d-set) gets a numbered suffix, in the directory's sorted order, so the result
 * depends on the tree alone.
 */
function isoIdentifier(name, isDirectory, taken) {
    if (isDirectory) {
        const base = dChars(name).slice(0, 31) || '_';
        return unique(base, '', taken, 31, (b) => b);
    }
    const [stem, extension] = splitExtension(name);
    const ext = dChars(extension).slice(0, 8);
    const limit = 30 - ext.length;
    const base = dChars(stem).slice(0, limit) || (ext === '' ? '_' : '');
    return unique(base, ext, taken, limit, (b, e) => `${b}.${e};1`);
}
function unique(base, ext, taken, limit, format) {
    let candidate = format(base, ext);
    for (let n = 1; taken.has(candidate); n++) {
        const suffix = `_${n}`;
        candidate = format(base.slice(0, limit - suffix.length) + suffix, ext);
    }
    taken.add(candidate);
    return candidate;
}
/**
 * Joliet's specification allows 64 UCS-2 characters in an identifier; Windows, Linux and macOS read up to 103, the
 * most a directory record can hold (33 + 2 × 103 + 1 ≤ 255 bytes), which genisoimage and xorriso write with
 * `-joliet-long`. Names of 65 to 103 characters are kept whole, as there: shortening them mangled what Windows shows.
 */
const JOLIET_MAX = 103;
// eslint-disable-next-line no-control-regex -- control characters are what Joliet forbids
const JOLIET_FORBIDDEN = /[\u0000-\u001f*/:;?\\\ud800-\udfff]/;
// eslint-disable-next-line no-control-regex -- as above
const JOLIET_REPLACED = /[\ud800-\udbff][\udc00-\udfff]|[\u0000-\u001f*/:;?\\\ud800-\udfff]/g;
/**
 * The Joliet name: characters outside UCS-2 (astral code points), bytes that are not UTF-8 and forbidden characters
 * (* / : ; ? \ and control characters) become `_`; a name longer than 103 characters keeps its start and extension
 * and gets `~` plus 8 hex digits of the SHA-256 of the full name, so the short name is the same on every build and
 * differs between long names that share a prefix.
 */
function jolietIdentifier(name, taken) {
    // An astral character (a surrogate pair) becomes one _, as does every lone surrogate (a byte that is not UTF-8).
    const clean = JOLIET_FORBIDDEN.test(name) ? name.replace(JOLIET_REPLACED, '_') : name;
    let candidate = clean;
    if (clean.length > JOLIET_MAX)
        candidate = shortened(clean, hashOf(name));
    for (let n = 1; taken.has(candidate); n++)
        candidate = shortened(clean, `${hashOf(name)}${n}`, true);
    taken.add(candidate);
    return candidate;
}
function hashOf(name) {
    return (0,external_node_crypto_.createHash)('sha256').update(encodeName(name)).digest('hex').slice(0, 8);
}
function shortened(name, tag, always = false) {
    const [stem, extension] = splitExtension(name);
    const ext = extension !== '' && extension.length <= 16 ? `.${extension}` : '';
    const head = ext === '' ? name : stem;
    const room = JOLIET_MAX - ext.length - tag.length - 1;
    if (!always && name.length <= JOLIET_MAX)
        return name;
    return `${head.slice(0, room)}~${tag}${ext}`;
}
/**
 * ECMA-119 §9.3: records are ordered by file name, then extension (each compared as if padded with spaces), then
 * version in descending order. Directory identifiers have no extension.
 */
function compareIsoIdentifiers(a, b) {
    const [an, ae, av] = parts(a);
    const [bn, be, bv] = parts(b);
    return comparePadded(an, bn) || comparePadded(ae, be) || bv - av;
}
function parts(identifier) {
    const semi = identifier.indexOf(';');
    const body = semi < 0 ? identifier : identifier.slice(0, semi);
    const version = semi < 0 ? 0 : Number(identifier.slice(semi + 1));
    const dot = body.indexOf('.');
    return dot < 0 ? [body, '', version] : [body.slice(0, dot), body.slice(dot + 1), version];
}
function comparePadded(a, b) {
    const length = Math.max(a.length, b.length);
    const x = a.padEnd(length, ' ');
    const y = b.padEnd(length, ' ');
    return x < y ? -1 : x > y ? 1 : 0;
}
/** Joliet identifiers are ordered by their UCS-2 code units, as the primary hierarchy orders its bytes. */
function compareJolietIdentifiers(a, b) {
    const length = Math.max(a.length, b.length);
    for (let i = 0; i < length; i++) {
        const x = i < a.length ? a.charCodeAt(i) : 0x20;
        const y = i < b.length ? b.charCodeAt(i) : 0x20;
        if (x !== y)
            return x - y;
    }
    return 0;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./packages/iso9660/src/tree.ts
// The tree an image is planned from: built from lstat() of the sources, before a byte of file data is read.




/** Two sources claim the same path in the image. */
class IsoConflictError extends Error {
    isoPath;
    first;
    second;
    name = 'IsoConflictError';
    constructor(isoPath, first, second) {
        super(`${isoPath} comes from both ${first} and ${second}`);
        this.isoPath = isoPath;
        this.first = first;
        this.second = second;
    }
}
/** A source that cannot be stored: a device, socket or FIFO, or a name a file system cannot hold. */
class IsoSourceError extends Error {
    name = 'IsoSourceError';
}
const S_IFMT = 0o170000;
const S_IFDIR = 0o040000;
const S_IFREG = 0o100000;
const S_IFLNK = 0o120000;
/**
 * The files of an image and where each comes from. Several directories can be merged into one tree; a path claimed
 * twice (other than a directory by two directories) is a conflict, reported with both sources.
 */
class IsoTree {
    root;
    constructor(rootAttributes = {}) {
        this.root = {
            kind: 'directory',
            mode: S_IFDIR | 0o755,
            uid: 0,
            gid: 0,
            mtime: 0,
            ...rootAttributes,
            children: new Map(),
        };
    }
    /** Adds the contents of `sourceDir` under `isoDir` (the root by default). The source dir's own symlink is resolved. */
    async addDirectory(sourceDir, isoDir = '/') {
        const real = await (0,promises_.realpath)(sourceDir);
        const stats = await (0,promises_.lstat)(real);
        if (!stats.isDirectory())
            throw new IsoSourceError(`${sourceDir} is not a directory`);
        const target = this.ensureDirectory(splitIsoPath(isoDir), real, attributesOf(stats));
        this.walk(real, target, normalizeIsoPath(isoDir));
    }
    /** Adds one file, symlink or directory (with its contents) at `isoPath`. */
    async addPath(source, isoPath) {
        const stats = await (0,promises_.lstat)(fsPath(source));
        if (stats.isDirectory())
            return this.addDirectory(source, isoPath);
        const parts = splitIsoPath(isoPath);
        const name = parts.pop();
        if (name === undefined)
            throw new IsoSourceError(`${source} cannot be the root of the image: it is not a directory`);
        const parent = this.ensureDirectory(parts, source);
        this.place(parent, name, entryOf(external_node_path_default().resolve(source), stats), normalizeIsoPath(isoPath), source);
    }
    /** Counts of regular files, directories (root included) and symlinks. */
    counts() {
        const counts = { files: 0, directories: 0, symlinks: 0, dataBytes: 0 };
        const visit = (dir) => {
            counts.directories++;
            for (const child of dir.children.values()) {
                if (child.kind === 'directory')
                    visit(child);
                else if (child.kind === 'symlink')
                    counts.symlinks++;
                else {
                    counts.files++;
                    counts.dataBytes += child.size;
                }
            }
        };
        visit(this.root);
        return counts;
    }
    // Synchronous calls: a tree of thousands of entries is read in a few milliseconds this way, where a promise per
    // lstat() costs ten times as much, and nothing else runs while the tree is read.
    walk(sourceDir, into, isoDir) {
        // Names are read as bytes: a name that is not valid UTF-8 would otherwise come back with U+FFFD in place of its
        // bytes and name no file at all (ENOENT). It is kept exactly and stored as it is (Rock Ridge NM holds bytes).
        const names = (0,external_node_fs_.readdirSync)(fsPath(sourceDir), { encoding: 'buffer' }).map(decodeName).sort();
        for (const name of names) {
            const source = external_node_path_default().join(sourceDir, name);
            const stats = (0,external_node_fs_.lstatSync)(fsPath(source));
            const isoPath = isoDir === '/' ? `/${name}` : `${isoDir}/${name}`;
            if (stats.isDirectory()) {
                const child = this.ensureChildDirectory(into, name, isoPath, source, attributesOf(stats));
                this.walk(source, child, isoPath);
            }
            else {
                this.place(into, name, entryOf(source, stats), isoPath, source);
            }
        }
    }
    place(parent, name, entry, isoPath, source) {
        checkName(name, isoPath);
        const existing = parent.children.get(name);
        if (existing)
            throw new IsoConflictError(showName(isoPath), origin(existing), showName(source));
        parent.children.set(name, entry);
    }
    ensureDirectory(parts, source, attributes) {
        let dir = this.root;
        let isoPath = '';
        if (parts.length === 0 && attributes)
            Object.assign(this.root, attributes);
        parts.forEach((name, index) => {
            isoPath += `/${name}`;
            const last = index === parts.length - 1;
            dir = this.ensureChildDirectory(dir, name, isoPath, source, last ? attributes : undefined);
        });
        return dir;
    }
    ensureChildDirectory(parent, name, isoPath, source, attributes) {
        checkName(name, isoPath);
        const existing = parent.children.get(name);
        if (existing?.kind === 'directory')
            return existing;
        if (existing)
            throw new IsoConflictError(showName(isoPath), origin(existing), showName(source));
        const dir = {
            kind: 'directory',
            mode: S_IFDIR | 0o755,
            uid: this.root.uid,
            gid: this.root.gid,
            mtime: this.root.mtime,
            ...attributes,
            children: new Map(),
            source,
        };
        parent.children.set(name, dir);
        return dir;
    }
}
function origin(entry) {
    return entry.source === undefined ? 'an earlier source' : showName(entry.source);
}
function attributesOf(stats) {
    return { mode: stats.mode, uid: stats.uid, gid: stats.gid, mtime: Math.floor(stats.mtimeMs / 1000) };
}
function entryOf(source, stats) {
    const attributes = attributesOf(stats);
    const type = attributes.mode & S_IFMT;
    if (type === S_IFLNK)
        return {
            kind: 'symlink',
            target: decodeName((0,external_node_fs_.readlinkSync)(fsPath(source), { encoding: 'buffer' })),
            source,
            ...attributes,
        };
    if (type === S_IFREG)
        return { kind: 'file', source, size: stats.size, ...attributes };
    throw new IsoSourceError(`${showName(source)} is a device, socket or FIFO: only files, directories and symlinks are stored`);
}
function checkName(name, isoPath) {
    if (name === '' || name === '.' || name === '..' || name.includes('/') || name.includes('\0'))
        throw new IsoSourceError(`${showName(isoPath)}: ${JSON.stringify(showName(name))} is not a valid file name`);
    // A UTF-16 unit is at most 3 bytes of UTF-8 (a pair, 2 units, is 4): 85 units cannot exceed 255 bytes.
    if (name.length > 85 && encodeName(name).length > 255)
        throw new IsoSourceError(`${showName(isoPath)}: a name is at most 255 bytes`);
}
function normalizeIsoPath(isoPath) {
    return `/${splitIsoPath(isoPath).join('/')}`;
}
function splitIsoPath(isoPath) {
    const parts = isoPath.split('/').filter((p) => p !== '' && p !== '.');
    if (parts.includes('..'))
        throw new IsoSourceError(`${isoPath}: ".." is not allowed in a path in the image`);
    return parts;
}

;// CONCATENATED MODULE: ./packages/iso9660/src/bytes.ts
// Field encodings of ECMA-119 §7: numbers recorded in both byte orders, and the two date formats.
/** §7.2.3: a 16-bit number recorded little-endian then big-endian (4 bytes). */
function both16(buffer, offset, value) {
    buffer.writeUInt16LE(value, offset);
    buffer.writeUInt16BE(value, offset + 2);
}
/** §7.3.3: a 32-bit number recorded little-endian then big-endian (8 bytes). */
function both32(buffer, offset, value) {
    buffer.writeUInt32LE(value, offset);
    buffer.writeUInt32BE(value, offset + 4);
}
/** §9.1.5: the 7-byte recording date of a directory record, in UTC (offset 0). Years 1900–2155 only. */
function recordDate(buffer, offset, epochSeconds) {
    const date = new Date(clampSeconds(epochSeconds) * 1000);
    buffer[offset] = date.getUTCFullYear() - 1900;
    buffer[offset + 1] = date.getUTCMonth() + 1;
    buffer[offset + 2] = date.getUTCDate();
    buffer[offset + 3] = date.getUTCHours();
    buffer[offset + 4] = date.getUTCMinutes();
    buffer[offset + 5] = date.getUTCSeconds();
    buffer[offset + 6] = 0;
}
function shortDate(epochSeconds) {
    const buffer = Buffer.alloc(7);
    recordDate(buffer, 0, epochSeconds);
    return buffer;
}
/** §8.4.26.1: the 17-byte volume descriptor date "YYYYMMDDHHMMSScc" + GMT offset, or "not specified" (all '0'). */
function volumeDate(buffer, offset, epochSeconds) {
    if (epochSeconds === undefined) {
        buffer.write('0'.repeat(16), offset, 'ascii');
        buffer[offset + 16] = 0;
        return;
    }
    const d = new Date(clampSeconds(epochSeconds) * 1000);
    const pad = (n, width = 2) => String(n).padStart(width, '0');
    const text = pad(d.getUTCFullYear(), 4) +
        pad(d.getUTCMonth() + 1) +
        pad(d.getUTCDate()) +
        pad(d.getUTCHours()) +
        pad(d.getUTCMinutes()) +
        pad(d.getUTCSeconds()) +
        '00';
    buffer.write(text, offset, 'ascii');
    buffer[offset + 16] = 0;
}
const MIN_SECONDS = Date.UTC(1900, 0, 1) / 1000;
const MAX_SECONDS = Date.UTC(2155, 11, 31, 23, 59, 59) / 1000;
/** The 7-byte form counts years from 1900 in one byte: times outside 1900–2155 are clamped, not wrapped. */
function clampSeconds(seconds) {
    return Math.min(MAX_SECONDS, Math.max(MIN_SECONDS, Math.floor(seconds)));
}
/** Writes `text` padded with spaces to `length` bytes (ECMA-119 §7.4.3: identifiers are padded with SPACE). */
function padded(buffer, offset, length, text) {
    buffer.fill(0x20, offset, offset + length);
    buffer.write(text.slice(0, length), offset, 'ascii');
}
/** Joliet: identifiers in UCS-2 big-endian, padded with U+0020. */
function paddedUcs2(buffer, offset, length, text) {
    for (let i = 0; i + 1 < length; i += 2)
        buffer.writeUInt16BE(0x20, offset + i);
    const units = ucs2(text).subarray(0, length - (length % 2));
    units.copy(buffer, offset);
}
/** UCS-2 big-endian bytes of a string whose characters are all in the Basic Multilingual Plane. */
function ucs2(text) {
    const buffer = Buffer.alloc(text.length * 2);
    for (let i = 0; i < text.length; i++)
        buffer.writeUInt16BE(text.charCodeAt(i), i * 2);
    return buffer;
}

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __nccwpck_require__(75919);
;// CONCATENATED MODULE: ./packages/iso9660/src/hasher.ts
// SHA-256 of the image, computed on a second thread while the main thread copies large files: hashing 1 GiB costs
// about as much as copying it, so done in line it would add to the build time. The two threads share a ring of
// buffers (SharedArrayBuffer): the main thread packs the image into a free slot (file data read straight into it),
// writes it out and publishes the slot; the worker hashes slots in order and frees them. Atomics keep the two in step
// without the event loop.


/** control[0]: slots published; control[1]: slots hashed; control[2 + slot]: byte length (END: the last). */
const END = -0x80000000;
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
const { createHash } = require('node:crypto')
const { data, control, slots, slotSize } = workerData
const ctl = new Int32Array(control)
const ring = Buffer.from(data)
const hash = createHash('sha256')
for (let tail = 0; ; ) {
  if (Atomics.load(ctl, 0) === tail) { Atomics.wait(ctl, 0, tail); continue }
  const slot = tail % slots
  const length = ctl[2 + slot]
  if (length === ${END}) { parentPort.postMessage(hash.digest('hex')); break }
  hash.update(ring.subarray(slot * slotSize, slot * slotSize + length))
  tail++
  Atomics.store(ctl, 1, tail)
  Atomics.notify(ctl, 1)
}
`;
class ParallelHasher {
    slotSize;
    slots;
    control;
    ring;
    worker;
    result;
    head = 0;
    failure;
    constructor(slotSize = 4 * 1024 * 1024, slots = 4) {
        this.slotSize = slotSize;
        this.slots = slots;
        const data = new SharedArrayBuffer(slotSize * slots);
        const control = new SharedArrayBuffer(4 * (2 + slots));
        this.control = new Int32Array(control);
        this.ring = Buffer.from(data);
        this.worker = new external_node_worker_threads_.Worker(WORKER_SOURCE, { eval: true, workerData: { data, control, slots, slotSize } });
        this.result = new Promise((resolve, reject) => {
            this.worker.once('message', (digest) => resolve(digest));
            this.worker.once('error', (error) => {
                this.failure = error;
                reject(error);
            });
            this.worker.once('exit', (code) => reject(new Error(`the hashing thread exited with code ${code}`)));
        });
        // Until the end, a failure surfaces through digest(); an unhandled rejection before that would end the process.
        this.result.catch(() => undefined);
    }
    /** The next free slot to fill (waits while the worker is a full ring behind). */
    slot() {
        for (;;) {
            const tail = Atomics.load(this.control, 1);
            if (this.head - tail < this.slots)
                break;
            if (this.failure)
                throw this.failure;
            Atomics.wait(this.control, 1, tail, 1000);
        }
        const start = (this.head % this.slots) * this.slotSize;
        return this.ring.subarray(start, start + this.slotSize);
    }
    /** Publishes the slot returned by slot(): its first `length` bytes are the next bytes of the image. */
    publish(length) {
        this.control[2 + (this.head % this.slots)] = length;
        this.head++;
        Atomics.store(this.control, 0, this.head);
        Atomics.notify(this.control, 0);
    }
    async digest() {
        this.slot();
        this.publish(END);
        try {
            return await this.result;
        }
        finally {
            await this.worker.terminate();
        }
    }
    /** Stops the worker without a result (the build failed). */
    async abort() {
        await this.worker.terminate();
    }
}
/**
 * The same interface, hashing in line: for small images, or many small files, a thread costs more than it saves.
 * Without `hashing` it hashes nothing and its digest is undefined (an image built without its checksum).
 */
class InlineHasher {
    slotSize;
    buffer;
    hash;
    constructor(slotSize = 4 * 1024 * 1024, hashing = true) {
        this.slotSize = slotSize;
        this.buffer = Buffer.allocUnsafe(slotSize);
        this.hash = hashing ? (0,external_node_crypto_.createHash)('sha256') : undefined;
    }
    slot() {
        return this.buffer;
    }
    publish(length) {
        this.hash?.update(this.buffer.subarray(0, length));
    }
    digest() {
        return Promise.resolve(this.hash?.digest('hex'));
    }
    abort() {
        return Promise.resolve();
    }
}

;// CONCATENATED MODULE: ./packages/iso9660/src/rockridge.ts
// System Use Sharing Protocol (SUSP 1.12) and Rock Ridge Interchange Protocol (RRIP 1.10, "RRIP_1991A") entries.


function entry(signature, body) {
    // SUSP §4.1: signature (2), length (1), version (1), data.
    const out = Buffer.alloc(4 + body.length);
    out[0] = signature.charCodeAt(0);
    out[1] = signature.charCodeAt(1);
    out[2] = out.length;
    out[3] = 1;
    body.copy(out, 4);
    return out;
}
/** SUSP §5.3: SP, first entry of the "." record of the root: check bytes BE EF, no bytes skipped. */
function spEntry() {
    return entry('SP', Buffer.from([0xbe, 0xef, 0]));
}
/** SUSP §5.1: CE points at a continuation area (block, offset, length), each recorded in both byte orders. */
const CE_LENGTH = 28;
function ceEntry(block, offset, length) {
    const body = Buffer.alloc(24);
    both32(body, 0, block);
    both32(body, 8, offset);
    both32(body, 16, length);
    return entry('CE', body);
}
const ER_ID = 'RRIP_1991A';
const ER_DESCRIPTOR = 'THE ROCK RIDGE INTERCHANGE PROTOCOL PROVIDES SUPPORT FOR POSIX FILE SYSTEM SEMANTICS';
const ER_SOURCE = 'PLEASE CONTACT DISC PUBLISHER FOR SPECIFICATION SOURCE.  SEE PUBLISHER IDENTIFIER IN PRIMARY VOLUME DESCRIPTOR FOR CONTACT INFORMATION.';
/** SUSP §5.5 with RRIP §5: ER names the extension in use, in the root's "." record (here in its continuation). */
function erEntry() {
    const head = Buffer.from([ER_ID.length, ER_DESCRIPTOR.length, ER_SOURCE.length, 1]);
    return entry('ER', Buffer.concat([head, Buffer.from(ER_ID + ER_DESCRIPTOR + ER_SOURCE, 'ascii')]));
}
/** RRIP §4.1.1: PX, POSIX mode (with the file type bits), links, uid, gid. RRIP 1.10 has no serial number field. */
function pxEntry(mode, links, uid, gid) {
    const body = Buffer.alloc(32);
    both32(body, 0, mode);
    both32(body, 8, links);
    both32(body, 16, uid);
    both32(body, 24, gid);
    return entry('PX', body);
}
/** RRIP §4.1.6: TF with modify, access and attribute-change times, 7-byte form (§9.1.5 of ECMA-119). */
function tfEntry(seconds) {
    const date = shortDate(seconds);
    return entry('TF', Buffer.concat([Buffer.from([0x0e]), date, date, date]));
}
/**
 * RRIP §4.1.4: NM, the POSIX name as bytes (a name that is not UTF-8 keeps its exact bytes); names longer than one
 * entry holds are split with the CONTINUE flag (bit 0).
 */
function nmEntries(name) {
    const bytes = encodeName(name);
    const entries = [];
    const max = 250;
    for (let at = 0; at < bytes.length; at += max) {
        const piece = bytes.subarray(at, at + max);
        const more = at + max < bytes.length;
        entries.push(entry('NM', Buffer.concat([Buffer.from([more ? 1 : 0]), piece])));
    }
    return entries;
}
/**
 * RRIP §4.1.3: SL, the symlink target as component records (flags 0x02 ".", 0x04 "..", 0x08 root). The target is
 * stored as written, never resolved. A target longer than one entry spans several SL entries (entry flag 0x01
 * CONTINUE); each entry is filled up and the component at the boundary is split with the component CONTINUE flag
 * (0x01), because libarchive starts every SL entry as if it continued the previous component.
 */
function slEntries(target) {
    const components = [];
    target.split('/').forEach((part, index) => {
        if (index === 0 && part === '' && target.startsWith('/'))
            components.push({ flags: 0x08 });
        else if (part === '')
            return; // "a//b" and a trailing slash add nothing
        else if (part === '.')
            components.push({ flags: 0x02 });
        else if (part === '..')
            components.push({ flags: 0x04 });
        else
            components.push({ flags: 0, bytes: encodeName(part) });
    });
    let current = [];
    const entries = [current];
    const ROOM = 250; // an entry is at most 255 bytes: 4 of header, 1 of flags
    let room = ROOM;
    const flush = () => {
        current = [];
        entries.push(current);
        room = ROOM;
    };
    for (const component of components) {
        if (component.bytes === undefined) {
            if (room < 2)
                flush();
            current.push(Buffer.from([component.flags, 0]));
            room -= 2;
            continue;
        }
        let bytes = component.bytes;
        for (;;) {
            if (room < 3)
                flush();
            const take = Math.min(bytes.length, room - 2);
            const more = take < bytes.length;
            current.push(Buffer.from([more ? 0x01 : 0, take]), bytes.subarray(0, take));
            room -= 2 + take;
            bytes = bytes.subarray(take);
            if (!more)
                break;
        }
    }
    return entries.map((list, index) => entry('SL', Buffer.concat([Buffer.from([index < entries.length - 1 ? 1 : 0]), ...list])));
}
// The usual entries of a record (PX, TF, NM), written in place into a directory extent: what pxEntry, tfEntry and
// nmEntries make, without a buffer per entry.
const PX_LENGTH = 36;
const TF_LENGTH = 26;
function header(buffer, at, a, b, length) {
    buffer[at] = a;
    buffer[at + 1] = b;
    buffer[at + 2] = length;
    buffer[at + 3] = 1;
}
/** Writes pxEntry(...) at `at`; returns the offset after it. */
function writePx(buffer, at, mode, links, uid, gid) {
    header(buffer, at, 0x50, 0x58, PX_LENGTH); // "PX"
    both32(buffer, at + 4, mode);
    both32(buffer, at + 12, links);
    both32(buffer, at + 20, uid);
    both32(buffer, at + 28, gid);
    return at + PX_LENGTH;
}
/** Writes tfEntry(seconds) at `at`; returns the offset after it. */
function writeTf(buffer, at, seconds) {
    header(buffer, at, 0x54, 0x46, TF_LENGTH); // "TF"
    buffer[at + 4] = 0x0e;
    recordDate(buffer, at + 5, seconds);
    buffer.copy(buffer, at + 12, at + 5, at + 12);
    buffer.copy(buffer, at + 19, at + 5, at + 12);
    return at + TF_LENGTH;
}
/** The bytes nmEntries(name) takes. */
function nmLength(name) {
    const bytes = hasRawBytes(name) ? encodeName(name).length : Buffer.byteLength(name, 'utf8');
    return bytes === 0 ? 5 : bytes + 5 * Math.ceil(bytes / 250);
}
/** Writes a name that fits one NM entry (nmLength ≤ 255) at `at`; returns the offset after it. */
function writeNm(buffer, at, name) {
    const length = hasRawBytes(name) ? encodeName(name).copy(buffer, at + 5) : buffer.write(name, at + 5, 'utf8');
    header(buffer, at, 0x4e, 0x4d, 5 + length); // "NM"
    buffer[at + 4] = 0;
    return at + 5 + length;
}

;// CONCATENATED MODULE: ./packages/iso9660/src/writer.ts
// Plans the whole image from the tree (sizes only), then writes it front to back: system area, volume descriptors,
// path tables, directories, Rock Ridge continuation areas, file data. Memory holds the metadata of one directory at
// a time and one copy buffer, whatever the size of the files.






const SECTOR = 2048;
/** ECMA-119 §6.2.1: the first 16 sectors are the System Area. */
const SYSTEM_AREA_SECTORS = 16;
/**
 * ECMA-119 §9.1.4 records a data length in 32 bits; Level 3 (§10.3) lets a file span several extents, each a
 * directory record of its own. Every extent but the last must be a whole number of sectors.
 */
const MAX_EXTENT = 0xfffff800;
const PARALLEL_HASH_BYTES = 32 * 1024 * 1024;
const PARALLEL_MEAN_FILE = 256 * 1024;
class IsoOptionError extends Error {
    option;
    value;
    expected;
    name = 'IsoOptionError';
    constructor(option, value, expected) {
        super(`${option} ${JSON.stringify(value)}: expected ${expected}`);
        this.option = option;
        this.value = value;
        this.expected = expected;
    }
}
/** Checks the descriptor fields, before anything is written. */
function validateIsoOptions(options) {
    const volumeProblem = validateVolumeId(options.volumeId);
    if (volumeProblem)
        throw new IsoOptionError('volumeId', options.volumeId, volumeProblem);
    // §8.4.19: the volume set identifier is up to 128 d-characters.
    if (options.volumeSetId !== undefined && !/^[A-Za-z0-9_]{0,128}$/.test(options.volumeSetId))
        throw new IsoOptionError('volumeSetId', options.volumeSetId, 'up to 128 letters A-Z, digits or _');
    for (const key of ['publisherId', 'preparerId', 'applicationId']) {
        const value = options[key];
        if (value === undefined)
            continue;
        const problem = validateAString(value);
        if (problem)
            throw new IsoOptionError(key, value, problem);
    }
    if (!Number.isSafeInteger(options.epoch))
        throw new IsoOptionError('epoch', String(options.epoch), 'whole seconds');
}
/**
 * Writes `tree` as an ISO 9660 image at `output`: ECMA-119 Level 3 with Rock Ridge (RRIP 1.10) and Joliet.
 * The same tree, options and epoch give the same bytes.
 */
async function writeIso(tree, output, options) {
    validateIsoOptions(options);
    const plan = planImage(tree, options);
    const fd = (0,external_node_fs_.openSync)(output, 'w');
    const slot = options.chunkSize ?? 1024 * 1024;
    if (slot % SECTOR !== 0)
        throw new IsoOptionError('chunkSize', String(slot), 'a whole number of 2048-byte sectors');
    // Below 32 MiB of data the copy is over before a hashing thread would have started. A tree of small files costs
    // system calls per file, and hashing is a small part of it: there a second thread (an isolate of its own, some
    // 10 MiB) only competes for the same cores, so the hash is computed in line.
    const dataBytes = plan.files.reduce((n, f) => n + f.file.size, 0);
    const checksum = options.checksum ?? true;
    const parallel = checksum && dataBytes >= PARALLEL_HASH_BYTES && dataBytes >= PARALLEL_MEAN_FILE * plan.files.length;
    const hasher = parallel ? new ParallelHasher(slot) : new InlineHasher(slot, checksum);
    try {
        const sink = new Sink(fd, hasher);
        writeMetadata(sink, plan, options);
        await copyFileData(sink, plan, options);
        sink.flush();
        if (sink.position !== plan.totalSectors * SECTOR)
            throw new Error(`layout error: wrote ${sink.position} bytes, planned ${plan.totalSectors * SECTOR}`);
        (0,external_node_fs_.ftruncateSync)(fd, sink.position);
        const counts = tree.counts();
        return { bytes: sink.position, sha256: await hasher.digest(), ...counts };
    }
    catch (error) {
        await hasher.abort();
        throw error;
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/**
 * Sequential output in blocks of the hasher's slot size (1 MiB by default, a whole number of sectors): metadata and
 * the data of many small files are packed into one block, which is handed to the hasher and written with one
 * pwrite. A block of nothing but zeros is not written (the file is extended by ftruncate), so sparse input stays
 * sparse.
 */
class Sink {
    fd;
    hasher;
    /** Bytes of the image before the current block. */
    flushed = 0;
    block;
    fill = 0;
    zeros;
    constructor(fd, hasher) {
        this.fd = fd;
        this.hasher = hasher;
        this.block = hasher.slot();
        this.zeros = Buffer.alloc(64 * 1024);
    }
    get position() {
        return this.flushed + this.fill;
    }
    /** The free part of the current block (a fresh block when it is full). */
    room() {
        if (this.fill === this.block.length)
            this.flush();
        return this.block.subarray(this.fill);
    }
    /** Marks `length` bytes of room() as written. */
    advance(length) {
        this.fill += length;
    }
    write(buffer) {
        for (let at = 0; at < buffer.length;) {
            const room = this.room();
            const n = buffer.copy(room, 0, at);
            this.advance(n);
            at += n;
        }
    }
    writeZeros(length) {
        for (let left = length; left > 0;) {
            const room = this.room();
            const n = Math.min(left, room.length);
            room.fill(0, 0, n);
            this.advance(n);
            left -= n;
        }
    }
    flush() {
        if (this.fill === 0)
            return;
        const data = this.block.subarray(0, this.fill);
        const zero = this.isZero(data);
        this.hasher.publish(this.fill);
        if (!zero) {
            let done = 0;
            while (done < data.length)
                done += (0,external_node_fs_.writeSync)(this.fd, data, done, data.length - done, this.flushed + done);
        }
        this.flushed += this.fill;
        this.fill = 0;
        this.block = this.hasher.slot();
    }
    /**
     * Copies `length` bytes of a large file: the current block is written out, then each read fills a block of its
     * own that is handed on and written as it is, as many bytes as the read gave.
     */
    copyLarge(fd, length, onData) {
        this.flush();
        for (let left = length; left > 0;) {
            const n = (0,external_node_fs_.readSync)(fd, this.block, 0, Math.min(left, this.block.length), null);
            if (n === 0)
                throw new ShortFileError();
            this.fill = n;
            this.flush();
            left -= n;
            onData(n);
        }
    }
    isZero(data) {
        const step = this.zeros.length;
        for (let at = 0; at < data.length; at += step) {
            const piece = data.subarray(at, at + step);
            if (!piece.equals(piece.length === step ? this.zeros : this.zeros.subarray(0, piece.length)))
                return false;
        }
        return true;
    }
}
const sectors = (bytes) => Math.ceil(bytes / SECTOR);
function planImage(tree, options) {
    const rockRidge = options.rockRidge ?? true;
    const attributes = (entry) => ({
        uid: options.owner?.uid ?? entry.uid,
        gid: options.owner?.gid ?? entry.gid,
        mtime: Math.min(entry.mtime, options.epoch),
    });
    const iso = planHierarchy(tree.root, 'iso', rockRidge ? attributes : undefined);
    const joliet = (options.joliet ?? true) ? planHierarchy(tree.root, 'joliet', undefined) : undefined;
    let lba = SYSTEM_AREA_SECTORS + 1 + (joliet ? 1 : 0) + 1;
    const pathTables = { isoL: lba, isoM: 0, jolietL: 0, jolietM: 0 };
    lba += sectors(iso.pathTableSize);
    pathTables.isoM = lba;
    lba += sectors(iso.pathTableSize);
    if (joliet) {
        pathTables.jolietL = lba;
        lba += sectors(joliet.pathTableSize);
        pathTables.jolietM = lba;
        lba += sectors(joliet.pathTableSize);
    }
    // SUSP §5.1: a continuation area lies within one logical block. The areas of a directory's records are packed
    // into the blocks right after that directory's extent: libarchive reads a CE block only when its read position
    // reaches it as it finishes a directory, so an area anywhere else would be skipped.
    for (const hierarchy of joliet ? [iso, joliet] : [iso])
        for (const dir of hierarchy.directories) {
            dir.lba = lba;
            lba += dir.size / SECTOR;
            dir.areaStart = lba;
            let offset = 0;
            for (const record of [dir.self, dir.dotdot, ...dir.records])
                for (let area = record.continuation; area; area = area.next) {
                    if (offset + area.length > SECTOR) {
                        lba++;
                        offset = 0;
                    }
                    area.lba = lba;
                    area.offset = offset;
                    offset += area.length;
                    dir.areas.push(area);
                }
            if (offset > 0)
                lba++;
            dir.areaSectors = lba - dir.areaStart;
        }
    // Empty files and symlinks point at the first data block with length 0: some readers reject an extent at 0.
    const emptyLba = lba;
    const files = [];
    const fileLba = new Map();
    const visit = (dir) => {
        for (const name of orderedNames(dir)) {
            const child = dir.children.get(name);
            if (child === undefined)
                continue;
            if (child.kind === 'directory')
                visit(child);
            else if (child.kind === 'file' && child.size > 0) {
                files.push({ file: child, lba });
                fileLba.set(child, lba);
                lba += sectors(child.size);
            }
        }
    };
    visit(tree.root);
    if (lba > 0xffffffff)
        throw new Error('the image would exceed 2^32 blocks (8 TiB)');
    return { iso, joliet, files, fileLba, emptyLba, pathTables, totalSectors: lba };
}
function planHierarchy(root, kind, rr) {
    const directories = [];
    const byEntry = new Map();
    const isoKind = kind === 'iso';
    const makeRecord = (identifier, target, name, leading = [], trailing = []) => {
        const idLength = identifierLength(identifier, !isoKind);
        const fixed = 33 + idLength + (idLength % 2 === 0 ? 1 : 0);
        if (!rr)
            return { identifier, target, name: undefined, length: fixed + (fixed % 2) };
        if (name !== undefined && target.kind !== 'symlink' && leading.length === 0 && trailing.length === 0) {
            const usual = PX_LENGTH + TF_LENGTH + nmLength(name);
            if (usual <= 254 - fixed)
                return { identifier, target, name, length: fixed + usual + ((fixed + usual) % 2) };
        }
        const view = rr(target);
        const susp = [
            ...leading,
            pxEntry(target.mode, linkCount(target), view.uid, view.gid),
            tfEntry(view.mtime),
            ...(name === undefined ? [] : nmEntries(name)),
            ...(target.kind === 'symlink' && name !== undefined ? slEntries(target.target) : []),
            ...trailing,
        ];
        const { head, continuation } = packSusp(susp, 254 - fixed);
        const headLength = head.reduce((n, b) => n + b.length, 0) + (continuation ? CE_LENGTH : 0);
        const length = fixed + headLength;
        return {
            identifier,
            target,
            name,
            suspHead: head,
            ...(continuation ? { continuation } : {}),
            length: length + (length % 2),
        };
    };
    const queue = [
        { dir: root, parent: undefined, identifier: SELF_ID },
    ];
    for (let item = queue.shift(); item; item = queue.shift()) {
        const { dir, parent } = item;
        const taken = new Set();
        const named = [];
        for (const name of orderedNames(dir)) {
            const child = dir.children.get(name);
            if (child === undefined || (!isoKind && child.kind === 'symlink'))
                continue; // Joliet has no symlinks
            const id = isoKind ? isoIdentifier(name, child.kind === 'directory', taken) : jolietIdentifier(name, taken);
            named.push({ name, child, id });
        }
        named.sort((a, b) => (isoKind ? compareIsoIdentifiers(a.id, b.id) : compareJolietIdentifiers(a.id, b.id)));
        const encode = (id) => (isoKind ? Buffer.from(id, 'ascii') : ucs2(id));
        const records = [];
        for (const { name, child, id } of named) {
            if (child.kind === 'file' && child.size > MAX_EXTENT) {
                // ECMA-119 §6.5.1 / §9.1.6 bit 7: one record per extent, same identifier, all but the last flagged.
                const count = Math.ceil(child.size / MAX_EXTENT);
                for (let i = 0; i < count; i++)
                    records.push(makeRecord(id, child, name));
            }
            else
                records.push(makeRecord(id, child, name));
        }
        const isRoot = parent === undefined;
        // SUSP §5.3: SP opens the root's "." record; PX and TF follow in the record, where readers such as libarchive
        // expect them, and the long ER (SUSP §5.5) goes last, into the continuation area.
        const self = makeRecord(SELF_ID, dir, undefined, isRoot ? [spEntry()] : [], isRoot ? [erEntry()] : []);
        const dotdot = makeRecord(PARENT_ID, parent?.dir ?? dir, undefined);
        let size = 0;
        for (const record of [self, dotdot, ...records]) {
            // §6.8.1.1: a directory record does not cross a logical sector boundary.
            if ((size % SECTOR) + record.length > SECTOR)
                size += SECTOR - (size % SECTOR);
            size += record.length;
        }
        const planned = {
            dir,
            parent,
            number: directories.length + 1,
            identifier: item.identifier,
            self,
            dotdot,
            records,
            lba: 0,
            size: sectors(size) * SECTOR,
            areas: [],
            areaStart: 0,
            areaSectors: 0,
        };
        if (planned.number > 0xffff)
            throw new Error('more than 65535 directories: the path table cannot number them');
        directories.push(planned);
        byEntry.set(dir, planned);
        for (const { child, id } of named)
            if (child.kind === 'directory')
                queue.push({ dir: child, parent: planned, identifier: encode(id) });
    }
    // §9.4.1: each path table record is 8 bytes + identifier, padded to an even length.
    const pathTableSize = directories.reduce((n, d) => n + 8 + d.identifier.length + (d.identifier.length % 2), 0);
    return { rr, wide: !isoKind, directories, pathTableSize, byEntry };
}
const SELF_ID = Buffer.from([0]);
const PARENT_ID = Buffer.from([1]);
/** A directory's names in order; a tree read from disk is already in order, so this is usually just a check. */
function orderedNames(dir) {
    const names = [...dir.children.keys()];
    for (let i = 1; i < names.length; i++)
        if ((names[i - 1] ?? '') > (names[i] ?? ''))
            return names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return names;
}
/** Bytes of a record identifier: a child's id is ASCII, or UCS-2 (2 bytes a character) when `wide` (Joliet). */
function identifierLength(identifier, wide) {
    return typeof identifier === 'string' ? identifier.length * (wide ? 2 : 1) : identifier.length;
}
function writeIdentifier(buffer, at, identifier, wide) {
    if (typeof identifier !== 'string')
        identifier.copy(buffer, at);
    else if (!wide)
        buffer.write(identifier, at, 'latin1');
    else
        for (let i = 0; i < identifier.length; i++)
            buffer.writeUInt16BE(identifier.charCodeAt(i), at + 2 * i);
}
/** RRIP §4.1.1: a directory's link count is 2 plus its subdirectories, as POSIX file systems report it. */
function linkCount(target) {
    return target.kind === 'directory' ? 2 + subdirectories(target) : 1;
}
function subdirectories(dir) {
    let n = 0;
    for (const child of dir.children.values())
        if (child.kind === 'directory')
            n++;
    return n;
}
/**
 * Fits System Use entries into a record's free space (SUSP §4): what does not fit goes to a continuation area named
 * by a CE entry (SUSP §5.1), chained when one block is not enough.
 */
function packSusp(entries, capacity) {
    const total = entries.reduce((n, b) => n + b.length, 0);
    if (total <= capacity)
        return { head: entries };
    const head = [];
    let used = 0;
    let i = 0;
    for (const entry of entries) {
        if (used + entry.length > capacity - CE_LENGTH)
            break;
        used += entry.length;
        i++;
    }
    head.push(...entries.slice(0, i));
    const rest = packSusp(entries.slice(i), SECTOR);
    const length = rest.head.reduce((n, b) => n + b.length, 0) + (rest.continuation ? CE_LENGTH : 0);
    const area = {
        entries: rest.head,
        length,
        lba: 0,
        offset: 0,
        ...(rest.continuation ? { next: rest.continuation } : {}),
    };
    return { head, continuation: area };
}
function writeMetadata(sink, plan, options) {
    sink.writeZeros(SYSTEM_AREA_SECTORS * SECTOR);
    sink.write(volumeDescriptor(plan, options, 'primary'));
    if (plan.joliet)
        sink.write(volumeDescriptor(plan, options, 'joliet'));
    // §8.3: Volume Descriptor Set Terminator.
    const terminator = Buffer.alloc(SECTOR);
    terminator[0] = 255;
    terminator.write('CD001', 1, 'ascii');
    terminator[6] = 1;
    sink.write(terminator);
    const tables = [
        [plan.iso, true],
        [plan.iso, false],
    ];
    if (plan.joliet)
        tables.push([plan.joliet, true], [plan.joliet, false]);
    for (const [hierarchy, little] of tables)
        sink.write(pathTable(hierarchy, little));
    for (const hierarchy of plan.joliet ? [plan.iso, plan.joliet] : [plan.iso])
        for (const dir of hierarchy.directories) {
            sink.write(directoryExtent(dir, hierarchy, plan, options.epoch));
            if (dir.areaSectors === 0)
                continue;
            const blocks = Buffer.alloc(dir.areaSectors * SECTOR);
            for (const area of dir.areas) {
                let at = (area.lba - dir.areaStart) * SECTOR + area.offset;
                for (const entry of area.entries)
                    at += entry.copy(blocks, at);
                if (area.next)
                    ceEntry(area.next.lba, area.next.offset, area.next.length).copy(blocks, at);
            }
            sink.write(blocks);
        }
    if (sink.position !== plan.emptyLba * SECTOR)
        throw new Error('layout error: metadata size differs from the plan');
}
/** §8.4 (primary) and §8.5 with the Joliet escape sequence %/E, UCS-2 level 3 (supplementary). */
function volumeDescriptor(plan, options, kind) {
    const joliet = kind === 'joliet';
    const hierarchy = joliet && plan.joliet ? plan.joliet : plan.iso;
    const d = Buffer.alloc(SECTOR);
    d[0] = joliet ? 2 : 1;
    d.write('CD001', 1, 'ascii');
    d[6] = 1;
    const text = (offset, length, value, upper = true) => joliet ? paddedUcs2(d, offset, length, value) : padded(d, offset, length, upper ? value.toUpperCase() : value);
    text(8, 32, '');
    text(40, 32, options.volumeId);
    both32(d, 80, plan.totalSectors);
    if (joliet)
        d.write('%/E', 88, 'ascii');
    both16(d, 120, 1);
    both16(d, 124, 1);
    both16(d, 128, SECTOR);
    both32(d, 132, hierarchy.pathTableSize);
    d.writeUInt32LE(joliet ? plan.pathTables.jolietL : plan.pathTables.isoL, 140);
    d.writeUInt32BE(joliet ? plan.pathTables.jolietM : plan.pathTables.isoM, 148);
    // §8.4.18: the root directory record, 34 bytes, identifier 0x00.
    const root = required(hierarchy.directories[0], 'root directory');
    writeRecordFixed(d, 156, 34, 1, root.lba, root.size, 0x02, Math.min(root.dir.mtime, options.epoch));
    d[156 + 33] = 0;
    text(190, 128, options.volumeSetId ?? '');
    text(318, 128, options.publisherId ?? '');
    text(446, 128, options.preparerId ?? '');
    text(574, 128, options.applicationId ?? '');
    text(702, 37, '');
    text(739, 37, '');
    text(776, 37, '');
    volumeDate(d, 813, options.epoch);
    volumeDate(d, 830, options.epoch);
    volumeDate(d, 847, undefined);
    volumeDate(d, 864, options.epoch);
    d[881] = 1;
    return d;
}
function pathTable(hierarchy, little) {
    const table = Buffer.alloc(sectors(hierarchy.pathTableSize) * SECTOR);
    let at = 0;
    for (const dir of hierarchy.directories) {
        table[at] = dir.identifier.length;
        table[at + 1] = 0;
        if (little) {
            table.writeUInt32LE(dir.lba, at + 2);
            table.writeUInt16LE(dir.parent?.number ?? 1, at + 6);
        }
        else {
            table.writeUInt32BE(dir.lba, at + 2);
            table.writeUInt16BE(dir.parent?.number ?? 1, at + 6);
        }
        dir.identifier.copy(table, at + 8);
        at += 8 + dir.identifier.length + (dir.identifier.length % 2);
    }
    return table;
}
function directoryExtent(dir, hierarchy, plan, epoch) {
    const extent = Buffer.alloc(dir.size);
    let at = 0;
    const parent = dir.parent ?? dir;
    let extentIndex = 0;
    let previous;
    const all = [dir.self, dir.dotdot, ...dir.records];
    all.forEach((record, index) => {
        if ((at % SECTOR) + record.length > SECTOR)
            at += SECTOR - (at % SECTOR);
        const target = record.target;
        extentIndex = target === previous && index >= 2 ? extentIndex + 1 : 0;
        previous = target;
        let lba;
        let size;
        let flags = 0;
        if (index === 0) {
            lba = dir.lba;
            size = dir.size;
            flags = 0x02;
        }
        else if (index === 1) {
            lba = parent.lba;
            size = parent.size;
            flags = 0x02;
        }
        else if (target.kind === 'directory') {
            const child = required(hierarchy.byEntry.get(target), 'directory');
            lba = child.lba;
            size = child.size;
            flags = 0x02;
        }
        else if (target.kind === 'file' && target.size > 0) {
            const start = required(plan.fileLba.get(target), 'file');
            const extents = Math.ceil(target.size / MAX_EXTENT);
            lba = start + (extentIndex * MAX_EXTENT) / SECTOR;
            size = extentIndex < extents - 1 ? MAX_EXTENT : target.size - extentIndex * MAX_EXTENT;
            if (extentIndex < extents - 1)
                flags = 0x80; // §9.1.6 bit 7: not the final record of the file
        }
        else {
            lba = plan.emptyLba;
            size = 0;
        }
        const mtime = index === 1 ? parent.dir.mtime : target.mtime;
        const idLength = identifierLength(record.identifier, hierarchy.wide);
        writeRecordFixed(extent, at, record.length, idLength, lba, size, flags, Math.min(mtime, epoch));
        writeIdentifier(extent, at + 33, record.identifier, hierarchy.wide);
        let su = at + 33 + idLength + (idLength % 2 === 0 ? 1 : 0);
        if (record.suspHead)
            for (const entry of record.suspHead)
                su += entry.copy(extent, su);
        else if (hierarchy.rr && record.name !== undefined) {
            const view = hierarchy.rr(target);
            su = writePx(extent, su, target.mode, linkCount(target), view.uid, view.gid);
            su = writeTf(extent, su, view.mtime);
            su = writeNm(extent, su, record.name);
        }
        if (record.continuation) {
            const c = record.continuation;
            ceEntry(c.lba, c.offset, c.length).copy(extent, su);
        }
        at += record.length;
    });
    return extent;
}
function required(value, what) {
    if (value === undefined)
        throw new Error(`layout error: a ${what} was not planned`);
    return value;
}
/** §9.1: the fixed part of a directory record (the identifier's bytes are written by the caller). */
function writeRecordFixed(buffer, at, length, identifierLength, lba, size, flags, mtime) {
    buffer[at] = length;
    buffer[at + 1] = 0;
    both32(buffer, at + 2, lba);
    both32(buffer, at + 10, size);
    recordDate(buffer, at + 18, mtime);
    buffer[at + 25] = flags;
    buffer[at + 26] = 0;
    buffer[at + 27] = 0;
    both16(buffer, at + 28, 1);
    buffer[at + 32] = identifierLength;
}
class ShortFileError extends Error {
}
/** Files of at least this size are copied block by block on their own, not packed with others. */
const LARGE_FILE = 256 * 1024;
/**
 * File data, read straight into the output block: three system calls per file (open, read, close) for the small
 * files of a provisioning tree, reads of up to a block for large ones. The last read asks for one byte more than
 * the file should have, so a file that grew (or shrank) while the image was written is caught without an fstat.
 */
async function copyFileData(sink, plan, options) {
    const total = plan.files.reduce((n, f) => n + f.file.size, 0);
    const interval = options.progressIntervalMs ?? 1000;
    const probe = Buffer.allocUnsafe(1);
    let written = 0;
    let lastReport = Date.now();
    let lastYield = 0;
    for (const { file, lba } of plan.files) {
        if (sink.position !== lba * SECTOR)
            throw new Error(`layout error at ${showName(file.source)}`);
        const fd = (0,external_node_fs_.openSync)(fsPath(file.source), 'r');
        try {
            let left = file.size;
            let probed = false;
            const onData = (n) => {
                written += n;
                if (options.onProgress && Date.now() - lastReport >= interval) {
                    lastReport = Date.now();
                    options.onProgress(written, total);
                }
            };
            if (file.size >= LARGE_FILE) {
                try {
                    sink.copyLarge(fd, file.size, onData);
                }
                catch (error) {
                    if (error instanceof ShortFileError)
                        throw new Error(`${showName(file.source)} became shorter while the image was written`);
                    throw error;
                }
                left = 0;
            }
            while (left > 0) {
                const room = sink.room();
                // When the rest fits, ask for one byte more: getting it means the file grew.
                const probing = left < room.length;
                const want = probing ? left + 1 : Math.min(left, room.length);
                const n = (0,external_node_fs_.readSync)(fd, room, 0, want, null);
                if (n === 0)
                    throw new Error(`${showName(file.source)} became shorter while the image was written`);
                if (n > left)
                    throw new Error(`${showName(file.source)} grew while the image was written`);
                sink.advance(n);
                left -= n;
                probed = probing && left === 0 && n < want;
                onData(n);
            }
            if (!probed && (0,external_node_fs_.readSync)(fd, probe, 0, 1, null) !== 0)
                throw new Error(`${showName(file.source)} grew while the image was written`);
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
        const pad = (SECTOR - (file.size % SECTOR)) % SECTOR;
        if (pad > 0)
            sink.writeZeros(pad);
        // Let timers and I/O callbacks run now and then.
        if (written - lastYield >= 64 * 1024 * 1024) {
            lastYield = written;
            await new Promise((resolve) => setImmediate(resolve));
        }
    }
    options.onProgress?.(written, total);
}

;// CONCATENATED MODULE: ./packages/iso9660/src/index.ts






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

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

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
/******/ var __webpack_exports__ = __nccwpck_require__(51876);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
