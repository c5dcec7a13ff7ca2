export * from './article.js';
export * from './claim.js';
export * from './finding.js';
export * from './ids.js';
export * from './problem.js';
export * from './span.js';
export * from './story.js';
