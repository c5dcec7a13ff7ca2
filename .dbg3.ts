import { extractFigures } from './src/claims/figures.js';
import { extractDates } from './src/claims/dates.js';
import { layout } from './src/text/layout.js';
const text = process.argv[2]; const pub = process.argv[3] ?? '2025-04-02';
const l = layout(text);
console.log(extractDates(text, l, pub).map(d => `${d.text} -> ${d.value}`).join(' | '));
for (const f of extractFigures(text, l, pub, 'a')) console.log(`  ${f.text} = ${f.value}${f.valueMax?'-'+f.valueMax:''} ${f.unit} ${f.kind} q=${f.qualifier} p=${f.period} c=${f.change ?? ''}`);
