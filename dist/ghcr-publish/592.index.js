export const id = 592;
export const ids = [592];
export const modules = {

/***/ 4592:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   githubPackagesApi: () => (/* binding */ githubPackagesApi)
/* harmony export */ });
/**
 * GitHub's packages API for container packages, through the suite's Octokit (retries, rate limits, proxy). Loaded
 * only when a cleanup needs it, so a publish that succeeds never loads Octokit.
 */
async function githubPackagesApi(options) {
    const { createGitHubClient, statusOf } = await Promise.all(/* import() */[__webpack_require__.e(8), __webpack_require__.e(878)]).then(__webpack_require__.bind(__webpack_require__, 6878));
    const octokit = createGitHubClient({
        token: options.token,
        baseUrl: options.apiUrl,
        logger: options.logger,
        env: options.env,
    });
    const list = async (kind, owner, packageName) => {
        const route = kind === 'orgs'
            ? 'GET /orgs/{org}/packages/{package_type}/{package_name}/versions'
            : 'GET /users/{username}/packages/{package_type}/{package_name}/versions';
        const versions = await octokit.paginate(route, {
            ...(kind === 'orgs' ? { org: owner } : { username: owner }),
            package_type: 'container',
            package_name: packageName,
            state: 'active',
            per_page: 100,
        });
        return versions;
    };
    return {
        async listVersions(owner, packageName) {
            try {
                return { versions: await list('orgs', owner, packageName), ownerKind: 'orgs' };
            }
            catch (error) {
                // The org route answers 404 for a user account's packages.
                if (statusOf(error) !== 404)
                    throw error;
                return { versions: await list('users', owner, packageName), ownerKind: 'users' };
            }
        },
        async deleteVersion(owner, ownerKind, packageName, id) {
            if (ownerKind === 'orgs') {
                await octokit.request('DELETE /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}', {
                    org: owner,
                    package_type: 'container',
                    package_name: packageName,
                    package_version_id: id,
                });
            }
            else {
                await octokit.request('DELETE /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}', { username: owner, package_type: 'container', package_name: packageName, package_version_id: id });
            }
        },
    };
}


/***/ })

};
