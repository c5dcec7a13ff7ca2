import { type Command, Option } from 'commander';
import { compare } from '../../pipeline/compare.js';
import { loadArticles } from '../../pipeline/load.js';
import { renderReport } from '../../report/text-report.js';
import { exitCodeFor, printProblem } from '../problems.js';

interface CompareOptions {
  json?: boolean;
  format: 'text' | 'md';
  singleSource?: boolean;
  color?: boolean;
  allowPrivate?: boolean;
}

export function registerCompare(program: Command): void {
  program
    .command('compare')
    .description(
      'Group articles into stories and report, claim by claim, what their independent sources corroborate, contradict, or say alone',
    )
    .argument('<sources...>', 'text, HTML or JSONL files, directories, feed URLs, or - for stdin')
    .option('--json', 'print the full result as one JSON document')
    .addOption(new Option('--format <format>', 'report format').choices(['text', 'md']).default('text'))
    .option('--single-source', 'also list claims only one source makes')
    .option('--no-color', 'no ANSI colours, even on a terminal')
    .option('--allow-private', 'allow fetching from private and loopback addresses')
    .action(async (sources: string[], options: CompareOptions) => {
      const { articles, problems } = await loadArticles(sources, { allowPrivate: options.allowPrivate }, printProblem);
      const result = compare(articles);
      if (options.json) {
        process.stdout.write(`${JSON.stringify(result.report, null, 2)}\n`);
      } else {
        const color = options.color !== false && options.format === 'text' && process.stdout.isTTY === true;
        process.stdout.write(
          renderReport(result, { format: options.format, color, singleSource: options.singleSource === true }),
        );
      }
      process.exitCode = exitCodeFor(problems, articles.length);
    });
}
