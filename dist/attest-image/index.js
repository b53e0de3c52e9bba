import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 8547:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _slipway_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(513);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8240);


await (0,_slipway_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .Cs)(_main_js__WEBPACK_IMPORTED_MODULE_1__/* .main */ .i);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 8240:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./packages/action-kit/src/index.ts + 12 modules
var src = __nccwpck_require__(513);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
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







// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
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

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
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








;// CONCATENATED MODULE: ./actions/attest-image/src/subjects.ts


// Clients and registries cap a whole image name (host, `/`, repository) at 255 characters (docker/distribution).
const NAME_MAX = 255;
function subjectOf(reference, text) {
    const match = /^([^/@\s]+)\/([^@\s]+)@(\S+)$/.exec(reference);
    const [, registry = '', repository = '', digest = ''] = match ?? [];
    const expected = `images by digest like ghcr.io/owner/name@sha256:<64 hex>, not ${reference}`;
    if (!match || !isRepositoryName(repository) || !/^sha256:[0-9a-f]{64}$/.test(digest) || !digest_isDigest(digest)) {
        throw new src/* InputError */.dz('images', text, expected);
    }
    // Checked here, naming the input: a port out of range would otherwise fail later as a bare `Invalid URL`, and a
    // name too long only after the signing, as an error of the registry.
    const hostProblem = registryHostProblem(registry);
    if (hostProblem)
        throw new src/* InputError */.dz('images', text, `${expected} (${hostProblem})`);
    const length = registry.length + 1 + repository.length;
    if (length > NAME_MAX) {
        throw new src/* InputError */.dz('images', text, `${expected} (a name of at most ${NAME_MAX} characters, this one has ${length})`);
    }
    return { name: `${registry}/${repository}`, registry, repository, digest };
}
/**
 * The `images` input: ghcr-publish's `images` output (a JSON array of objects with `name` and `digest`), or one
 * `registry/owner/name@sha256:…` a line. Each image once.
 */
function parseSubjects(text) {
    let references;
    if (text.trimStart().startsWith('[')) {
        let parsed;
        try {
            parsed = JSON.parse(text);
        }
        catch (error) {
            throw new src/* InputError */.dz('images', text, `JSON (the images output of ghcr-publish): ${error.message}`);
        }
        references = parsed.map((entry) => {
            const image = entry;
            if (typeof image?.name !== 'string' || typeof image.digest !== 'string')
                throw new src/* InputError */.dz('images', text, 'a JSON array of objects with name and digest');
            return `${image.name}@${image.digest}`;
        });
    }
    else {
        references = text
            .split('\n')
            .map((line) => line.trim())
            .filter(Boolean);
    }
    if (references.length === 0)
        throw new src/* InputError */.dz('images', text, 'at least one image');
    const subjects = references.map((reference) => subjectOf(reference, text));
    const seen = new Set();
    for (const subject of subjects) {
        const key = `${subject.name}@${subject.digest}`;
        if (seen.has(key))
            throw new src/* InputError */.dz('images', text, `each image once (${key} is there twice)`);
        seen.add(key);
    }
    return subjects;
}
/** How a user checks the provenance of an image: GitHub's CLI against this repository. */
function verifyCommand(subject, repository) {
    return `gh attestation verify oci://${subject.name}@${subject.digest} -R ${repository}`;
}

;// CONCATENATED MODULE: ./actions/attest-image/src/inputs.ts



