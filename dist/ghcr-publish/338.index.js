export const id = 338;
export const ids = [338];
export const modules = {

/***/ 3338:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createGitHubClient: () => (/* binding */ createGitHubClient),
  statusOf: () => (/* reexport */ statusOf)
});

// UNUSED EXPORTS: bypassesProxy, proxyFor

// EXTERNAL MODULE: ./node_modules/@octokit/core/dist-src/index.js + 12 modules
var dist_src = __webpack_require__(4730);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
var dist_bundle = __webpack_require__(3779);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/index.js + 3 modules
var plugin_rest_endpoint_methods_dist_src = __webpack_require__(9210);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var plugin_retry_dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
;// CONCATENATED MODULE: ./packages/github-api/src/proxy.ts
const first = (...values) => values.map((v) => v?.trim()).find((v) => v !== undefined && v !== '');
/** Whether any proxy is configured at all: when none is, requests use Node's own `fetch` and undici is never loaded. */
function hasProxySettings(env) {
    return first(env.https_proxy, env.HTTPS_PROXY, env.http_proxy, env.HTTP_PROXY) !== undefined;
}
/**
 * The proxy a request to `target` goes through, or undefined to go direct. The rules are those of the runner's own
 * HTTP client (`@actions/http-client`), so an action sees the same network as `actions/checkout` on that runner:
 * `https_proxy`/`HTTPS_PROXY` for https URLs, `http_proxy`/`HTTP_PROXY` for http ones (lower case wins); loopback hosts
 * never go through a proxy; `no_proxy`/`NO_PROXY` is a comma list of `*`, hosts, `host:port` and domain suffixes
 * (`example.com` and `.example.com` both cover `api.example.com`; `*.example.com` is read as `.example.com`).
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
    // `proxy.corp:3128` without a scheme means plain http, as curl and the runner read it.
    const spelled = /^[a-z][a-z\d+.-]*:\/\//i.test(variable) ? variable : `http://${variable}`;
    let proxy;
    try {
        proxy = new URL(spelled);
    }
    catch {
        throw new Error(`The proxy setting "${redact(variable)}" is not a URL: expected http://host:port`);
    }
    if (proxy.protocol !== 'http:' && proxy.protocol !== 'https:')
        throw new Error(`The proxy setting "${redact(variable)}" is not an http or https URL: expected http://host:port`);
    return proxy;
}
/** Whether `target` is reached directly whatever the proxy variables say. */
function bypassesProxy(target, env) {
    const host = target.hostname.toUpperCase();
    if (host === '')
        return false;
    if (host === 'LOCALHOST' || host.startsWith('127.') || host === '[::1]' || host === '[0:0:0:0:0:0:0:1]')
        return true;
    const noProxy = first(env.no_proxy, env.NO_PROXY);
    if (noProxy === undefined)
        return false;
    const port = target.port !== '' ? target.port : target.protocol === 'https:' ? '443' : '80';
    const candidates = [host, `${host}:${port}`];
    return noProxy
        .split(',')
        .map((item) => item.trim().toUpperCase())
        .filter((item) => item !== '')
        .map((item) => (item.startsWith('*.') ? item.slice(1) : item))
        .some((item) => item === '*' ||
        candidates.some((candidate) => candidate === item || candidate.endsWith(`.${item}`) || (item.startsWith('.') && candidate.endsWith(item))));
}
/** A proxy setting as it may appear in an error: credentials in it are replaced. */
function redact(setting) {
    return setting.replace(/\/\/[^/@]*@/, '//***@');
}
/**
 * A `fetch` that sends each request the way `proxyFor` decides: directly with Node's global `fetch`, or through an
 * undici `ProxyAgent` (a CONNECT tunnel). undici is imported only when the first proxied request is made, so an action
 * whose runner has no proxy never loads it (the bundler emits it as a separate chunk). undici's own `fetch` is used
 * with its agent: a dispatcher must come from the same undici as the `fetch` it is given to, and Node's built-in one
 * is a different copy.
 */
