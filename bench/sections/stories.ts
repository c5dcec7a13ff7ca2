/**
 * Copy detection and story clustering on a realistic synthetic stream (src/stories/synthetic-stream.ts): articles
 * per second of CPU time on one core and memory, at 10k, 100k and 1M articles (quick: up to 100k), with accuracy
 * against what the generator meant. Articles are generated a batch at a time, outside the clock. Memory is
 * sampled as the stream runs: once the windows are full (14 days at 5,000 articles a day, about 70k articles) it
 * should stop growing.
 */
import { scoreClusters } from '../../eval/cluster-scores.js';
import { addToCopyIndex, createCopyIndex } from '../../src/dedup/copy-index.js';
import type { CopyLink } from '../../src/records/story.js';
import { assignStory, createStoryIndex, largestActiveStory } from '../../src/stories/story-index.js';
import { type SyntheticArticle, syntheticStream } from '../../src/stories/synthetic-stream.js';
import type { BenchOptions, BenchTable } from '../table.js';

const MB = 1024 * 1024;
/** Predictions are kept for scoring only up to this size (beyond it they would weigh on the memory measured). */
const SCORED = 100_000;
/** Articles generated, then timed through each stage, at a time. */
const BATCH = 64;

function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

interface Run {
  articles: number;
  copyMs: number;
  storyMs: number;
  wallMs: number;
  peakRss: number;
  peakHeap: number;
  /** Heap used at 25%, 50%, 75% and 100% of the stream. */
  heapAt: number[];
  copyPrecision: number;
  copyRecall: number;
  bcubedF1: number | null;
  /** Articles in the largest story seen (generated stories have at most 100; more means a catch-all story). */
  largestStory: number | null;
}

function run(articles: number, withStories: boolean): Run {
  const copies = createCopyIndex();
  const stories = withStories ? createStoryIndex() : null;
  const predicted: string[] = [];
  const gold: string[] = [];
  let copyMs = 0;
  let storyMs = 0;
  let peakRss = 0;
  let peakHeap = 0;
  const heapAt: number[] = [];
  let largestStory = 0;
  let truePositive = 0;
  let found = 0;
  let copiesMeant = 0;
  const started = performance.now();
  let i = 0;
  // Articles are generated a batch at a time and each stage is timed over the whole batch, so the clock is read
  // twice per batch rather than per article (a clock read costs a few microseconds, several percent of an article).
  const batch: SyntheticArticle[] = [];
  const links: CopyLink[] = [];
  const stream = syntheticStream({ articles });
  for (;;) {
    batch.length = 0;
    while (batch.length < BATCH) {
      const next = stream.next();
      if (next.done) break;
      batch.push(next.value);
    }
    if (batch.length === 0) break;
    links.length = 0;
    const t0 = cpuMs();
    for (const article of batch) links.push(addToCopyIndex(copies, article));
    const t1 = cpuMs();
    copyMs += t1 - t0;
    if (stories) {
      for (let b = 0; b < batch.length; b++) {
        const story = assignStory(stories, batch[b], links[b]);
        if (articles <= SCORED) {
          predicted.push(story);
          gold.push(batch[b].event);
        }
      }
      storyMs += cpuMs() - t1;
    }
    for (let b = 0; b < batch.length; b++) {
      const article = batch[b];
      const link = links[b];
      if (article.copyOfTruth) copiesMeant++;
      if (link.copyOf) {
        found++;
        if (article.copyOfTruth) truePositive++;
      }
      i++;
      const checkpoint = i === Math.floor((articles * (heapAt.length + 1)) / 4);
      if (i % 2000 === 0 || checkpoint) {
        const memory = process.memoryUsage();
        peakRss = Math.max(peakRss, memory.rss);
        peakHeap = Math.max(peakHeap, memory.heapUsed);
        if (checkpoint) heapAt.push(memory.heapUsed);
        if (stories) largestStory = Math.max(largestStory, largestActiveStory(stories));
      }
    }
  }
  const scores = predicted.length > 0 ? scoreClusters(predicted, gold) : null;
  return {
    articles,
    copyMs,
    storyMs,
    wallMs: performance.now() - started,
    peakRss,
    peakHeap,
    heapAt,
    copyPrecision: found === 0 ? 1 : truePositive / found,
    copyRecall: copiesMeant === 0 ? 1 : truePositive / copiesMeant,
    bcubedF1: scores
      ? (2 * scores.bcubedPrecision * scores.bcubedRecall) / (scores.bcubedPrecision + scores.bcubedRecall)
      : null,
    largestStory: stories ? largestStory : null,
  };
}

function row(stage: string, r: Run, ms: number): Array<string | number> {
  return [
    stage,
    r.articles,
    Math.round((r.articles / ms) * 1000),
    Math.round(r.wallMs / 1000),
    Math.round(r.peakRss / MB),
    Math.round(r.peakHeap / MB),
    r.heapAt.map((h) => Math.round(h / MB)).join(' / '),
    `${r.copyPrecision.toFixed(3)} / ${r.copyRecall.toFixed(3)}`,
    r.bcubedF1 === null ? '-' : r.bcubedF1.toFixed(3),
    r.largestStory ?? '-',
  ];
}

export default async function stories(options: BenchOptions): Promise<BenchTable[]> {
  const sizes = options.sizes?.length
    ? options.sizes
    : options.quick
      ? [10_000, 100_000]
      : [10_000, 100_000, 1_000_000];
  const rows: Array<Array<string | number>> = [];
  for (const size of sizes) {
    // At 1M one pass times both stages (each on its own CPU clock) to keep the bench to minutes.
    if (size < 1_000_000) {
      const alone = run(size, false);
      rows.push(row('copies', alone, alone.copyMs));
    }
    const both = run(size, true);
    if (size >= 1_000_000) rows.push(row('copies (same pass)', both, both.copyMs));
    rows.push(row('copies + stories', both, both.copyMs + both.storyMs));
  }
  return [
    {
      title: 'Copies and stories: synthetic stream, 5,000 articles/day, ~15% syndicated copies, 300-800 words',
      columns: [
        'stage',
        'articles',
        'articles/cpu-s',
        'wall s',
        'peak RSS MB',
        'peak heap MB',
        'heap MB at 25/50/75/100%',
        'copy P / R',
        'B-cubed F1',
        'largest story',
      ],
      rows,
      notes: [
        'articles/cpu-s: articles per second of this process CPU time in the stage (one core), generation excluded.',
        'Windows: copies 14 days, stories 14 days of inactivity (about 70k articles here), so memory levels off after.',
        'largest story: articles in the largest story seen (every 2,000 articles); generated stories have at most 100.',
      ],
    },
  ];
}
