export * from './layout.js';
export * from './paragraphs.js';
export * from './sentences.js';
export * from './tokens.js';
