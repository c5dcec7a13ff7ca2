import type { Command } from 'commander';
import { loadArticles } from '../../pipeline/load.js';
import { clusterArticles } from '../../stories/cluster.js';
import { exitCodeFor, printProblem } from '../problems.js';

export function registerCluster(program: Command): void {
  program
    .command('cluster')
    .description(
      'Find copies and group articles into stories: one JSON line per article, in input order, {"id", "story", "copyOf"}',
    )
    .argument('<inputs...>', 'JSONL, text or HTML files, directories, or - for stdin')
    .option('--json', 'JSON lines (the only format; accepted for symmetry with other commands)')
    .option('--allow-private', 'allow fetching from private and loopback addresses')
    .action(async (inputs: string[], options: { allowPrivate?: boolean }) => {
      // Every input article gets its line, the same content twice included (the second is a copy of the first).
      const { articles, problems } = await loadArticles(inputs, { allowPrivate: options.allowPrivate }, printProblem, {
        distinct: false,
      });
      const { copies, storyOf } = clusterArticles(articles);
      const lines: string[] = [];
      for (let i = 0; i < articles.length; i++) {
        lines.push(JSON.stringify({ id: articles[i].id, story: storyOf[i], copyOf: copies[i].copyOf }));
      }
      if (lines.length > 0) process.stdout.write(`${lines.join('\n')}\n`);
      process.exitCode = exitCodeFor(problems, articles.length);
    });
}
