import { extractDates } from './src/claims/dates.js';
import { scanFigures } from './src/claims/figure-scan.js';
import { layout } from './src/text/layout.js';
const ss = ["Tuesday marks four weeks since Donald Trump won the Indiana Republican primary, forcing fellow presidential candidates Ted Cruz and John Kasich out of the race and earning him the mantle of presumptive Republican nominee.", "Trump has not yet responded to Calderon’s remarks, although he did keep up his fiery rhetoric over the weekend on Twitter, one of his preferred methods of communication."];
for (let k=0;k<5;k++) for (const t of ss) { const a=performance.now(); extractDates(t, layout(t), '2016-05-31'); const b=performance.now(); scanFigures(t); const c=performance.now(); console.log((b-a).toFixed(2), (c-b).toFixed(2)); }
