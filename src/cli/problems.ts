import type { Problem } from '../records/problem.js';

/** Problems go to stderr, one line each, naming the item and the reason. */
export function printProblem(problem: Problem): void {
  process.stderr.write(`corroborate: skipped ${problem.item}: ${problem.reason}\n`);
}

/** A run that skipped items still succeeds for the rest, but says so in its exit code. */
export function exitCodeFor(problems: Problem[], produced: number): number {
  if (produced === 0 && problems.length > 0) return 1;
  return problems.length > 0 ? 2 : 0;
}
