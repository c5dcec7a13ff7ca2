/** The real stages, wired for `ingest`. */
import { extractClaims } from '../claims/index.js';
import { addToCopyIndex, createCopyIndex, loadCopyIndex, saveCopyIndex } from '../dedup/copy-index.js';
import { normalise } from '../extract/normalise.js';
import { countSources, reconcileStory, sourceGroups } from '../reconcile/index.js';
import { assignStory, createStoryIndex, loadStoryIndex, saveStoryIndex } from '../stories/story-index.js';
import type { IngestStages } from './ingest-stages.js';

export const defaultStages: IngestStages = {
  prepareInWorkers: true,
  normalise,
  extractClaims,
  openCopies(saved) {
    const index = saved === null ? createCopyIndex() : loadCopyIndex(saved);
    return { add: (article) => addToCopyIndex(index, article), save: () => saveCopyIndex(index) };
  },
  openStories(saved) {
    const index = saved === null ? createStoryIndex() : loadStoryIndex(saved);
    return { add: (article, copy) => assignStory(index, article, copy), save: () => saveStoryIndex(index) };
  },
  reconcile: reconcileStory,
  countSources: (articles, copies) =>
    countSources(
      articles.map((article) => article.id),
      sourceGroups(articles, copies),
    ),
};
