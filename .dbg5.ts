import { readFileSync } from 'node:fs';
import { extractDates } from './src/claims/dates.js';
import { layout } from './src/text/layout.js';
const [file, from, n] = process.argv.slice(2);
const rows = readFileSync(file,'utf8').trim().split('\n').slice(Number(from), Number(from)+Number(n)).map(l=>JSON.parse(l));
for (const r of rows) {
  for (const d of extractDates(r.text, layout(r.text), r.published ?? null)) {
    const ctx = r.text.slice(Math.max(0,d.start-30), d.end+20).replace(/\n/g,' ');
    console.log(`${r.published} [${d.value}] «${d.text}» ...${ctx}...`);
  }
}
