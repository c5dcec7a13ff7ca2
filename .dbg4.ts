import { readFileSync } from 'node:fs';
import { extractFigures } from './src/claims/figures.js';
import { layout } from './src/text/layout.js';
const [file, from, n, filter] = process.argv.slice(2);
const rows = readFileSync(file,'utf8').trim().split('\n').slice(Number(from), Number(from)+Number(n)).map(l=>JSON.parse(l));
for (const r of rows) {
  const figs = extractFigures(r.text, layout(r.text), r.published ?? null, r.id);
  for (const f of figs) {
    if (filter && f.kind !== filter && !(filter==='nounit' && f.unit===null)) continue;
    const ctx = r.text.slice(Math.max(0,f.start-50), f.end+30).replace(/\n/g,' ');
    console.log(`[${f.kind} ${f.value}${f.valueMax?'-'+f.valueMax:''} ${f.unit} ${f.qualifier??''} ${f.period??''}] «${f.text}» ...${ctx}...`);
  }
}
