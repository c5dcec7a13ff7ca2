import { describe, expect, it } from 'vitest';
import { article } from '../../test/fixtures/copies-and-stories.js';
import type { Article } from '../records/article.js';
import { clusterArticles } from './cluster.js';
import { assignStory, createStoryIndex, largestActiveStory, loadStoryIndex, saveStoryIndex } from './story-index.js';

/** Two earthquakes on the same day, each told by two outlets in their own words. */
const QUAKE_CHILE_1 =
  'A magnitude 6.8 earthquake struck central Chile near the port city of Valparaiso on Sunday, killing at least 12 people and bringing down homes in the hills above the harbour. President Elena Ortiz said rescue teams from Santiago were searching the rubble in the Cerro Alegre district.';
const QUAKE_CHILE_2 =
  'Rescuers in Valparaiso dug through collapsed houses on Sunday after a 6.8 magnitude quake shook central Chile. Officials put the death toll at 12. Ortiz flew to the city and promised help for families in Cerro Alegre, where the damage was worst.';
const QUAKE_JAPAN_1 =
  'A strong earthquake of magnitude 5.9 hit the northern Japanese island of Hokkaido on Sunday, injuring 30 people in the city of Kushiro and cutting power to thousands of homes. The Japan Meteorological Agency said there was no tsunami risk.';
const QUAKE_JAPAN_2 =
  'Thirty people were hurt in Kushiro when a 5.9 magnitude tremor shook Hokkaido on Sunday. Power lines were down across the eastern part of the island, and the Meteorological Agency ruled out a tsunami.';

function dated(text: string, id: string, published: string | null, title: string | null = null): Article {
  return article(text, { id, published, title });
}

describe('story clustering', () => {
  it('groups coverage of one event and keeps two similar events apart', () => {
    const articles = [
      dated(QUAKE_CHILE_1, 'c1', '2024-03-03'),
      dated(QUAKE_JAPAN_1, 'j1', '2024-03-03'),
      dated(QUAKE_CHILE_2, 'c2', '2024-03-03'),
      dated(QUAKE_JAPAN_2, 'j2', '2024-03-03'),
    ];
    const { storyOf } = clusterArticles(articles);
    expect(storyOf[0]).toBe(storyOf[2]);
    expect(storyOf[1]).toBe(storyOf[3]);
    expect(storyOf[0]).not.toBe(storyOf[1]);
  });

  it('keeps two similar events apart without dates too', () => {
    const articles = [
      dated(QUAKE_CHILE_1, 'c1', null),
      dated(QUAKE_JAPAN_1, 'j1', null),
      dated(QUAKE_CHILE_2, 'c2', null),
      dated(QUAKE_JAPAN_2, 'j2', null),
    ];
    const { storyOf } = clusterArticles(articles);
    expect(new Set(storyOf).size).toBe(2);
    expect(storyOf[0]).toBe(storyOf[2]);
  });

  it('sends a copy to its original story', () => {
    const index = createStoryIndex();
    const story = assignStory(index, dated(QUAKE_CHILE_1, 'c1', '2024-03-03'), null);
    assignStory(index, dated(QUAKE_JAPAN_1, 'j1', '2024-03-03'), null);
    const copy = dated(`Breaking: ${QUAKE_CHILE_1}`, 'c1-copy', '2024-03-03');
    expect(assignStory(index, copy, { article: 'c1-copy', copyOf: 'c1', derivedFrom: null })).toBe(story);
  });

  it('stops a story gaining articles weeks after its first one: later coverage starts a new story', () => {
    const storiesByDay = (storyAgeDays?: number) => {
      const index = createStoryIndex(storyAgeDays === undefined ? {} : { storyAgeDays });
      const stories = new Map<number, string>();
      // Follow-up coverage every other day keeps the story active and its latest article recent.
      for (let day = 1; day <= 29; day += 2) {
        const text = day % 4 === 1 ? QUAKE_CHILE_1 : QUAKE_CHILE_2;
        stories.set(day, assignStory(index, dated(text, `c${day}`, `2024-03-${String(day).padStart(2, '0')}`), null));
      }
      return stories;
    };
    const byDefault = storiesByDay();
    expect(byDefault.get(13)).toBe(byDefault.get(1));
    expect(byDefault.get(29)).not.toBe(byDefault.get(1));
    const longLived = storiesByDay(60);
    expect(longLived.get(29)).toBe(longLived.get(1));
  });

  it('reports the size of its largest active story', () => {
    const index = createStoryIndex();
    expect(largestActiveStory(index)).toBe(0);
    assignStory(index, dated(QUAKE_CHILE_1, 'c1', '2024-03-03'), null);
    assignStory(index, dated(QUAKE_JAPAN_1, 'j1', '2024-03-03'), null);
    assignStory(index, dated(QUAKE_CHILE_2, 'c2', '2024-03-03'), null);
    expect(largestActiveStory(index)).toBe(2);
  });

  it('lets stories quiet for longer than the window leave the index', () => {
    const index = createStoryIndex({ windowDays: 5 });
    const first = assignStory(index, dated(QUAKE_CHILE_1, 'c1', '2024-03-01'), null);
    for (let day = 2; day <= 28; day++) {
      const text = `Market report number ${day}: traders in the city of Port ${day} bought grain futures as prices of wheat moved ${day} cents.`;
      assignStory(index, dated(text, `m${day}`, `2024-03-${String(day).padStart(2, '0')}`), null);
    }
    for (let i = 0; i < 600; i++)
      assignStory(index, dated(`Note ${i} about weather ${i}.`, `n${i}`, '2024-03-28'), null);
    expect([...index.stories.values()].some((story) => story.articles.includes('c1'))).toBe(false);
    const later = assignStory(index, dated(QUAKE_CHILE_2, 'c2', '2024-03-29'), null);
    expect(later).not.toBe(first);
  });

  it('titles a story after its earliest article and orders undated articles as given', () => {
    const articles = [
      dated(QUAKE_CHILE_2, 'late', '2024-03-04', null),
      dated(QUAKE_CHILE_1, 'early', '2024-03-03', 'Deadly quake hits Chile'),
    ];
    const { stories, storyOf } = clusterArticles(articles);
    expect(storyOf[0]).toBe(storyOf[1]);
    expect(stories).toEqual([{ id: storyOf[0], title: 'Deadly quake hits Chile', articles: ['early', 'late'] }]);

    const undated = clusterArticles([dated(QUAKE_JAPAN_2, 'first', null), dated(QUAKE_JAPAN_1, 'second', null)]);
    expect(undated.stories[0].title).toBe(
      'Thirty people were hurt in Kushiro when a 5.9 magnitude tremor shook Hokkaido on Sunday.',
    );
    expect(undated.stories[0].articles).toEqual(['first', 'second']);
  });

  it('gives the same stories for the same input, and after saving and loading', () => {
    const texts = [QUAKE_CHILE_1, QUAKE_JAPAN_1, QUAKE_CHILE_2, QUAKE_JAPAN_2];
    const run = (reload: boolean) => {
      let index = createStoryIndex();
      const out = [assignStory(index, dated(texts[0], 'a', '2024-03-03'), null)];
      out.push(assignStory(index, dated(texts[1], 'b', '2024-03-03'), null));
      if (reload) index = loadStoryIndex(saveStoryIndex(index));
      out.push(assignStory(index, dated(texts[2], 'c', '2024-03-03'), null));
      out.push(assignStory(index, dated(texts[3], 'd', '2024-03-03'), null));
      return out;
    };
    expect(run(false)).toEqual(['s-1', 's-2', 's-1', 's-2']);
    expect(run(true)).toEqual(run(false));
  });
});
