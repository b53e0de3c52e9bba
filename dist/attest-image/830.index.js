export const id = 830;
export const ids = [830];
export const modules = {

/***/ 6830:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   attestImage: () => (/* binding */ attestImage)
/* harmony export */ });
/* unused harmony export SLSA_PROVENANCE_V1 */
/* harmony import */ var _actions_attest__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2711);
// The one module that loads @actions/attest (Sigstore signing, the attestations API): main.ts imports it on demand,
// so the bundle's entry stays small and an input mistake fails before any of it is loaded.

const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
/**
 * SLSA v1 build provenance of one image, as GitHub's attest-build-provenance makes it: the predicate from the
 * workflow's OIDC claims, signed with a Fulcio certificate for the workflow identity (Sigstore's public-good instance
 * for a public repository, GitHub's own for a private one), then stored through the attestations API.
 */
async function attestImage(subject, token) {
    const attestation = await (0,_actions_attest__WEBPACK_IMPORTED_MODULE_0__/* .attestProvenance */ .XA)({
        subjects: [{ name: subject.name, digest: { sha256: subject.digest.slice('sha256:'.length) } }],
        token,
    });
    return { bundle: attestation.bundle, attestationId: attestation.attestationID, predicateType: SLSA_PROVENANCE_V1 };
}


/***/ })

};
