export const id = 790;
export const ids = [790];
export const modules = {

/***/ 790:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DirectBody: () => (/* binding */ DirectBody)
/* harmony export */ });
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(692);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_tls__WEBPACK_IMPORTED_MODULE_1__);


/** Bytes read from the socket at once into the one buffer a large body goes through. */
const READ_SIZE = 1024 * 1024;
/**
 * A large response body read straight from the socket into reused 1 MiB buffers (node's `onread`), past the HTTP
 * parser. Through node's ordinary path each network read is a fresh 64 KiB buffer that the parser copies into
 * another fresh buffer: two allocations, a copy and their page faults for every 64 KiB, which cost about three times
 * the CPU of the download itself (1 GiB on loopback: 6.5 s against 1.8 s, most of it in the kernel).
 *
 * Node's parser still reads everything up to the end of the response headers: each network read is handed to it
 * (a view of the buffer; the parser copies what it keeps) until the response arrives. A response whose body has a
 * Content-Length (a 200 or 206, no Transfer-Encoding) then switches to direct reading: reads are held (the socket
 * paused) until `consume` is called, which hands over the body bytes the parser had received with the headers,
 * then every later read as a view of its buffer, counted against the Content-Length. Any other response (a
 * redirect, an error page, a chunked body) goes on through the parser as usual. The connection is never reused: it
 * closes when the body is done.
 *
 * A buffer goes back to the pool only once the consumer is done with the view of it (its callback returned, or the
 * promise it returned settled), and node reads into a buffer from the pool: a read that comes while reading is
 * paused (TLS hands over what it has decrypted already) lands in another buffer and waits its turn, so a view is
 * never read into while the consumer holds it. In the steady state one buffer serves every read.
 */
