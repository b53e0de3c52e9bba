export const id = 645;
export const ids = [645];
export const modules = {

/***/ 1645:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  workflowCommand: () => (/* binding */ workflowCommand)
});

// UNUSED EXPORTS: UsageError

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./packages/cli/src/runner.ts + 1 modules
var runner = __webpack_require__(9076);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/index.js + 68 modules
var dist = __webpack_require__(4723);
// EXTERNAL MODULE: ./packages/cli/src/log.ts
var src_log = __webpack_require__(8608);
// EXTERNAL MODULE: ./packages/cli/src/runner-files.ts
var runner_files = __webpack_require__(1876);
// EXTERNAL MODULE: ./packages/cli/src/workflow/expressions.ts
var expressions = __webpack_require__(7105);
;// CONCATENATED MODULE: ./packages/cli/src/workflow/template.ts
// Workflow values as the parser gives them (template tokens), evaluated in a scope. Loaded only by `slipway workflow`.


/**
 * A parsed workflow value (a template token) as a plain value, each expression in it evaluated in `scope`. The
 * workflow parser has already turned `a ${{ x }} b` into one `format('a {0} b', x)` expression.
 */
function evaluateToken(token, scope) {
    if (token === undefined)
        return null;
    if ((0,dist/* isBasicExpression */.hR)(token)) {
        const block = blockScalarValue(token);
        return block === undefined ? (0,expressions/* evaluate */._3)(token.expression, scope) : (0,expressions/* interpolate */.GW)(block, scope);
    }
    if ((0,dist/* isString */.Kg)(token))
        return token.value;
    if ((0,dist/* isNumber */.Et)(token))
        return token.value;
    if ((0,dist/* isBoolean */.Lm)(token))
        return token.value;
    if ((0,dist/* isSequence */.wZ)(token)) {
        const items = [];
        for (let i = 0; i < token.count; i++)
            items.push(evaluateToken(token.get(i), scope));
        return items;
    }
    if ((0,dist/* isMapping */.pi)(token)) {
        const object = {};
        for (const pair of token)
            object[(0,expressions/* asString */.oJ)(evaluateToken(pair.key, scope))] = evaluateToken(pair.value, scope);
        return object;
    }
    return null;
}
/** The source text of a token, for plans and logs: expressions shown as written. */
function tokenText(token) {
    if (token === undefined)
        return '';
    if ((0,dist/* isBasicExpression */.hR)(token))
        return token.source ?? `\${{ ${token.expression} }}`;
    if ((0,dist/* isString */.Kg)(token))
        return token.value;
    if ((0,dist/* isNumber */.Et)(token) || (0,dist/* isBoolean */.Lm)(token))
        return String(token.value);
    return JSON.stringify(token.toJSON());
}
/** A token as a plain value without evaluating anything: expressions stay as their `${{ }}` source. */
function rawValue(token) {
    if (token === undefined)
        return null;
    if ((0,dist/* isBasicExpression */.hR)(token))
        return tokenText(token);
    if ((0,dist/* isString */.Kg)(token) || (0,dist/* isNumber */.Et)(token) || (0,dist/* isBoolean */.Lm)(token))
        return token.value;
    if ((0,dist/* isSequence */.wZ)(token))
        return [...token].map((item) => rawValue(item));
    if ((0,dist/* isMapping */.pi)(token)) {
        const object = {};
        for (const pair of token)
            object[(0,expressions/* asString */.oJ)(rawValue(pair.key))] = rawValue(pair.value);
        return object;
    }
    return null;
}
/**
 * The text of a block scalar (`with: { images: | ... }`) that holds expressions, as YAML reads it. The parser builds
 * the format() of such a value from the raw source lines, indentation and all; the runner evaluates the scalar's
 * value: the block's indentation (that of its first line with text) removed, then chomped as its header says.
 */
function blockScalarValue(token) {
    const header = token.blockScalarHeader;
    if (header === undefined || token.source === undefined)
        return undefined;
    const lines = token.source.split('\n');
    const first = lines.find((line) => line.trim() !== '') ?? '';
    const indent = first.length - first.trimStart().length;
    let body = lines.map((line) => line.slice(Math.min(indent, line.length - line.trimStart().length))).join('\n');
    if (header.startsWith('>'))
        body = body.replace(/([^\n])\n(?=[^\n\s])/g, '$1 ');
    const content = body.replace(/\n+$/, '');
    if (header.includes('-'))
        return content;
    if (header.includes('+'))
        return body;
    return `${content}\n`;
}

;// CONCATENATED MODULE: ./packages/cli/src/workflow/load.ts
// A workflow file parsed and validated by GitHub's own parser (@actions/workflow-parser): the schema errors it reports
// are the ones github.com shows, with file and line. Jobs keep their parsed values (template tokens), evaluated only
// when the run reaches them, as the runner does.



class WorkflowError extends Error {
    name = 'WorkflowError';
}
/** A child of a mapping token by key, or undefined. */
function field(token, key) {
    if (token === undefined || !(0,dist/* isMapping */.pi)(token))
        return undefined;
    return token.find(key);
}
/** A scalar child as its source text (`uses:`, `shell:`), or undefined. */
function load_text(token, key) {
    const child = field(token, key);
    return child === undefined ? undefined : tokenText(child);
}
async function loadWorkflow(file, content = (0,external_node_fs_.readFileSync)(file, 'utf8')) {
    const parsed = (0,dist/* parseWorkflow */.hM)({ name: file, content }, new dist/* NoOperationTraceWriter */.P0());
    const errors = parsed.context.errors.getErrors().map((e) => e.message);
    if (errors.length > 0 || parsed.value === undefined || !(0,dist/* isMapping */.pi)(parsed.value)) {
        throw new WorkflowError(`${file} is not a valid workflow:\n  ${errors.join('\n  ')}`);
    }
    const root = parsed.value;
    const template = await (0,dist/* convertWorkflowTemplate */.DE)(parsed.context, root);
    const converted = parsed.context.errors.getErrors().map((e) => e.message);
    if (converted.length > 0 || (template.errors?.length ?? 0) > 0) {
        const all = [...converted, ...(template.errors ?? []).map((e) => e.Message)];
        throw new WorkflowError(`${file} is not a valid workflow:\n  ${[...new Set(all)].join('\n  ')}`);
    }
    const jobsToken = field(root, 'jobs');
    const jobs = template.jobs.map((job) => {
        const id = job.id.value;
        const token = field(jobsToken, id);
        if (token === undefined || !(0,dist/* isMapping */.pi)(token))
            throw new WorkflowError(`${file}: jobs.${id} is not a mapping`);
        const stepsToken = field(token, 'steps');
        const rawSteps = stepsToken !== undefined && (0,dist/* isSequence */.wZ)(stepsToken) ? [...stepsToken] : [];
        const steps = job.type === 'job'
            ? job.steps.map((step, index) => {
                const raw = rawSteps[index];
                if (raw === undefined || !(0,dist/* isMapping */.pi)(raw))
                    throw new WorkflowError(`${file}: jobs.${id}.steps[${index}] is not a mapping`);
                const ownId = load_text(raw, 'id');
                const def = {
                    id: step.id,
                    condition: 'if' in step && step.if !== undefined ? step.if.expression : 'success()',
                    token: raw,
                };
                if (ownId !== undefined)
                    def.ownId = ownId;
                const uses = load_text(raw, 'uses');
                if (uses !== undefined)
                    def.uses = uses;
                const run = field(raw, 'run');
                if (run !== undefined)
                    def.run = run;
                return def;
            })
            : [];
        const def = {
            id,
            needs: (job.needs ?? []).map((n) => n.value),
            condition: job.if.expression,
            steps,
            token,
        };
        if (job.type === 'reusableWorkflowJob')
            def.uses = job.ref.value;
        return def;
    });
    const nameToken = field(root, 'name');
    const onToken = field(root, 'on');
    const on = normaliseOn(rawValue(onToken));
    const workflow = {
        file,
        name: nameToken !== undefined && (0,dist/* isString */.Kg)(nameToken) ? nameToken.value : file,
        on,
        jobs,
    };
    const env = field(root, 'env');
    if (env !== undefined)
        workflow.env = env;
    const defaults = field(root, 'defaults');
    if (defaults !== undefined)
        workflow.defaults = defaults;
    return workflow;
}
/** `on: push`, `on: [push, pull_request]` and the mapping form, as one mapping. */
function normaliseOn(on) {
    if (typeof on === 'string')
        return { [on]: null };
    if (Array.isArray(on))
        return Object.fromEntries(on.map((event) => [typeof event === 'string' ? event : JSON.stringify(event), null]));
    if (on !== null && typeof on === 'object')
        return on;
    return {};
}
/** Jobs in an order that runs each after the jobs it needs (the order of the file where it is free). */
function jobOrder(jobs) {
    const byId = new Map(jobs.map((job) => [job.id, job]));
    const done = new Set();
    const ordered = [];
    const visit = (job, path) => {
        if (done.has(job.id))
            return;
        if (path.includes(job.id))
            throw new WorkflowError(`jobs ${[...path, job.id].join(' → ')}: a cycle of needs`);
        for (const need of job.needs) {
            const needed = byId.get(need);
            if (!needed)
                throw new WorkflowError(`jobs.${job.id} needs '${need}', which is not a job of the workflow`);
            visit(needed, [...path, job.id]);
        }
        done.add(job.id);
        ordered.push(job);
    };
    for (const job of jobs)
        visit(job, []);
    return ordered;
}