function getInputs(read = (0,src/* inputReader */.cN)()) {
    const images = parseSubjects(read.required('images'));
    const pushToRegistry = read.boolean('push-to-registry', { default: false });
    const insecure = read.boolean('insecure', { default: false });
    if (insecure) {
        const remote = images.find((image) => !isLoopbackRegistry(image.registry));
        if (remote)
            throw new src/* InputError */.dz('insecure', 'true', `false for ${remote.registry}: plain HTTP is only for a loopback registry`);
    }
    const registryUsername = read.string('registry-username');
    // The password's value never appears in an error: only whether it is there.
    const registryPassword = read.string('registry-password');
    if (pushToRegistry && (registryUsername === '' || registryPassword === '')) {
        throw new src/* InputError */.dz(registryUsername === '' ? 'registry-username' : 'registry-password', '', 'registry credentials (default: the actor and github.token) when push-to-registry is true');
    }
    const githubToken = read.string('github-token');
    if (githubToken === '')
        throw new src/* InputError */.dz('github-token', '', 'a token allowed to write attestations (default: github.token)');
    return {
        images,
        pushToRegistry,
        registryUsername,
        registryPassword,
        insecure,
        githubToken,
        showSummary: read.boolean('show-summary', { default: true }),
    };
}

;// CONCATENATED MODULE: ./actions/attest-image/src/referrer.ts

const BUNDLE_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
const EMPTY_MEDIA_TYPE = 'application/vnd.oci.empty.v1+json';
const EMPTY = Buffer.from('{}');
/** The fallback tag of the referrers tag schema (distribution-spec v1.1): `sha256-<hex>` of the subject. */
function referrersTag(digest) {
    return digest.replace(':', '-');
}
/**
 * Pushes a Sigstore bundle as an OCI referrer of an image: the bundle blob, the empty config, and an artifact
 * manifest whose `subject` is the image manifest, by digest. Registries without the referrers API (distribution 2.8,
 * GHCR) find referrers through the tag schema: the `sha256-<hex>` index gains this manifest, keeping every entry it
 * had (another attestation, a signature). Returns the referrer manifest's digest; the same bundle gives the same
 * digest, so a re-run adds nothing.
 */
async function pushBundleReferrer(client, repository, subjectDigest, bundle, predicateType) {
    const subject = await client.headManifest(repository, subjectDigest);
    if (!subject)
        throw new Error(`${client.registry}/${repository}@${subjectDigest} is not in the registry`);
    const bundleBytes = Buffer.from(JSON.stringify(bundle));
    const bundleDigest = digestOf(bundleBytes);
    await client.ensureBlob(repository, bundleDigest, { bytes: bundleBytes });
    await client.ensureBlob(repository, digestOf(EMPTY), { bytes: EMPTY });
    const annotations = {
        'dev.sigstore.bundle.content': 'dsse-envelope',
        'dev.sigstore.bundle.predicateType': predicateType,
    };
    const manifest = {
        schemaVersion: 2,
        mediaType: MediaType.ociManifest,
        artifactType: BUNDLE_MEDIA_TYPE,
        config: { mediaType: EMPTY_MEDIA_TYPE, digest: digestOf(EMPTY), size: EMPTY.length },
        layers: [{ mediaType: BUNDLE_MEDIA_TYPE, digest: bundleDigest, size: bundleBytes.length }],
        subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
        annotations,
    };
    const bytes = Buffer.from(JSON.stringify(manifest));
    const digest = await client.putManifest(repository, digestOf(bytes), bytes, MediaType.ociManifest);
    const tag = referrersTag(subjectDigest);
    const existing = await client.getManifest(repository, tag);
    const index = existing
        ? JSON.parse(existing.bytes.toString('utf8'))
        : { schemaVersion: 2, mediaType: MediaType.ociIndex, manifests: [] };
    if (!index.manifests.some((entry) => entry.digest === digest)) {
        const entry = {
            mediaType: MediaType.ociManifest,
            digest,
            size: bytes.length,
            artifactType: BUNDLE_MEDIA_TYPE,
            annotations,
        };
        index.manifests.push(entry);
        await client.putManifest(repository, tag, Buffer.from(JSON.stringify(index)), MediaType.ociIndex);
    }
    return digest;
}

;// CONCATENATED MODULE: ./actions/attest-image/src/main.ts





