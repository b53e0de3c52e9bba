import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 4040:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _slipway_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(513);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7596);


await (0,_slipway_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .Cs)(_main_js__WEBPACK_IMPORTED_MODULE_1__/* .main */ .i);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 7596:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// UNUSED EXPORTS: summaryOf

// EXTERNAL MODULE: ./packages/action-kit/src/index.ts + 12 modules
var src = __nccwpck_require__(513);
;// CONCATENATED MODULE: ./actions/packer-matrix/src/filter.ts

const OS_FILTER_EXPECTED = 'all, changed, or a comma list of OS names as people type them: any case, a unique prefix (rocky), <os>-<version> (ubuntu-22.04) or globs (alma*)';
/** `all`, `changed`, or a comma list of OS names, prefixes, `<os>-<version>` forms and globs; any case. */
function parseOsFilter(value) {
    const trimmed = value.trim();
    const lower = trimmed.toLowerCase();
    if (trimmed === '' || lower === 'all')
        return { kind: 'all' };
    if (lower === 'changed')
        return { kind: 'changed' };
    const patterns = trimmed
        .split(',')
        .map((p) => p.trim())
        .filter((p) => p !== '');
    if (patterns.length === 0)
        throw new src/* InputError */.dz('os-filter', value, OS_FILTER_EXPECTED);
    for (const pattern of patterns) {
        const word = pattern.toLowerCase();
        if (!/^[A-Za-z0-9._*?-]+$/.test(pattern) || word === 'all' || word === 'changed') {
            throw new src/* InputError */.dz('os-filter', value, OS_FILTER_EXPECTED);
        }
    }
    return { kind: 'names', patterns };
}
/**
 * Reads one os-filter word against the entries, case-insensitively, in this order: a glob over OS names and
 * `<os>-<version>`; an OS name; an `<os>-<version>`; a unique prefix of an OS name (`rocky`); a unique OS prefix
 * with a version (`rocky-9`). A prefix of several OS names, or a word that matches nothing, is an error that names
 * the candidates.
 */
function chooseOs(pattern, all, rawOsFilter) {
    const word = pattern.toLowerCase();
    const osOf = (e) => e.os.toLowerCase();
    const keyOf = (e) => `${osOf(e)}-${e.version.toLowerCase()}`;
    const knownOs = [...new Set(all.map((e) => e.os))].sort();
    const chosen = (reading, entries) => ({ pattern, reading, entries });
    if (/[*?]/.test(word)) {
        const re = globToRegExp(word);
        const entries = all.filter((e) => re.test(osOf(e)) || re.test(keyOf(e)));
        if (entries.length > 0)
            return chosen(`${pattern} (glob)`, entries);
    }
    else {
        const byName = all.filter((e) => osOf(e) === word);
        if (byName.length > 0)
            return chosen(pattern, byName);
        const byKey = all.filter((e) => keyOf(e) === word);
        if (byKey.length > 0)
            return chosen(pattern, byKey);
        const prefixed = knownOs.filter((os) => os.toLowerCase().startsWith(word));
        if (prefixed.length > 1) {
            throw new src/* InputError */.dz('os-filter', rawOsFilter, `one OS per name, but ${pattern} is a prefix of ${prefixed.join(', ')}: write more of the name`);
        }
        const [only] = prefixed;
        if (only !== undefined)
            return chosen(`${pattern} → ${only}`, all.filter((e) => e.os === only));
        // `rocky-9`: a unique OS prefix, then the version.
        for (let dash = word.indexOf('-'); dash > 0; dash = word.indexOf('-', dash + 1)) {
            const osPart = word.slice(0, dash);
            const versionPart = word.slice(dash + 1);
            const candidates = knownOs.filter((os) => os.toLowerCase().startsWith(osPart));
            const [os] = candidates;
            if (candidates.length !== 1 || os === undefined)
                continue;
            const entries = all.filter((e) => e.os === os && e.version.toLowerCase() === versionPart);
            if (entries.length > 0)
                return chosen(`${pattern} → ${os}-${entries[0]?.version ?? ''}`, entries);
        }
    }
    const versions = [...new Set(all.map((e) => `${e.os}-${e.version}`))].sort();
    throw new src/* InputError */.dz('os-filter', rawOsFilter, `OS names from the templates: ${knownOs.join(', ') || '(none found)'}, or <os>-<version>: ${versions.join(', ') || '(none)'} (${pattern} matches none)`);
}
/**
 * A glob as a RegExp. `*` and `?` stay within one path segment; `**` spans segments (`packer_templates/**`), and
 * a trailing `/**` also matches the folder's own path.
 */