;// CONCATENATED MODULE: ./packages/cli/src/workflow/matrix.ts
function matches(combination, partial) {
    return Object.entries(partial).every(([key, value]) => deepEqual(combination[key], value));
}
function deepEqual(a, b) {
    return JSON.stringify(a) === JSON.stringify(b);
}
class MatrixError extends Error {
    name = 'MatrixError';
}
function expandMatrix(matrix) {
    if (matrix === null)
        return [];
    if (typeof matrix !== 'object' || Array.isArray(matrix))
        throw new MatrixError(`strategy.matrix must be a mapping, got ${JSON.stringify(matrix)}`);
    const vectors = Object.entries(matrix).filter(([key]) => key !== 'include' && key !== 'exclude');
    let combinations = [];
    if (vectors.length > 0) {
        combinations = [{}];
        for (const [key, values] of vectors) {
            if (!Array.isArray(values))
                throw new MatrixError(`strategy.matrix.${key} must be a list`);
            if (values.length === 0)
                throw new MatrixError(`strategy.matrix.${key} is an empty list`);
            combinations = combinations.flatMap((c) => values.map((v) => ({ ...c, [key]: v })));
        }
    }
    const exclude = listOf(matrix.exclude, 'exclude');
    combinations = combinations.filter((c) => !exclude.some((e) => matches(c, e)));
    const originals = new Set(vectors.map(([key]) => key));
    const extended = combinations.map((c) => ({ base: { ...c }, value: c }));
    const originalCount = extended.length;
    for (const entry of listOf(matrix.include, 'include')) {
        let added = false;
        // Only the combinations of the original matrix are extended; an entry that extends none is a combination itself.
        for (const item of extended.slice(0, originalCount)) {
            // An include entry may not overwrite a value of the original matrix; it may overwrite what an include added.
            const conflicts = Object.entries(entry).some(([key, value]) => originals.has(key) && key in item.base && !deepEqual(item.base[key], value));
            if (conflicts)
                continue;
            Object.assign(item.value, entry);
            added = true;
        }
        if (!added)
            extended.push({ base: { ...entry }, value: { ...entry } });
    }
    return extended.map((item) => item.value);
}
function listOf(value, key) {
    if (value === undefined || value === null)
        return [];
    if (!Array.isArray(value))
        throw new MatrixError(`strategy.matrix.${key} must be a list of mappings`);
    return value.map((entry) => {
        if (entry === null || typeof entry !== 'object' || Array.isArray(entry))
            throw new MatrixError(`strategy.matrix.${key} must be a list of mappings`);
        return entry;
    });
}
/** A leg's name as the runner shows it: the values in order, `(a, b)`. */
function legName(combination) {
    const cut = (text, max) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
    const values = Object.values(combination).map((v) => cut(typeof v === 'object' ? JSON.stringify(v) : String(v), 40));
    return values.length === 0 ? '' : `(${cut(values.join(', '), 80)})`;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
;// CONCATENATED MODULE: ./packages/cli/src/workflow/artifact-service.ts
// The runner's artifact service, on loopback, for slipway's actions that upload an artifact themselves (iso-build's
// `upload-artifact`, packer-build's `artifact-name`): the Twirp calls of @actions/artifact (CreateArtifact,
// FinalizeArtifact) and the blob upload it makes (staged blocks, then the block list). Each artifact is unpacked into
// the run's artifacts folder, where the download-artifact stand-in finds it, as upload-artifact's stand-in leaves it.
// The cache service beside it keeps nothing: a lookup is a miss.





const SERVICE = '/twirp/github.actions.results.api.v1.ArtifactService/';
/** Starts the service on 127.0.0.1; artifacts land in `folder/<name>/`. */
async function startArtifactService(folder) {
    const blocks = new Map();
    const uploads = new Map();
    let nextId = 1;
    const server = (0,external_node_http_.createServer)((req, res) => {
        void handle(req, res).catch((error) => {
            res.writeHead(500, { 'content-type': 'application/json' });
            res.end(JSON.stringify({ code: 'internal', msg: error instanceof Error ? error.message : String(error) }));
        });
    });
    // A stalled client never holds a step forever.
    server.setTimeout(60_000);
    async function handle(req, res) {
        const body = await readBody(req);
        const url = new URL(req.url ?? '/', 'http://127.0.0.1');
        if (req.method === 'POST' && url.pathname.startsWith(SERVICE)) {
            const method = url.pathname.slice(SERVICE.length);
            const request = JSON.parse(body.toString('utf8') || '{}');
            // iso-build asks first whether the artifact exists (a re-run replaces it).
            if (method === 'ListArtifacts') {
                const names = (0,external_node_fs_.existsSync)(folder) ? (0,external_node_fs_.readdirSync)(folder).filter((n) => !n.startsWith('.')) : [];
                const artifacts = names
                    .filter((n) => request.name_filter === undefined || n === request.name_filter)
                    .map((n, index) => ({
                    name: n,
                    database_id: String(index + 1),
                    size: '0',
                    created_at: new Date().toISOString(),
                }));
                json(res, 200, { artifacts });
                return;
            }
            const name = request.name ?? '';
            if (!/^[^/\\:*?"<>|\r\n]+$/.test(name) || name === '.' || name === '..') {
                json(res, 400, { msg: `bad name ${name}` });
                return;
            }
            if (method === 'CreateArtifact') {
                const key = (0,external_node_crypto_.randomUUID)();
                uploads.set(key, name);
                blocks.set(key, new Map());
                json(res, 200, { ok: true, signed_upload_url: `${base()}/blob/${key}?sig=local` });
                return;
            }
            if (method === 'FinalizeArtifact') {
                json(res, 200, { ok: true, artifact_id: String(nextId++) });
                return;
            }
            json(res, 404, { msg: `${method} is not served by the local artifact service` });
            return;
        }
        const blob = /^\/blob\/([\w-]+)$/.exec(url.pathname);
        if (req.method === 'PUT' && blob?.[1] !== undefined && uploads.has(blob[1])) {
            const key = blob[1];
            const staged = blocks.get(key) ?? new Map();
            const comp = url.searchParams.get('comp');
            if (comp === 'block')
                staged.set(url.searchParams.get('blockid') ?? '', body);
            else if (comp === 'blocklist') {
                const ids = [...body.toString('utf8').matchAll(/<(?:Latest|Committed|Uncommitted)>([^<]*)<\//g)].map((m) => m[1] ?? '');
                unpack(uploads.get(key) ?? 'artifact', Buffer.concat(ids.map((id) => staged.get(id) ?? Buffer.alloc(0))));
            }
            else
                unpack(uploads.get(key) ?? 'artifact', body);
            res.writeHead(201, {
                etag: `"${(0,external_node_crypto_.randomUUID)()}"`,
                'last-modified': new Date().toUTCString(),
                'x-ms-request-id': (0,external_node_crypto_.randomUUID)(),
                'x-ms-version': '2024-11-04',
                'x-ms-request-server-encrypted': 'true',
                'content-length': '0',
            });
            res.end();
            return;
        }
        // The cache service (v1 routes, which @actions/cache uses unless told otherwise) is not kept locally: every
        // lookup is a miss and every reservation is taken, which the cache client reports as such, not as a failure.
        if (url.pathname.includes('/_apis/artifactcache/')) {
            if (req.method === 'GET' && url.pathname.endsWith('/cache'))
                return void res.writeHead(204).end();
            if (req.method === 'POST' && url.pathname.endsWith('/caches')) {
                json(res, 409, { message: 'the local run keeps no cache' });
                return;
            }
        }
        res.writeHead(404).end();
    }
    function unpack(name, zip) {
        const target = external_node_path_default().join(folder, name);
        (0,external_node_fs_.rmSync)(target, { recursive: true, force: true });
        (0,external_node_fs_.mkdirSync)(target, { recursive: true });
        const file = external_node_path_default().join(folder, `.${name}.zip`);
        (0,external_node_fs_.writeFileSync)(file, zip);
        try {
            (0,external_node_child_process_.execFileSync)('bsdtar', ['-xf', file, '-C', target], { stdio: ['ignore', 'ignore', 'pipe'] });
        }
        finally {
            (0,external_node_fs_.rmSync)(file, { force: true });
        }
    }
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = () => `http://127.0.0.1:${server.address().port}`;
    // @actions/artifact reads the run and job ids from the token's scope claim; nothing checks a signature here.
    const claims = { scp: `Actions.Results:${(0,external_node_crypto_.randomUUID)()}:${(0,external_node_crypto_.randomUUID)()}` };
    const part = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
    return {
        env: {
            ACTIONS_RESULTS_URL: `${base()}/`,
            ACTIONS_RUNTIME_TOKEN: `${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.local`,
        },
        async stop() {
            server.closeAllConnections();
            await new Promise((resolve) => server.close(() => resolve()));
        },
    };
}
function readBody(req) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        req.on('data', (chunk) => chunks.push(chunk));
        req.on('end', () => resolve(Buffer.concat(chunks)));
        req.on('error', reject);
    });
}
function json(res, status, value) {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(value));
}

;// CONCATENATED MODULE: ./packages/cli/src/workflow/stand-ins.ts
// Local stand-ins for the third-party actions the example workflows use. Each says what it did instead, in one line;
// an action without a stand-in is skipped with a line that says so (or fails the step with --strict).



