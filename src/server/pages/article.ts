import type { ArticleDetail } from '../../store/types.js';
import { html } from '../html.js';
import { claimAnchor } from './claim-context.js';
import { formatDate, formatValue, outletName, STATUS_SHORT, safeHref } from './format.js';
import { layout } from './layout.js';
import { type Mark, renderMarkedText } from './marked-text.js';

export function quoteAnchor(start: number, end: number): string {
  return `q-${start}-${end}`;
}

export function figureAnchor(start: number, end: number): string {
  return `f-${start}-${end}`;
}

function marksOf(detail: ArticleDetail): Mark[] {
  const { article, claims, findings } = detail;
  const marks: Mark[] = article.boilerplate.map((span) => ({ ...span, classes: ['boilerplate'] }));
  for (const quote of claims.quotes) {
    marks.push({
      start: quote.start,
      end: quote.end,
      classes: ['q'],
      id: quoteAnchor(quote.start, quote.end),
      title: `${quote.direct ? 'Quote' : 'Reported speech'}: ${quote.speaker ?? 'speaker unknown'}`,
    });
  }
  for (const figure of claims.figures) {
    marks.push({
      start: figure.start,
      end: figure.end,
      classes: ['f'],
      id: figureAnchor(figure.start, figure.end),
      title: `${formatValue(figure.value)}${figure.unit ? ` ${figure.unit}` : ''}${figure.period ? ` (${figure.period})` : ''}`,
    });
  }
  for (const finding of findings) {
    for (const ref of finding.claims) {
      if (ref.article !== article.id) continue;
      marks.push({ start: ref.start, end: ref.end, classes: ['ref'], id: claimAnchor(ref), title: finding.summary });
    }
  }
  return marks;
}

export function renderArticle(detail: ArticleDetail): string {
  const { article, claims, findings, copy } = detail;
  const href = safeHref(article.url);
  const facts = [
    ...claims.quotes.map(
      (quote) =>
        html`<li><a href="#${quoteAnchor(quote.start, quote.end)}">${quote.direct ? '“' : ''}${quote.text}${quote.direct ? '”' : ''}</a><div class="meta"><span>${quote.direct ? 'quote' : 'reported speech'}</span><span>${quote.speaker ?? 'speaker unknown'}</span></div></li>`,
    ),
    ...claims.figures.map(
      (figure) =>
        html`<li><a href="#${figureAnchor(figure.start, figure.end)}">${figure.text}</a><div class="meta"><span>${formatValue(figure.value)}${figure.unit ? ` ${figure.unit}` : ''}</span>${figure.period ? html`<span>${figure.period}</span>` : ''}</div></li>`,
    ),
  ];
  const findingList = findings.map((finding) => {
    const here = finding.claims.find((ref) => ref.article === article.id);
    const summary = here ? html`<a href="#${claimAnchor(here)}">${finding.summary}</a>` : html`${finding.summary}`;
    return html`<li><span class="badge ${finding.status}">${STATUS_SHORT[finding.status]}</span> ${summary}</li>`;
  });
  return layout({
    title: article.title ?? 'Article',
    section: 'stories',
    body: html`<p class="meta"><a href="/stories/${encodeURIComponent(detail.story)}">← ${detail.storyTitle ?? 'The story'}</a></p>
<h1>${article.title ?? 'Untitled'}</h1>
<div class="meta"><span>${outletName(article.outlet)}</span><span>${formatDate(article.published)}</span>${article.byline ? html`<span>${article.byline}</span>` : ''}${href ? html`<a href="${href}" rel="noopener noreferrer nofollow">original</a>` : ''}</div>
<ul class="badges">${copy.copyOf ? html`<li class="badge copy"><a href="/articles/${encodeURIComponent(copy.copyOf)}">copy of an earlier article</a></li>` : ''}${copy.derivedFrom ? html`<li class="badge copy"><a href="/articles/${encodeURIComponent(copy.derivedFrom)}">same origin as another article</a></li>` : ''}${article.credits.length > 0 ? html`<li class="badge">credits ${article.credits.join(', ')}</li>` : ''}${article.distributor ? html`<li class="badge">via ${article.distributor}</li>` : ''}</ul>
<div class="legend"><span><mark class="q">quote</mark></span><span><mark class="f">figure</mark></span>${article.boilerplate.length > 0 ? html`<span><span class="boilerplate">not part of the report</span></span>` : ''}</div>
<div class="layout-2">
<div class="prose">${renderMarkedText(article.text, marksOf(detail))}</div>
<aside>
<h2>Findings citing this article</h2>
${findingList.length > 0 ? html`<ul class="facts">${findingList}</ul>` : html`<p class="empty">None.</p>`}
<h2>Quotes and figures</h2>
${facts.length > 0 ? html`<ul class="facts">${facts}</ul>` : html`<p class="empty">None found.</p>`}
</aside>
</div>`,
  });
}
