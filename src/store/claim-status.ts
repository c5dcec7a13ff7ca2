import type { Finding, FindingStatus } from '../records/finding.js';
import { appendTo } from '../text/lists.js';
import { firstAtOrAfter } from '../text/sorted.js';

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

/** One article's claims by start, with the furthest end reached by each claim and those before it. */
interface ArticleClaimSpans {
  claims: ClaimSpan[];
  reach: number[];
}

function byArticle(claims: ClaimSpan[]): Map<string, ArticleClaimSpans> {
  const lists = new Map<string, ClaimSpan[]>();
  for (const claim of claims) appendTo(lists, claim.article, claim);
  const out = new Map<string, ArticleClaimSpans>();
  for (const [article, list] of lists) {
    list.sort((a, b) => a.start - b.start);
    const reach: number[] = [];
    for (const claim of list) reach.push(Math.max(claim.end, reach[reach.length - 1] ?? claim.end));
    out.set(article, { claims: list, reach });
  }
  return out;
}

/**
 * The status each stored quote or figure gets from the story's findings: a finding's claim in the same article
 * overlapping it. Each finding's claim looks only at the claims that can overlap it (those starting before it ends,
 * back to where none reaches it): trying every claim of the article was quadratic in an article of many claims, such
 * as a dump of 70,000 numbers, which took a minute to store.
 */
export function claimStatuses(claims: ClaimSpan[], findings: Finding[]): Map<number, FindingStatus> {
  const articles = byArticle(claims);
  const statuses = new Map<number, FindingStatus>();
  for (const finding of findings) {
    const rank = STATUS_PRIORITY.indexOf(finding.status);
    for (const ref of finding.claims) {
      const spans = articles.get(ref.article);
      if (!spans) continue;
      const { claims: sorted, reach } = spans;
      for (let k = firstAtOrAfter(sorted.length, (i) => sorted[i].start, ref.end) - 1; k >= 0; k--) {
        if (reach[k] <= ref.start) break;
        const claim = sorted[k];
        if (claim.end <= ref.start || !kindMatches(finding, claim.kind)) continue;
        const current = statuses.get(claim.key);
        if (current === undefined || rank < STATUS_PRIORITY.indexOf(current)) statuses.set(claim.key, finding.status);
      }
    }
  }
  return statuses;
}
