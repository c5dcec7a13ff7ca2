import { describe, expect, it } from 'vitest';
import { escapeHtml, html, join, raw } from './html.js';

describe('escapeHtml', () => {
  it('escapes the five characters that can open markup or leave an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});

describe('html template', () => {
  it('escapes interpolated strings by default', () => {
    const title = '<script>alert(1)</script>';
    expect(html`<h1>${title}</h1>`.value).toBe('<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>');
  });

  it('keeps nested templates and raw markup as they are', () => {
    const inner = html`<b>${'<i>'}</b>`;
    expect(html`<p>${inner}${raw('<br>')}</p>`.value).toBe('<p><b>&lt;i&gt;</b><br></p>');
  });

  it('joins arrays and drops null, undefined and false', () => {
    expect(html`<ul>${['<a>', html`<li>ok</li>`]}${null}${undefined}${false}${0}</ul>`.value).toBe(
      '<ul>&lt;a&gt;<li>ok</li>0</ul>',
    );
  });

  it('escapes quotes inside attribute values', () => {
    const value = '" onmouseover="alert(1)';
    expect(html`<input value="${value}">`.value).toBe('<input value="&quot; onmouseover=&quot;alert(1)">');
  });

  it('join escapes plain strings and the separator', () => {
    expect(join(['<x>', html`<y>`], ' & ').value).toBe('&lt;x&gt; &amp; <y>');
  });
});
