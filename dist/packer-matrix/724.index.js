export const id = 724;
export const ids = [724];
export const modules = {

/***/ 4724:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createTunnelAgent: () => (/* binding */ createTunnelAgent)
});

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
var external_node_tls_default = /*#__PURE__*/__webpack_require__.n(external_node_tls_);
// EXTERNAL MODULE: ./packages/http/src/errors.ts
var errors = __webpack_require__(1275);
;// CONCATENATED MODULE: ./packages/http/src/proxy.ts
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

;// CONCATENATED MODULE: ./packages/http/src/tunnel.ts





/**
 * An https Agent whose connections are CONNECT tunnels through an http(s) proxy, with TLS to the target inside: the
 * way curl and the runner reach an https URL through a proxy. The agent keeps tunnels alive per target like any
 * agent. Loaded only when a proxy is in use.
 */
function createTunnelAgent(proxy, options) {
    class TunnelAgent extends (external_node_https_default()).Agent {
        createConnection(connection, callback) {
            const host = connection.host ?? 'localhost';
            const port = connection.port ?? 443;
            const target = `${host.includes(':') ? `[${host}]` : host}:${port}`;
            const send = proxy.protocol === 'https:' ? (external_node_https_default()).request : (external_node_http_default()).request;
            const connect = send({
                host: proxy.hostname,
                port: proxy.port === '' ? (proxy.protocol === 'https:' ? 443 : 80) : Number(proxy.port),
                method: 'CONNECT',
                path: target,
                headers: { host: target, ...proxyAuthorization(proxy) },
                agent: false,
                ...(options.ca !== undefined ? { ca: options.ca } : {}),
            });
            let done = false;
            const finish = (error, socket) => {
                if (done)
                    return;
                done = true;
                clearTimeout(timer);
                callback(error, socket);
            };
            const timer = setTimeout(() => {
                connect.destroy();
                finish(new errors/* ProxyError */.T6(`the proxy ${proxy.host} did not open a tunnel to ${target} (stalled)`, undefined));
            }, options.stallMs);
            connect.once('connect', (answer, socket, head) => {
                if (answer.statusCode !== 200) {
                    socket.destroy();
                    finish(new errors/* ProxyError */.T6(`the proxy ${proxy.host} answered CONNECT ${target} with HTTP ${answer.statusCode ?? 0}${answer.statusCode === 407 ? ' (proxy authentication required: put the user and password in the proxy URL)' : ''}`, answer.statusCode));
                    return;
                }
                if (head.length > 0)
                    socket.unshift(head);
                const servername = connection.servername ?? (isIp(host) ? undefined : host);
                const secure = external_node_tls_default().connect({ ...connection, socket, ...(servername ? { servername } : {}) });
                secure.once('secureConnect', () => finish(null, secure));
                secure.once('error', (error) => finish(error));
            });
            connect.once('error', (error) => finish(Object.assign(new errors/* ProxyError */.T6(`the proxy ${proxy.host} could not be reached: ${error.message}`, undefined), {
                cause: error,
            })));
            connect.end();
            return undefined;
        }
    }
    return new TunnelAgent({ keepAlive: true, ...(options.ca !== undefined ? { ca: options.ca } : {}) });
}
function isIp(host) {
    return /^[\d.]+$/.test(host) || host.includes(':');
}


/***/ })

};
