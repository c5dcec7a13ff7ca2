import { CORE } from './src/claims/figure-patterns.js';
const s = process.argv[2];
for (const m of s.matchAll(new RegExp(CORE.source, 'giu'))) console.log(m.index, JSON.stringify(m[0]), Object.entries(m.groups!).filter(([,v])=>v).map(([k])=>k));