/** `owner/name` of a `uses:` (without path and ref), lower-case. */
function actionName(uses) {
    const [name = ''] = uses.split('@');
    return name.split('/').slice(0, 2).join('/').toLowerCase();
}
const git = (cwd, ...args) => (0,external_node_child_process_.execFileSync)('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
/** actions/checkout: a clean clone of the run's commit (with every tag at fetch-depth 0), origin set as on GitHub. */
const checkout = ({ repo, repository, ref, sha, workspace, inputs }) => {
    const wanted = inputs.repository ?? '';
    if (wanted !== '' && wanted.toLowerCase() !== repository.toLowerCase())
        return { outcome: 'failure', note: `checkout of another repository (${wanted}) cannot be made locally` };
    const dir = external_node_path_default().resolve(workspace, inputs.path ?? '.');
    if (!dir.startsWith(workspace))
        return { outcome: 'failure', note: `path ${inputs.path ?? ''} is outside the workspace` };
    if ((0,external_node_fs_.existsSync)(dir) && (0,external_node_fs_.readdirSync)(dir).length > 0)
        (0,external_node_child_process_.execFileSync)('rm', ['-rf', '--', dir]);
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    const depth = Number(inputs['fetch-depth'] ?? '1');
    const target = inputs.ref !== undefined && inputs.ref !== '' ? inputs.ref : sha;
    git(dir, 'init', '-q');
    const source = `file://${repo}`;
    if (depth === 0) {
        git(dir, 'fetch', '-q', '--tags', source, '+refs/heads/*:refs/remotes/origin/*');
    }
    else {
        const refspec = inputs.ref !== undefined && inputs.ref !== '' ? inputs.ref : ref;
        git(dir, 'fetch', '-q', '--no-tags', `--depth=${depth}`, source, refspec);
    }
    let commit;
    try {
        commit = git(dir, 'rev-parse', '--verify', `${target === sha ? sha : target}^{commit}`);
    }
    catch {
        commit = git(dir, 'rev-parse', 'FETCH_HEAD^{commit}');
    }
    git(dir, 'checkout', '-q', '--detach', commit);
    // As on GitHub: origin is the repository on github.com, so nothing pushes back into the local repository.
    git(dir, 'remote', 'add', 'origin', `https://github.com/${repository}`);
    return {
        outcome: 'success',
        note: `checkout: ${commit.slice(0, 12)} of ${repo} into ${external_node_path_default().relative(workspace, dir) || '.'} (${depth === 0 ? 'all history and tags' : `depth ${depth}`})`,
        outputs: { ref: target, commit },
    };
};
function localVersion(command, args) {
    try {
        return (0,external_node_child_process_.execFileSync)(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
            .trim()
            .replace(/^(v|Python )/, '');
    }
    catch {
        return undefined;
    }
}
/** Whether a local version satisfies an actions/setup-* version spec (`22`, `22.x`, `>=20`, `3.12`, `lts/*`). */
function versionMatches(local, spec) {
    const wanted = spec.trim().replace(/^v/, '');
    if (wanted === '' || wanted === 'latest' || wanted === 'node' || wanted.startsWith('lts/'))
        return true;
    const atLeast = /^>=\s*([\d.]+)$/.exec(wanted);
    const parts = (v) => v.split('.').map((p) => Number(p));
    if (atLeast) {
        const [a, b] = [parts(local), parts(atLeast[1] ?? '0')];
        for (let i = 0; i < Math.max(a.length, b.length); i++) {
            if ((a[i] ?? 0) !== (b[i] ?? 0))
                return (a[i] ?? 0) > (b[i] ?? 0);
        }
        return true;
    }
    const prefix = wanted.replace(/(\.x)+$/, '').split('.');
    const have = local.split('.');
    return prefix.every((p, i) => p === have[i]);
}
function setupToolchain(tool, command, args, versionInput, fileInput) {
    return ({ inputs, workspace }) => {
        let spec = inputs[versionInput] ?? '';
        if (spec === '' && inputs[fileInput]) {
            const file = external_node_path_default().join(workspace, inputs[fileInput]);
            if ((0,external_node_fs_.existsSync)(file))
                spec = (0,external_node_fs_.readFileSync)(file, 'utf8').trim();
        }
        const local = localVersion(command, args);
        if (local === undefined)
            return { outcome: 'skip-job', note: `setup: ${tool} is not installed here` };
        if (spec !== '' && !versionMatches(local, spec))
            return {
                outcome: 'skip-job',
                note: `setup: ${tool} ${spec} is wanted, this machine has ${local}: the rest of the job is skipped`,
            };
        return { outcome: 'success', note: `setup: the local ${tool} ${local} serves ${spec || 'any version'}` };
    };
}
/** The files a `path:` input names (one path or glob a line, `!` excludes), relative to the workspace. */
function artifactFiles(workspace, spec) {
    const lines = spec
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== '');
    const includes = lines.filter((l) => !l.startsWith('!'));
    const excludes = lines.filter((l) => l.startsWith('!')).map((l) => globToRegExp(external_node_path_default().resolve(workspace, l.slice(1))));
    const files = [];
    const roots = [];
    for (const include of includes) {
        const absolute = external_node_path_default().resolve(workspace, include);
        const globAt = absolute.search(/[*?[]/);
        const base = globAt < 0 ? absolute : external_node_path_default().dirname(absolute.slice(0, globAt + 1));
        roots.push(globAt < 0 && (0,external_node_fs_.existsSync)(absolute) && !(0,external_node_fs_.statSync)(absolute).isDirectory() ? external_node_path_default().dirname(absolute) : base);
        const re = globAt < 0 ? undefined : globToRegExp(absolute);
        const walk = (p) => {
            if (!(0,external_node_fs_.existsSync)(p))
                return;
            if ((0,external_node_fs_.statSync)(p).isDirectory())
                for (const name of (0,external_node_fs_.readdirSync)(p))
                    walk(external_node_path_default().join(p, name));
            else if (re === undefined || re.test(p))
                files.push(p);
        };
        walk(globAt < 0 ? absolute : base);
    }
    const kept = [...new Set(files)].filter((f) => !excludes.some((re) => re.test(f))).sort();
    // The root is the longest folder every path starts from, as upload-artifact computes it.
    let root = roots[0] ?? workspace;
    for (const r of roots)
        while (!`${r}/`.startsWith(`${root}/`))
            root = external_node_path_default().dirname(root);
    return { root, files: kept };
}
function globToRegExp(pattern) {
    let re = '';
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i] ?? '';
        if (c === '*' && pattern[i + 1] === '*') {
            re += '.*';
            i++;
        }
        else if (c === '*')
            re += '[^/]*';
        else if (c === '?')
            re += '[^/]';
        else
            re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${re}(/.*)?$`);
}
/** actions/upload-artifact: the files into `<run>/artifacts/<name>/`, laid out as the artifact would hold them. */
const uploadArtifact = ({ inputs, workspace, artifacts }) => {
    const name = inputs.name ?? 'artifact';
    const { root, files } = artifactFiles(workspace, inputs.path ?? '');
    if (files.length === 0) {
        const level = inputs['if-no-files-found'] ?? 'warn';
        const note = `upload-artifact: no files match ${JSON.stringify(inputs.path ?? '')}`;
        return { outcome: level === 'error' ? 'failure' : 'success', note };
    }
    const dir = external_node_path_default().join(artifacts, name);
    if ((0,external_node_fs_.existsSync)(dir) && inputs.overwrite !== 'true')
        return { outcome: 'failure', note: `upload-artifact: an artifact named ${name} exists in this run` };
    for (const file of files)
        (0,external_node_fs_.cpSync)(file, external_node_path_default().join(dir, external_node_path_default().relative(root, file)));
    return {
        outcome: 'success',
        note: `upload-artifact: ${files.length} file(s) as ${name} (${external_node_path_default().relative(process.cwd(), dir)})`,
        outputs: { 'artifact-id': name },
    };
};
/** actions/download-artifact: by name, or every artifact (or those matching `pattern`), each in its folder or merged. */
const downloadArtifact = ({ inputs, workspace, artifacts }) => {
    const target = external_node_path_default().resolve(workspace, inputs.path ?? '.');
    const all = (0,external_node_fs_.existsSync)(artifacts) ? (0,external_node_fs_.readdirSync)(artifacts).sort() : [];
    const name = inputs.name ?? '';
    if (name !== '') {
        if (!all.includes(name))
            return { outcome: 'failure', note: `download-artifact: no artifact named ${name} in this run` };
        (0,external_node_fs_.cpSync)(external_node_path_default().join(artifacts, name), target, { recursive: true });
        return { outcome: 'success', note: `download-artifact: ${name} into ${external_node_path_default().relative(workspace, target) || '.'}` };
    }
    const pattern = inputs.pattern ?? '';
    const re = pattern === '' ? undefined : globToRegExp(pattern);
    const chosen = all.filter((a) => re === undefined || re.test(a));
    const merge = inputs['merge-multiple'] === 'true';
    for (const artifact of chosen)
        (0,external_node_fs_.cpSync)(external_node_path_default().join(artifacts, artifact), merge ? target : external_node_path_default().join(target, artifact), { recursive: true });
    return {
        outcome: 'success',
        note: `download-artifact: ${chosen.length === 0 ? 'no artifact' : chosen.join(', ')}${merge ? ' merged' : ''} into ${external_node_path_default().relative(workspace, target) || '.'}`,
        outputs: { 'download-path': target },
    };
};
const recorded = (what) => ({ inputs }) => ({
    outcome: 'success',
    note: `recorded, not run: ${what}${Object.keys(inputs).length > 0 ? ` (${Object.keys(inputs).join(', ')})` : ''}`,
});
/** The stand-ins, by `owner/name` of the action. */
const standIns = {
    'actions/checkout': checkout,
    'actions/setup-node': setupToolchain('node', process.execPath, ['--version'], 'node-version', 'node-version-file'),
    'actions/setup-python': setupToolchain('python', 'python3', ['--version'], 'python-version', 'python-version-file'),
    'actions/upload-artifact': uploadArtifact,
    'actions/download-artifact': downloadArtifact,
    'docker/login-action': recorded('docker login (the local registry flags give the credentials)'),
    'docker/setup-buildx-action': recorded('buildx setup (ghcr-publish picks its builder itself)'),
    'docker/setup-qemu-action': recorded('qemu binfmt setup'),
};

;// CONCATENATED MODULE: ./packages/cli/src/workflow/engine.ts
// Runs a workflow file as the runner does: jobs in `needs` order, `if:` with the status functions, matrix legs,
// env and defaults, step and job outputs, continue-on-error, timeouts, `run:` steps in bash, slipway's actions from
// their bundles (as `slipway run` runs them), stand-ins for third-party actions, and reusable workflow calls.














// Variables the runner sets for each step: never inherited from the process that started the run.
const RUNNER_OWNED_ENV = /^(INPUT_|STATE_|GITHUB_|RUNNER_|ACTIONS_)/;
/** Runs a workflow file; reusable workflow calls run inside it. */
async function runWorkflow(options) {
    const workflow = await loadWorkflow(options.file);
    (0,external_node_fs_.mkdirSync)(external_node_path_default().join(options.runDir, 'artifacts'), { recursive: true });
    const payload = options.payload ?? eventPayload(options);
    const refName = options.ref.replace(/^refs\/(heads|tags)\//, '');
    const service = await startArtifactService(external_node_path_default().join(options.runDir, 'artifacts'));
    const state = {
        options,
        artifactEnv: service.env,
        records: [],
        runId: String(Date.now()),
        masks: [options.token, service.env.ACTIONS_RUNTIME_TOKEN ?? '', ...Object.values(options.secrets)].filter((s) => s !== ''),
        github: {
            event_name: options.event,
            event: payload,
            ref: options.ref,
            ref_name: refName,
            ref_type: options.ref.startsWith('refs/tags/') ? 'tag' : 'branch',
            sha: options.sha,
            repository: options.repository,
            repository_owner: options.repository.split('/')[0] ?? '',
            actor: options.actor,
            triggering_actor: options.actor,
            token: options.token,
            server_url: 'https://github.com',
            api_url: options.replacements.githubApi ?? 'https://api.github.com',
            graphql_url: `${options.replacements.githubApi ?? 'https://api.github.com'}/graphql`,
            workflow: workflow.name,
            run_number: '1',
            run_attempt: '1',
            retention_days: '90',
            base_ref: options.event.startsWith('pull_request') ? 'main' : '',
            head_ref: options.event.startsWith('pull_request') ? refName : '',
        },
    };
    state.github.run_id = state.runId;
    const inputs = workflowInputs(workflow, options.event, options.inputs);
    const secrets = { GITHUB_TOKEN: options.token, ...options.secrets };
    let run;
    try {
        run = await runJobs(state, workflow, { inputs, secrets, prefix: '' });
    }
    finally {
        await service.stop();
    }
    printTables(state);
    return { result: run.result, exitCode: run.result === 'failure' ? 1 : 0, jobs: state.records, outputs: run.outputs };
}
/** `inputs` of a workflow_dispatch or workflow_call run: the given values, typed, with the declared defaults. */
function workflowInputs(workflow, event, given) {
    // A reusable workflow run on its own takes the inputs it declares for its callers; github.event_name stays the
    // event given (in a called workflow it is the caller's event).
    const callOnly = workflow.on.workflow_call !== undefined && workflow.on[event] === undefined;
    // Other events have no inputs (the `inputs` context is empty on a push).
    const trigger = event === 'workflow_call' || callOnly
        ? workflow.on.workflow_call
        : event === 'workflow_dispatch'
            ? workflow.on.workflow_dispatch
            : undefined;
    const declared = trigger !== null && typeof trigger === 'object' && !Array.isArray(trigger) && isObject(trigger.inputs)
        ? trigger.inputs
        : {};
    const values = {};
    for (const [name, spec] of Object.entries(declared)) {
        const s = isObject(spec) ? spec : {};
        const raw = given[name] ?? (s.default === undefined || s.default === null ? undefined : s.default);
        if (raw === undefined) {
            if (s.required === true)
                throw new Error(`input '${name}' is required (--input ${name}=...)`);
            values[name] = s.type === 'boolean' ? false : s.type === 'number' ? 0 : '';
            continue;
        }
        values[name] = typed(raw, typeof s.type === 'string' ? s.type : 'string', name);
    }
    for (const name of Object.keys(given))
        if (!(name in declared))
            throw new Error(`the workflow declares no input '${name}'; its inputs: ${Object.keys(declared).join(', ') || 'none'}`);
    return values;
}
function typed(raw, type, name) {
    if (type === 'boolean') {
        if (raw === true || raw === 'true')
            return true;
        if (raw === false || raw === 'false')
            return false;
        throw new Error(`input '${name}': ${JSON.stringify(raw)} is not a boolean (true or false)`);
    }
    if (type === 'number') {
        const n = Number(raw);
        if (typeof raw === 'boolean' || Number.isNaN(n))
            throw new Error(`input '${name}': ${JSON.stringify(raw)} is not a number`);
        return n;
    }
    return typeof raw === 'string' ? raw : (0,expressions/* asString */.oJ)(raw);
}
const isObject = (v) => v !== null && v !== undefined && typeof v === 'object' && !Array.isArray(v);
function eventPayload(options) {
    const base = (0,runner/* defaultPayload */.cV)({
        workspace: options.repo,
        event: options.event,
        ref: options.ref,
        sha: options.sha,
        repository: options.repository,
        actor: options.actor,
        token: options.token,
    });
    if (options.event === 'workflow_dispatch')
        return { ...base, ref: options.ref, inputs: options.inputs };
    return base;
}
async function runJobs(state, workflow, scope) {
    const { options } = state;
    const selected = selectJobs(workflow, scope.prefix === '' ? options.jobs : undefined);
    const results = new Map();
    for (const job of jobOrder(workflow.jobs)) {
        if (!selected.has(job.id))
            continue;
        const needs = {};
        for (const need of job.needs) {
            const r = results.get(need) ?? { result: 'skipped', outputs: {} };
            needs[need] = { result: r.result, outputs: r.outputs };
        }
        const needResults = job.needs.map((n) => results.get(n)?.result ?? 'skipped');
        const status = {
            success: needResults.every((r) => r === 'success'),
            failure: needResults.some((r) => r === 'failure'),
            cancelled: false,
        };
        const contexts = {
            github: state.github,
            inputs: scope.inputs,
            vars: options.vars,
            needs,
            secrets: scope.secrets,
        };
        const key = `${scope.prefix}${job.id}`;
        let run;
        try {
            run = (0,expressions/* truthy */.vN)(evaluateCondition(job.condition, { contexts, status }));
        }
        catch (error) {
            options.write(`\n━━ ${key}: if: ${message(error)}\n`);
            results.set(job.id, { result: 'failure', outputs: {} });
            state.records.push({ key, id: job.id, result: 'failure', outputs: {}, steps: [], reason: message(error) });
            continue;
        }
        if (!run) {
            const why = `if: ${job.condition} is false`;
            options.write(`\n━━ ${key}: skipped (${why})\n`);
            results.set(job.id, { result: 'skipped', outputs: {} });
            state.records.push({ key, id: job.id, result: 'skipped', outputs: {}, steps: [], reason: why });
            continue;
        }
        const outcome = job.uses !== undefined
            ? await runCall(state, workflow, job, contexts, scope)
            : await runMatrixJob(state, workflow, job, contexts, scope);
        results.set(job.id, outcome);
    }
    const failed = [...results.values()].some((r) => r.result === 'failure');
    const result = failed ? 'failure' : 'success';
    // A called workflow's outputs: on.workflow_call.outputs.<name>.value over the jobs context.
    const outputs = {};
    const call = workflow.on.workflow_call;
    if (scope.prefix !== '' && isObject(call) && isObject(call.outputs)) {
        const jobs = Object.fromEntries([...results].map(([id, r]) => [id, { result: r.result, outputs: r.outputs }]));
        for (const [name, spec] of Object.entries(call.outputs)) {
            const value = isObject(spec) && typeof spec.value === 'string' ? spec.value : '';
            outputs[name] = (0,expressions/* asString */.oJ)(interpolateValue(value, { contexts: { github: state.github, inputs: scope.inputs, jobs } }));
        }
    }
    return { result, outputs };
}
function selectJobs(workflow, only) {
    if (only === undefined || only.length === 0)
        return new Set(workflow.jobs.map((j) => j.id));
    const byId = new Map(workflow.jobs.map((j) => [j.id, j]));
    const chosen = new Set();
    const add = (id) => {
        const job = byId.get(id);
        if (!job)
            throw new Error(`--job ${id}: the workflow has no such job; its jobs: ${[...byId.keys()].join(', ')}`);
        if (chosen.has(id))
            return;
        chosen.add(id);
        job.needs.forEach(add);
    };
    only.forEach(add);
    return chosen;
}
function evaluateCondition(condition, scope) {
    return interpolateValue(`\${{ ${condition} }}`, scope);
}
const interpolateValue = (text, scope) => (0,expressions/* interpolate */.GW)(text, scope);
const message = (error) => (error instanceof Error ? error.message : String(error));
/** A job's legs, one after the other (fail-fast cancels the legs not yet run when one fails). */
async function runMatrixJob(state, workflow, job, contexts, scope) {
    const { options } = state;
    const strategyToken = field(job.token, 'strategy');
    const strategy = strategyToken === undefined ? {} : evaluateToken(strategyToken, { contexts });
    const strategyObject = isObject(strategy) ? strategy : {};
    let legs = [{}];
    if (strategyObject.matrix !== undefined) {
        legs = expandMatrix(strategyObject.matrix);
        if (legs.length === 0)
            legs = [{}];
    }
    const filter = scope.prefix === '' ? options.matrix : undefined;
    if (filter !== undefined && Object.keys(filter).length > 0) {
        const all = legs.length;
        legs = legs.filter((leg) => Object.entries(filter).every(([k, v]) => k in leg && (0,expressions/* asString */.oJ)(leg[k] ?? null) === v));
        options.write(`\n━━ ${scope.prefix}${job.id}: --matrix keeps ${legs.length} of ${all} legs\n`);
    }
    const failFast = strategyObject['fail-fast'] !== false;
    let result = legs.length === 0 ? 'skipped' : 'success';
    let outputs = {};
    let stop = false;
    for (const [index, leg] of legs.entries()) {
        const key = `${scope.prefix}${job.id}${legName(leg) ? ` ${legName(leg)}` : ''}`;
        if (stop) {
            options.write(`\n━━ ${key}: cancelled (fail-fast: an earlier leg failed)\n`);
            state.records.push({ key, id: job.id, result: 'cancelled', outputs: {}, steps: [], matrix: leg });
            continue;
        }
        const legContexts = {
            ...contexts,
            matrix: leg,
            strategy: {
                'fail-fast': failFast,
                'job-index': index,
                'job-total': legs.length,
                'max-parallel': 1,
            },
        };
        const record = await runJob(state, workflow, job, legContexts, key, leg, legs.length > 1 ? index + 1 : undefined);
        state.records.push(record);
        if (record.result === 'failure') {
            result = 'failure';
            if (failFast && legs.length > 1)
                stop = true;
        }
        else if (record.result === 'skipped' && legs.length === 1)
            result = 'skipped';
        // As on GitHub, the outputs of a matrix job are those of the leg that finished last.
        if (Object.keys(record.outputs).length > 0)
            outputs = record.outputs;
    }
    const continueOnError = evaluateToken(field(job.token, 'continue-on-error'), { contexts });
    if (result === 'failure' && (0,expressions/* truthy */.vN)(continueOnError)) {
        options.write(`  ${job.id} failed; continue-on-error lets the workflow go on\n`);
        return { result: 'success', outputs };
    }
    return { result, outputs };
}
/** One job (one leg of a matrix): its steps in order in a fresh workspace. */
async function runJob(state, workflow, job, contexts, key, leg, legNumber) {
    const { options } = state;
    // Folders by job id and leg number: the leg's values can be long (a whole include entry).
    const slug = `${key.split(' ')[0] ?? job.id}${legNumber !== undefined ? `-${legNumber}` : ''}`.replace(/[^\w.-]+/g, '_');
    const folder = external_node_path_default().join(options.runDir, 'jobs', slug);
    const workspace = external_node_path_default().join(folder, 'workspace');
    const temp = external_node_path_default().join(folder, 'temp');
    (0,external_node_child_process_.execFileSync)('rm', ['-rf', '--', folder]);
    (0,external_node_fs_.mkdirSync)(workspace, { recursive: true });
    (0,external_node_fs_.mkdirSync)(temp, { recursive: true });
    const nameToken = field(job.token, 'name');
    const displayName = nameToken === undefined ? key : (0,expressions/* asString */.oJ)(evaluateToken(nameToken, { contexts }));
    options.write(`\n━━ ${key}${displayName !== key ? ` — ${displayName}` : ''}\n`);
    const github = { ...state.github, job: job.id, workspace };
    const runner = {
        os: 'Linux',
        arch: process.arch === 'arm64' ? 'ARM64' : 'X64',
        name: 'slipway-local',
        environment: 'self-hosted',
        temp,
        tool_cache: process.env.RUNNER_TOOL_CACHE ?? external_node_path_default().join(external_node_os_default().homedir(), '.cache', 'slipway', 'tool-cache'),
        debug: options.debug ? '1' : '',
    };
    const base = { ...contexts, github, runner, job: { status: 'success' } };
    const jobEnv = {};
    for (const token of [workflow.env, field(job.token, 'env')]) {
        if (token === undefined)
            continue;
        const values = evaluateToken(token, { contexts: { ...base, env: jobEnv } });
        if (isObject(values))
            for (const [k, v] of Object.entries(values))
                jobEnv[k] = (0,expressions/* asString */.oJ)(v);
    }
    const defaults = {};
    for (const token of [field(workflow.defaults, 'run'), field(field(job.token, 'defaults'), 'run')]) {
        if (token === undefined)
            continue;
        const values = evaluateToken(token, { contexts: base });
        if (isObject(values)) {
            if (typeof values.shell === 'string')
                defaults.shell = values.shell;
            if (typeof values['working-directory'] === 'string')
                defaults['working-directory'] = values['working-directory'];
        }
    }
    const timeoutMinutes = Number((0,expressions/* asString */.oJ)(evaluateToken(field(job.token, 'timeout-minutes'), { contexts: base })) || 360);
    const deadline = Date.now() + timeoutMinutes * 60_000;
    const steps = [];
    const stepsContext = {};
    const exported = {};
    const paths = [];
    let failed = false;
    let cancelled = false;
    let skipRest;
    const files = {
        output: external_node_path_default().join(temp, '_runner_file_commands', 'set_output'),
        env: external_node_path_default().join(temp, '_runner_file_commands', 'set_env'),
        path: external_node_path_default().join(temp, '_runner_file_commands', 'add_path'),
        summary: external_node_path_default().join(temp, '_runner_file_commands', 'step_summary'),
        state: external_node_path_default().join(temp, '_runner_file_commands', 'save_state'),
    };
    (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(files.output), { recursive: true });
    for (const [index, step] of job.steps.entries()) {
        const stepEnvBase = { ...jobEnv, ...exported };
        const stepContexts = {
            ...base,
            env: stepEnvBase,
            steps: stepsContext,
            job: { status: failed ? 'failure' : 'success' },
        };
        const nameToken = field(step.token, 'name');
        let name;
        try {
            name =
                nameToken !== undefined
                    ? (0,expressions/* asString */.oJ)(evaluateToken(nameToken, { contexts: stepContexts }))
                    : step.uses !== undefined
                        ? `Run ${step.uses}`
                        : `Run ${firstLine((0,expressions/* asString */.oJ)(evaluateToken(step.run, { contexts: stepContexts })))}`;
        }
        catch {
            name = step.ownId ?? step.id;
        }
        const record = {
            name,
            outcome: 'success',
            conclusion: 'success',
            outputs: {},
            summary: '',
            durationMs: 0,
        };
        if (step.ownId !== undefined)
            record.id = step.ownId;
        const finish = (r) => {
            steps.push(r);
            if (step.ownId !== undefined)
                stepsContext[step.ownId] = { outputs: r.outputs, outcome: r.outcome, conclusion: r.conclusion };
        };
        if (skipRest !== undefined) {
            record.outcome = record.conclusion = 'skipped';
            record.note = skipRest;
            options.write(`  ○ ${name}: skipped (${skipRest})\n`);
            finish(record);
            continue;
        }
        const skipKey = `${job.id}.${step.ownId ?? name}`;
        if (options.replacements.skipSteps.includes(skipKey)) {
            record.outcome = record.conclusion = 'skipped';
            record.note = `--skip-step ${skipKey}`;
            options.write(`  ○ ${name}: skipped (--skip-step ${skipKey}: not run on this machine)\n`);
            finish(record);
            continue;
        }
        let go;
        try {
            go = (0,expressions/* truthy */.vN)(evaluateCondition(step.condition, {
                contexts: stepContexts,
                status: { success: !failed, failure: failed, cancelled },
                workspace,
            }));
        }
        catch (error) {
            record.outcome = record.conclusion = 'failure';
            record.note = message(error);
            options.write(`  ✗ ${name}: ${message(error)}\n`);
            failed = true;
            finish(record);
            continue;
        }
        if (!go) {
            record.outcome = record.conclusion = 'skipped';
            options.write(`  ○ ${name}: skipped (if: ${step.condition})\n`);
            finish(record);
            continue;
        }
        if (Date.now() > deadline) {
            cancelled = true;
            record.outcome = record.conclusion = 'cancelled';
            record.note = `the job's timeout-minutes (${timeoutMinutes}) ran out`;
            options.write(`  ✗ ${name}: cancelled, ${record.note}\n`);
            finish(record);
            continue;
        }
        options.write(`  ▶ ${name}\n`);
        const started = performance.now();
        let stepResult;
        try {
            // The step's env: the job's, what earlier steps exported, then its own `env:` (which may read the others).
            const own = evaluateToken(field(step.token, 'env'), { contexts: stepContexts, workspace });
            const stepEnv = { ...stepEnvBase };
            if (isObject(own))
                for (const [k, v] of Object.entries(own))
                    stepEnv[k] = (0,expressions/* asString */.oJ)(v);
            const evalContexts = { ...stepContexts, env: stepEnv };
            const stepTimeout = Number((0,expressions/* asString */.oJ)(evaluateToken(field(step.token, 'timeout-minutes'), { contexts: evalContexts })) || 0);
            const timeoutMs = Math.max(1000, Math.min(deadline - Date.now(), stepTimeout > 0 ? stepTimeout * 60_000 : Infinity));
            const ctx = {
                state,
                job,
                step,
                name,
                workspace,
                temp,
                files,
                stepEnv,
                contexts: evalContexts,
                paths,
                timeoutMs,
                defaults,
                key,
            };
            stepResult = step.uses !== undefined ? await runUsesStep(ctx) : await runScriptStep(ctx);
        }
        catch (error) {
            stepResult = { outcome: 'failure', outputs: {}, summary: '', note: message(error) };
            options.write(`    ${message(error)}\n`);
        }
        record.durationMs = performance.now() - started;
        record.outputs = stepResult.outputs;
        record.summary = stepResult.summary;
        if (stepResult.note !== undefined)
            record.note = stepResult.note;
        record.outcome = stepResult.outcome;
        record.conclusion = stepResult.outcome;
        if (stepResult.skipJob !== undefined)
            skipRest = stepResult.skipJob;
        if (stepResult.outcome === 'failure') {
            const coe = (0,expressions/* truthy */.vN)(evaluateToken(field(step.token, 'continue-on-error'), { contexts: stepContexts }));
            if (coe) {
                record.conclusion = 'success';
                options.write(`    failed; continue-on-error: the job goes on\n`);
            }
            else
                failed = true;
        }
        // What the step wrote to GITHUB_ENV and GITHUB_PATH reaches the steps after it.
        Object.assign(exported, readCommandFile(files.env));
        for (const p of readLines(files.path))
            paths.unshift(p);
        (0,external_node_fs_.writeFileSync)(files.env, '');
        (0,external_node_fs_.writeFileSync)(files.path, '');
        const mark = record.outcome === 'success' ? '✓' : record.outcome === 'skipped' ? '○' : '✗';
        options.write(mask(state, `  ${mark} ${name} (${(record.durationMs / 1000).toFixed(1)} s)${record.note ? `: ${record.note}` : ''}\n`));
        for (const [k, v] of Object.entries(record.outputs))
            options.write(`      ${k} = ${oneLine(mask(state, v))}\n`);
        if (record.summary.trim() !== '') {
            const file = external_node_path_default().join(options.runDir, 'summaries', slug, `${index + 1}-${(step.ownId ?? 'step').replace(/[^\w.-]+/g, '_')}.md`);
            (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(file), { recursive: true });
            (0,external_node_fs_.writeFileSync)(file, record.summary);
            options.write(`      summary: ${external_node_path_default().relative(process.cwd(), file)}\n`);
        }
        finish(record);
    }
    let result = cancelled ? 'cancelled' : failed ? 'failure' : 'success';
    if (!failed && !cancelled && skipRest !== undefined && steps.every((s) => s.outcome !== 'failure'))
        result = 'success';
    const outputs = {};
    const outputsToken = field(job.token, 'outputs');
    if (outputsToken !== undefined && (0,dist/* isMapping */.pi)(outputsToken)) {
        for (const pair of outputsToken) {
            const name = (0,expressions/* asString */.oJ)(evaluateToken(pair.key, { contexts: base }));
            try {
                outputs[name] = (0,expressions/* asString */.oJ)(evaluateToken(pair.value, { contexts: { ...base, steps: stepsContext, matrix: leg } }));
            }
            catch (error) {
                options.write(`  outputs.${name}: ${message(error)}\n`);
            }
        }
    }
    const record = { key, id: job.id, result, outputs, steps };
    if (Object.keys(leg).length > 0)
        record.matrix = leg;
    if (skipRest !== undefined)
        record.reason = skipRest;
    options.write(`  ${key}: ${result}${skipRest !== undefined ? ` (${skipRest})` : ''}\n`);
    return record;
}
function runnerEnv(run) {
    const { state, workspace, temp, files } = run;
    const github = run.contexts.github;
    const env = {
        CI: 'true',
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: workspace,
        GITHUB_EVENT_NAME: (0,expressions/* asString */.oJ)(github.event_name ?? ''),
        GITHUB_REF: (0,expressions/* asString */.oJ)(github.ref ?? ''),
        GITHUB_REF_NAME: (0,expressions/* asString */.oJ)(github.ref_name ?? ''),
        GITHUB_REF_TYPE: (0,expressions/* asString */.oJ)(github.ref_type ?? ''),
        GITHUB_SHA: (0,expressions/* asString */.oJ)(github.sha ?? ''),
        GITHUB_REPOSITORY: (0,expressions/* asString */.oJ)(github.repository ?? ''),
        GITHUB_REPOSITORY_OWNER: (0,expressions/* asString */.oJ)(github.repository_owner ?? ''),
        GITHUB_ACTOR: (0,expressions/* asString */.oJ)(github.actor ?? ''),
        GITHUB_SERVER_URL: (0,expressions/* asString */.oJ)(github.server_url ?? ''),
        GITHUB_API_URL: (0,expressions/* asString */.oJ)(github.api_url ?? ''),
        GITHUB_GRAPHQL_URL: (0,expressions/* asString */.oJ)(github.graphql_url ?? ''),
        GITHUB_RUN_ID: state.runId,
        GITHUB_RUN_NUMBER: '1',
        GITHUB_RUN_ATTEMPT: '1',
        GITHUB_JOB: run.job.id,
        GITHUB_WORKFLOW: (0,expressions/* asString */.oJ)(github.workflow ?? ''),
        GITHUB_OUTPUT: files.output,
        GITHUB_ENV: files.env,
        GITHUB_PATH: files.path,
        GITHUB_STATE: files.state,
        GITHUB_STEP_SUMMARY: files.summary,
        RUNNER_TEMP: temp,
        RUNNER_OS: 'Linux',
        RUNNER_ARCH: process.arch === 'arm64' ? 'ARM64' : 'X64',
        RUNNER_ENVIRONMENT: 'self-hosted',
        RUNNER_TOOL_CACHE: process.env.RUNNER_TOOL_CACHE ?? external_node_path_default().join(external_node_os_default().homedir(), '.cache', 'slipway', 'tool-cache'),
        SLIPWAY_LOCAL: 'true',
    };
    if (state.options.debug)
        env.RUNNER_DEBUG = '1';
    if ((0,expressions/* asString */.oJ)(github.base_ref ?? '') !== '')
        env.GITHUB_BASE_REF = (0,expressions/* asString */.oJ)(github.base_ref ?? '');
    if ((0,expressions/* asString */.oJ)(github.head_ref ?? '') !== '')
        env.GITHUB_HEAD_REF = (0,expressions/* asString */.oJ)(github.head_ref ?? '');
    return env;
}
function renderer(run) {
    const { options } = run.state;
    const log = new src_log/* LogRenderer */.oC((text) => {
        options.write(text);
    }, {
        indent: '    ',
        secrets: run.state.masks,
        ...(options.raw ? { raw: true } : {}),
        ...(options.debug ? { debug: true } : {}),
    });
    return log;
}
/** The process environment a step starts from: this process's, less what belongs to the runner or another step. */
function baseEnv(run) {
    const env = {};
    for (const [name, value] of Object.entries(process.env))
        if (!RUNNER_OWNED_ENV.test(name))
            env[name] = value;
    if (run.paths.length > 0)
        env.PATH = [...run.paths, process.env.PATH ?? ''].join((external_node_path_default()).delimiter);
    return env;
}
/** A `run:` step: the script in a file, run by the step's shell (bash -e -o pipefail by default) in its folder. */
async function runScriptStep(run) {
    const { step, workspace, temp, files, contexts } = run;
    const script = (0,expressions/* asString */.oJ)(evaluateToken(step.run, { contexts, workspace }));
    const shell = load_text(step.token, 'shell') ?? run.defaults.shell ?? 'bash';
    const dir = load_text(step.token, 'working-directory') ?? run.defaults['working-directory'] ?? '.';
    const cwd = external_node_path_default().resolve(workspace, (0,expressions/* asString */.oJ)((0,expressions/* interpolate */.GW)(dir, { contexts })));
    if (!(0,external_node_fs_.existsSync)(cwd))
        return { outcome: 'failure', outputs: {}, summary: '', note: `working-directory ${dir} does not exist` };
    const scriptFile = external_node_path_default().join(temp, `${step.id.replace(/[^\w.-]+/g, '_')}-${Date.now()}.sh`);
    (0,external_node_fs_.writeFileSync)(scriptFile, script);
    for (const f of [files.output, files.env, files.path, files.summary, files.state])
        (0,external_node_fs_.writeFileSync)(f, '');
    const shells = {
        bash: 'bash --noprofile --norc -eo pipefail {0}',
        sh: 'sh -e {0}',
        python: 'python3 {0}',
    };
    const template = shells[shell] ?? (shell.includes('{0}') ? shell : `${shell} {0}`);
    const [command = 'bash', ...args] = template.split(/\s+/).map((part) => part.replace('{0}', scriptFile));
    const env = { ...baseEnv(run), ...runnerEnv(run), ...run.stepEnv };
    const log = renderer(run);
    const exitCode = await new Promise((resolve, reject) => {
        // Its own process group, so a timeout ends the script and everything it started (a `sleep` holds the pipes).
        const child = (0,external_node_child_process_.spawn)(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
        const timer = setTimeout(() => {
            try {
                if (child.pid !== undefined)
                    process.kill(-child.pid, 'SIGKILL');
            }
            catch {
                child.kill('SIGKILL');
            }
        }, run.timeoutMs);
        child.stdout.setEncoding('utf8').on('data', (c) => log.chunk(c, 'stdout'));
        child.stderr.setEncoding('utf8').on('data', (c) => log.chunk(c, 'stderr'));
        child.on('error', (error) => {
            clearTimeout(timer);
            reject(error);
        });
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            resolve(signal === 'SIGKILL' ? 124 : (code ?? 1));
        });
    });
    log.flush();
    for (const m of maskedIn(log))
        run.state.masks.push(m);
    const outputs = readCommandFile(files.output);
    const summary = (0,external_node_fs_.readFileSync)(files.summary, 'utf8');
    if (exitCode === 124)
        return { outcome: 'failure', outputs, summary, note: 'timed out (timeout-minutes)' };
    return exitCode === 0
        ? { outcome: 'success', outputs, summary }
        : { outcome: 'failure', outputs, summary, note: `exit ${exitCode}` };
}
function maskedIn(log) {
    return log.maskedValues();
}
/** The slipway action a `uses:` names: `./actions/x`, `<owner>/slipway/actions/x@ref`, or the root action. */
function slipwayAction(uses) {
    const local = /^\.\/actions\/([a-z0-9-]+)\/?$/.exec(uses);
    if (local?.[1] !== undefined)
        return { id: local[1] };
    const remote = /^[\w.-]+\/slipway\/actions\/([a-z0-9-]+)@[\w./-]+$/.exec(uses);
    if (remote?.[1] !== undefined)
        return { id: remote[1] };
    return undefined;
}
/** A `uses:` step: a slipway action from its bundle, a stand-in, or a skip said in one line. */
async function runUsesStep(run) {
    const { state, step, workspace, contexts } = run;
    const { options } = state;
    const uses = step.uses ?? '';
    const withValue = evaluateToken(field(step.token, 'with'), { contexts, workspace });
    const inputs = {};
    if (isObject(withValue))
        for (const [k, v] of Object.entries(withValue))
            inputs[k] = (0,expressions/* asString */.oJ)(v);
    const slipway = slipwayAction(uses);
    if (slipway === undefined && uses !== './' && !/^[\w.-]+\/slipway@/.test(uses)) {
        const standIn = standIns[actionName(uses)];
        if (standIn === undefined) {
            const note = `${uses}: no local stand-in for this action`;
            if (options.strict)
                return { outcome: 'failure', outputs: {}, summary: '', note: `${note} (--strict)` };
            return { outcome: 'skipped', outputs: {}, summary: '', note: `skipped, ${note} (--strict fails here)` };
        }
        const result = standIn({
            repo: options.repo,
            repository: options.repository,
            ref: options.ref,
            sha: options.sha,
            workspace,
            artifacts: external_node_path_default().join(options.runDir, 'artifacts'),
            inputs,
            log: (line) => options.write(`    ${line}\n`),
        });
        return {
            outcome: result.outcome === 'skip-job' ? 'skipped' : result.outcome,
            outputs: result.outputs ?? {},
            summary: '',
            note: result.note,
            ...(result.outcome === 'skip-job' ? { skipJob: result.note } : {}),
        };
    }
    const id = slipway?.id ?? 'root';
    const actionRoot = (0,external_node_fs_.existsSync)(external_node_path_default().join(workspace, 'actions', id, 'action.yml')) && (0,external_node_fs_.existsSync)(external_node_path_default().join(workspace, 'dist', id))
        ? workspace
        : options.root;
    applyReplacements(run, id, inputs);
    const log = renderer(run);
    const env = { ...runnerEnv(run), ...state.artifactEnv, ...run.stepEnv };
    if (run.paths.length > 0)
        env.PATH = [...run.paths, process.env.PATH ?? ''].join((external_node_path_default()).delimiter);
    const result = await (0,runner/* runStep */.eg)({
        root: actionRoot,
        action: id,
        inputs,
        workspace,
        event: (0,expressions/* asString */.oJ)(contexts.github.event_name ?? 'push'),
        payload: contexts.github.event,
        ref: options.ref,
        sha: options.sha,
        repository: options.repository,
        actor: options.actor,
        token: options.token,
        runnerTemp: run.temp,
        keepTemp: true,
        env,
        runnerEnv: { GITHUB_ACTION: step.ownId ?? step.id },
        contexts,
        timeoutMs: run.timeoutMs,
        onOutput: (chunk, stream) => log.chunk(chunk, stream),
    });
    log.flush();
    for (const m of maskedIn(log))
        state.masks.push(m);
    // runStep keeps its own command files: what the step exported goes through the job's.
    (0,external_node_fs_.writeFileSync)(run.files.env, Object.entries(result.exportedEnv)
        .map(([k, v]) => `${k}<<_SLIPWAY_EOF_\n${v}\n_SLIPWAY_EOF_\n`)
        .join(''));
    (0,external_node_fs_.writeFileSync)(run.files.path, result.addedPaths.map((p) => `${p}\n`).join(''));
    return result.exitCode === 0
        ? { outcome: 'success', outputs: result.outputs, summary: result.summary }
        : { outcome: 'failure', outputs: result.outputs, summary: result.summary, note: `exit ${result.exitCode}` };
}
/** What differs on this machine, applied to a slipway step's inputs and said in the log. */
function applyReplacements(run, action, inputs) {
    const { options } = run.state;
    const { replacements } = options;
    const say = (line) => options.write(`    ↪ ${line}\n`);
    for (const [key, value] of Object.entries(inputs)) {
        let next = value;
        for (const [from, to] of replacements.mirrors)
            next = next.split(from).join(to);
        for (const [from, to] of replacements.registries)
            next = next.replace(new RegExp(`(^|[\\s/"'=:])${from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=$|[\\s/:"'])`, 'gm'), `$1${to}`);
        if (next !== value) {
            say(`${key}: ${oneLine(value)} → ${oneLine(next)}`);
            inputs[key] = next;
        }
    }
    if (action === 'ghcr-publish') {
        const registry = inputs.registry ?? 'ghcr.io';
        const loopback = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/.test(registry);
        if (loopback && replacements.registries.some(([, to]) => to === registry) && inputs.insecure !== 'true') {
            inputs.insecure = 'true';
            say(`insecure: true (plain HTTP to the loopback registry ${registry})`);
        }
    }
    for (const o of replacements.overrides) {
        if (o.job !== run.job.id || (o.step !== run.step.ownId && o.step !== run.name))
            continue;
        if (o.value === '') {
            inputs[o.input] = '';
            say(`${o.input}: empty (--with ${o.job}.${o.step}.${o.input}=)`);
        }
        else {
            say(`${o.input}: ${oneLine(inputs[o.input] ?? '(unset)')} → ${oneLine(o.value)} (--with)`);
            inputs[o.input] = o.value;
        }
    }
}
/** A job that calls a reusable workflow: its jobs run here, with the call's inputs and secrets. */
async function runCall(state, _caller, job, contexts, scope) {
    const { options } = state;
    const uses = job.uses ?? '';
    const file = calledWorkflowFile(uses, options);
    const key = `${scope.prefix}${job.id}`;
    options.write(`\n━━ ${key}: calls ${uses}\n`);
    const called = await loadWorkflow(file);
    const withValue = evaluateToken(field(job.token, 'with'), { contexts });
    const given = {};
    if (isObject(withValue))
        for (const [k, v] of Object.entries(withValue))
            given[k] = (0,expressions/* asString */.oJ)(v);
    const inputs = workflowInputs(called, 'workflow_call', given);
    const secretsToken = field(job.token, 'secrets');
    let secrets = { GITHUB_TOKEN: options.token };
    if (secretsToken !== undefined) {
        const value = evaluateToken(secretsToken, { contexts });
        if (value === 'inherit')
            secrets = { ...scope.secrets };
        else if (isObject(value))
            for (const [k, v] of Object.entries(value))
                secrets[k] = (0,expressions/* asString */.oJ)(v);
    }
    const result = await runJobs(state, called, { inputs, secrets, prefix: `${key}/` });
    state.records.push({ key, id: job.id, result: result.result, outputs: result.outputs, steps: [] });
    for (const [k, v] of Object.entries(result.outputs))
        options.write(`      ${k} = ${oneLine(mask(state, v))}\n`);
    return result;
}
/** `./.github/workflows/x.yml` from the repository; `<owner>/slipway/.github/workflows/x.yml@ref` from slipway. */
function calledWorkflowFile(uses, options) {
    const local = /^\.\/(\.github\/workflows\/[\w.-]+\.ya?ml)$/.exec(uses);
    if (local?.[1] !== undefined)
        return external_node_path_default().join(options.repo, local[1]);
    const remote = /^[\w.-]+\/slipway\/(\.github\/workflows\/[\w.-]+\.ya?ml)@[\w./-]+$/.exec(uses);
    if (remote?.[1] !== undefined)
        return external_node_path_default().join(options.root, remote[1]);
    throw new Error(`${uses}: only reusable workflows of this repository or of slipway can be called locally`);
}
function readCommandFile(file) {
    return (0,external_node_fs_.existsSync)(file) ? (0,runner_files/* parseCommandFile */.P)((0,external_node_fs_.readFileSync)(file, 'utf8')) : {};
}
function readLines(file) {
    return (0,external_node_fs_.existsSync)(file)
        ? (0,external_node_fs_.readFileSync)(file, 'utf8')
            .split(/\r?\n/)
            .filter((l) => l.trim() !== '')
        : [];
}
const firstLine = (s) => s.trim().split('\n')[0] ?? '';
function oneLine(value) {
    const lines = value.split('\n');
    const first = lines[0] ?? '';
    const shown = lines.length > 1 ? `${first} … (${lines.length} lines)` : first;
    return shown.length > 100 ? `${shown.slice(0, 99)}…` : shown;
}
function mask(state, text) {
    let result = text;
    for (const secret of [...state.masks].sort((a, b) => b.length - a.length))
        if (secret.trim().length > 1)
            result = result.split(secret).join('***');
    return result;
}
/** The final table: one row per job (and leg) with its result, then each step's. */
function printTables(state) {
    const write = (text) => {
        state.options.write(text);
    };
    write('\nJobs\n');
    const width = Math.max(4, ...state.records.map((r) => r.key.length));
    write(`  ${'job'.padEnd(width)}  result     steps\n`);
    for (const record of state.records) {
        const counts = ['success', 'failure', 'skipped', 'cancelled']
            .map((r) => [r, record.steps.filter((s) => s.outcome === r).length])
            .filter(([, n]) => n > 0)
            .map(([r, n]) => `${n} ${r}`)
            .join(', ');
        write(`  ${record.key.padEnd(width)}  ${record.result.padEnd(9)}  ${counts}${record.reason ? ` — ${record.reason}` : ''}\n`);
    }
}