async function main(ctx) {
    const logger = (0,src/* coreLogger */.Wj)();
    const inputs = getInputs();
    src/* workflowCommands.setSecret */.ip.setSecret(inputs.githubToken);
    if (inputs.registryPassword !== '')
        src/* workflowCommands.setSecret */.ip.setSecret(inputs.registryPassword);
    // Loaded only now: Sigstore and Octokit are most of the bundle, and a bad input never needs them.
    const { attestImage } = await Promise.all(/* import() */[__nccwpck_require__.e(711), __nccwpck_require__.e(830)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6830));
    const clients = new Map();
    const results = [];
    for (const subject of inputs.images) {
        const signed = await attestImage(subject, inputs.githubToken);
        const id = signed.attestationId ?? null;
        logger.info(`attested ${subject.name}@${subject.digest}${id ? ` (attestation ${id})` : ''}`);
        let referrer = null;
        if (inputs.pushToRegistry) {
            let client = clients.get(subject.registry);
            if (!client) {
                client = new RegistryClient({
                    registry: subject.registry,
                    insecure: inputs.insecure,
                    credentials: { username: inputs.registryUsername, password: inputs.registryPassword },
                    logger,
                    env: ctx.env,
                });
                clients.set(subject.registry, client);
            }
            referrer = await pushBundleReferrer(client, subject.repository, subject.digest, signed.bundle, signed.predicateType);
            logger.info(`pushed the attestation to ${subject.name}@${referrer}, a referrer of ${subject.digest}`);
        }
        results.push({
            name: subject.name,
            digest: subject.digest,
            'attestation-id': id,
            'attestation-url': id ? `${ctx.serverUrl}/${ctx.repository}/attestations/${id}` : null,
            referrer,
            verify: verifyCommand(subject, ctx.repository),
        });
    }
    const commands = results.map((r) => r.verify).join('\n');
    (0,src/* setOutputs */.n0)({ attestations: results, 'verify-commands': commands });
    if (inputs.showSummary) {
        await (0,src/* appendSummary */.fe)((0,src/* heading */.R_)('Build provenance') +
            '\n' +
            (0,src/* markdownTable */.Qj)(['image', 'attestation', 'in the registry'], results.map((r) => [
                (0,src/* code */.aY)(`${r.name}@${r.digest}`),
                r['attestation-url'] ? `[${r['attestation-id'] ?? ''}](${r['attestation-url']})` : 'stored',
                r.referrer ? (0,src/* code */.aY)(r.referrer) : 'not pushed',
            ])) +
            '\nVerify an image:\n\n```sh\n' +
            commands +
            '\n```\n');
    }
}


/***/ }),

/***/ 513:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  dz: () => (/* reexport */ errors_InputError),
  dw: () => (/* reexport */ RetryableError),
  fe: () => (/* reexport */ appendSummary),
  aY: () => (/* reexport */ code),
  Wj: () => (/* reexport */ coreLogger),
  R_: () => (/* reexport */ heading),
  cN: () => (/* reexport */ inputReader),
  PS: () => (/* reexport */ isRetryableStatus),
  l: () => (/* reexport */ isTransientNetworkError),
  Qj: () => (/* reexport */ markdownTable),
  mu: () => (/* reexport */ parseRetryAfter),
  L5: () => (/* reexport */ retry),
  Cs: () => (/* reexport */ runAction),
  n0: () => (/* reexport */ setOutputs),
  qq: () => (/* reexport */ silentLogger),
  ip: () => (/* reexport */ workflow_commands_namespaceObject)
});

// UNUSED EXPORTS: ConfigError, ExecError, annotationAt, assertName, cell, details, exec, failFrom, formatLocation, formatOutput, inheritedEnvironment, inputVariable, isInside, isOnPath, loadSpawn, ownedPath, ownedProblem, parseList, parseSourceDateEpoch, quote, randomBytes, randomUUID, readRunnerContext, recordingLogger, removeOwned, sleep

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

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 2250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 1943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5675:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http2");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

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

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

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

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 481:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 6460:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers/promises");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 3106:
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
/******/ var __webpack_exports__ = __nccwpck_require__(8547);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
