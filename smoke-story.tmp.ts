import { syntheticStream } from './src/stories/synthetic-stream.js';
import { createCopyIndex, addToCopyIndex } from './src/dedup/copy-index.js';
import { createStoryIndex, assignStory } from './src/stories/story-index.js';
const n = Number(process.argv[2] ?? 10000);
const cfg: any = {};
for (const a of process.argv.slice(3)) { const [k, v] = a.split('='); cfg[k] = Number(v); }
const arts = [...syntheticStream({ articles: n })];
const ci = createCopyIndex();
const si = createStoryIndex(cfg);
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
let tc = 0, ts = 0;
for (const a of arts) {
  const t0 = cpu();
  const link = addToCopyIndex(ci, a);
  const t1 = cpu();
  assignStory(si, a, link);
  ts += cpu() - t1; tc += t1 - t0;
}
console.log({ n, copyPerCpuSec: Math.round(n / tc * 1000), bothPerCpuSec: Math.round(n / (tc + ts) * 1000), stories: si.nextStory, active: si.stories.size, heapMB: Math.round(process.memoryUsage().heapUsed / 1e6) });