;// CONCATENATED MODULE: ./packages/cli/src/workflow/plan.ts
// `slipway workflow --dry-run`: what a run would do (jobs in order, matrix legs, steps and how each runs here) without
// running anything. Values that only a run can know (a matrix from an earlier job's output) are said to be so.







async function planWorkflow(options) {
    const workflow = await loadWorkflow(options.file);
    return planOf(workflow, options);
}
async function planOf(workflow, options) {
    const jobs = [];
    for (const job of jobOrder(workflow.jobs))
        jobs.push(await planJob(job, options));
    return { workflow: external_node_path_default().relative(options.repo, workflow.file), name: workflow.name, jobs };
}
async function planJob(job, options) {
    const planned = { id: job.id, needs: job.needs, legs: [], steps: [] };
    const name = field(job.token, 'name');
    if (name !== undefined)
        planned.name = tokenSource(name);
    if (job.condition !== 'success()')
        planned.if = job.condition;
    if (job.uses !== undefined) {
        const file = calledFile(job.uses, options);
        planned.legs = [];
        // A workflow of slipway (called `<owner>/slipway/...@v1`) is shown relative to slipway's checkout.
        const base = file !== undefined && !file.startsWith(options.repo + (external_node_path_default()).sep) ? { ...options, repo: options.root } : options;
        if (file !== undefined)
            planned.calls = { uses: job.uses, plan: await planOf(await loadWorkflow(file), base) };
        else
            planned.calls = { uses: job.uses, plan: { workflow: job.uses, name: job.uses, jobs: [] } };
        return planned;
    }
    const strategy = field(job.token, 'strategy');
    const matrix = field(strategy, 'matrix');
    if (matrix === undefined)
        planned.legs = [];
    else {
        try {
            const legs = expandMatrix(evaluateToken(matrix, { contexts: options.contexts }));
            planned.legs = legs.map((leg) => legName(leg));
        }
        catch {
            planned.legs = `decided at run time: ${tokenSource(matrix)}`;
        }
    }
    for (const step of job.steps) {
        const stepName = field(step.token, 'name');
        const label = stepName !== undefined
            ? tokenSource(stepName)
            : step.uses !== undefined
                ? step.uses
                : (tokenSource(step.run).trim().split('\n')[0] ?? '');
        const p = {
            name: step.ownId !== undefined ? `${step.ownId}: ${label}` : label,
            how: howStep(step.uses, load_text(step.token, 'shell'), options),
        };
        if (step.condition !== 'success()')
            p.if = step.condition;
        planned.steps.push(p);
    }
    return planned;
}
function howStep(uses, shell, options) {
    if (uses === undefined)
        return shell ?? 'bash';
    const slipway = slipwayAction(uses);
    if (slipway !== undefined)
        return `slipway ${slipway.id} (dist/${slipway.id})`;
    const name = actionName(uses);
    if (standIns[name] !== undefined)
        return `stand-in ${name}`;
    return options.strict ? `fails: ${name} has no stand-in (--strict)` : `skipped: ${name} has no stand-in`;
}
function calledFile(uses, options) {
    const local = /^\.\/(\.github\/workflows\/[\w.-]+\.ya?ml)$/.exec(uses);
    if (local?.[1] !== undefined)
        return external_node_path_default().join(options.repo, local[1]);
    const remote = /^[\w.-]+\/slipway\/(\.github\/workflows\/[\w.-]+\.ya?ml)@[\w./-]+$/.exec(uses);
    if (remote?.[1] !== undefined)
        return external_node_path_default().join(options.root, remote[1]);
    return undefined;
}
function tokenSource(token) {
    if (token === undefined)
        return '';
    const t = token;
    if (typeof t.source === 'string')
        return t.source;
    if (typeof t.expression === 'string')
        return `\${{ ${t.expression} }}`;
    return (0,expressions/* asString */.oJ)(t.value ?? '');
}
/** The plan as text, one job a block, steps indented, nested calls further in. */
function formatPlan(plan, indent = '') {
    const lines = [`${indent}${plan.name} (${plan.workflow})`];
    for (const job of plan.jobs) {
        const needs = job.needs.length > 0 ? ` needs ${job.needs.join(', ')}` : '';
        lines.push(`${indent}  job ${job.id}${job.name ? ` — ${job.name}` : ''}${needs}${job.if ? ` if ${job.if}` : ''}`);
        if (typeof job.legs === 'string')
            lines.push(`${indent}    matrix: ${job.legs}`);
        else if (job.legs.length > 0)
            lines.push(`${indent}    matrix: ${job.legs.length} legs: ${job.legs.join(' ')}`);
        for (const step of job.steps)
            lines.push(`${indent}    - ${step.name} [${step.how}]${step.if ? ` if ${step.if}` : ''}`);
        if (job.calls)
            lines.push(`${indent}    calls ${job.calls.uses}:`, formatPlan(job.calls.plan, `${indent}      `));
    }
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./packages/cli/src/workflow/command.ts
// `slipway workflow <file>`: the command line of the workflow runner. Loaded on demand, so `slipway run` and
// `slipway list` never load the workflow parser.








function pairs(values, flag, fromEnv = false) {
    const result = {};
    for (const pair of values ?? []) {
        const eq = pair.indexOf('=');
        if (eq < 0 && fromEnv) {
            const value = process.env[pair];
            if (value === undefined)
                throw new UsageError(`${flag} ${pair}: no value given and no environment variable ${pair}`);
            result[pair] = value;
            continue;
        }
        if (eq <= 0)
            throw new UsageError(`${flag} ${JSON.stringify(pair)}: expected name=value`);
        result[pair.slice(0, eq)] = pair.slice(eq + 1);
    }
    return result;
}
class UsageError extends Error {
    name = 'UsageError';
}
function command_git(cwd, ...args) {
    try {
        return (0,external_node_child_process_.execFileSync)('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    }
    catch {
        return undefined;
    }
}
/** Parses the command line and runs (or plans) the workflow; `write` receives everything printed. */
async function workflowCommand(root, args, write = (text) => process.stdout.write(text)) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args,
        allowPositionals: true,
        options: {
            event: { type: 'string' },
            ref: { type: 'string' },
            sha: { type: 'string' },
            repo: { type: 'string' },
            repository: { type: 'string' },
            payload: { type: 'string' },
            input: { type: 'string', multiple: true },
            secret: { type: 'string', multiple: true },
            var: { type: 'string', multiple: true },
            job: { type: 'string', multiple: true },
            matrix: { type: 'string', multiple: true },
            'dry-run': { type: 'boolean' },
            strict: { type: 'boolean' },
            raw: { type: 'boolean' },
            debug: { type: 'boolean' },
            registry: { type: 'string', multiple: true },
            mirror: { type: 'string', multiple: true },
            'github-api': { type: 'string' },
            with: { type: 'string', multiple: true },
            'skip-step': { type: 'string', multiple: true },
            actor: { type: 'string' },
            token: { type: 'string' },
            out: { type: 'string' },
            json: { type: 'string' },
        },
    });
    const [file] = positionals;
    if (file === undefined || positionals.length > 1)
        throw new UsageError('slipway workflow: name exactly one workflow file');
    const absolute = external_node_path_default().resolve(file);
    const repo = external_node_path_default().resolve(values.repo ?? command_git(external_node_path_default().dirname(absolute), 'rev-parse', '--show-toplevel') ?? external_node_path_default().dirname(absolute));
    const event = values.event ?? 'push';
    const branch = command_git(repo, 'symbolic-ref', '--short', '-q', 'HEAD');
    const ref = values.ref ?? (branch ? `refs/heads/${branch}` : 'refs/heads/main');
    const sha = values.sha ??
        command_git(repo, 'rev-parse', '-q', '--verify', `${ref}^{commit}`) ??
        command_git(repo, 'rev-parse', 'HEAD') ??
        '0'.repeat(40);
    const repository = values.repository ??
        (0,runner/* repositoryFromRemote */.Py)(command_git(repo, 'remote', 'get-url', 'origin')) ??
        `local/${external_node_path_default().basename(repo)}`;
    const inputs = pairs(values.input, '--input');
    const replacements = {
        registries: Object.entries(pairs(values.registry, '--registry')),
        mirrors: Object.entries(pairs(values.mirror, '--mirror')),
        overrides: (values.with ?? []).map((spec) => {
            const match = /^([\w-]+)\.(.+)\.([\w-]+)=(.*)$/s.exec(spec);
            if (!match)
                throw new UsageError(`--with ${JSON.stringify(spec)}: expected job.step.input=value`);
            const [, job = '', step = '', input = '', value = ''] = match;
            return { job, step, input, value };
        }),
        skipSteps: values['skip-step'] ?? [],
    };
    if (values['github-api'] !== undefined)
        replacements.githubApi = values['github-api'];
    const actor = values.actor ?? process.env.GITHUB_ACTOR ?? 'slipway-local';
    const token = values.token ?? process.env.GITHUB_TOKEN ?? '';
    if (values['dry-run']) {
        const plan = await planWorkflow({
            file: absolute,
            repo,
            root,
            strict: values.strict === true,
            contexts: {
                github: { event_name: event, ref, sha, repository, repository_owner: repository.split('/')[0] ?? '' },
                inputs: inputs,
                vars: pairs(values.var, '--var'),
            },
        });
        write(`${formatPlan(plan)}\n`);
        if (values.json !== undefined)
            (0,external_node_fs_.writeFileSync)(values.json, `${JSON.stringify(plan, null, 2)}\n`);
        return { exitCode: 0, plan };
    }
    const runDir = external_node_path_default().resolve(values.out ?? (0,external_node_fs_.mkdtempSync)(external_node_path_default().join(external_node_os_default().tmpdir(), 'slipway-workflow-')));
    const options = {
        file: absolute,
        repo,
        root,
        event,
        ref,
        sha,
        repository,
        actor,
        token,
        inputs,
        secrets: pairs(values.secret, '--secret', true),
        vars: pairs(values.var, '--var'),
        replacements,
        runDir,
        write,
        ...(values.job ? { jobs: values.job } : {}),
        ...(values.matrix ? { matrix: pairs(values.matrix, '--matrix') } : {}),
        ...(values.strict ? { strict: true } : {}),
        ...(values.raw ? { raw: true } : {}),
        ...(values.debug ? { debug: true } : {}),
        ...(values.payload ? { payload: JSON.parse((0,external_node_fs_.readFileSync)(values.payload, 'utf8')) } : {}),
    };
    write(`${external_node_path_default().relative(process.cwd(), absolute) || absolute} on ${event} ${ref} (${sha.slice(0, 12)}) of ${repository}\n`);
    for (const [from, to] of replacements.registries)
        write(`  registry ${from} → ${to} (--registry)\n`);
    for (const [from, to] of replacements.mirrors)
        write(`  downloads ${from} → ${to} (--mirror)\n`);
    if (replacements.githubApi)
        write(`  GitHub API → ${replacements.githubApi} (--github-api)\n`);
    write(`  run folder: ${runDir}\n`);
    const result = await runWorkflow(options);
    write(`\nThe workflow ${result.result === 'failure' ? 'failed' : 'succeeded'}.\n`);
    if (values.json !== undefined)
        (0,external_node_fs_.writeFileSync)(values.json, `${JSON.stringify(result, null, 2)}\n`);
    return { exitCode: result.exitCode, result };
}


/***/ })

};
