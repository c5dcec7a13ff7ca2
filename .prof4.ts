import { readFileSync } from 'node:fs';
import { extractDates } from './src/claims/dates.js';
import { scanFigures } from './src/claims/figure-scan.js';
import { layout } from './src/text/layout.js';
const rows = readFileSync('/work/shared/data/quotes/polnear-train.jsonl','utf8').trim().split('\n').map(l => JSON.parse(l));
// warm
for (const r of rows.slice(0,50)) { const l = layout(r.text); extractDates(r.text, l, r.published); for (const s of l.sentences) scanFigures(r.text.slice(s.start,s.end)); }
const res: [number, number, string][] = [];
for (const r of rows) { const l = layout(r.text);
  for (const s of l.sentences) { const t = r.text.slice(s.start, s.end); const a = performance.now(); scanFigures(t); const b = performance.now(); res.push([b-a, 0, t]); }
  for (const s of l.sentences) { const t = r.text.slice(s.start, s.end); const a = performance.now(); extractDates(t, layout(t), r.published); const b = performance.now(); res.push([b-a, 1, t]); }
}
res.sort((a,b)=>b[0]-a[0]);
for (const [ms, kind, t] of res.slice(0,8)) console.log(ms.toFixed(1), kind ? 'dates' : 'figs', t.length, JSON.stringify(t.slice(0,300)));
