import { readFileSync } from 'node:fs';
import { extractDates } from './src/claims/dates.js';
import { extractFigures } from './src/claims/figures.js';
import { layout } from './src/text/layout.js';
const files = ['/work/shared/data/quotes/polnear-train.jsonl','/work/shared/data/clustering/basil.jsonl','/work/shared/data/clustering/ecbplus.jsonl'];
let n=0, figs=0, dates=0, errors=0; const odd: string[] = [];
const t0 = performance.now();
for (const f of files) for (const line of readFileSync(f,'utf8').trim().split('\n')) {
  const r = JSON.parse(line); n++;
  try {
    const l = layout(r.text); const d = extractDates(r.text, l, r.published ?? null); const fs = extractFigures(r.text, l, r.published ?? null, r.id, d);
    figs += fs.length; dates += d.length;
    for (const x of fs) {
      if (r.text.slice(x.start, x.end) !== x.text) odd.push('OFFSET ' + x.text);
      if (!Number.isFinite(x.value) || (x.valueMax !== undefined && x.valueMax < x.value)) odd.push('VALUE ' + x.text + ' ' + x.value + ' ' + x.valueMax);
      if (x.text.length > 60) odd.push('LONG ' + x.text);
      if (x.kind === 'money' && x.value > 1e14) odd.push('HUGE ' + x.text);
    }
  } catch (e) { errors++; console.log('ERR', r.id, e); }
}
console.log({ n, figs, dates, errors, ms: (performance.now()-t0).toFixed(0) });
console.log(odd.slice(0, 30).join('\n'));
