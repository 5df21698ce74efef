export const id = 111;
export const ids = [111];
export const modules = {

/***/ 111:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (/* binding */ fetchForSigstore)
/* harmony export */ });
/* harmony import */ var _release_actions_core_runtime__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(753);
/**
 * What `@sigstore/sign` gets when it asks for `make-fetch-happen`: the bundle (tsconfig.json
 * `paths`) and the tests (test/sigstore-fetch-resolution.ts) map that name here. It sends
 * one request at a time to Fulcio and Rekor, with a timeout and with retries of its own
 * (`retry: false`); Node's fetch does that without make-fetch-happen's cache, proxy agents and
 * socks client, which were 1.4 MB of the bundle; proxies (HTTPS_PROXY, NO_PROXY) are honoured
 * by the runtime's fetch, as for every request of the stages. What it does not do, as no path
 * this action takes needs it: reach ports
 * the Fetch standard blocks, or give a Response with `.buffer()` (only @sigstore/sign's timestamp
 * authority client reads one; this action signs without a TSA).
 */

const proxiedFetch = (0,_release_actions_core_runtime__WEBPACK_IMPORTED_MODULE_0__/* .createProxyFetch */ .v)();
async function fetchForSigstore(url, { method, headers, body, timeout, retry } = {}) {
    // Only @sigstore/sign's CI identity providers ask for retries here; this action brings its own
    // identity, so a request that asks for them is a new use that must be looked at first.
    if (retry !== undefined && retry !== false && retry !== 0)
        throw new Error(`fetchForSigstore does not retry (asked for retry: ${retry} by a request to ${url}).`);
    return proxiedFetch(url, {
        ...(method !== undefined && { method }),
        ...(headers !== undefined && { headers }),
        ...(body !== undefined && { body }),
        ...(timeout ? { signal: AbortSignal.timeout(timeout) } : {}),
    });
}


/***/ })

};
