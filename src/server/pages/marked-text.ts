/**
 * Renders article text as paragraphs with spans marked (quotes, figures, claim sentences). Marks may overlap or
 * nest: the text is cut at every mark boundary and each piece carries the classes of the marks covering it.
 */
import type { Span } from '../../records/span.js';
import { paragraphs } from '../../text/paragraphs.js';
import { escapeHtml, raw, type SafeHtml } from '../html.js';

export interface Mark extends Span {
  classes: string[];
  /** An anchor id placed where the mark starts, for links like `#q-120-164`. */
  id?: string;
  /** A tooltip: who said it, the normalised value. */
  title?: string;
}

/** Classes that style a piece without being a highlight (no <mark> element). */
const PLAIN_CLASSES = new Set(['boilerplate', 'ref']);

export function renderMarkedText(text: string, marks: readonly Mark[]): SafeHtml {
  const valid = marks.filter((mark) => mark.start < mark.end && mark.start >= 0 && mark.end <= text.length);
  const cuts = new Set<number>();
  for (const mark of valid) {
    cuts.add(mark.start);
    cuts.add(mark.end);
  }
  const emitted = new Set<string>();
  const out: string[] = [];
  for (const paragraph of paragraphs(text)) {
    const points = [paragraph.start, paragraph.end];
    for (const cut of cuts) if (cut > paragraph.start && cut < paragraph.end) points.push(cut);
    points.sort((a, b) => a - b);
    let body = '';
    for (let i = 0; i + 1 < points.length; i++) {
      const [from, to] = [points[i], points[i + 1]];
      if (from === to) continue;
      const covering = valid.filter((mark) => mark.start <= from && mark.end >= to);
      for (const mark of covering) {
        if (mark.id && !emitted.has(mark.id)) {
          emitted.add(mark.id);
          body += `<span class="anchor" id="${escapeHtml(mark.id)}"></span>`;
        }
      }
      const piece = escapeHtml(text.slice(from, to));
      if (covering.length === 0) {
        body += piece;
        continue;
      }
      const classes = [...new Set(covering.flatMap((mark) => mark.classes))].sort();
      const titles = [...new Set(covering.map((mark) => mark.title).filter((t): t is string => Boolean(t)))];
      const titleAttr = titles.length > 0 ? ` title="${escapeHtml(titles.join(' · '))}"` : '';
      const tag = classes.every((name) => PLAIN_CLASSES.has(name)) ? 'span' : 'mark';
      body += `<${tag} class="${escapeHtml(classes.join(' '))}"${titleAttr}>${piece}</${tag}>`;
    }
    out.push(`<p>${body}</p>`);
  }
  return raw(out.join('\n'));
}

/** The sentence holding a claim, with the claim itself marked: the evidence line shown under a finding. */
export function renderEvidence(text: string, sentence: Span, claim: Span): SafeHtml {
  const start = Math.max(0, Math.min(sentence.start, claim.start));
  const end = Math.min(text.length, Math.max(sentence.end, claim.end));
  const claimStart = Math.max(start, claim.start);
  const claimEnd = Math.min(end, claim.end);
  if (claimStart >= claimEnd) return raw(escapeHtml(text.slice(start, end).trim()));
  return raw(
    `${escapeHtml(text.slice(start, claimStart).trimStart())}<mark class="claim">${escapeHtml(
      text.slice(claimStart, claimEnd),
    )}</mark>${escapeHtml(text.slice(claimEnd, end).trimEnd())}`,
  );
}
