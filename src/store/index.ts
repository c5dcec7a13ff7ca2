export { isPostgresUrl, type OpenStoreOptions, openStore, resolveDbSpec } from './open-store.js';
export { openPostgresStore } from './postgres/open-postgres-store.js';
export { openSqliteStore } from './sqlite/open-sqlite-store.js';
export * from './types.js';
