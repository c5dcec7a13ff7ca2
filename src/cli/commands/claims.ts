import type { Command } from 'commander';
import { extractClaims } from '../../claims/index.js';
import { normalise } from '../../extract/normalise.js';
import { readSources } from '../../readers/index.js';
import { type Problem, problemOf } from '../../records/problem.js';
import { exitCodeFor, printProblem } from '../problems.js';

export function registerClaims(program: Command): void {
  program
    .command('claims')
    .description(
      'Print the quotes (with speakers) and figures of each article, one JSON line per article, in input order',
    )
    .argument('<inputs...>', 'JSONL, text or HTML files, directories, or - for stdin')
    .option('--json', 'JSON lines (the only format; accepted for symmetry with other commands)')
    .option('--allow-private', 'allow fetching from private and loopback addresses')
    .action(async (inputs: string[], options: { allowPrivate?: boolean }) => {
      const problems: Problem[] = [];
      let produced = 0;
      for await (const item of readSources(inputs, { allowPrivate: options.allowPrivate })) {
        if (item.problem) {
          problems.push(item.problem);
          printProblem(item.problem);
          continue;
        }
        try {
          const article = normalise(item.doc);
          const { quotes, figures } = extractClaims(article);
          process.stdout.write(`${JSON.stringify({ id: article.id, quotes, figures })}\n`);
          produced++;
        } catch (error) {
          const problem = problemOf(item.doc.item, error);
          problems.push(problem);
          printProblem(problem);
        }
      }
      process.exitCode = exitCodeFor(problems, produced);
    });
}
