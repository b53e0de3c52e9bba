export const id = 878;
export const ids = [878];
export const modules = {

/***/ 6878:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createGitHubClient: () => (/* binding */ createGitHubClient),
  statusOf: () => (/* reexport */ statusOf)
});

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
// EXTERNAL MODULE: ./packages/http/src/index.ts + 4 modules
var src = __webpack_require__(3676);
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
 * Octokit with the REST methods and pagination, plus two plugins GitHub recommends for automation: retry (5xx and
 * network errors, stalls included, with backoff) and throttling (primary and secondary rate limits, honouring
 * `retry-after`, and one mutating request at a time). Requests go through `@slipway/http`: the runner's proxy rules
 * (CONNECT for https), a stall limit on every request, the token only to the origin it was sent to (a redirect to
 * another host, such as a release asset's storage, goes without it) and no https to http redirects.
 */
function createGitHubClient(options) {
    const { logger, rateLimitRetries = 3, env } = options;
    const limited = (kind) => (retryAfter, request, _octokit, retryCount) => {
        if (retryCount < rateLimitRetries) {
            logger.warning(`GitHub ${kind} rate limit on ${request.method} ${request.url}: retrying in ${retryAfter} s`);
            return true;
        }
        logger.warning(`GitHub ${kind} rate limit on ${request.method} ${request.url}: giving up after ${retryCount} retries`);
        return false;
    };
    const baseUrl = (options.baseUrl ?? first(env.GITHUB_API_URL) ?? 'https://api.github.com').replace(/\/+$/, '');
    return new GitHub({
        auth: options.token,
        baseUrl,
        userAgent: withOrchestrationId(options.userAgent ?? 'slipway', env),
        request: { fetch: (0,src/* fetchVia */.DT)(options.http ?? new src/* HttpClient */.Qq({ env, logger })) },
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
    const id = first(env.ACTIONS_ORCHESTRATION_ID);
    if (id === undefined)
        return userAgent;
    const tag = `actions_orchestration_id/${id.replace(/[^a-z0-9_.-]/gi, '_')}`;
    return userAgent.includes(tag) ? userAgent : `${userAgent} ${tag}`;
}
function first(value) {
    const trimmed = value?.trim();
    return trimmed === '' ? undefined : trimmed;
}


/***/ })

};
