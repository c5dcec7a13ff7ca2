import type { Finding, FindingStatus } from '../records/finding.js';

/** When a claim sits in several findings, the ledger shows the status that most needs a reader's attention. */
export const STATUS_PRIORITY: FindingStatus[] = [
  'conflict',
  'quote-drift',
  'quote-vs-paraphrase',
  'corroborated',
  'single-source',
];

export interface ClaimSpan {
  key: number;
  article: string;
  kind: 'quote' | 'figure';
  start: number;
  end: number;
}

function kindMatches(finding: Finding, kind: ClaimSpan['kind']): boolean {
  if (finding.kind === 'quote' || finding.kind === 'figure') return finding.kind === kind;
  return true;
}

/** The status each stored quote or figure gets from the story's findings: a finding's claim in the same article overlapping it. */
export function claimStatuses(claims: ClaimSpan[], findings: Finding[]): Map<number, FindingStatus> {
  const byArticle = new Map<string, ClaimSpan[]>();
  for (const claim of claims) {
    const list = byArticle.get(claim.article) ?? [];
    list.push(claim);
    byArticle.set(claim.article, list);
  }
  const statuses = new Map<number, FindingStatus>();
  for (const finding of findings) {
    const rank = STATUS_PRIORITY.indexOf(finding.status);
    for (const ref of finding.claims) {
      for (const claim of byArticle.get(ref.article) ?? []) {
        if (!kindMatches(finding, claim.kind) || !(ref.start < claim.end && claim.start < ref.end)) continue;
        const current = statuses.get(claim.key);
        if (current === undefined || rank < STATUS_PRIORITY.indexOf(current)) statuses.set(claim.key, finding.status);
      }
    }
  }
  return statuses;
}
