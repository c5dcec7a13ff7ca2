export { readJsonlArticles } from './jsonl.js';
export { readSource, readSources } from './read-sources.js';
export type { ReadItem, ReadOptions } from './types.js';