class DirectBody {
    /** Buffers no view is out of; node reads into the last one. */
    pool = [];
    mode = 'parser';
    /** Parts read and not yet handed over, in order, with how to give their buffer back. */
    queue = [];
    /** Hands a part over; the consumer's promise when reading must wait for it. Set by consume. */
    deliver;
    waiting = false;
    response;
    length = 0;
    /** The connection closed (after its error, if any): the body ends once the parts read before are handed over. */
    closed;
    /** Ends consume with the connection's error, or 'aborted' when it closed without one. */
    onClosed;
    socket;
    constructor(connection) {
        // A function: node asks it for the buffer of each next read.
        const onread = {
            buffer: () => this.nextBuffer(),
            callback: (n, buffer) => this.read(n, buffer),
        };
        if (connection.tls) {
            // tls.connect takes onread as net.connect does (node ≥ 14); @types/node 20 does not list it.
            const options = {
                host: connection.host,
                port: connection.port,
                ...(node_net__WEBPACK_IMPORTED_MODULE_0___default().isIP(connection.host) === 0 ? { servername: connection.host } : {}),
                ...(connection.ca !== undefined ? { ca: connection.ca } : {}),
                ALPNProtocols: ['http/1.1'],
                onread,
            };
            this.socket = node_tls__WEBPACK_IMPORTED_MODULE_1___default().connect(options);
        }
        else
            this.socket = node_net__WEBPACK_IMPORTED_MODULE_0___default().connect({ host: connection.host, port: connection.port, onread });
        // Watched from the start: a connection may end while the body is held, before consume (TLS reads ahead).
        let error;
        this.socket.on('error', (e) => (error ??= e));
        this.socket.once('close', () => {
            this.closed = { error: error ?? Object.assign(new Error('aborted'), { code: 'ECONNRESET' }) };
            this.ended();
        });
    }
    /**
     * Called with the response as node's parser hands it over (inside the read that completed its headers): a body
     * with a Content-Length is read directly from the next read on. True when it will be.
     */
    take(response, method) {
        const status = response.statusCode ?? 0;
        const length = Number(response.headers['content-length']);
        if (method === 'HEAD' ||
            (status !== 200 && status !== 206) ||
            response.headers['transfer-encoding'] !== undefined ||
            !Number.isSafeInteger(length) ||
            length <= 0)
            return false;
        this.response = response;
        this.length = length;
        this.mode = 'held';
        return true;
    }
    nextBuffer() {
        return this.pool.pop() ?? Buffer.allocUnsafe(READ_SIZE);
    }
    parsing() {
        return this.mode === 'parser';
    }
    /** One network read into `buffer`; false pauses reading. */
    read(n, buffer) {
        const owned = buffer;
        const release = () => {
            this.pool.push(owned);
        };
        const view = owned.subarray(0, n);
        if (this.mode === 'parser') {
            // Node's HTTP client listens for the socket's 'data' (onread sockets emit none): the parser reads this view
            // now, synchronously, and copies what it keeps. Held after it when the response switched to direct reading.
            this.socket.emit('data', view);
            release();
            return this.parsing();
        }
        if (this.mode === 'done') {
            release();
            return false;
        }
        this.queue.push({ view, release });
        this.pump();
        return this.flowing();
    }
    /** Reading goes on: the body is read directly and the consumer is not making it wait. */
    flowing() {
        return this.mode === 'direct' && !this.waiting;
    }
    /** Hands queued parts over while the consumer takes them without waiting. */
    pump() {
        const deliver = this.deliver;
        if (deliver === undefined)
            return;
        while (this.flowing()) {
            const next = this.queue.shift();
            if (next === undefined) {
                this.ended();
                return;
            }
            const waiting = deliver(next.view);
            if (waiting === undefined) {
                next.release?.();
                continue;
            }
            this.waiting = true;
            waiting.then(() => {
                next.release?.();
                this.waiting = false;
                this.pump();
                if (this.flowing())
                    this.socket.resume();
            }, () => undefined);
        }
    }
    /** A closed connection ends the body once every part read before it is handed over. */
    ended() {
        if (this.closed !== undefined && this.flowing() && this.queue.length === 0)
            this.onClosed?.(this.closed.error);
    }
    /**
     * Reads the body: `onChunk` gets each part as it arrives, a view of a buffer that is valid until it returns, or
     * until the promise it returns settles (reading pauses until then). Resolves once Content-Length bytes have come;
     * when the connection ends sooner, rejects with its error (or an ECONNRESET 'aborted' error) once the parts read
     * before it are handed over.
     * `touch` is called for every read (the stall watch), `count` with its size; `describe` names a failure of the
     * connection (an error of the callback goes on as it is).
     */
    consume(onChunk, watch) {
        const response = this.response;
        if (response === undefined || this.mode !== 'held')
            return Promise.reject(new Error('not a direct body'));
        return new Promise((resolve, reject) => {
            let received = 0;
            const finish = (error, ofCallback = false) => {
                if (this.mode === 'done')
                    return;
                this.mode = 'done';
                this.deliver = undefined;
                this.onClosed = undefined;
                this.queue.length = 0;
                // Done or failed, the connection is not reused (nor could it be: its parser saw only the headers).
                this.socket.destroy();
                if (error === undefined)
                    resolve();
                else if (ofCallback)
                    reject(error instanceof Error ? error : new Error('the body callback failed', { cause: error }));
                else
                    reject(watch.describe(error));
            };
            const ofCallback = (error) => {
                finish(error, true);
            };
            this.onClosed = (error) => {
                finish(error);
            };
            this.deliver = (chunk) => {
                const part = chunk.length > this.length - received ? chunk.subarray(0, this.length - received) : chunk;
                received += part.length;
                watch.touch();
                watch.count(part.length);
                let waiting;
                try {
                    waiting = onChunk(part);
                }
                catch (error) {
                    ofCallback(error);
                    return undefined;
                }
                if (waiting !== undefined)
                    waiting.then(() => undefined, ofCallback);
                if (received >= this.length) {
                    if (waiting === undefined)
                        finish();
                    else
                        waiting.then(() => finish(), ofCallback);
                }
                return waiting;
            };
            // Errors of node's response (never completed, destroyed with the socket) are the socket's, handled above.
            response.on('error', () => undefined);
            // First the body bytes that came with the headers (the parser's copies), then the reads held meanwhile.
            const first = [];
            for (let part = response.read(); part !== null; part = response.read())
                first.push({ view: part });
            this.queue.unshift(...first);
            this.mode = 'direct';
            this.pump();
            if (this.flowing())
                this.socket.resume();
        });
    }
}


/***/ })

};
