import { scanFigures } from './src/claims/figure-scan.js';
for (const s of process.argv.slice(2)) console.log(s, '=>', JSON.stringify(scanFigures(s).map(f => [s.slice(f.start, f.end), f.value, f.valueMax, f.unit, f.kind, f.qualifier, f.change])));
