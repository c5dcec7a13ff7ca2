import { describe, expect, it } from 'vitest';
import type { Finding, FindingKind, FindingStatus } from '../records/finding.js';
import { type ClaimSpan, claimStatuses, STATUS_PRIORITY } from './claim-status.js';

function finding(kind: FindingKind, status: FindingStatus, refs: Array<[string, number, number]>): Finding {
  return {
    story: 's',
    kind,
    status,
    summary: '',
    sources: 1,
    claims: refs.map(([article, start, end]) => ({ article, text: '', start, end })),
  };
}

/** The rule stated plainly: every claim of the article tried against every finding's claim. */
function everyPair(claims: ClaimSpan[], findings: Finding[]): Map<number, FindingStatus> {
  const out = new Map<number, FindingStatus>();
  for (const f of findings) {
    for (const ref of f.claims) {
      for (const c of claims) {
        const kindOk = (f.kind !== 'quote' && f.kind !== 'figure') || f.kind === c.kind;
        if (c.article !== ref.article || !kindOk || !(ref.start < c.end && c.start < ref.end)) continue;
        const current = out.get(c.key);
        if (current === undefined || STATUS_PRIORITY.indexOf(f.status) < STATUS_PRIORITY.indexOf(current))
          out.set(c.key, f.status);
      }
    }
  }
  return out;
}

describe('claimStatuses', () => {
  it('gives a claim the most pressing status of the findings whose claims overlap it, of its kind', () => {
    const claims: ClaimSpan[] = [
      { key: 1, article: 'a', kind: 'quote', start: 0, end: 100 },
      { key: 2, article: 'a', kind: 'figure', start: 10, end: 20 },
      { key: 3, article: 'a', kind: 'figure', start: 30, end: 40 },
      { key: 4, article: 'b', kind: 'figure', start: 10, end: 20 },
    ];
    const statuses = claimStatuses(claims, [
      finding('figure', 'corroborated', [['a', 12, 18]]),
      finding('figure', 'conflict', [['a', 15, 35]]),
      // Another kind of finding (a statement) holds any claim it overlaps: here the quote, past two figures before it.
      finding('statement', 'single-source', [['a', 90, 95]]),
    ]);
    expect([...statuses].sort((x, y) => x[0] - y[0])).toEqual([
      [1, 'single-source'],
      [2, 'conflict'],
      [3, 'conflict'],
    ]);
  });

  it('gives the same statuses as trying every pair, on an article of many overlapping claims', () => {
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const claims: ClaimSpan[] = [];
    for (let key = 0; key < 400; key++) {
      const start = random(5000);
      claims.push({
        key,
        article: random(3) === 0 ? 'b' : 'a',
        kind: random(2) ? 'quote' : 'figure',
        start,
        end: start + 1 + random(random(10) === 0 ? 800 : 30),
      });
    }
    const kinds: FindingKind[] = ['quote', 'figure', 'statement'];
    const findings = Array.from({ length: 150 }, () => {
      const start = random(5000);
      return finding(kinds[random(3)], STATUS_PRIORITY[random(5)], [
        [random(3) === 0 ? 'b' : 'a', start, start + random(60)],
      ]);
    });
    const expected = everyPair(claims, findings);
    expect(expected.size).toBeGreaterThan(50);
    expect(claimStatuses(claims, findings)).toEqual(expected);
  });
});
