import type { Command } from 'commander';
import { openStore } from '../../store/index.js';
import type { StorySummary } from '../../store/types.js';

interface StoriesOptions {
  db?: string;
  json?: boolean;
  since?: string;
  search?: string;
  limit: string;
  offset: string;
}

function dateOnly(value: string | null): string {
  return value ? value.slice(0, 10) : '?';
}

/** One line per story: dates, article and independent-source counts, conflicts, title. */
export function storyLine(story: StorySummary): string {
  const dates =
    dateOnly(story.firstPublished) === dateOnly(story.lastPublished)
      ? dateOnly(story.lastPublished)
      : `${dateOnly(story.firstPublished)}..${dateOnly(story.lastPublished)}`;
  const conflicts = story.findings.conflict > 0 ? `  ${story.findings.conflict} conflict(s)` : '';
  const counts = `${story.articles} article${story.articles === 1 ? '' : 's'}, ${story.sources} source${story.sources === 1 ? '' : 's'}`;
  return `${story.id}  ${dates}  ${counts}${conflicts}  ${story.title ?? '(untitled)'}`;
}

function wholeNumber(name: string, value: string, min: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min)
    throw new Error(`${name} must be a whole number of at least ${min}, not ${value}`);
  return n;
}

export function registerStories(program: Command): void {
  program
    .command('stories')
    .description('List the stored stories, newest first, with their article and independent-source counts')
    .option('--db <path>', 'SQLite file or postgres:// URL (default: $CORROBORATE_DB or ./corroborate.db)')
    .option('--json', 'print {total, items} as JSON')
    .option('--since <date>', 'only stories with an article published on or after this ISO date')
    .option('--search <words>', 'only stories whose articles contain all these words')
    .option('--limit <n>', 'stories to list (at most 1000)', '50')
    .option('--offset <n>', 'stories to skip', '0')
    .action(async (options: StoriesOptions) => {
      const query = {
        since: options.since,
        q: options.search,
        limit: wholeNumber('--limit', options.limit, 1),
        offset: wholeNumber('--offset', options.offset, 0),
      };
      const store = await openStore(options.db, { mustExist: true });
      try {
        const page = await store.listStories(query);
        if (options.json) {
          process.stdout.write(`${JSON.stringify(page, null, 2)}\n`);
          return;
        }
        for (const story of page.items) process.stdout.write(`${storyLine(story)}\n`);
        const shown = page.items.length;
        if (page.total > shown) process.stdout.write(`(${shown} of ${page.total} stories; see --limit and --offset)\n`);
        if (page.total === 0) process.stderr.write(`no stories in ${store.location}\n`);
      } finally {
        await store.close();
      }
    });
}
