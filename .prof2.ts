import { readFileSync } from 'node:fs';
import { extractDates } from './src/claims/dates.js';
import { extractFigures } from './src/claims/figures.js';
import { layout } from './src/text/layout.js';
const rows = readFileSync('/work/shared/data/quotes/polnear-train.jsonl','utf8').trim().split('\n').map(l=>JSON.parse(l)).slice(0,300);
const prepared = rows.map(r => ({ text: r.text as string, l: layout(r.text), p: r.published ?? null, w: (r.text as string).split(/\s+/).length }));
for (const x of prepared) { const d = extractDates(x.text, x.l, x.p); extractFigures(x.text, x.l, x.p, 'a', d); }
const times: number[] = []; const per600: number[] = [];
for (const x of prepared) { let best = 1e9; for (let k=0;k<3;k++){ const t=performance.now(); const d = extractDates(x.text, x.l, x.p); extractFigures(x.text, x.l, x.p, 'a', d); best=Math.min(best, performance.now()-t);} times.push(best); per600.push(best*600/x.w); }
times.sort((a,b)=>a-b); per600.sort((a,b)=>a-b);
const words = prepared.map(x=>x.w).sort((a,b)=>a-b);
console.log('median words', words[words.length>>1], 'median ms', times[times.length>>1].toFixed(3), 'p99', times[Math.floor(times.length*0.99)].toFixed(3), 'median ms per 600 words', per600[per600.length>>1].toFixed(3), 'p99/600w', per600[Math.floor(per600.length*0.99)].toFixed(3));
