import type { Problem } from '../records/problem.js';

/** The problems listed one by one in a summary; beyond this only the counts by reason grow. */
export const MAX_LISTED_PROBLEMS = 1000;

/** What one ingest run did. `read = stored + duplicates + rejected` always. */
export interface IngestSummary {
  read: number;
  stored: number;
  /** Items whose article id was already stored (or came earlier in the same run). */
  duplicates: number;
  rejected: number;
  /** Rejections counted by reason, most frequent first. */
  reasons: Array<{ reason: string; count: number }>;
  /** The first rejected items with their reasons (at most MAX_LISTED_PROBLEMS). */
  problems: Problem[];
  /** Stories that gained an article (their findings were recomputed). */
  stories: number;
  /** Findings written for those stories. */
  findings: number;
  /** Stories whose reconciliation failed (their articles are stored, their findings left as they were), and
   * index state that could not be saved. */
  warnings: Problem[];
  /** True when the run was stopped (`signal`) before reading every item: run it again to complete. */
  interrupted?: boolean;
}

export function emptySummary(): IngestSummary {
  return {
    read: 0,
    stored: 0,
    duplicates: 0,
    rejected: 0,
    reasons: [],
    problems: [],
    stories: 0,
    findings: 0,
    warnings: [],
  };
}

/** Counts rejections by reason without rescanning the list for each one. */
export class RejectionTally {
  private readonly counts = new Map<string, number>();

  constructor(private readonly summary: IngestSummary) {}

  add(problem: Problem): void {
    this.summary.rejected++;
    if (this.summary.problems.length < MAX_LISTED_PROBLEMS) this.summary.problems.push(problem);
    this.counts.set(problem.reason, (this.counts.get(problem.reason) ?? 0) + 1);
  }

  /** Writes the counts into the summary's `reasons`, most frequent first, then by reason. */
  update(): void {
    this.summary.reasons = [...this.counts]
      .map(([reason, count]) => ({ reason, count }))
      .sort((a, b) => b.count - a.count || (a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0));
  }
}

/** The closing lines a person reads: counts, then the reasons for rejections. */
export function formatSummary(summary: IngestSummary): string[] {
  const lines = [
    `read ${summary.read}, stored ${summary.stored}, duplicates ${summary.duplicates}, rejected ${summary.rejected}`,
    `stories updated ${summary.stories}, findings ${summary.findings}`,
  ];
  if (summary.interrupted) lines.push('interrupted: run the same command again to read the rest');
  for (const { reason, count } of summary.reasons) lines.push(`  rejected ${count}: ${reason}`);
  for (const warning of summary.warnings) lines.push(`  warning: ${warning.item}: ${warning.reason}`);
  return lines;
}
