export type { CopyConfig } from './config.js';
export { DEFAULT_COPY_CONFIG } from './config.js';
export type { CopyIndex } from './copy-index.js';
export { addToCopyIndex, createCopyIndex, dayOf, loadCopyIndex, saveCopyIndex } from './copy-index.js';
export { normaliseCredit } from './credits.js';
