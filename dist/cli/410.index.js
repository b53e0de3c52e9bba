export const id = 410;
export const ids = [410];
export const modules = {

/***/ 6410:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createTunnelAgent: () => (/* binding */ createTunnelAgent)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1692);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_tls__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1275);
/* harmony import */ var _proxy_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3342);





/**
 * An https Agent whose connections are CONNECT tunnels through an http(s) proxy, with TLS to the target inside: the
 * way curl and the runner reach an https URL through a proxy. The agent keeps tunnels alive per target like any
 * agent. Loaded only when a proxy is in use.
 */
function createTunnelAgent(proxy, options) {
    class TunnelAgent extends (node_https__WEBPACK_IMPORTED_MODULE_1___default().Agent) {
        createConnection(connection, callback) {
            const host = connection.host ?? 'localhost';
            const port = connection.port ?? 443;
            const target = `${host.includes(':') ? `[${host}]` : host}:${port}`;
            const send = proxy.protocol === 'https:' ? (node_https__WEBPACK_IMPORTED_MODULE_1___default().request) : (node_http__WEBPACK_IMPORTED_MODULE_0___default().request);
            const connect = send({
                host: proxy.hostname,
                port: proxy.port === '' ? (proxy.protocol === 'https:' ? 443 : 80) : Number(proxy.port),
                method: 'CONNECT',
                path: target,
                headers: { host: target, ...(0,_proxy_js__WEBPACK_IMPORTED_MODULE_4__/* .proxyAuthorization */ .YB)(proxy) },
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
                finish(new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ProxyError */ .T6(`the proxy ${proxy.host} did not open a tunnel to ${target} (stalled)`, undefined));
            }, options.stallMs);
            connect.once('connect', (answer, socket, head) => {
                if (answer.statusCode !== 200) {
                    socket.destroy();
                    finish(new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ProxyError */ .T6(`the proxy ${proxy.host} answered CONNECT ${target} with HTTP ${answer.statusCode ?? 0}${answer.statusCode === 407 ? ' (proxy authentication required: put the user and password in the proxy URL)' : ''}`, answer.statusCode));
                    return;
                }
                if (head.length > 0)
                    socket.unshift(head);
                const servername = connection.servername ?? (isIp(host) ? undefined : host);
                const secure = node_tls__WEBPACK_IMPORTED_MODULE_2___default().connect({ ...connection, socket, ...(servername ? { servername } : {}) });
                secure.once('secureConnect', () => finish(null, secure));
                secure.once('error', (error) => finish(error));
            });
            connect.once('error', (error) => finish(Object.assign(new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ProxyError */ .T6(`the proxy ${proxy.host} could not be reached: ${error.message}`, undefined), {
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
