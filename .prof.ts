import { readFileSync } from 'node:fs';
import { scanFigures } from './src/claims/figure-scan.js';
const rows = readFileSync('/work/shared/data/figures/newsquant.jsonl','utf8').trim().split('\n').map(l=>JSON.parse(l).text as string);
for (let k=0;k<3;k++){ const t=performance.now(); for (let i=0;i<10;i++) for (const r of rows) scanFigures(r); console.log(((performance.now()-t)/(10*rows.length)).toFixed(4),'ms/sentence'); }
