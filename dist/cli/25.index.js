export const id = 25;
export const ids = [25];
export const modules = {

/***/ 3834:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dw: () => (/* reexport */ RetryableError),
  PS: () => (/* reexport */ isRetryableStatus),
  l: () => (/* reexport */ isTransientNetworkError),
  mu: () => (/* reexport */ parseRetryAfter),
  L5: () => (/* reexport */ retry),
  qq: () => (/* reexport */ silentLogger)
});

// UNUSED EXPORTS: ConfigError, ExecError, InputError, annotationAt, appendSummary, assertName, cell, code, coreLogger, details, exec, failFrom, formatLocation, formatOutput, heading, inheritedEnvironment, inputReader, inputVariable, isInside, isOnPath, loadSpawn, markdownTable, ownedPath, ownedProblem, parseList, parseSourceDateEpoch, quote, randomBytes, randomUUID, readRunnerContext, recordingLogger, removeOwned, runAction, setOutputs, sleep, workflowCommands

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
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
class errors_ConfigError extends Error {
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
        fd = openSync(device, 'r');
        for (let got = 0; got < count;) {
            const read = readSync(fd, bytes, got, count - got, null);
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
            closeSync(fd);
    }
}
/** A random (version 4) UUID, in the form of node:crypto's randomUUID. */
function random_randomUUID(device) {
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
    process.stdout.write(`${text}::${escapeData(commandValue(message))}${EOL}`);
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
function error(message, properties = {}) {
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
    process.stdout.write(message + EOL);
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
    return `${name}<<${delimiter}${EOL}${converted}${EOL}${delimiter}`;
}
function issueFileCommand(variable, message) {
    const file = process.env[`GITHUB_${variable}`];
    if (!file)
        throw new Error(`Unable to find environment variable for file command ${variable}`);
    if (!existsSync(file))
        throw new Error(`Missing file at path: ${file}`);
    appendFileSync(file, `${message}${EOL}`, { encoding: 'utf8' });
}
function setOutput(name, value) {
    if (process.env.GITHUB_OUTPUT) {
        issueFileCommand('OUTPUT', keyValueMessage(name, value));
        return;
    }
    process.stdout.write(EOL);
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
function context_readRunnerContext(env = process.env, cwd = process.cwd()) {
    const live = env === process.env;
    const workspace = path.resolve(cwd, nonEmpty(env.GITHUB_WORKSPACE) ?? '.');
    const serverUrl = (nonEmpty(env.GITHUB_SERVER_URL) ?? 'https://github.com').replace(/\/+$/, '');
    const apiUrl = (nonEmpty(env.GITHUB_API_URL) ?? defaultApiUrl(serverUrl)).replace(/\/+$/, '');
    return {
        env,
        workspace,
        temp: path.resolve(cwd, nonEmpty(env.RUNNER_TEMP) ?? os.tmpdir()),
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
                commands.addPath(folder);
            else
                throw new Error('addPath needs the live process environment');
        },
        state: {
            get: (name) => env[`STATE_${name}`] ?? '',
            save: (name, value) => {
                commands.saveState(name, value);
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
        text = readFileSync(file, 'utf8');
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
    return (await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1421, 23))).spawn;
}
/**
 * Runs a program with an argument array: no shell is involved, so no input can be interpreted as shell syntax.
 */
async function exec(command, args, options = {}) {
    if (options.noStdin && options.input !== undefined)
        throw new Error('exec: input with noStdin');
    const spawn = await loadSpawn();
    // Like node:child_process, node:readline is not in the start-up snapshot: loaded only for line callbacks.
    const { createInterface } = options.onStdoutLine || options.onStderrLine ? await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 481, 23)) : { createInterface: undefined };
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
    const workspace = path.resolve(env.GITHUB_WORKSPACE ?? process.cwd());
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
        const resolved = path.resolve(workspace, value);
        if (!options.allowOutside && !isInside(workspace, resolved)) {
            throw new InputError(name, value, `a path inside the workspace ${workspace}`);
        }
        let real;
        try {
            real = realpathSync(resolved);
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
    const relative = path.relative(parent, child);
    return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}
function realpathOrSelf(p) {
    try {
        return realpathSync(p);
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
function logger_annotationAt(location, title) {
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
var promises_ = __webpack_require__(1455);
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
    if (error instanceof InputError) {
        core.error(error.message, { title: `Invalid input: ${error.input}` });
        return;
    }
    if (error instanceof ConfigError) {
        core.error(error.message, error.location ? annotationAt(error.location) : {});
        return;
    }
    if (error instanceof Error) {
        core.error(error.message);
        if (error.stack)
            core.debug(error.stack);
        return;
    }
    core.error(`The action failed with a value that is not an Error: ${describe(error)}`);
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
        debug: (message) => core.debug(message),
        info: (message) => core.info(message),
        notice: (message, p) => core.notice(message, props(p)),
        warning: (message, p) => core.warning(message, props(p)),
        error: (message, p) => core.error(message, props(p)),
        group: (name, body) => core.group(name, body),
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
    await appendFile(file, markdown.endsWith('\n') ? markdown : `${markdown}\n`, 'utf8');
    return true;
}

;// CONCATENATED MODULE: ./packages/action-kit/src/index.ts













/***/ }),

/***/ 5025:
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
// EXTERNAL MODULE: ./packages/cli/src/runner.ts
var runner = __webpack_require__(9354);
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
    const permissions = field(root, 'permissions');
    if (permissions !== undefined)
        workflow.permissions = permissions;
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
    const state = { folder, base: '', uploads: new Map(), nextId: 1 };
    const server = (0,external_node_http_.createServer)((req, res) => {
        void handle(state, req, res).catch((error) => {
            res.writeHead(500, { 'content-type': 'application/json' });
            res.end(JSON.stringify({ code: 'internal', msg: error instanceof Error ? error.message : String(error) }));
        });
    });
    // A stalled client never holds a step forever.
    server.setTimeout(60_000);
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    state.base = `http://127.0.0.1:${server.address().port}`;
    // @actions/artifact reads the run and job ids from the token's scope claim; nothing checks a signature here.
    const claims = { scp: `Actions.Results:${(0,external_node_crypto_.randomUUID)()}:${(0,external_node_crypto_.randomUUID)()}` };
    const part = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
    return {
        env: {
            ACTIONS_RESULTS_URL: `${state.base}/`,
            ACTIONS_RUNTIME_TOKEN: `${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.local`,
        },
        async stop() {
            server.closeAllConnections();
            await new Promise((resolve) => server.close(() => resolve()));
        },
    };
}
async function handle(state, req, res) {
    const body = await readBody(req);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method === 'POST' && url.pathname.startsWith(SERVICE)) {
        twirpCall(state, url.pathname.slice(SERVICE.length), body, res);
        return;
    }
    const blob = /^\/blob\/([\w-]+)$/.exec(url.pathname);
    const upload = blob?.[1] !== undefined ? state.uploads.get(blob[1]) : undefined;
    if (req.method === 'PUT' && upload !== undefined) {
        blobPut(state, upload, url, body, res);
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
/** ListArtifacts, CreateArtifact and FinalizeArtifact of the results service's Twirp API. */
function twirpCall(state, method, body, res) {
    const request = JSON.parse(body.toString('utf8') || '{}');
    // iso-build asks first whether the artifact exists (a re-run replaces it).
    if (method === 'ListArtifacts') {
        const names = (0,external_node_fs_.existsSync)(state.folder) ? (0,external_node_fs_.readdirSync)(state.folder).filter((n) => !n.startsWith('.')) : [];
        const artifacts = names
            .filter((n) => request.name_filter === undefined || n === request.name_filter)
            .map((n, index) => ({ name: n, database_id: String(index + 1), size: '0', created_at: new Date().toISOString() }));
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
        state.uploads.set(key, { name, blocks: new Map() });
        json(res, 200, { ok: true, signed_upload_url: `${state.base}/blob/${key}?sig=local` });
        return;
    }
    if (method === 'FinalizeArtifact') {
        json(res, 200, { ok: true, artifact_id: String(state.nextId++) });
        return;
    }
    json(res, 404, { msg: `${method} is not served by the local artifact service` });
}
/** The blob upload: a staged block, the block list that commits them, or the whole zip in one PUT. */
function blobPut(state, upload, url, body, res) {
    const comp = url.searchParams.get('comp');
    if (comp === 'block')
        upload.blocks.set(url.searchParams.get('blockid') ?? '', body);
    else if (comp === 'blocklist') {
        const ids = [...body.toString('utf8').matchAll(/<(?:Latest|Committed|Uncommitted)>([^<]*)<\//g)].map((m) => m[1] ?? '');
        unpack(state.folder, upload.name, Buffer.concat(ids.map((id) => upload.blocks.get(id) ?? Buffer.alloc(0))));
    }
    else
        unpack(state.folder, upload.name, body);
    res.writeHead(201, {
        etag: `"${(0,external_node_crypto_.randomUUID)()}"`,
        'last-modified': new Date().toUTCString(),
        'x-ms-request-id': (0,external_node_crypto_.randomUUID)(),
        'x-ms-version': '2024-11-04',
        'x-ms-request-server-encrypted': 'true',
        'content-length': '0',
    });
    res.end();
}
/** The artifact's zip unpacked into `folder/<name>/`, replacing an earlier upload of the same name. */
function unpack(folder, name, zip) {
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

// EXTERNAL MODULE: ./packages/action-kit/src/index.ts + 11 modules
var src = __webpack_require__(3834);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./packages/http/src/errors.ts
var errors = __webpack_require__(1275);
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
var src_proxy = __webpack_require__(3342);
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
            const { DirectBody } = await __webpack_require__.e(/* import() */ 790).then(__webpack_require__.bind(__webpack_require__, 6790));
            direct = new DirectBody({
                host: to.hostname.replace(/^\[|\]$/g, ''),
                port: to.port === '' ? (to.protocol === 'https:' ? 443 : 80) : Number(to.port),
                tls: to.protocol === 'https:',
                ...(this.ca !== undefined ? { ca: this.ca } : {}),
            });
        }
        if (proxy === undefined) {
            module = https ? await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 4708, 23)) : await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 7067, 23));
            options.agent = await this.agentFor(https ? 'https' : 'http');
            if (https && this.ca !== undefined)
                options.ca = this.ca;
        }
        else if (https) {
            // A CONNECT tunnel through the proxy, then TLS to the target inside it: the proxy sees only host and port.
            module = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 4708, 23));
            options.agent = await this.agentFor('tunnel', proxy);
            if (this.ca !== undefined)
                options.ca = this.ca;
        }
        else {
            // Plain http through a proxy: the request goes to the proxy with the whole URL as its target (RFC 9112 §3.2.2).
            module = proxy.protocol === 'https:' ? await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 4708, 23)) : await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 7067, 23));
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
                agent = new (await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 7067, 23))).Agent({ keepAlive: true });
            else if (kind === 'https')
                agent = new (await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 4708, 23))).Agent({ keepAlive: true });
            else {
                const { createTunnelAgent } = await __webpack_require__.e(/* import() */ 410).then(__webpack_require__.bind(__webpack_require__, 6410));
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







;// CONCATENATED MODULE: ./packages/oci-registry/src/digest.ts

const DIGEST = /^(sha256):([a-f0-9]{64})$|^(sha512):([a-f0-9]{128})$/;
/** True for a digest this client can verify (OCI image-spec descriptor digests: sha256 and sha512). */
function digest_isDigest(value) {
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
function digest_verifyDigest(what, bytes, expected) {
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
class errors_RegistryError extends Error {
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
class RegistryAuthError extends errors_RegistryError {
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
function media_types_isIndexMediaType(mediaType) {
    return mediaType === MediaType.ociIndex || mediaType === MediaType.dockerManifestList;
}
/** The media type a manifest declares, or the one its shape implies (OCI allows an absent mediaType field). */
function media_types_manifestMediaTypeOf(manifest) {
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
        this.logger = options.logger ?? src/* silentLogger */.qq;
        this.retryOptions = options.retry ?? {};
        this.timeoutMs = options.requestTimeoutMs ?? 600_000;
        this.origin = new URL(this.base).origin;
        this.http =
            options.http ??
                new HttpClient({
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
        if (digest && digest_isDigest(digest) && mediaType)
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
        const expected = digest_isDigest(reference) ? reference : announced && digest_isDigest(announced) ? announced : undefined;
        if (expected)
            digest_verifyDigest(what, response.body, expected);
        const digest = expected ?? digestOf(response.body);
        let parsed;
        try {
            parsed = JSON.parse(response.body.toString('utf8'));
        }
        catch {
            throw new errors_RegistryError(`${what} is not JSON`, response.status);
        }
        const mediaType = mediaTypeOf(response.headers) ?? media_types_manifestMediaTypeOf(parsed);
        return { digest, mediaType, size: response.body.length, bytes: response.body };
    }
    /** Puts a manifest under a tag or its digest; returns its digest, checked against what the registry computed. */
    async putManifest(repository, reference, bytes, mediaType) {
        const digest = digestOf(bytes);
        if (digest_isDigest(reference) && reference !== digest) {
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
        if (!digest_isDigest(digest))
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
        digest_verifyDigest(`blob ${repository}@${digest}`, response.body, digest);
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
                throw new errors_RegistryError(`the tag list of ${repository} is not JSON`, response.status);
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
                    throw new errors_RegistryError(`the tag list of ${repository} points its next page at another host`, 200);
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
        throw new errors_RegistryError(`the tag list of ${repository} did not end after 10,000 pages`, 200);
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
        return (0,src/* retry */.L5)(async (attempt) => {
            const start = attempt === 1 && location !== undefined ? location : await this.startUpload(repository);
            return size > this.chunkSize
                ? this.uploadChunked(repository, digest, source, size, start)
                : this.uploadMonolithic(repository, digest, client_bodyOf(source, 0, size), start);
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
            throw new errors_RegistryError(`the registry started an upload to ${repository} without a Location`, 202);
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
            const chunk = client_bodyOf(source, offset, Math.min(this.chunkSize, size - offset));
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
            shouldRetry: (error) => error instanceof src/* RetryableError */.dw || (0,src/* isTransientNetworkError */.l)(error),
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
        return (0,src/* retry */.L5)(attempt, this.retryWith(what));
    }
    errorFor(what, response) {
        const errors = registryErrorsOf(response.body.toString('utf8'));
        const detail = errors.map((e) => `${e.code}${e.message ? `: ${e.message}` : ''}`).join('; ');
        const message = `${what} failed: HTTP ${response.status}${detail ? ` (${detail})` : ''}`;
        if ((0,src/* isRetryableStatus */.PS)(response.status)) {
            return new src/* RetryableError */.dw(message, (0,src/* parseRetryAfter */.mu)(response.headers.get('retry-after')));
        }
        const codes = errors.map((e) => e.code);
        if (response.status === 401 || response.status === 403) {
            const user = this.credentials ? `user ${this.credentials.username}` : 'anonymous access';
            return new RegistryAuthError(`${message}: the registry ${this.registry} refused ${user}`, response.status, codes);
        }
        return new errors_RegistryError(message, response.status, codes);
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
        const realmCredential = this.credentials ? bindCredential(url, basic(this.credentials)) : undefined;
        const response = await (0,src/* retry */.L5)(async () => {
            const answer = await this.fetchRaw(url.toString(), 'GET', {}, undefined, realmCredential, `GET ${what}`);
            if (answer.status === 200)
                return answer;
            if ((0,src/* isRetryableStatus */.PS)(answer.status)) {
                throw new src/* RetryableError */.dw(`${what} failed: HTTP ${answer.status}`, (0,src/* parseRetryAfter */.mu)(answer.headers.get('retry-after')));
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
function client_bodyOf(source, offset, length) {
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
    return path.join(layout, 'blobs', algorithm, hex);
}
async function readVerified(layout, descriptor) {
    const bytes = await readFile(blobPath(layout, descriptor.digest));
    verifyDigest(`${layout} ${descriptor.digest}`, bytes, descriptor.digest);
    return bytes;
}
/** Reads the image a layout's index.json names `refName` (or its only image when none is given). */
async function readOciLayout(layout, refName) {
    const index = JSON.parse(await readFile(path.join(layout, 'index.json'), 'utf8'));
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
        const { size } = await stat(file);
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
    const logger = options.logger ?? silentLogger;
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








;// CONCATENATED MODULE: ./packages/cli/src/workflow/image-scan.ts
// The local stand-ins of the scan gate: Trivy and its vulnerability database cannot run here, and code scanning is a
// GitHub service. The scan stand-in reads the image from the registry as Trivy would (the reference it is given, every
// platform of an index, the credentials in TRIVY_USERNAME/TRIVY_PASSWORD) but knows no vulnerability: the findings
// are the ones the image declares in its config label `slipway.test.vulnerabilities` (`CVE-…=SEVERITY`, comma or
// space separated), which is how a test marks an image that must fail the gate. Everything else follows
// trivy-action: `severity` filters what counts, `exit-code` is the status when something counts, `format: sarif`
// writes a SARIF 2.1.0 report to `output` and, unless `limit-severities-for-sarif: true`, drops the severity filter
// (trivy-action unsets TRIVY_SEVERITY for SARIF, so its exit code then trips on any severity).



const VULNERABILITIES_LABEL = 'slipway.test.vulnerabilities';
const SEVERITIES = ['UNKNOWN', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];
/** GitHub's code scanning orders alerts by this property of the rule (Trivy's own values). */
const SECURITY_SEVERITY = {
    CRITICAL: '9.5',
    HIGH: '8.0',
    MEDIUM: '5.5',
    LOW: '2.0',
    UNKNOWN: '0.0',
};
const SARIF_LEVEL = {
    CRITICAL: 'error',
    HIGH: 'error',
    MEDIUM: 'warning',
    LOW: 'note',
    UNKNOWN: 'note',
};
/** `CVE-2099-0001=CRITICAL, CVE-2099-0002=low`: the findings a label declares; a malformed entry throws. */
function parseDeclaredFindings(text) {
    return text
        .split(/[\s,]+/)
        .filter((entry) => entry !== '')
        .map((entry) => {
        const match = /^([\w.:-]+)=(\w+)$/.exec(entry);
        const severity = match?.[2]?.toUpperCase();
        if (!match?.[1] || !SEVERITIES.includes(severity))
            throw new Error(`the label ${VULNERABILITIES_LABEL} has ${JSON.stringify(entry)}, expected ID=SEVERITY ` +
                `(${SEVERITIES.join(', ')})`);
        return { id: match[1], severity: severity };
    });
}
/** `registry/owner/name@sha256:…` or `registry/owner/name:tag`; the registry host must be named. */
function parseImageRef(ref) {
    const at = ref.indexOf('@');
    let name = at >= 0 ? ref.slice(0, at) : ref;
    let reference = at >= 0 ? ref.slice(at + 1) : 'latest';
    if (at < 0) {
        const colon = name.lastIndexOf(':');
        if (colon > name.lastIndexOf('/')) {
            reference = name.slice(colon + 1);
            name = name.slice(0, colon);
        }
    }
    const slash = name.indexOf('/');
    const registry = slash >= 0 ? name.slice(0, slash) : '';
    const repository = slash >= 0 ? name.slice(slash + 1) : '';
    // A first part without `.` or `:` is a path of Docker Hub's: not a registry the run was pointed at.
    if (!(registry.includes('.') || registry.includes(':') || registry === 'localhost'))
        throw new Error(`image-ref ${JSON.stringify(ref)} names no registry host (registry/owner/name@sha256:…)`);
    if (repository === '' || reference === '')
        throw new Error(`image-ref ${JSON.stringify(ref)} names no image`);
    return { registry, repository, reference };
}
/** Every declared finding of an image, each platform's config read from the registry (no layer is pulled). */
async function declaredFindings(client, repository, reference) {
    const root = await client.getManifest(repository, reference);
    if (!root)
        throw new Error(`${client.registry}/${repository}@${reference} is not in the registry`);
    const configs = [];
    const parsed = JSON.parse(root.bytes.toString('utf8'));
    if ('manifests' in parsed || media_types_isIndexMediaType(root.mediaType)) {
        for (const child of parsed.manifests) {
            // Attestation manifests (buildx's unknown/unknown) are no platform an image runs on.
            if (!child.platform || child.platform.os === 'unknown')
                continue;
            const manifest = await client.getManifest(repository, child.digest);
            if (!manifest)
                throw new Error(`${repository}@${child.digest}, listed by ${root.digest}, is not in the registry`);
            const { os, architecture, variant } = child.platform;
            configs.push({
                platform: [os, architecture, variant].filter(Boolean).join('/'),
                digest: JSON.parse(manifest.bytes.toString('utf8')).config.digest,
            });
        }
    }
    else {
        configs.push({ platform: '', digest: parsed.config.digest });
    }
    const byId = new Map();
    const platforms = [];
    for (const { platform, digest } of configs) {
        const config = JSON.parse((await client.getBlob(repository, digest)).toString('utf8'));
        const platformName = platform !== '' ? platform : [config.os, config.architecture].filter((p) => p !== undefined).join('/');
        platforms.push(platformName);
        const label = config.config?.Labels?.[VULNERABILITIES_LABEL] ?? '';
        for (const { id, severity } of parseDeclaredFindings(label)) {
            const known = byId.get(id);
            if (known)
                known.platforms.push(platformName);
            else
                byId.set(id, { id, severity, platforms: [platformName] });
        }
    }
    return { digest: root.digest, platforms, findings: [...byId.values()] };
}
function sarifReport(imageRef, findings) {
    return {
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'Trivy',
                        fullName: `slipway's local stand-in for Trivy (findings declared by the label ${VULNERABILITIES_LABEL})`,
                        version: 'stand-in',
                        rules: findings.map((f) => ({
                            id: f.id,
                            name: 'DeclaredVulnerability',
                            shortDescription: { text: `${f.id} (declared by the image)` },
                            properties: { 'security-severity': SECURITY_SEVERITY[f.severity], tags: ['vulnerability', f.severity] },
                        })),
                    },
                },
                results: findings.map((f, ruleIndex) => ({
                    ruleId: f.id,
                    ruleIndex,
                    level: SARIF_LEVEL[f.severity],
                    message: { text: `${f.id} (${f.severity}) in ${imageRef}${platformsText(f)}` },
                    locations: [
                        {
                            physicalLocation: {
                                artifactLocation: { uri: imageRef.replace(/[@:]/g, '/'), uriBaseId: 'ROOTPATH' },
                                region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
                            },
                        },
                    ],
                })),
                columnKind: 'utf16CodeUnits',
                originalUriBaseIds: { ROOTPATH: { uri: 'file:///' } },
            },
        ],
    };
}
const platformsText = (f) => f.platforms.some((p) => p !== '') ? ` (${f.platforms.filter((p) => p !== '').join(', ')})` : '';
function severityList(text) {
    const wanted = (text ?? '').trim() === '' ? [...SEVERITIES] : (text ?? '').split(',').map((s) => s.trim().toUpperCase());
    const unknown = wanted.filter((s) => !SEVERITIES.includes(s));
    return unknown.length > 0
        ? `severity ${unknown.join(', ')} is not one of ${SEVERITIES.join(', ')}`
        : wanted;
}
/** The report Trivy would write in `format` (sarif, json, or the table). */
function report(format, imageRef, findings) {
    if (format === 'sarif')
        return `${JSON.stringify(sarifReport(imageRef, findings), null, 2)}\n`;
    if (format === 'json')
        return `${JSON.stringify({
            ArtifactName: imageRef,
            ArtifactType: 'container_image',
            Results: [
                {
                    Target: imageRef,
                    Class: 'declared',
                    Vulnerabilities: findings.map((f) => ({ VulnerabilityID: f.id, Severity: f.severity })),
                },
            ],
        }, null, 2)}\n`;
    const rows = findings.map((f) => `${f.id.padEnd(20)} ${f.severity.padEnd(9)}${platformsText(f)}`);
    return `${imageRef}\nTotal: ${findings.length}\n${rows.join('\n')}${rows.length > 0 ? '\n' : ''}`;
}
/** aquasecurity/trivy-action, image scans only: see the top of this file. */
const trivyScan = async ({ inputs, env, workspace, log }) => {
    const failure = (note) => ({ outcome: 'failure', note: `stand-in for Trivy: ${note}` });
    const scanType = inputs['scan-type'] ?? 'image';
    if (scanType !== 'image')
        return failure(`scan-type ${scanType} cannot run here (the stand-in scans images in a registry only)`);
    const imageRef = (inputs['image-ref'] ?? '').trim();
    if (imageRef === '')
        return failure('image-ref is empty');
    const severities = severityList(inputs.severity);
    if (typeof severities === 'string')
        return failure(severities);
    const format = inputs.format ?? 'table';
    if (!['table', 'json', 'sarif'].includes(format))
        return failure(`format ${format} is not made here (table, json or sarif)`);
    const exitCode = Number(inputs['exit-code'] ?? '0');
    if (!Number.isInteger(exitCode) || exitCode < 0)
        return failure(`exit-code ${inputs['exit-code'] ?? ''} is no exit code`);
    const output = inputs.output ?? '';
    const outputFile = output === '' ? undefined : external_node_path_default().resolve(workspace, output);
    if (outputFile !== undefined && !outputFile.startsWith(workspace + (external_node_path_default()).sep))
        return failure(`output ${output} is outside the workspace`);
    log('stand-in for aquasecurity/trivy-action: Trivy does not run here and consults no vulnerability database;');
    log(`the findings are those the image declares in its label ${VULNERABILITIES_LABEL}`);
    let scanned;
    let where;
    try {
        where = parseImageRef(imageRef);
        const username = env.TRIVY_USERNAME ?? '';
        const password = env.TRIVY_PASSWORD ?? '';
        const client = new RegistryClient({
            registry: where.registry,
            // slipway workflow points registries at loopback ones (--registry), which speak plain HTTP.
            insecure: isLoopbackRegistry(where.registry),
            ...(username !== '' && password !== '' ? { credentials: { username, password } } : {}),
            env: { ...process.env, ...env },
            retry: { attempts: 3 },
        });
        scanned = await declaredFindings(client, where.repository, where.reference);
    }
    catch (error) {
        return failure(`reading ${imageRef} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    // trivy-action drops the severity filter for SARIF unless told to keep it: the exit code then counts every finding.
    const filterDropped = format === 'sarif' && inputs['limit-severities-for-sarif'] !== 'true';
    if (filterDropped && severities.length < SEVERITIES.length)
        log(`format sarif without limit-severities-for-sarif: true: every severity counts, not only ${severities.join(',')}`);
    const counted = scanned.findings.filter((f) => filterDropped || severities.includes(f.severity));
    if (outputFile !== undefined) {
        (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(outputFile), { recursive: true });
        (0,external_node_fs_.writeFileSync)(outputFile, report(format, imageRef, counted));
    }
    else
        log(report(format, imageRef, counted).trimEnd());
    const summary = `${scanned.findings.length} declared finding(s) in ${where.repository}@${scanned.digest.slice(0, 19)}… ` +
        `(${scanned.platforms.join(', ') || 'one platform'}), ${counted.length} at ` +
        (filterDropped ? 'any severity' : severities.join(',')) +
        (counted.length > 0 ? `: ${counted.map((f) => `${f.id} ${f.severity}`).join(', ')}` : '') +
        (outputFile !== undefined ? `; ${format} report in ${external_node_path_default().relative(workspace, outputFile)}` : '');
    if (counted.length > 0 && exitCode !== 0)
        return { outcome: 'failure', note: `stand-in for Trivy: ${summary}` };
    return { outcome: 'success', note: `stand-in for Trivy: ${summary}` };
};
/** The SARIF files `sarif_file` names: one file, or every .sarif file of a folder. */
function sarifFiles(workspace, given) {
    const target = external_node_path_default().resolve(workspace, given);
    if (!(0,external_node_fs_.existsSync)(target))
        return [];
    if (!(0,external_node_fs_.statSync)(target).isDirectory())
        return [target];
    return (0,external_node_fs_.readdirSync)(target, { recursive: true, encoding: 'utf8' })
        .filter((name) => name.endsWith('.sarif'))
        .map((name) => external_node_path_default().join(target, name))
        .sort();
}
/** github/codeql-action/upload-sarif: recorded, not run; the file must be there and be SARIF, as the upload checks. */
const uploadSarif = ({ inputs, workspace }) => {
    const given = inputs.sarif_file ?? '../results';
    const files = sarifFiles(workspace, given);
    if (files.length === 0)
        return { outcome: 'failure', note: `upload-sarif stand-in: path does not exist: ${given} (nothing to record)` };
    let results = 0;
    for (const file of files) {
        try {
            const sarif = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
            if (sarif.version !== '2.1.0' || !Array.isArray(sarif.runs))
                throw new Error('not SARIF 2.1.0');
            results += sarif.runs.reduce((sum, run) => sum + (run.results?.length ?? 0), 0);
        }
        catch (error) {
            return {
                outcome: 'failure',
                note: `upload-sarif stand-in: ${external_node_path_default().relative(workspace, file)} is not SARIF 2.1.0 (${error instanceof Error ? error.message : String(error)})`,
            };
        }
    }
    const category = inputs.category ? ` (category ${inputs.category})` : '';
    return {
        outcome: 'success',
        note: `recorded, not run: the code scanning upload of ${files.map((f) => external_node_path_default().relative(workspace, f)).join(', ')}` +
            `${category}: ${results} result(s); nothing leaves this machine`,
    };
};

;// CONCATENATED MODULE: ./packages/cli/src/workflow/stand-ins.ts
// Local stand-ins for the third-party actions the example workflows use. Each says what it did instead, in one line;
// an action without a stand-in is skipped with a line that says so (or fails the step with --strict).




/** `owner/name` of a `uses:` (without path and ref), lower-case. */
function actionName(uses) {
    const [name = ''] = uses.split('@');
    return name.split('/').slice(0, 2).join('/').toLowerCase();
}
/**
 * The stand-in of a `uses:`, by its full path (`github/codeql-action/upload-sarif`) before its repository
 * (`actions/checkout`): one repository can hold several actions, each with a stand-in of its own or none.
 */
function standInFor(uses) {
    const [full = ''] = uses.toLowerCase().split('@');
    for (const name of [full, actionName(uses)]) {
        const standIn = standIns[name];
        if (standIn !== undefined)
            return { name, standIn };
    }
    return undefined;
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
    'aquasecurity/trivy-action': trivyScan,
    'github/codeql-action/upload-sarif': uploadSarif,
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
    const refName = (0,runner/* refNameOf */._4)(options.ref);
    // Every mistake in the inputs or --job is reported before the artifact service listens, and the service stops
    // whatever happens after: a server left listening keeps the process (a test worker, say) alive.
    const inputs = workflowInputs(workflow, options.event, options.inputs);
    selectJobs(workflow, options.jobs);
    const service = await startArtifactService(external_node_path_default().join(options.runDir, 'artifacts'));
    try {
        const state = {
            options,
            artifactEnv: service.env,
            records: [],
            runId: String(Date.now()),
            masks: [
                options.token,
                service.env.ACTIONS_RUNTIME_TOKEN ?? '',
                options.idToken?.token ?? '',
                ...Object.values(options.secrets),
            ].filter((s) => s !== ''),
            github: {
                event_name: options.event,
                event: payload,
                ref: options.ref,
                ref_name: refName,
                ref_type: (0,runner/* refTypeOf */.hB)(options.ref),
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
        const secrets = { GITHUB_TOKEN: options.token, ...options.secrets };
        const run = await runJobs(state, workflow, { inputs, secrets, prefix: '', idToken: true });
        printTables(state);
        return { result: run.result, exitCode: run.result === 'failure' ? 1 : 0, jobs: state.records, outputs: run.outputs };
    }
    finally {
        await service.stop();
    }
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
        // As on GitHub, failure() of a job looks at every job before it in the chain of needs, not only the direct ones:
        // a job after a skipped job whose own need failed still sees the failure.
        const ancestorFailed = ancestorsOf(workflow, job).some((id) => results.get(id)?.result === 'failure');
        const status = {
            success: needResults.every((r) => r === 'success'),
            failure: ancestorFailed,
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
/** Every job a job needs, directly or through the jobs it needs. */
function ancestorsOf(workflow, job) {
    const byId = new Map(workflow.jobs.map((j) => [j.id, j]));
    const seen = new Set();
    const visit = (id) => {
        if (seen.has(id))
            return;
        seen.add(id);
        for (const need of byId.get(id)?.needs ?? [])
            visit(need);
    };
    job.needs.forEach(visit);
    return [...seen];
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
/** Whether a job's permissions (else its workflow's) grant `id-token: write`; the default token has no id-token. */
function grantsIdToken(workflow, job, contexts) {
    const token = field(job.token, 'permissions') ?? workflow.permissions;
    if (token === undefined)
        return false;
    const value = evaluateToken(token, { contexts });
    if (value === 'write-all')
        return true;
    return isObject(value) && value['id-token'] === 'write';
}
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
        const idToken = scope.idToken && grantsIdToken(workflow, job, legContexts);
        const record = await runJob(state, workflow, job, legContexts, key, leg, idToken, legs.length > 1 ? index + 1 : undefined);
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
async function runJob(state, workflow, job, contexts, key, leg, idToken, legNumber) {
    const setup = prepareJob(state, workflow, job, contexts, key, legNumber);
    const progress = {
        steps: [],
        stepsContext: {},
        exported: {},
        paths: [],
        failed: false,
        cancelled: false,
    };
    for (const [index, step] of job.steps.entries()) {
        const record = await runJobStep(state, job, setup, progress, step, index, idToken);
        progress.steps.push(record);
        if (step.ownId !== undefined) {
            progress.stepsContext[step.ownId] = {
                outputs: record.outputs,
                outcome: record.outcome,
                conclusion: record.conclusion,
            };
        }
    }
    const { failed, cancelled, skipRest, steps } = progress;
    let result = cancelled ? 'cancelled' : failed ? 'failure' : 'success';
    if (!failed && !cancelled && skipRest !== undefined && steps.every((s) => s.outcome !== 'failure'))
        result = 'success';
    const outputs = jobOutputs(state, job, { ...setup.base, steps: progress.stepsContext, matrix: leg });
    const record = { key, id: job.id, result, outputs, steps };
    if (Object.keys(leg).length > 0)
        record.matrix = leg;
    if (skipRest !== undefined)
        record.reason = skipRest;
    state.options.write(`  ${key}: ${result}${skipRest !== undefined ? ` (${skipRest})` : ''}\n`);
    return record;
}
/** A clean workspace and temp folder for the job, its name printed, and its contexts, env and defaults evaluated. */
function prepareJob(state, workflow, job, contexts, key, legNumber) {
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
    const files = {
        output: external_node_path_default().join(temp, '_runner_file_commands', 'set_output'),
        env: external_node_path_default().join(temp, '_runner_file_commands', 'set_env'),
        path: external_node_path_default().join(temp, '_runner_file_commands', 'add_path'),
        summary: external_node_path_default().join(temp, '_runner_file_commands', 'step_summary'),
        state: external_node_path_default().join(temp, '_runner_file_commands', 'save_state'),
    };
    (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(files.output), { recursive: true });
    return {
        key,
        slug,
        workspace,
        temp,
        base,
        jobEnv,
        defaults,
        timeoutMinutes,
        deadline: Date.now() + timeoutMinutes * 60_000,
        files,
    };
}
/** One step of a job: decided (skips, `if:`, the deadline), run, and its record, outputs and summary written. */
async function runJobStep(state, job, setup, progress, step, index, idToken) {
    const { options } = state;
    const stepEnvBase = { ...setup.jobEnv, ...progress.exported };
    const stepContexts = {
        ...setup.base,
        env: stepEnvBase,
        steps: progress.stepsContext,
        job: { status: progress.failed ? 'failure' : 'success' },
    };
    const name = stepName(step, stepContexts);
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
    const gate = stepGate(state, job, setup, progress, step, name, stepContexts);
    if (gate !== undefined) {
        record.outcome = record.conclusion = gate.outcome;
        if (gate.note !== undefined)
            record.note = gate.note;
        options.write(gate.line);
        return record;
    }
    options.write(`  ▶ ${name}\n`);
    const started = performance.now();
    let stepResult;
    try {
        // The step's env: the job's, what earlier steps exported, then its own `env:` (which may read the others).
        const own = evaluateToken(field(step.token, 'env'), { contexts: stepContexts, workspace: setup.workspace });
        const stepEnv = { ...stepEnvBase };
        if (isObject(own))
            for (const [k, v] of Object.entries(own))
                stepEnv[k] = (0,expressions/* asString */.oJ)(v);
        const evalContexts = { ...stepContexts, env: stepEnv };
        const stepTimeout = Number((0,expressions/* asString */.oJ)(evaluateToken(field(step.token, 'timeout-minutes'), { contexts: evalContexts })) || 0);
        const timeoutMs = Math.max(1000, Math.min(setup.deadline - Date.now(), stepTimeout > 0 ? stepTimeout * 60_000 : Infinity));
        const run = {
            state,
            job,
            step,
            name,
            workspace: setup.workspace,
            temp: setup.temp,
            files: setup.files,
            stepEnv,
            contexts: evalContexts,
            paths: progress.paths,
            timeoutMs,
            defaults: setup.defaults,
            key: setup.key,
            idToken,
        };
        stepResult = step.uses !== undefined ? await runUsesStep(run) : await runScriptStep(run);
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
        progress.skipRest = stepResult.skipJob;
    if (stepResult.outcome === 'failure') {
        const coe = (0,expressions/* truthy */.vN)(evaluateToken(field(step.token, 'continue-on-error'), { contexts: stepContexts }));
        if (coe) {
            record.conclusion = 'success';
            options.write(`    failed; continue-on-error: the job goes on\n`);
        }
        else
            progress.failed = true;
    }
    // What the step wrote to GITHUB_ENV and GITHUB_PATH reaches the steps after it.
    Object.assign(progress.exported, readCommandFile(setup.files.env));
    for (const p of readLines(setup.files.path))
        progress.paths.unshift(p);
    (0,external_node_fs_.writeFileSync)(setup.files.env, '');
    (0,external_node_fs_.writeFileSync)(setup.files.path, '');
    reportStep(state, setup, step, index, record);
    return record;
}
function stepName(step, contexts) {
    const nameToken = field(step.token, 'name');
    try {
        if (nameToken !== undefined)
            return (0,expressions/* asString */.oJ)(evaluateToken(nameToken, { contexts }));
        if (step.uses !== undefined)
            return `Run ${step.uses}`;
        return `Run ${firstLine((0,expressions/* asString */.oJ)(evaluateToken(step.run, { contexts })))}`;
    }
    catch {
        return step.ownId ?? step.id;
    }
}
/**
 * Whether a step runs: undefined when it does, else how it ends without running (skipped after a step that ended the
 * job, by --skip-step or by its `if:`; failed by an `if:` that cannot be evaluated; cancelled past the deadline).
 */
function stepGate(state, job, setup, progress, step, name, contexts) {
    if (progress.skipRest !== undefined) {
        return { outcome: 'skipped', note: progress.skipRest, line: `  ○ ${name}: skipped (${progress.skipRest})\n` };
    }
    const skipKey = `${job.id}.${step.ownId ?? name}`;
    if (state.options.replacements.skipSteps.includes(skipKey)) {
        return {
            outcome: 'skipped',
            note: `--skip-step ${skipKey}`,
            line: `  ○ ${name}: skipped (--skip-step ${skipKey}: not run on this machine)\n`,
        };
    }
    let go;
    try {
        go = (0,expressions/* truthy */.vN)(evaluateCondition(step.condition, {
            contexts,
            status: { success: !progress.failed, failure: progress.failed, cancelled: progress.cancelled },
            workspace: setup.workspace,
        }));
    }
    catch (error) {
        progress.failed = true;
        return { outcome: 'failure', note: message(error), line: `  ✗ ${name}: ${message(error)}\n` };
    }
    if (!go)
        return { outcome: 'skipped', line: `  ○ ${name}: skipped (if: ${step.condition})\n` };
    if (Date.now() > setup.deadline) {
        progress.cancelled = true;
        const note = `the job's timeout-minutes (${setup.timeoutMinutes}) ran out`;
        return { outcome: 'cancelled', note, line: `  ✗ ${name}: cancelled, ${note}\n` };
    }
    return undefined;
}
/** The step's line in the log (masked), its outputs, and its summary kept under summaries/<job>/. */
function reportStep(state, setup, step, index, record) {
    const { options } = state;
    const mark = record.outcome === 'success' ? '✓' : record.outcome === 'skipped' ? '○' : '✗';
    options.write(mask(state, `  ${mark} ${record.name} (${(record.durationMs / 1000).toFixed(1)} s)${record.note ? `: ${record.note}` : ''}\n`));
    for (const [k, v] of Object.entries(record.outputs))
        options.write(`      ${k} = ${oneLine(mask(state, v))}\n`);
    if (record.summary.trim() !== '') {
        const file = external_node_path_default().join(options.runDir, 'summaries', setup.slug, `${index + 1}-${(step.ownId ?? 'step').replace(/[^\w.-]+/g, '_')}.md`);
        (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(file), { recursive: true });
        (0,external_node_fs_.writeFileSync)(file, record.summary);
        options.write(`      summary: ${external_node_path_default().relative(process.cwd(), file)}\n`);
    }
}
/** The job's `outputs:`, evaluated over its steps; one that cannot be evaluated is left out, and the log says why. */
function jobOutputs(state, job, contexts) {
    const outputs = {};
    const outputsToken = field(job.token, 'outputs');
    if (outputsToken === undefined || !(0,dist/* isMapping */.pi)(outputsToken))
        return outputs;
    for (const pair of outputsToken) {
        const name = (0,expressions/* asString */.oJ)(evaluateToken(pair.key, { contexts }));
        try {
            outputs[name] = (0,expressions/* asString */.oJ)(evaluateToken(pair.value, { contexts }));
        }
        catch (error) {
            state.options.write(`  outputs.${name}: ${message(error)}\n`);
        }
    }
    return outputs;
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
    // As on GitHub: only a job with `id-token: write` can ask for an OIDC token; others get none, even when slipway's
    // own environment has a token service.
    env.ACTIONS_ID_TOKEN_REQUEST_URL = run.idToken ? (state.options.idToken?.url ?? '') : '';
    env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = run.idToken ? (state.options.idToken?.token ?? '') : '';
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
        const found = standInFor(uses);
        if (found === undefined) {
            const note = `${uses}: no local stand-in for this action`;
            if (options.strict)
                return { outcome: 'failure', outputs: {}, summary: '', note: `${note} (--strict)` };
            return { outcome: 'skipped', outputs: {}, summary: '', note: `skipped, ${note} (--strict fails here)` };
        }
        const result = await found.standIn({
            repo: options.repo,
            repository: options.repository,
            ref: options.ref,
            sha: options.sha,
            workspace,
            artifacts: external_node_path_default().join(options.runDir, 'artifacts'),
            inputs,
            env: run.stepEnv,
            log: (line) => options.write(mask(state, `    ${line}\n`)),
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
        const loopback = isLoopback(registry);
        if (loopback && replacements.registries.some(([, to]) => to === registry) && inputs.insecure !== 'true') {
            inputs.insecure = 'true';
            say(`insecure: true (plain HTTP to the loopback registry ${registry})`);
        }
    }
    if (action === 'attest-image' && inputs.insecure !== 'true') {
        // Its images name their registry (ghcr-publish's images output, after --registry): plain HTTP when every one is
        // a loopback registry this run was pointed at, as for ghcr-publish.
        const registries = registriesNamedBy(inputs.images ?? '');
        const targets = replacements.registries.map(([, to]) => to);
        if (registries.length > 0 && registries.every((r) => targets.includes(r) && isLoopback(r))) {
            inputs.insecure = 'true';
            say(`insecure: true (plain HTTP to the loopback registry ${[...new Set(registries)].join(', ')})`);
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
const isLoopback = (registry) => /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/.test(registry);
/** The registry hosts of attest-image's `images`: JSON objects with `name`, or `registry/owner/name@…` lines. */
function registriesNamedBy(images) {
    let names;
    try {
        const parsed = JSON.parse(images);
        names = Array.isArray(parsed)
            ? parsed.map((entry) => (isObject(entry) ? (0,expressions/* asString */.oJ)(entry.name ?? '') : ''))
            : [];
    }
    catch {
        names = images.split('\n');
    }
    return names.map((name) => name.trim().split('/')[0] ?? '').filter((host) => host !== '');
}
/** A job that calls a reusable workflow: its jobs run here, with the call's inputs and secrets. */
async function runCall(state, caller, job, contexts, scope) {
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
    const result = await runJobs(state, called, {
        inputs,
        secrets,
        prefix: `${key}/`,
        idToken: scope.idToken && grantsIdToken(caller, job, contexts),
    });
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
    const standIn = standInFor(uses);
    if (standIn !== undefined)
        return `stand-in ${standIn.name}`;
    const name = actionName(uses);
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
    // A matrix whose vectors come from expressions: `leg: ${{ fromJSON(...) }}`.
    if ((0,dist/* isMapping */.pi)(token))
        return [...token].map((pair) => `${tokenSource(pair.key)}: ${tokenSource(pair.value)}`).join(', ');
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
const OPTIONS = {
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
};
/** Parses the command line and runs (or plans) the workflow; `write` receives everything printed. */
async function workflowCommand(root, args, write = (text) => process.stdout.write(text)) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({ args, allowPositionals: true, options: OPTIONS });
    const [file] = positionals;
    if (file === undefined || positionals.length > 1)
        throw new UsageError('slipway workflow: name exactly one workflow file');
    const target = targetOf(external_node_path_default().resolve(file), values);
    const inputs = pairs(values.input, '--input');
    const replacements = replacementsOf(values);
    if (values['dry-run']) {
        const plan = await planWorkflow({
            file: target.file,
            repo: target.repo,
            root,
            strict: values.strict === true,
            contexts: {
                github: {
                    event_name: target.event,
                    ref: target.ref,
                    sha: target.sha,
                    repository: target.repository,
                    repository_owner: target.repository.split('/')[0] ?? '',
                },
                inputs: inputs,
                vars: pairs(values.var, '--var'),
            },
        });
        write(`${formatPlan(plan)}\n`);
        if (values.json !== undefined)
            (0,external_node_fs_.writeFileSync)(values.json, `${JSON.stringify(plan, null, 2)}\n`);
        return { exitCode: 0, plan };
    }
    // The OIDC token service, as the runner gives it to a job with `id-token: write` (a fake one in tests).
    const idTokenUrl = process.env.ACTIONS_ID_TOKEN_REQUEST_URL ?? '';
    const idToken = idTokenUrl !== '' ? { url: idTokenUrl, token: process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN ?? '' } : undefined;
    const runDir = external_node_path_default().resolve(values.out ?? (0,external_node_fs_.mkdtempSync)(external_node_path_default().join(external_node_os_default().tmpdir(), 'slipway-workflow-')));
    const options = {
        ...target,
        root,
        actor: values.actor ?? process.env.GITHUB_ACTOR ?? 'slipway-local',
        token: values.token ?? process.env.GITHUB_TOKEN ?? '',
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
        ...(idToken ? { idToken } : {}),
        ...(values.payload ? { payload: JSON.parse((0,external_node_fs_.readFileSync)(values.payload, 'utf8')) } : {}),
    };
    printHeader(options, write);
    const result = await runWorkflow(options);
    write(`\nThe workflow ${result.result === 'failure' ? 'failed' : 'succeeded'}.\n`);
    if (values.json !== undefined)
        (0,external_node_fs_.writeFileSync)(values.json, `${JSON.stringify(result, null, 2)}\n`);
    return { exitCode: result.exitCode, result };
}
/** The checkout the file is in (or --repo), and what the run is of: flags first, else what git says, else defaults. */
function targetOf(file, values) {
    const repo = external_node_path_default().resolve(values.repo ?? command_git(external_node_path_default().dirname(file), 'rev-parse', '--show-toplevel') ?? external_node_path_default().dirname(file));
    const branch = command_git(repo, 'symbolic-ref', '--short', '-q', 'HEAD');
    const ref = values.ref ?? (branch ? `refs/heads/${branch}` : 'refs/heads/main');
    const sha = values.sha ??
        command_git(repo, 'rev-parse', '-q', '--verify', `${ref}^{commit}`) ??
        command_git(repo, 'rev-parse', 'HEAD') ??
        '0'.repeat(40);
    const repository = values.repository ??
        (0,runner/* repositoryFromRemote */.Py)(command_git(repo, 'remote', 'get-url', 'origin')) ??
        `local/${external_node_path_default().basename(repo)}`;
    return { file, repo, event: values.event ?? 'push', ref, sha, repository };
}
/** --registry, --mirror, --with, --skip-step and --github-api: what differs on this machine, never silently. */
function replacementsOf(values) {
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
    return replacements;
}
function printHeader(options, write) {
    const { file, event, ref, sha, repository, replacements, idToken } = options;
    write(`${external_node_path_default().relative(process.cwd(), file) || file} on ${event} ${ref} (${sha.slice(0, 12)}) of ${repository}\n`);
    for (const [from, to] of replacements.registries)
        write(`  registry ${from} → ${to} (--registry)\n`);
    for (const [from, to] of replacements.mirrors)
        write(`  downloads ${from} → ${to} (--mirror)\n`);
    if (replacements.githubApi)
        write(`  GitHub API → ${replacements.githubApi} (--github-api)\n`);
    if (idToken)
        write(`  OIDC tokens → ${idToken.url} (ACTIONS_ID_TOKEN_REQUEST_URL, for the jobs with id-token: write)\n`);
    write(`  run folder: ${options.runDir}\n`);
}


/***/ }),

/***/ 1275:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ic: () => (/* binding */ describeFailure),
/* harmony export */   Iu: () => (/* binding */ HttpTimeoutError),
/* harmony export */   T6: () => (/* binding */ ProxyError),
/* harmony export */   Xz: () => (/* binding */ StallError),
/* harmony export */   Z3: () => (/* binding */ HttpPolicyError)
/* harmony export */ });
/* unused harmony exports NetworkError, TRANSIENT_CODES, codeOf */
/* harmony import */ var _slipway_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3834);

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

/***/ 3342:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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


/***/ })

};
