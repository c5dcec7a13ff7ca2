import type { ClaimRef } from '../records/finding.js';

export interface Marks {
  open: string;
  close: string;
}

/** Longest evidence shown around a claim before it is cut with an ellipsis. */
const MAX_EVIDENCE = 320;

/** The claim's sentence with the claim marked, cut around the claim when the sentence is long. */
export function evidence(text: string, claim: ClaimRef, marks: Marks): string {
  let start = Math.min(claim.sentenceStart ?? claim.start, claim.start);
  let end = Math.max(claim.sentenceEnd ?? claim.end, claim.end);
  let prefix = '';
  let suffix = '';
  const room = Math.max(0, MAX_EVIDENCE - (claim.end - claim.start));
  if (end - start > MAX_EVIDENCE) {
    const before = Math.min(claim.start - start, Math.floor(room / 2));
    const after = Math.min(end - claim.end, room - before);
    if (claim.start - before > start) {
      start = claim.start - before;
      prefix = '…';
    }
    if (claim.end + after < end) {
      end = claim.end + after;
      suffix = '…';
    }
  }
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  return (
    prefix +
    flat(text.slice(start, claim.start)).trimStart() +
    marks.open +
    flat(text.slice(claim.start, claim.end)) +
    marks.close +
    flat(text.slice(claim.end, end)).trimEnd() +
    suffix
  );
}
