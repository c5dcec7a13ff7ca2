import { describe, expect, it } from 'vitest';
import { renderEvidence, renderMarkedText } from './marked-text.js';

describe('renderMarkedText', () => {
  it('wraps each paragraph and marks a span with its classes and anchor', () => {
    const text = 'First paragraph here.\n\nHe said "go now" twice.';
    const start = text.indexOf('go now');
    const out = renderMarkedText(text, [{ start, end: start + 6, classes: ['q'], id: 'q-1', title: 'Ana' }]).value;
    expect(out).toBe(
      '<p>First paragraph here.</p>\n<p>He said &quot;<span class="anchor" id="q-1"></span><mark class="q" title="Ana">go now</mark>&quot; twice.</p>',
    );
  });

  it('cuts overlapping marks into pieces carrying both classes', () => {
    const text = 'abcdefghij';
    const out = renderMarkedText(text, [
      { start: 0, end: 6, classes: ['q'] },
      { start: 4, end: 8, classes: ['f'] },
    ]).value;
    expect(out).toBe('<p><mark class="q">abcd</mark><mark class="f q">ef</mark><mark class="f">gh</mark>ij</p>');
  });

  it('escapes the text inside and outside marks', () => {
    const text = 'x <script>alert(1)</script> y';
    const out = renderMarkedText(text, [{ start: 2, end: 10, classes: ['q'] }]).value;
    expect(out).not.toContain('<script>');
    expect(out).toContain('<mark class="q">&lt;script&gt;</mark>alert(1)&lt;/script&gt; y');
  });

  it('renders boilerplate as a plain span, not a highlight, and ignores spans outside the text', () => {
    const out = renderMarkedText('keep drop', [
      { start: 5, end: 9, classes: ['boilerplate'] },
      { start: 5, end: 99, classes: ['q'] },
    ]).value;
    expect(out).toBe('<p>keep <span class="boilerplate">drop</span></p>');
  });
});

describe('renderEvidence', () => {
  it('shows the sentence with the claim marked', () => {
    const text = 'One. They pledged over €20 billion in aid. Two.';
    const start = text.indexOf('over');
    const out = renderEvidence(text, { start: 5, end: 42 }, { start, end: start + 16 }).value;
    expect(out).toBe('They pledged <mark class="claim">over €20 billion</mark> in aid.');
  });
});
