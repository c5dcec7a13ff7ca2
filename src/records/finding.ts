export type FindingKind = 'figure' | 'quote' | 'statement' | 'date';

export type FindingStatus = 'corroborated' | 'conflict' | 'single-source' | 'quote-drift' | 'quote-vs-paraphrase';

export interface ClaimRef {
  article: string;
  text: string;
  start: number;
  end: number;
  /** The sentence holding the claim, for showing it in context. */
  sentenceStart?: number;
  sentenceEnd?: number;
}

export interface Finding {
  story: string;
  kind: FindingKind;
  status: FindingStatus;
  /** One line a person reads first. */
  summary: string;
  /** How many independent sources carry the claim. */
  sources: number;
  claims: ClaimRef[];
  speaker?: string | null;
  value?: number | string | null;
  unit?: string | null;
  /** Why the status was given where it is not obvious: rounding, timing, a self-contradiction. */
  note?: string | null;
}
