export { forbiddenAddressReason } from './address-policy.js';
export { FetchError, type FetchResult, type SafeFetchOptions, safeFetch } from './fetch.js';
export { NET_LIMITS } from './limits.js';
