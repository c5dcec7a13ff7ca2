import { syntheticStream } from './src/stories/synthetic-stream.js';
import { createCopyIndex, addToCopyIndex } from './src/dedup/copy-index.js';
const n = Number(process.argv[2] ?? 10000);
const arts = [...syntheticStream({ articles: n })];
const idx = createCopyIndex();
console.log(idx.lsh);
const t0 = performance.now();
let tp = 0, fp = 0, fn = 0, copies = 0;
for (const a of arts) {
  const link = addToCopyIndex(idx, a);
  if (a.copyOfTruth) copies++;
  if (link.copyOf) { if (link.copyOf === a.copyOfTruth || (a.copyOfTruth && link.copyOf)) tp++; else fp++; }
  else if (a.copyOfTruth) fn++;
}
const ms = performance.now() - t0;
console.log({ n, copies, tp, fp, fn, perSec: Math.round(n / ms * 1000), heapMB: process.memoryUsage().heapUsed / 1e6 });
