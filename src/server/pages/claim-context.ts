/** Where a finding's claim sits in its article: the sentence to show as evidence and the anchors that link to it. */
import type { ArticleClaims } from '../../records/claim.js';
import type { ClaimRef } from '../../records/finding.js';
import type { Span } from '../../records/span.js';

/** The sentence around a claim: as the finding gives it, else the quote's or figure's sentence, else the claim. */
export function claimSentence(ref: ClaimRef, claims: ArticleClaims | undefined): Span {
  if (ref.sentenceStart !== undefined && ref.sentenceEnd !== undefined) {
    return { start: ref.sentenceStart, end: ref.sentenceEnd };
  }
  const same = (span: Span) => span.start === ref.start && span.end === ref.end;
  const quote = claims?.quotes.find(same);
  if (quote) return quote.sentence;
  const figure = claims?.figures.find(same);
  if (figure) return figure.sentence;
  return { start: ref.start, end: ref.end };
}

/** The anchor of a claim on its article page. */
export function claimAnchor(ref: Span): string {
  return `c-${ref.start}-${ref.end}`;
}

export function articleHref(article: string, anchor?: string): string {
  return `/articles/${encodeURIComponent(article)}${anchor ? `#${anchor}` : ''}`;
}
