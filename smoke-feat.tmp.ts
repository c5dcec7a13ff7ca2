import { syntheticStream } from './src/stories/synthetic-stream.js';
import { FeatureExtractor } from './src/stories/features.js';
const arts = [...syntheticStream({ articles: 5000 })];
const fx = new FeatureExtractor(1, 20);
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
for (let r = 0; r < 3; r++) {
  const t0 = cpu();
  let n = 0;
  for (const a of arts) n += fx.extract(a, 2, 50, 2).counts.size;
  console.log('extract per article ms', (cpu() - t0) / arts.length, 'features', n / arts.length);
}
