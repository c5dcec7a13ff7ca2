/** The real stages, wired for `ingest`. */
import { extractClaims } from '../claims/index.js';
import { addToCopyIndex, createCopyIndex, loadCopyIndex, saveCopyIndex } from '../dedup/copy-index.js';
import { normalise } from '../extract/normalise.js';
import { countSources, reconcileStory, sourceGroups } from '../reconcile/index.js';
import * as storyIndexModule from '../stories/story-index.js';
import { assignStory, createStoryIndex, type StoryIndex } from '../stories/story-index.js';
import type { IngestStages } from './ingest-stages.js';

/** Saving and loading the story index, where the stories module provides them. */
interface StoryPersistence {
  saveStoryIndex?: (index: StoryIndex) => string;
  loadStoryIndex?: (data: string) => StoryIndex;
}

const persistence = storyIndexModule as unknown as StoryPersistence;

export const defaultStages: IngestStages = {
  normalise,
  extractClaims,
  openCopies(saved) {
    const index = saved === null ? createCopyIndex() : loadCopyIndex(saved);
    return { add: (article) => addToCopyIndex(index, article), save: () => saveCopyIndex(index) };
  },
  openStories(saved) {
    const { saveStoryIndex, loadStoryIndex } = persistence;
    // Without saving, no index state is kept and each run rebuilds the indexes from the stored articles.
    const index = saved === null || !loadStoryIndex ? createStoryIndex() : loadStoryIndex(saved);
    return {
      add: (article, copy) => assignStory(index, article, copy),
      save: () => {
        if (!saveStoryIndex) throw new Error('the story index cannot be saved yet; the next run rebuilds it');
        return saveStoryIndex(index);
      },
    };
  },
  reconcile: reconcileStory,
  countSources: (articles, copies) =>
    countSources(
      articles.map((article) => article.id),
      sourceGroups(articles, copies),
    ),
};
