// For each article: cosines vs the story holding most of its gold event so far (true) and the best other (false).
import { readFileSync, writeFileSync } from 'node:fs';
import { createStoryIndex, assignStory } from './src/stories/story-index.js';
import { publicationOrder } from './src/stories/order.js';
const out: string[] = [];
for (const name of ['basil', 'ecbplus']) {
  const file = `/work/shared/data/clustering/${name}.jsonl`;
  const rows = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  const arts = rows.map((r: any) => ({ id: r.id, file, url: r.url ?? null, title: r.title ?? null, byline: null, published: r.published ?? null, outlet: r.outlet ?? null, distributor: null, language: null, credits: [], text: r.text, boilerplate: [] }));
  const cfg: any = { maxCandidates: 100000, lookupFeatures: 100000 };
  for (const a of process.argv.slice(2)) { const [k, v] = a.split('='); cfg[k] = Number(v); }
  const idx = createStoryIndex(cfg);
  const ev = new Map(rows.map((r: any) => [r.id, r.event]));
  const storyEvents = new Map<string, string[]>();
  const major = (s: string) => { const c = new Map<string, number>(); for (const e of storyEvents.get(s) ?? []) c.set(e, (c.get(e) ?? 0) + 1); return [...c.entries()].sort((a, b) => b[1] - a[1])[0]?.[0]; };
  idx.trace = (d) => {
    const e = ev.get(d.article)!;
    for (const c of d.candidates) out.push([name, d.article, major(c.story) === e ? 1 : 0, ...c.cosines.map((x) => x.toFixed(4)), c.time.toFixed(3), (storyEvents.get(c.story) ?? []).length].join(','));
    storyEvents.set(d.story, [...(storyEvents.get(d.story) ?? []), e]);
  };
  // Oracle assignment so stories stay pure: trace then force gold? keep simple: use actual index decisions.
  for (const i of publicationOrder(arts)) assignStory(idx, arts[i], null);
}
writeFileSync('/tmp/pairs.csv', out.join('\n'));