function globToRegExp(glob) {
    let out = '';
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i] ?? '';
        if (c === '/' && glob.slice(i) === '/**') {
            out += '(?:/.*)?';
            break;
        }
        if (c === '*' && glob[i + 1] === '*') {
            const slash = glob[i + 2] === '/';
            out += slash ? '(?:.*/)?' : '.*';
            i += slash ? 2 : 1;
        }
        else if (c === '*')
            out += '[^/]*';
        else if (c === '?')
            out += '[^/]';
        else
            out += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${out}$`);
}
/**
 * Applies the OS, architecture and exclude filters. An OS or architecture that matches nothing known is a mistake
 * (a typo would otherwise build nothing, green): the error lists what is known.
 */
function applyFilters(all, filters, rawOsFilter, rawArch) {
    const reasons = [];
    let entries = all;
    if (filters.os.kind === 'names') {
        const choices = filters.os.patterns.map((p) => chooseOs(p, all, rawOsFilter));
        const kept = new Set(choices.flatMap((c) => c.entries));
        entries = entries.filter((e) => kept.has(e));
        const readings = choices.map((c) => `${c.reading}: ${listed(c.entries.map((e) => e.artifact_name))}`);
        reasons.push(`os-filter ${readings.join('; ')} kept ${entries.length} of ${all.length}`);
    }
    if (filters.arch.length > 0) {
        const knownArch = [...new Set(all.map((e) => e.arch))].sort();
        for (const arch of filters.arch) {
            if (!knownArch.includes(arch))
                throw new src/* InputError */.dz('arch', rawArch, `architectures from the templates: ${knownArch.join(', ')}`);
        }
        const before = entries.length;
        entries = entries.filter((e) => filters.arch.includes(e.arch));
        reasons.push(`arch ${filters.arch.join(',')} kept ${entries.length} of ${before}`);
    }
    if (filters.exclude.length > 0) {
        const regexps = filters.exclude.map(globToRegExp);
        const before = entries.length;
        entries = entries.filter((e) => !regexps.some((re) => [e.os, `${e.os}-${e.version}`, e.artifact_name, e.var_file].some((name) => re.test(name))));
        reasons.push(`exclude ${filters.exclude.join(',')} removed ${before - entries.length}`);
    }
    return { entries, reasons };
}
/** A list for one line of the summary: the first eight, then how many more. */
function listed(names) {
    return names.length <= 8 ? names.join(', ') : `${names.slice(0, 8).join(', ')} and ${names.length - 8} more`;
}

;// CONCATENATED MODULE: ./actions/packer-matrix/src/inputs.ts


function getInputs(ctx, read = (0,src/* inputReader */.cN)(ctx.env)) {
    const rawOsFilter = read.string('os-filter', { default: 'all' });
    const rawArch = read.string('arch');
    const arch = read.list('arch', { comma: true });
    for (const a of arch) {
        if (!/^[A-Za-z0-9_-]+$/.test(a))
            throw new src/* InputError */.dz('arch', rawArch, 'a comma list of architectures such as x86_64,aarch64');
    }
    const exclude = read.list('exclude', { comma: true });
    for (const e of exclude) {
        if (!/^[A-Za-z0-9._*?/-]+$/.test(e))
            throw new src/* InputError */.dz('exclude', e, 'OS names, <os>-<version>, artifact names or globs of them');
    }
    const base = read.optional('base');
    const head = read.optional('head');
    if ((base === undefined) !== (head === undefined)) {
        throw new src/* InputError */.dz(base === undefined ? 'base' : 'head', '', 'base and head together (or neither, to take them from the event)');
    }
    const inputs = {
        root: read.path('path', { default: '.', mustExist: true }),
        templates: parseTemplates(read.list('templates')),
        osFilter: parseOsFilter(rawOsFilter),
        rawOsFilter,
        arch,
        rawArch,
        exclude,
        sharedPaths: read.list('shared-paths', { comma: true }),
        workspace: read.workspace,
    };
    if (base !== undefined && head !== undefined) {
        inputs.base = base;
        inputs.head = head;
    }
    return inputs;
}
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const CONTROL = /[\u0000-\u001f\u007f]/;
/**
 * `templates` lines: `template[=var-file]` with a template path on the left and, after one `=`, a var file; or a
 * single `*.yml`/`*.yaml`/`*.json` file. An empty side, a second `=`, or a var file that is not `*.pkrvars.hcl` is
 * refused here, naming the input, before any file is read.
 */
function parseTemplates(lines) {
    for (const line of lines) {
        const parts = line.split('=').map((part) => part.trim());
        const [template = '', varFile] = parts;
        const problem = parts.length > 2
            ? 'one = between the template and its var file'
            : template === ''
                ? 'a template path before the ='
                : varFile === ''
                    ? 'a var file after the ='
                    : varFile !== undefined && !varFile.endsWith('.pkrvars.hcl')
                        ? 'a *.pkrvars.hcl var file after the ='
                        : CONTROL.test(line)
                            ? 'no control characters'
                            : undefined;
        if (problem) {
            throw new src/* InputError */.dz('templates', line, `template[=var-file] lines (a *.pkr.hcl file or a folder of them, then a *.pkrvars.hcl), or one YAML file; this line needs ${problem}`);
        }
    }
    return lines;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
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

;// CONCATENATED MODULE: ./actions/packer-matrix/src/changed.ts


/** The commits an event compares: a pull request's base and head, a push's before and after. */
function changeRangeOf(event, payload) {
    const pr = payload.pull_request;
    if ((event === 'pull_request' || event === 'pull_request_target') &&
        typeof pr?.base?.sha === 'string' &&
        typeof pr.head?.sha === 'string') {
        return { base: pr.base.sha, head: pr.head.sha };
    }
    const before = payload.before;
    const after = payload.after;
    // A new branch's push has before = 0000…: there is nothing to compare with.
    if (event === 'push' && typeof before === 'string' && typeof after === 'string' && !/^0+$/.test(before)) {
        return { base: before, head: after };
    }
    return undefined;
}
/**
 * Entries whose files changed between base and head: a change under the template's directory or to the var file
 * selects it; a change to a shared path (a common script, the http/ answer files) selects all.
 */
async function selectChanged(entries, git, range, sharedPaths, workspace) {
    for (const revision of [range.base, range.head]) {
        if ((await git.resolve(revision)) === undefined) {
            throw new Error(`commit ${revision} is not in this clone, so the changed templates cannot be found: check out with fetch-depth: 0 (or enough depth to reach it)`);
        }
    }
    // Three-dot semantics: what head changed since it forked from base, not what base gained meanwhile.
    const mergeBase = (await git.tryRun(['merge-base', range.base, range.head])) ?? range.base;
    const top = await git.run(['rev-parse', '--show-toplevel']);
    const changedFiles = (await git.changedFiles(mergeBase, range.head)).map((f) => external_node_path_default().relative(workspace, external_node_path_default().join(top, f)).split((external_node_path_default()).sep).join('/'));
    const shared = sharedPaths.map(globToRegExp);
    const sharedChanges = changedFiles.filter((f) => shared.some((re) => re.test(f)));
    if (sharedChanges.length > 0)
        return { entries, changedFiles, sharedChanges };
    const selected = entries.filter((e) => changedFiles.some((f) => f === e.var_file || e.template === '.' || f === e.template || f.startsWith(`${e.template}/`)));
    return { entries: selected, changedFiles, sharedChanges };
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
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
function checksum_findInChecksumFile(text, fileName, algorithm) {
    const base = path.posix.basename(fileName);
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            continue;
        const bsd = /^(SHA256|SHA512|SHA1|MD5)\s*\((.+)\)\s*=\s*([0-9a-fA-F]+)$/i.exec(line);
        if (bsd) {
            const [, tag = '', name = '', digest = ''] = bsd;
            const a = asAlgorithm(tag);
            if (a && path.posix.basename(name) === base && (!algorithm || algorithm === a))
                return { algorithm: a, hex: digest.toLowerCase() };
            continue;
        }
        const gnu = /^([0-9a-fA-F]+)\s+\*?(.+)$/.exec(line);
        const [, digest = '', name = ''] = gnu ?? [];
        if (gnu && path.posix.basename(name.replace(/^\.\//, '')) === base) {
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
class checksum_ChecksumMismatchError extends Error {
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
function checksum_cacheKeyOf(digest) {
    return `iso-${digest.algorithm}-${digest.hex}`;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: ./packages/http/src/errors.ts
var errors = __nccwpck_require__(1275);
;// CONCATENATED MODULE: ./packages/http/src/client.ts





function isFileBody(body) {
    return typeof body === 'object' && 'file' in body;
}
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** Request bodies are written in slices this size, so a slow upload keeps the stall watch alive as it drains. */
const WRITE_SLICE = (/* unused pure expression or super */ null && (256 * 1024));
/** File bodies are read in slices this size: few reads per MiB, and at most this much is read ahead of the socket. */
const FILE_SLICE = (/* unused pure expression or super */ null && (1024 * 1024));
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
        this.logger = options.logger ?? silentLogger;
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
                throw new HttpPolicyError(`${what}: unsupported URL scheme ${url.protocol}`);
            if (credential && isDowngrade(credential, url))
                throw new HttpPolicyError(`${what}: ${hop > 0 ? 'redirected to' : 'asked to send to'} ${redactUrl(url)}, plain http for credentials given over https (a downgrade): refused`);
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
                throw new HttpPolicyError(`${what}: more than ${this.maxRedirects} redirects`);
            const next = new URL(location, url);
            if (url.protocol === 'https:' && next.protocol === 'http:')
                throw new HttpPolicyError(`${what}: redirected to ${redactUrl(next)}, a downgrade from https to plain http: refused`);
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
        const proxy = proxyFor(url, this.env);
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
            options.headers = { ...headers, host: url.host, ...proxyAuthorization(proxy) };
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
                    reject(describeFailure(what, error));
                }
            };
            const stall = setTimeout(() => {
                const seconds = `${Number((stallMs / 1000).toFixed(1))} s`;
                const message = phase === 'connect'
                    ? `${what}: no connection after ${seconds}${proxy ? ` (through the proxy ${proxy.host})` : ''} (stalled)`
                    : phase === 'response'
                        ? `${what}: no response for ${seconds} (stalled)`
                        : `${what}: the body stalled, no bytes for ${seconds} after ${received} bytes (stalled)`;
                const error = new StallError(message);
                if (response)
                    response.destroy(error);
                else
                    req.destroy(error);
            }, stallMs);
            const total = deadline === undefined
                ? undefined
                : setTimeout(() => {
                    const error = new HttpTimeoutError(`${what}: not done within ${Number(((request.timeoutMs ?? 0) / 1000).toFixed(1))} s (the request's total time limit)`);
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
                const { createTunnelAgent } = await __nccwpck_require__.e(/* import() */ 724).then(__nccwpck_require__.bind(__nccwpck_require__, 4724));
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
    const handle = await open(body.file, 'r');
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
            throw describeFailure(what, error);
        }
        if (!res.complete)
            throw describeFailure(what, Object.assign(new Error('aborted'), { code: 'ECONNRESET' }));
    };
    const consume = (onChunk) => {
        if (consumed)
            return Promise.reject(new Error(`${what}: the body was read already`));
        consumed = true;
        if (direct !== undefined)
            return direct.consume(onChunk, { touch, count, describe: (error) => describeFailure(what, error) });
        return new Promise((resolve, reject) => {
            let failed = false;
            // A network failure is named after the request; an error of the callback (a full disk) goes on as it is.
            const fail = (error, ofCallback = false) => {
                if (failed)
                    return;
                failed = true;
                res.destroy();
                reject(ofCallback ? (error instanceof Error ? error : new Error(String(error))) : describeFailure(what, error));
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
async function send_sendBuffered(client, request, options = {}) {
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







;// CONCATENATED MODULE: ./packages/download/src/download.ts







const UNKNOWN_LENGTH_STEP = (/* unused pure expression or super */ null && (64 * 1024 * 1024));
/** Bytes gathered before a write: few, large writes (one per network chunk halves the throughput). */
const WRITE_SIZE = (/* unused pure expression or super */ null && (4 * 1024 * 1024));
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
async function download_downloadFile(options) {
    const { url, dest, logger } = options;
    const partial = `${dest}.part`;
    await mkdir(path.dirname(dest), { recursive: true });
    const shown = redactUrl(url);
    const state = { bytesTransferred: 0, attempts: 0, resumed: false, hex: undefined };
    await retry(async () => {
        state.attempts++;
        const fetched = await fetchAttempt(options, partial, shown, state);
        state.hex = fetched;
    }, {
        attempts: options.attempts ?? 5,
        ...options.retry,
        shouldRetry: (error) => error instanceof RetryableError || isTransientNetworkError(error),
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
    const reading = readAnswer(response.status, response.header, plan.offset, isRetryableStatus);
    const algorithm = options.digest?.algorithm;
    switch (reading.action) {
        case 'complete':
            response.cancel();
            return algorithm ? download_digestFile(partial, algorithm) : undefined;
        case 'restart':
            response.cancel();
            await rm(partial, { force: true });
            throw new RetryableError(`GET ${shown}: ${reading.reason}`);
        case 'retry':
            response.cancel();
            throw new RetryableError(`GET ${shown}: HTTP ${response.status} ${response.statusText}`.trimEnd(), parseRetryAfter(response.header('retry-after')));
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
    const hash = algorithm ? createHash(algorithm) : undefined;
    // A resumed file's digest covers the bytes already there: they are read back once, then the body is hashed as it
    // arrives, so the whole file is never read again after the download.
    if (hash && offset > 0)
        await hashFile(partial, hash, offset);
    const progress = progressReporter(logger, shown, offset, reading.expectedTotal, options.progressStep ?? 0.1);
    const file = await open(partial, offset > 0 ? 'r+' : 'w');
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
        throw new RetryableError(`GET ${shown}: got ${size} of ${reading.expectedTotal} bytes`);
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
    await rm(partial, { force: true });
    throw new ChecksumMismatchError(shown, expected, actual);
}
/** Phase 4: the verified file moves into place; its stamp is written after, so a stamp never outlives its file. */
async function commit(partial, dest, stampDigest) {
    await rm(download_stampPath(dest), { force: true });
    await rename(partial, dest);
    if (stampDigest)
        await download_writeStamp(dest, stampDigest);
}
/** Where a cached file's stamp lives: beside it, in the same cache folder (saved and restored with it). */
function download_stampPath(file) {
    return `${file}.stamp.json`;
}
async function download_writeStamp(file, digest) {
    await writeFile(download_stampPath(file), `${JSON.stringify(stampFor(await factsOf(file), digest))}\n`);
}
/**
 * Whether the file's stamp still vouches for `digest`: same size, modification time (ns) and inode as when it was
 * verified. A stat and a small read, instead of hashing the whole file.
 */
async function download_trustedByStamp(file, digest) {
    let stamp;
    try {
        stamp = JSON.parse(await readFile(download_stampPath(file), 'utf8'));
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
    const facts = await stat(file, { bigint: true });
    return { size: Number(facts.size), mtimeNs: facts.mtimeNs, ino: Number(facts.ino) };
}
/** The digest of a file, read in large blocks (an ISO does not fit in memory). */
async function download_digestFile(file, algorithm) {
    const hash = createHash(algorithm);
    await hashFile(file, hash);
    return hash.digest('hex');
}
async function hashFile(file, hash, length = Infinity) {
    const handle = await open(file, 'r');
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
async function download_fetchText(http, url, logger, attempts = 5, retryOptions = {}) {
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
        return (await stat(file)).size;
    }
    catch {
        return 0;
    }
}
/** A URL without its user info or query string, which may hold credentials or signed tokens. */
const download_redact = (/* unused pure expression or super */ null && (redactUrl));
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

;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
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
        : await readFile(source.startsWith('file://') ? fileURLToPath(source) : source, 'utf8');
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
        const local = url.startsWith('file://') ? fileURLToPath(url) : path.resolve(url);
        if (digest)
            await verify(local, digest, url, false);
        const { size } = await stat(local);
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
    const folder = path.join(request.cacheDir, cacheKey);
    const file = path.join(folder, fileNameOf(url));
    if (digest && existsSync(file)) {
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
        if (restored && existsSync(file) && (await verify(file, digest, file, true, logger))) {
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
        const size = (await stat(file)).size;
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
    await rm(file, { force: true });
    await rm(stampPath(file), { force: true });
    return false;
}
function fileNameOf(url) {
    try {
        return path.posix.basename(new URL(url).pathname) || 'download.iso';
    }
    catch {
        return path.basename(url);
    }
}
function iso_messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}

;// CONCATENATED MODULE: ./packages/download/src/index.ts





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



;// CONCATENATED MODULE: ./actions/packer-matrix/src/discover.ts






const SKIPPED_DIRS = new Set(['.git', 'node_modules']);
/** Every `*.pkr.hcl` directory and `*.pkrvars.hcl` file under `root`, sorted, as absolute paths. */
function scanTree(root) {
    const templateDirs = [];
    const varFiles = [];
    const files = new Map();
    const walk = (dir) => {
        const entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
        const own = [];
        for (const entry of entries) {
            const full = external_node_path_default().join(dir, entry.name);
            if (entry.isDirectory()) {
                if (!SKIPPED_DIRS.has(entry.name))
                    walk(full);
            }
            else if (entry.name.endsWith('.pkrvars.hcl'))
                varFiles.push(full);
            else if (entry.name.endsWith('.pkr.hcl'))
                own.push(full);
        }
        if (own.length > 0) {
            templateDirs.push(dir);
            files.set(dir, own);
        }
    };
    walk(root);
    return { templateDirs: templateDirs.sort(), varFiles: varFiles.sort(), files };
}
/**
 * Pairs each var file with its template: the template directory that holds it or is its nearest ancestor, else the
 * only template directory of the tree (the `packer_templates/` + `os_pkrvars/<os>/` layout). A template directory
 * without any var file stands alone, on its variables' defaults.
 */
function pairTemplates(root, workspace) {
    const { templateDirs, varFiles, files } = scanTree(root);
    const refs = [];
    const used = new Set();
    for (const varFile of varFiles) {
        const ancestors = templateDirs.filter((dir) => varFile.startsWith(dir + (external_node_path_default()).sep));
        const nearest = ancestors.sort((a, b) => b.length - a.length)[0];
        const template = nearest ?? (templateDirs.length === 1 ? templateDirs[0] : undefined);
        if (template === undefined) {
            const shown = templateDirs.map((d) => rel(workspace, d)).join(', ') || 'none';
            throw new src/* ConfigError */.xL(`cannot tell which template this var file is for (template directories: ${shown}); put it under its template's directory or list the pairs in the templates input`, { file: rel(workspace, varFile) });
        }
        used.add(template);
        refs.push({ template, varFile, files: files.get(template) ?? [] });
    }
    for (const dir of templateDirs)
        if (!used.has(dir))
            refs.push({ template: dir, files: files.get(dir) ?? [] });
    return refs;
}
/**
 * The `templates` input: one `template[=var-file]` a line, or the path of a YAML file holding a list of
 * `{template, var_file}` (at the top or under `templates:`). Paths are relative to `root`.
 */
async function explicitTemplates(lines, root, workspace) {
    const only = lines[0];
    if (lines.length === 1 && only !== undefined && /\.(ya?ml|json)$/.test(only) && !only.includes('=')) {
        const file = existingFile(only, external_node_path_default().resolve(root, only), workspace, 'templates file');
        const shown = rel(workspace, file);
        let document;
        // Loaded only for a templates file: most runs never need a YAML parser at start-up.
        const { parse: parseYaml } = await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19));
        try {
            document = parseYaml((0,external_node_fs_.readFileSync)(file, 'utf8'));
        }
        catch (error) {
            throw new src/* ConfigError */.xL(`cannot read the templates file: ${error instanceof Error ? error.message : String(error)}`, {
                file: shown,
            });
        }
        const list = Array.isArray(document) ? document : document?.templates;
        if (!Array.isArray(list))
            throw new src/* ConfigError */.xL('expected a list of {template, var_file}, or templates: [...]', { file: shown });
        return list.map((item, index) => {
            const entry = item;
            if (typeof entry?.template !== 'string' || (entry.var_file !== undefined && typeof entry.var_file !== 'string')) {
                throw new src/* ConfigError */.xL(`item ${index + 1}: expected template: <path> and an optional var_file: <path>`, {
                    file: shown,
                });
            }
            const ref = { template: external_node_path_default().resolve(root, entry.template) };
            if (typeof entry.var_file === 'string')
                ref.varFile = external_node_path_default().resolve(root, entry.var_file);
            return ref;
        });
    }
    return lines.map((line) => {
        const [template = '', varFile] = line.split('=', 2).map((part) => part.trim());
        const ref = { template: templatePath(line, external_node_path_default().resolve(root, template), workspace) };
        if (varFile)
            ref.varFile = existingFile(line, external_node_path_default().resolve(root, varFile), workspace, 'var file');
        return ref;
    });
}
const TEMPLATES_EXPECTED = 'template[=var-file] lines of paths relative to the path input';
/** A `templates` line's template: a `*.pkr.hcl` file, or a folder holding some, inside the workspace. */
function templatePath(line, file, workspace) {
    const shown = rel(workspace, file);
    if (!(0,src/* isInside */.FK)(workspace, file))
        throw new src/* InputError */.dz('templates', line, `${TEMPLATES_EXPECTED}, inside the workspace (${shown} is not)`);
    let stats;
    try {
        stats = (0,external_node_fs_.statSync)(file);
    }
    catch {
        throw new src/* InputError */.dz('templates', line, `${TEMPLATES_EXPECTED}; the template ${shown} does not exist`);
    }
    if (stats.isDirectory()) {
        if (!(0,external_node_fs_.readdirSync)(file).some((name) => name.endsWith('.pkr.hcl')))
            throw new src/* InputError */.dz('templates', line, `${TEMPLATES_EXPECTED}; the folder ${shown} holds no *.pkr.hcl file`);
    }
    else if (!file.endsWith('.pkr.hcl'))
        throw new src/* InputError */.dz('templates', line, `${TEMPLATES_EXPECTED}; ${shown} is not a *.pkr.hcl file or a folder`);
    return file;
}
function existingFile(line, file, workspace, what) {
    const shown = rel(workspace, file);
    if (!(0,src/* isInside */.FK)(workspace, file))
        throw new src/* InputError */.dz('templates', line, `${TEMPLATES_EXPECTED}, inside the workspace (${shown} is not)`);
    if (!(0,external_node_fs_.existsSync)(file) || !(0,external_node_fs_.statSync)(file).isFile())
        throw new src/* InputError */.dz('templates', line, `${TEMPLATES_EXPECTED}; the ${what} ${shown} does not exist`);
    return file;
}
/** Reads one template (cached: many var files share one template directory) and its var file into an entry. */
function readEntry(ref, workspace, templates) {
    const show = (file) => rel(workspace, file);
    let template = templates.get(ref.template);
    if (!template) {
        template = readTemplate(ref.template, show, ref.files);
        templates.set(ref.template, template);
    }
    const varFile = ref.varFile ? readVarFile(ref.varFile, show(ref.varFile)) : undefined;
    const where = { file: show(ref.varFile ?? ref.template) };
    const value = (name) => scalarText(variableValue(name, template, varFile));
    const lineOf = (name) => varFile?.get(name)?.line;
    const os = value('os_name');
    // A template directory on its own, with no os_name default, is a building block rather than a leg.
    if (os === undefined && ref.varFile === undefined)
        return undefined;
    const required = (name) => {
        const found = value(name);
        if (found === undefined || found === '') {
            throw new src/* ConfigError */.xL(`${name} is not set: give it in the var file or as the default of variable "${name}"`, where);
        }
        return found;
    };
    const iso_url = value('iso_url') ?? '';
    const iso_checksum = value('iso_checksum') ?? '';
    let iso_cache_key = '';
    if (iso_checksum !== '') {
        const spec = parseChecksumSpec(iso_checksum);
        if ('error' in spec) {
            const line = lineOf('iso_checksum');
            throw new src/* ConfigError */.xL(`iso_checksum ${JSON.stringify(iso_checksum)} is not valid: expected ${spec.error}`, line ? { ...where, line } : where);
        }
        if (spec.kind === 'digest')
            iso_cache_key = checksum_cacheKeyOf(spec);
        // The digest behind a checksum file is known only once it is fetched (packer-build keys its cache by that
        // digest); here the key names the pair of URLs, so that legs sharing one ISO share one key.
        else if (spec.kind === 'file')
            iso_cache_key = `iso-file-${(0,external_node_crypto_namespaceObject.createHash)('sha256').update(`${spec.url}\n${iso_url}`).digest('hex').slice(0, 32)}`;
    }
    const entry = {
        os: required('os_name'),
        version: required('os_version'),
        arch: required('os_arch'),
    };
    return {
        ...entry,
        template: show(ref.template),
        var_file: ref.varFile ? show(ref.varFile) : '',
        iso_url,
        iso_checksum,
        iso_cache_key,
        artifact_name: `${entry.os}-${entry.version}-${entry.arch}`.replace(/[^A-Za-z0-9._-]+/g, '-'),
    };
}
/** All entries, in a stable order (OS, version, architecture). Two legs with one artifact name are a mistake. */
function readEntries(refs, workspace) {
    const templates = new Map();
    const entries = refs.flatMap((ref) => readEntry(ref, workspace, templates) ?? []);
    entries.sort((a, b) => compare(a.os, b.os) || compare(a.version, b.version) || compare(a.arch, b.arch));
    const seen = new Map();
    for (const entry of entries) {
        const earlier = seen.get(entry.artifact_name);
        if (earlier) {
            throw new src/* ConfigError */.xL(`${entry.artifact_name} is built twice (also by ${earlier.var_file || earlier.template}); each OS, version and architecture needs one var file`, { file: entry.var_file || entry.template });
        }
        seen.set(entry.artifact_name, entry);
    }
    return entries;
}
// One collator for every comparison: localeCompare with options builds a new one per call.
const collator = new Intl.Collator('en', { numeric: true });
const compare = (a, b) => collator.compare(a, b);
function rel(workspace, file) {
    return external_node_path_default().relative(workspace, file).split((external_node_path_default()).sep).join('/') || '.';
}

;// CONCATENATED MODULE: ./actions/packer-matrix/src/plan.ts





/** GitHub refuses a matrix of more than 256 jobs. */
const MAX_MATRIX = 256;
/** Discovers, reads and filters the templates into the matrix entries. Reads files and git; writes nothing. */
async function planMatrix(inputs, event, logger) {
    const refs = inputs.templates.length > 0
        ? await explicitTemplates(inputs.templates, inputs.root, inputs.workspace)
        : pairTemplates(inputs.root, inputs.workspace);
    const discovered = readEntries(refs, inputs.workspace);
    logger.info(`Found ${discovered.length} template(s): ${discovered.map((e) => e.artifact_name).join(', ') || 'none'}`);
    const filtered = applyFilters(discovered, { os: inputs.osFilter, arch: inputs.arch, exclude: inputs.exclude }, inputs.rawOsFilter, inputs.rawArch);
    let { entries } = filtered;
    const reasons = [...filtered.reasons];
    if (discovered.length === 0)
        reasons.unshift(`no *.pkr.hcl template with os_name found under ${inputs.root}`);
    if (inputs.osFilter.kind === 'changed') {
        const range = inputs.base !== undefined && inputs.head !== undefined
            ? { base: inputs.base, head: inputs.head }
            : changeRangeOf(event.name, event.payload);
        if (range === undefined) {
            logger.notice(`os-filter changed: the ${event.name} event has no base to compare with, so every template is built`);
            reasons.push(`changed: no base commit in the ${event.name} event, all kept`);
        }
        else {
            const selection = await selectChanged(entries, new Git(inputs.workspace), range, inputs.sharedPaths, inputs.workspace);
            entries = selection.entries;
            if (selection.sharedChanges.length > 0) {
                reasons.push(`changed: shared paths changed (${selection.sharedChanges.slice(0, 5).join(', ')}), all kept`);
            }
            else {
                reasons.push(`changed: ${selection.changedFiles.length} file(s) changed between ${range.base.slice(0, 12)} and ${range.head.slice(0, 12)}, ${entries.length} template(s) affected`);
            }
        }
    }
    if (entries.length > MAX_MATRIX) {
        throw new src/* ConfigError */.xL(`the matrix has ${entries.length} entries, more than the ${MAX_MATRIX} GitHub allows in one job matrix: narrow it with os-filter, arch or exclude, or split the workflow`);
    }
    return { entries, discovered, reasons };
}

;// CONCATENATED MODULE: ./actions/packer-matrix/src/main.ts



async function main(ctx) {
    const inputs = getInputs(ctx);
    const logger = (0,src/* coreLogger */.Wj)();
    const plan = await planMatrix(inputs, { name: ctx.eventName, payload: ctx.payload }, logger);
    const osList = [...new Set(plan.entries.map((e) => e.os))];
    (0,src/* setOutputs */.n0)({ matrix: { include: plan.entries }, count: plan.entries.length, 'os-list': osList });
    if (plan.entries.length === 0)
        logger.notice(`The matrix is empty: ${plan.reasons.join('; ') || 'nothing matched'}`);
    await (0,src/* appendSummary */.fe)(summaryOf(plan));
}
function summaryOf(plan) {
    const title = `### Packer matrix: ${plan.entries.length} of ${plan.discovered.length} template(s)\n\n`;
    if (plan.entries.length === 0) {
        return `${title}Nothing to build: ${plan.reasons.join('; ') || 'nothing matched'}.\n`;
    }
    const rows = plan.entries.map((e) => [
        e.os,
        e.version,
        e.arch,
        (0,src/* code */.aY)(e.template),
        e.var_file ? (0,src/* code */.aY)(e.var_file) : '',
        e.iso_url ? (0,src/* code */.aY)(e.iso_url) : '',
        e.iso_cache_key ? (0,src/* code */.aY)(e.iso_cache_key.length > 40 ? `${e.iso_cache_key.slice(0, 40)}…` : e.iso_cache_key) : '',
        (0,src/* code */.aY)(e.artifact_name),
    ]);
    const filters = plan.reasons.length > 0 ? `\nFilters: ${plan.reasons.join('; ')}.\n` : '';
    return `${title}${(0,src/* markdownTable */.Qj)(['OS', 'version', 'arch', 'template', 'var file', 'ISO', 'ISO cache key', 'artifact'], rows)}${filters}`;
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
  aJ: () => (/* reexport */ inheritedEnvironment),
  cN: () => (/* reexport */ inputReader),
  FK: () => (/* reexport */ isInside),
  CW: () => (/* reexport */ loadSpawn),
  Qj: () => (/* reexport */ markdownTable),
  Cs: () => (/* reexport */ runAction),
  n0: () => (/* reexport */ setOutputs)
});

// UNUSED EXPORTS: ExecError, annotationAt, assertName, cell, details, failFrom, formatLocation, formatOutput, heading, inputVariable, isOnPath, isRetryableStatus, isTransientNetworkError, ownedPath, ownedProblem, parseList, parseRetryAfter, parseSourceDateEpoch, quote, randomBytes, randomUUID, readRunnerContext, recordingLogger, removeOwned, retry, silentLogger, sleep, workflowCommands

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

/***/ 1275:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   T6: () => (/* binding */ ProxyError)
/* harmony export */ });
/* unused harmony exports StallError, NetworkError, HttpPolicyError, HttpTimeoutError, TRANSIENT_CODES, describeFailure, codeOf */
/* harmony import */ var _slipway_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(513);

/**
 * The network gave no bytes for the stall limit: no connection, no response headers, or a body that stopped. Retried
 * like a reset (a new connection usually gets through), unlike the total time limit.
 */
class StallError extends (/* unused pure expression or super */ null && (RetryableError)) {
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
class HttpPolicyError extends (/* unused pure expression or super */ null && (Error)) {
    name = 'HttpPolicyError';
}
/** The request, retries aside, took longer than its total time limit. Not retried: the budget is spent. */
class HttpTimeoutError extends (/* unused pure expression or super */ null && (Error)) {
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
/******/ var __webpack_exports__ = __nccwpck_require__(4040);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
