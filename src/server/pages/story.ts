import type { ArticleClaims } from '../../records/claim.js';
import type { Finding, FindingStatus } from '../../records/finding.js';
import type { StoredArticle, StoryDetail } from '../../store/types.js';
import { html, type SafeHtml } from '../html.js';
import { timeline } from './charts.js';
import { articleHref, claimAnchor, claimSentence } from './claim-context.js';
import { formatDate, outletName, plural, STATUS_LABEL, STATUS_ORDER, safeHref, storyBadges, timeOf } from './format.js';
import { layout } from './layout.js';
import { type Mark, renderEvidence, renderMarkedText } from './marked-text.js';

/** Above this many single-source findings, that group starts folded. */
const FOLD_SINGLE_SOURCE_OVER = 3;

/** The anchor of a claim in the side-by-side column of article number `index`. */
function columnAnchor(index: number, start: number, end: number): string {
  return `s${index}-${start}-${end}`;
}

interface Context {
  detail: StoryDetail;
  indexOf: Map<string, number>;
  claimsOf: Map<string, ArticleClaims>;
}

function provenance(stored: StoredArticle, outletOf: Map<string, string>): SafeHtml {
  const parts: SafeHtml[] = [];
  if (stored.copy.copyOf) {
    parts.push(html`<li class="badge copy">copy of ${outletOf.get(stored.copy.copyOf) ?? stored.copy.copyOf}</li>`);
  } else if (stored.copy.derivedFrom) {
    parts.push(
      html`<li class="badge copy">same origin as ${outletOf.get(stored.copy.derivedFrom) ?? stored.copy.derivedFrom}</li>`,
    );
  }
  if (stored.article.credits.length > 0)
    parts.push(html`<li class="badge">credits ${stored.article.credits.join(', ')}</li>`);
  if (stored.article.distributor) parts.push(html`<li class="badge">via ${stored.article.distributor}</li>`);
  return parts.length > 0 ? html`<ul class="badges">${parts}</ul>` : html``;
}

function findingCard(finding: Finding, context: Context): SafeHtml {
  const { detail, indexOf, claimsOf } = context;
  const evidence = finding.claims.map((ref) => {
    const index = indexOf.get(ref.article);
    const stored = index === undefined ? undefined : detail.articles[index];
    if (!stored) return html`<li><span class="source">${ref.article}</span>${ref.text}</li>`;
    const sentence = claimSentence(ref, claimsOf.get(ref.article));
    const notIndependent =
      stored.copy.copyOf || stored.copy.derivedFrom ? html` <span class="badge copy">not independent</span>` : '';
    return html`<li><span class="source">${outletName(stored.article.outlet)} · ${formatDate(stored.article.published)}${notIndependent}</span>
${renderEvidence(stored.article.text, sentence, ref)}
<span class="meta"><a href="#${columnAnchor(index!, sentence.start, sentence.end)}">side by side</a><a class="to-article" href="${articleHref(ref.article, claimAnchor(ref))}">in the article →</a></span></li>`;
  });
  const details = [
    html`<span>${finding.kind}</span>`,
    html`<span>${plural(finding.sources, 'independent source')}</span>`,
    finding.speaker ? html`<span>speaker: ${finding.speaker}</span>` : '',
  ];
  return html`<article class="finding ${finding.status}">
<p class="summary">${finding.summary}</p>
<div class="meta">${details}</div>
${finding.note ? html`<p class="note">${finding.note}</p>` : ''}
<ul class="evidence">${evidence}</ul>
</article>`;
}

function findingsSection(context: Context): SafeHtml {
  const { findings } = context.detail;
  if (findings.length === 0) return html`<p class="empty">No findings for this story yet.</p>`;
  return html`${STATUS_ORDER.map((status: FindingStatus) => {
    const group = findings.filter((finding) => finding.status === status);
    if (group.length === 0) return '';
    // Single-source claims are usually the longest list and the least urgent: folded until asked for.
    const open = status !== 'single-source' || group.length <= FOLD_SINGLE_SOURCE_OVER;
    return html`<details class="status-group" id="status-${status}" ${open ? html`open` : ''}>
<summary><h3><span class="badge ${status}">${group.length}</span> ${STATUS_LABEL[status]}</h3></summary>
<div class="findings">${group.map((finding) => findingCard(finding, context))}</div>
</details>`;
  })}`;
}

