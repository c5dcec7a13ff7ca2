import { readFileSync } from 'node:fs';
import { extractDates } from './src/claims/dates.js';
import { extractFigures } from './src/claims/figures.js';
import { layout } from './src/text/layout.js';
const files = ['/work/shared/data/quotes/polnear-train.jsonl','/work/shared/data/clustering/basil.jsonl','/work/shared/data/clustering/ecbplus.jsonl'];
for (const f of files) {
  const rows = readFileSync(f,'utf8').trim().split('\n').map(l => JSON.parse(l));
  const prepared = rows.map(r => ({ id: r.id, text: r.text as string, l: layout(r.text), p: r.published ?? null, w: (r.text as string).split(/\s+/).length }));
  let tl=0; const t0=performance.now(); for (const r of rows) { const a=performance.now(); layout(r.text); tl+=performance.now()-a; }
  let td=0, tf=0; const slow: [number,string,number][] = [];
  for (const x of prepared) { const a=performance.now(); const d = extractDates(x.text, x.l, x.p); const b=performance.now(); extractFigures(x.text, x.l, x.p, 'a', d); const c=performance.now(); td+=b-a; tf+=c-b; slow.push([c-a, x.id, x.w]); }
  slow.sort((a,b)=>b[0]-a[0]);
  console.log(f.split('/').pop(), rows.length, 'layout ms', tl.toFixed(0), 'dates ms', td.toFixed(0), 'figures ms', tf.toFixed(0), 'slowest', slow.slice(0,3).map(s=>`${s[0].toFixed(1)}ms ${s[2]}w`).join(', '));
}
