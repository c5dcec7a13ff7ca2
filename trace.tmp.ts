import { readFileSync } from 'node:fs';
import { createStoryIndex, assignStory } from './src/stories/story-index.js';
import { publicationOrder } from './src/stories/order.js';
const file = process.argv[2];
const want = process.argv[3];
const rows = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const arts = rows.map((r: any) => ({ id: r.id, file, url: r.url ?? null, title: r.title ?? null, byline: null, published: r.published ?? null, outlet: r.outlet ?? null, distributor: null, language: null, credits: [], text: r.text, boilerplate: [] }));
const cfg: any = {};
for (const a of process.argv.slice(4)) { const [k, v] = a.split('='); cfg[k] = Number(v); }
const idx = createStoryIndex(cfg);
const ev = new Map(rows.map((r: any) => [r.id, r.event]));
const storyEvents = new Map<string, string[]>();
idx.trace = (d) => {
  const e = ev.get(d.article)!;
  const bestEv = d.best ? storyEvents.get(d.best) ?? [] : [];
  if (e.startsWith(want)) console.log(e.padEnd(16), d.created ? 'NEW' : 'join', d.story.padEnd(5), 'best', (d.best ?? '-').padEnd(5), d.score.toFixed(3), d.cosines.map((c) => c.toFixed(2)).join(' '), [...new Set(bestEv)].join(','));
  storyEvents.set(d.story, [...(storyEvents.get(d.story) ?? []), e]);
};
for (const i of publicationOrder(arts)) assignStory(idx, arts[i], null);
