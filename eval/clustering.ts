/**
 * `npm run eval:clustering -- FILE.jsonl [--set key=value ...]`: clusters the articles of FILE (rows with `id`,
 * `text`, `event` and where known `title`, `outlet`, `url`, `published`) with the default configuration and prints
 * B-cubed and pairwise precision, recall and F1 against the `event` labels. `--set` overrides one story setting,
 * for exploring (report numbers with the defaults).
 */
import type { Article } from '../src/records/article.js';
import { clusterArticles } from '../src/stories/cluster.js';
import type { StoryConfig } from '../src/stories/config.js';
import { DEFAULT_STORY_CONFIG } from '../src/stories/config.js';
import { scoreClusters } from './cluster-scores.js';
import { f1, fixed, readJsonl, usage } from './support.js';

interface Row {
  id: string;
  text: string;
  event: string;
  title?: string;
  outlet?: string;
  url?: string;
  published?: string;
}

function parseSettings(args: string[]): Partial<StoryConfig> {
  const settings: Record<string, number> = {};
  for (let i = 0; i < args.length; i++) {
    if (args[i] !== '--set') continue;
    const [key, value] = (args[++i] ?? '').split('=');
    if (!(key in DEFAULT_STORY_CONFIG) || !Number.isFinite(Number(value)))
      usage(`--set ${key}=${value}: unknown setting`);
    settings[key] = Number(value);
  }
  return settings as Partial<StoryConfig>;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const file = args.find((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--set');
  if (!file) usage('npm run eval:clustering -- FILE.jsonl [--set key=value ...]');
  const rows = await readJsonl<Row>(file);
  const articles: Article[] = rows.map((row, i) => ({
    id: row.id ?? `${file}:${i + 1}`,
    file,
    url: row.url ?? null,
    title: row.title ?? null,
    byline: null,
    published: row.published ?? null,
    outlet: row.outlet ?? null,
    distributor: null,
    language: null,
    credits: [],
    text: row.text ?? '',
    boilerplate: [],
  }));
  const start = performance.now();
  const result = clusterArticles(articles, { stories: parseSettings(args) });
  const ms = performance.now() - start;
  const s = scoreClusters(
    result.storyOf,
    rows.map((row) => row.event),
  );
  const copies = result.copies.filter((link) => link.copyOf !== null).length;
  console.log(`${file}: ${rows.length} articles, ${new Set(rows.map((r) => r.event)).size} events`);
  console.log(`stories ${result.stories.length}, copies ${copies}, ${Math.round(ms)} ms`);
  console.log(
    `B-cubed  P ${fixed(s.bcubedPrecision)}  R ${fixed(s.bcubedRecall)}  F1 ${fixed(f1(s.bcubedPrecision, s.bcubedRecall))}`,
  );
  console.log(
    `pairwise P ${fixed(s.pairPrecision)}  R ${fixed(s.pairRecall)}  F1 ${fixed(f1(s.pairPrecision, s.pairRecall))}`,
  );
}

await main();
