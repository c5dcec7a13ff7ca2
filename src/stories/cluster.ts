/** Batch clustering: copy detection then story assignment over a list of articles, in publication order. */

import type { CopyConfig } from '../dedup/config.js';
import { addToCopyIndex, createCopyIndex } from '../dedup/copy-index.js';
import type { Article } from '../records/article.js';
import type { CopyLink, Story } from '../records/story.js';
import { headline } from '../text/headline.js';
import type { StoryConfig } from './config.js';
import { publicationOrder } from './order.js';
import { assignStory, createStoryIndex } from './story-index.js';

export interface ClusterConfig {
  copies?: Partial<CopyConfig>;
  stories?: Partial<StoryConfig>;
}

export interface ClusterResult {
  /** One link per input article, in input order. */
  copies: CopyLink[];
  /** Stories sorted by id number; each story's articles in the order they were assigned. */
  stories: Story[];
  /** The story of each input article, in input order. */
  storyOf: string[];
}

function titleOf(article: Article): string | null {
  return headline(article);
}

export function clusterArticles(articles: Article[], config: ClusterConfig = {}): ClusterResult {
  const copyIndex = createCopyIndex(config.copies);
  const storyIndex = createStoryIndex(config.stories);
  const copies: CopyLink[] = new Array(articles.length);
  const storyOf: string[] = new Array(articles.length);
  const byId = new Map<string, Story>();
  for (const i of publicationOrder(articles)) {
    const article = articles[i];
    const link = addToCopyIndex(copyIndex, article);
    const story = assignStory(storyIndex, article, link);
    copies[i] = link;
    storyOf[i] = story;
    let record = byId.get(story);
    if (!record) {
      record = { id: story, title: titleOf(article), articles: [] };
      byId.set(story, record);
    }
    record.articles.push(article.id);
  }
  const stories = [...byId.values()].sort((a, b) => storyNumber(a.id) - storyNumber(b.id));
  return { copies, stories, storyOf };
}

function storyNumber(id: string): number {
  return Number.parseInt(id.slice(2), 10);
}
