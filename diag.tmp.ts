import { readFileSync } from 'node:fs';
import { clusterArticles } from './src/stories/cluster.js';
const file = process.argv[2];
const rows = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const arts = rows.map((r: any) => ({ id: r.id, file, url: r.url ?? null, title: r.title ?? null, byline: null, published: r.published ?? null, outlet: r.outlet ?? null, distributor: null, language: null, credits: [], text: r.text, boilerplate: [] }));
const cfg: any = {};
for (const a of process.argv.slice(3)) { const [k, v] = a.split('='); cfg[k] = Number(v); }
const res = clusterArticles(arts, { stories: cfg });
const by = new Map<string, string[]>();
res.storyOf.forEach((s, i) => { by.set(s, [...(by.get(s) ?? []), rows[i].event]); });
const goldBy = new Map<string, string[]>();
res.storyOf.forEach((s, i) => { goldBy.set(rows[i].event, [...(goldBy.get(rows[i].event) ?? []), s]); });
const summary = (xs: string[]) => { const c = new Map<string, number>(); for (const x of xs) c.set(x, (c.get(x) ?? 0) + 1); return [...c.entries()].map(([k, v]) => `${k}:${v}`).join(' '); };
console.log('--- mixed predicted stories');
for (const [s, evs] of by) if (new Set(evs).size > 1) console.log(s, summary(evs));
console.log('--- split gold events');
for (const [g, ss] of goldBy) if (new Set(ss).size > 1) console.log(g, summary(ss));