function proxyAwareFetch(env) {
    const tunnels = new Map();
    const tunnel = (proxy) => {
        let made = tunnels.get(proxy.href);
        if (made === undefined) {
            made = __webpack_require__.e(/* import() */ 752).then(__webpack_require__.t.bind(__webpack_require__, 4371, 19)).then(({ ProxyAgent, fetch: undiciFetch }) => {
                const dispatcher = new ProxyAgent(proxy.href);
                // The Request and Response classes of undici and of Node's built-in copy differ in identity only: Octokit uses
                // them through their interface, never `instanceof`.
                // eslint-disable-next-line @typescript-eslint/no-unsafe-class-instance-assignment
                const proxied = (input, init) => undiciFetch(input, { ...init, dispatcher });
                return proxied;
            });
            tunnels.set(proxy.href, made);
        }
        return made;
    };
    return async (input, init) => {
        const url = new URL(input instanceof Request ? input.url : input);
        const proxy = proxyFor(url, env);
        return proxy === undefined ? fetch(input, init) : (await tunnel(proxy))(input, init);
    };
}

;// CONCATENATED MODULE: ./packages/github-api/src/status.ts
/**
 * The HTTP status of an Octokit request error, if it is one. A module of its own (`@slipway/github-api/status`), so
 * code that only reads errors does not load Octokit: an action that makes no API call starts without it.
 */
function statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}

;// CONCATENATED MODULE: ./packages/github-api/src/index.ts








const GitHub = dist_src/* Octokit */.E.plugin(plugin_rest_endpoint_methods_dist_src/* restEndpointMethods */._, dist_bundle/* paginateRest */.ud, plugin_retry_dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
/**
 * Octokit with the REST methods and pagination, on Node's global `fetch`, plus two plugins GitHub recommends for
 * automation: retry (5xx and network errors, with backoff) and throttling (primary and secondary rate limits,
 * honouring `retry-after`, and one mutating request at a time). The runner's proxy settings are honoured as its own
 * HTTP client does (see `proxyFor`); the proxy code is loaded only when a proxy is configured.
 */
function createGitHubClient(options) {
    const { logger, rateLimitRetries = 3, env = process.env } = options;
    const limited = (kind) => (retryAfter, request, _octokit, retryCount) => {
        if (retryCount < rateLimitRetries) {
            logger.warning(`GitHub ${kind} rate limit on ${request.method} ${request.url}: retrying in ${retryAfter} s`);
            return true;
        }
        logger.warning(`GitHub ${kind} rate limit on ${request.method} ${request.url}: giving up after ${retryCount} retries`);
        return false;
    };
    const baseUrl = (options.baseUrl ?? src_first(env.GITHUB_API_URL) ?? 'https://api.github.com').replace(/\/+$/, '');
    return new GitHub({
        auth: options.token,
        baseUrl,
        userAgent: withOrchestrationId(options.userAgent ?? 'slipway', env),
        ...(hasProxySettings(env) ? { request: { fetch: proxyAwareFetch(env) } } : {}),
        log: {
            debug: (message) => logger.debug(message),
            info: (message) => logger.debug(message),
            warn: (message) => logger.warning(message),
            error: (message) => logger.debug(message),
        },
        throttle: { onRateLimit: limited('primary'), onSecondaryRateLimit: limited('secondary') },
        retry: { retries: 3 },
    });
}
/** The user agent tag the runner asks for (as `@actions/github` adds it), so GitHub can tie requests to the job. */
function withOrchestrationId(userAgent, env) {
    const id = src_first(env.ACTIONS_ORCHESTRATION_ID);
    if (id === undefined)
        return userAgent;
    const tag = `actions_orchestration_id/${id.replace(/[^a-z0-9_.-]/gi, '_')}`;
    return userAgent.includes(tag) ? userAgent : `${userAgent} ${tag}`;
}
function src_first(value) {
    const trimmed = value?.trim();
    return trimmed === '' ? undefined : trimmed;
}


/***/ })

};