/** Marks of one article's column: each finding's sentence, coloured by status, with the claim itself in bold. */
function columnMarks(stored: StoredArticle, index: number, context: Context): Mark[] {
  const marks: Mark[] = stored.article.boilerplate.map((span) => ({ ...span, classes: ['boilerplate'] }));
  for (const finding of context.detail.findings) {
    for (const ref of finding.claims) {
      if (ref.article !== stored.article.id) continue;
      const sentence = claimSentence(ref, context.claimsOf.get(ref.article));
      marks.push({
        start: sentence.start,
        end: sentence.end,
        classes: ['c', finding.status],
        id: columnAnchor(index, sentence.start, sentence.end),
        title: finding.summary,
      });
      marks.push({ start: ref.start, end: ref.end, classes: ['claim'] });
    }
  }
  return marks;
}

function column(stored: StoredArticle, index: number, context: Context, outletOf: Map<string, string>): SafeHtml {
  const { article } = stored;
  const href = safeHref(article.url);
  return html`<section class="column" id="article-${index}">
<h3><a href="${articleHref(article.id)}">${outletName(article.outlet)}</a></h3>
<div class="meta"><span>${formatDate(article.published)}</span>${href ? html`<a href="${href}" rel="noopener noreferrer nofollow">original</a>` : ''}</div>
<p><strong>${article.title ?? 'Untitled'}</strong></p>
${provenance(stored, outletOf)}
<div class="text">${renderMarkedText(article.text, columnMarks(stored, index, context))}</div>
</section>`;
}

function coverage(detail: StoryDetail): SafeHtml {
  const points = detail.articles.flatMap((stored, index) => {
    const time = timeOf(stored.article.published);
    if (time === null) return [];
    const copy = stored.copy.copyOf || stored.copy.derivedFrom;
    return [
      {
        label: outletName(stored.article.outlet),
        time,
        href: `#article-${index}`,
        tooltip: `${outletName(stored.article.outlet)}: ${stored.article.title ?? 'Untitled'} (${formatDate(stored.article.published)})${copy ? ', not independent' : ''}`,
        classes: copy ? 'copy' : '',
      },
    ];
  });
  const undated = detail.articles.length - points.length;
  return html`<figure class="chart timeline"><div class="scroll-x">${timeline(points)}</div>
<figcaption class="meta">${points.length > 0 ? 'Filled dots are independent sources, hollow dots copies or same-origin reports.' : ''}${undated > 0 ? ` ${plural(undated, 'article')} without a date.` : ''}</figcaption></figure>`;
}

export function renderStory(detail: StoryDetail): string {
  const { summary } = detail;
  const indexOf = new Map(detail.articles.map((stored, index) => [stored.article.id, index]));
  const claimsOf = new Map(detail.claims.map((claims) => [claims.article, claims]));
  const outletOf = new Map(detail.articles.map((stored) => [stored.article.id, outletName(stored.article.outlet)]));
  const context: Context = { detail, indexOf, claimsOf };
  const dates =
    summary.firstPublished && summary.lastPublished && summary.firstPublished !== summary.lastPublished
      ? `${formatDate(summary.firstPublished)} – ${formatDate(summary.lastPublished)}`
      : formatDate(summary.firstPublished);
  return layout({
    title: summary.title ?? 'Story',
    section: 'stories',
    body: html`<p class="meta"><a href="/">← All stories</a></p>
<h1>${summary.title ?? 'Untitled story'}</h1>
<div class="meta"><span>${dates}</span><span>${plural(summary.articles, 'article')}</span><span>${summary.outlets.join(', ')}</span></div>
${storyBadges(summary.sources, summary.findings)}
<h2>Findings</h2>
${findingsSection(context)}
<h2>Coverage over time</h2>
${coverage(detail)}
<h2>The sources side by side</h2>
<div class="legend"><span><mark class="c corroborated">corroborated</mark></span><span><mark class="c conflict">conflict</mark></span><span><mark class="c quote-drift">quote drift</mark></span><span><mark class="c single-source">single source</mark></span><span><mark class="claim">the claim</mark></span></div>
<div class="columns">${detail.articles.map((stored, index) => column(stored, index, context, outletOf))}</div>`,
  });
}
