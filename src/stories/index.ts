export type { ClusterConfig, ClusterResult } from './cluster.js';
export { clusterArticles } from './cluster.js';
export type { StoryConfig } from './config.js';
export { DEFAULT_STORY_CONFIG } from './config.js';
export { publicationOrder } from './order.js';
export type { Decision, StoryIndex } from './story-index.js';
export { assignStory, createStoryIndex, loadStoryIndex, saveStoryIndex, storyId } from './story-index.js';
