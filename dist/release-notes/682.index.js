export const id = 682;
export const ids = [682];
export const modules = {

/***/ 5682:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseReleaseConfig: () => (/* binding */ parseReleaseConfig)
/* harmony export */ });
/* harmony import */ var _slipway_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(513);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);


// Reading the config file is a module of its own: the YAML parser is loaded only when a repository has one.
function parseReleaseConfig(text, file) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_1__/* .LineCounter */ .HN();
    const document = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(text, { lineCounter });
    const [error] = document.errors;
    if (error) {
        throw new _slipway_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(error.message, { file, line: error.linePos?.[0].line ?? 1 });
    }
    const fail = (message, node) => {
        const offset = node?.range?.[0] ?? 0;
        throw new _slipway_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(message, { file, line: lineCounter.linePos(offset).line });
    };
    const strings = (node, what) => {
        if (node === undefined || node === null)
            return [];
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(node))
            return fail(`${what} must be a list of strings`, node);
        return node.items.map((item) => {
            const value = item.value;
            if (typeof value !== 'string' && typeof value !== 'number')
                return fail(`${what} must be a list of strings`, item);
            return String(value);
        });
    };
    const root = document.contents;
    if (root === null)
        return { excludeLabels: [], excludeAuthors: [], categories: [] };
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(root))
        return fail('expected a mapping with a `changelog` key', root);
    const changelog = root.get('changelog', true);
    if (changelog === undefined)
        return { excludeLabels: [], excludeAuthors: [], categories: [] };
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(changelog))
        return fail('`changelog` must be a mapping', changelog);
    const exclude = changelog.get('exclude', true);
    if (exclude !== undefined && !(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(exclude))
        fail('`changelog.exclude` must be a mapping', exclude);
    const categoriesNode = changelog.get('categories', true);
    if (categoriesNode !== undefined && !(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(categoriesNode))
        fail('`changelog.categories` must be a list', categoriesNode);
    const categories = [];
    for (const item of (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(categoriesNode) ? categoriesNode.items : []) {
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(item))
            return fail('each category must be a mapping with `title` and `labels`', item);
        const title = item.get('title');
        if (typeof title !== 'string' || title.trim() === '')
            return fail('a category needs a `title`', item);
        const categoryExclude = item.get('exclude', true);
        categories.push({
            title,
            labels: strings(item.get('labels', true), `labels of category "${title}"`),
            excludeLabels: (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(categoryExclude) ? strings(categoryExclude.get('labels', true), 'exclude.labels') : [],
            excludeAuthors: (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(categoryExclude) ? strings(categoryExclude.get('authors', true), 'exclude.authors') : [],
        });
    }
    return {
        excludeLabels: (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(exclude) ? strings(exclude.get('labels', true), 'changelog.exclude.labels') : [],
        excludeAuthors: (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(exclude) ? strings(exclude.get('authors', true), 'changelog.exclude.authors') : [],
        categories,
    };
}


/***/ })

};
