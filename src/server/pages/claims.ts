import type { FindingStatus } from '../../records/finding.js';
import type { ClaimKind, LedgerEntry, Page } from '../../store/types.js';
import { html, type SafeHtml } from '../html.js';
import { figureAnchor, quoteAnchor } from './article.js';
import { type ScatterPoint, scatter } from './charts.js';
import { articleHref } from './claim-context.js';
import {
  formatDate,
  formatValue,
  outletName,
  plural,
  STATUS_ORDER,
  STATUS_SHORT,
  statusBadge,
  timeOf,
} from './format.js';
import { layout } from './layout.js';
import { renderEvidence } from './marked-text.js';

export interface LedgerFilters {
  q?: string;
  kind?: ClaimKind;
  status?: FindingStatus;
  unit?: string;
  since?: string;
}

export interface LedgerView {
  filters: LedgerFilters;
  page: Page<LedgerEntry>;
  /** Figures matching the filters (for the charts), up to the store's page limit. */
  figures: LedgerEntry[];
  offset: number;
  limit: number;
}

/** How many units get a chart (the most reported first); the rest are listed only. */
const MAX_CHARTS = 6;

function ledgerHref(filters: LedgerFilters, offset: number): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  if (offset > 0) params.set('offset', String(offset));
  const query = params.toString();
  return query ? `/claims?${query}` : '/claims';
}

function entryAnchor(entry: LedgerEntry): string | undefined {
  if (entry.quote) return quoteAnchor(entry.quote.start, entry.quote.end);
  if (entry.figure) return figureAnchor(entry.figure.start, entry.figure.end);
  return undefined;
}

function entryItem(entry: LedgerEntry): SafeHtml {
  const claim = entry.quote ?? entry.figure;
  const what = entry.quote
    ? html`<span class="what">${entry.quote.speaker ?? 'Unknown speaker'}</span> ${entry.quote.direct ? 'quoted' : 'reported'}`
    : entry.figure
      ? html`<span class="what">${formatValue(entry.figure.value)}${entry.figure.unit ? ` ${entry.figure.unit}` : ''}</span>${entry.figure.period ? ` for ${entry.figure.period}` : ''}`
      : html``;
  // The sentence text is cut from the article, so the claim's offsets move by the sentence's start.
  const sentenceStart = claim ? claim.sentence.start : 0;
  const evidence = claim
    ? renderEvidence(
        entry.sentenceText,
        { start: 0, end: entry.sentenceText.length },
        { start: claim.start - sentenceStart, end: claim.end - sentenceStart },
      )
    : html`${entry.sentenceText}`;
  return html`<li class="card">
<div><span class="badge">${entry.kind}</span> ${statusBadge(entry.status)} ${what}</div>
<p class="sentence">${evidence}</p>
<div class="meta"><a href="${articleHref(entry.article, entryAnchor(entry))}">${outletName(entry.outlet)}</a><span>${formatDate(entry.published)}</span><a href="/stories/${encodeURIComponent(entry.story)}">${entry.title ?? 'the story'}</a></div>
</li>`;
}

function charts(figures: LedgerEntry[]): SafeHtml {
  const byUnit = new Map<string, ScatterPoint[]>();
  for (const entry of figures) {
    const figure = entry.figure;
    const time = timeOf(entry.published);
    if (!figure || time === null) continue;
    const unit = figure.unit ?? 'count';
    const points = byUnit.get(unit) ?? [];
    points.push({
      time,
      value: figure.value,
      href: articleHref(entry.article, figureAnchor(figure.start, figure.end)),
      tooltip: `${outletName(entry.outlet)}, ${formatDate(entry.published)}: ${figure.text}`,
      status: entry.status ?? '',
    });
    byUnit.set(unit, points);
  }
  const units = [...byUnit.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  if (units.length === 0) return html``;
  const figuresCharted = units
    .slice(0, MAX_CHARTS)
    .map(
      ([unit, points]) =>
        html`<figure class="chart"><figcaption>${unit} <span class="meta">${plural(points.length, 'figure')}</span></figcaption>${scatter(points)}</figure>`,
    );
  const others = units.slice(MAX_CHARTS).map(([unit]) => unit);
  return html`<h2>Figures over time</h2>
<p class="lede">One chart per unit; each point is a figure in an article (click it to read the sentence). Colour shows the finding's status.</p>
<div class="charts">${figuresCharted}</div>
${others.length > 0 ? html`<p class="meta">Also: ${others.join(', ')} (filter by unit to chart them).</p>` : ''}`;
}

function select(
  name: string,
  label: string,
  options: readonly string[],
  current: string | undefined,
  labels?: Record<string, string>,
): SafeHtml {
  return html`<select name="${name}" aria-label="${label}"><option value="">${label}: any</option>${options.map(
    (option) =>
      html`<option value="${option}" ${option === current ? html`selected` : ''}>${labels?.[option] ?? option}</option>`,
  )}</select>`;
}

export function renderClaims(view: LedgerView): string {
  const { filters, page, offset, limit } = view;
  const list =
    page.items.length > 0
      ? html`<ol class="ledger">${page.items.map(entryItem)}</ol>`
      : html`<p class="empty">No quote or figure matches.</p>`;
  const previous =
    offset > 0
      ? html`<a href="${ledgerHref(filters, Math.max(0, offset - limit))}">← Previous</a>`
      : html`<span></span>`;
  const next = offset + limit < page.total ? html`<a href="${ledgerHref(filters, offset + limit)}">Next →</a>` : '';
  return layout({
    title: filters.q ? `Claims: ${filters.q}` : 'Claims ledger',
    section: 'claims',
    body: html`<h1>Claims ledger</h1>
<p class="lede">Every quote and figure, with who reported it, when, and whether other sources agree.</p>
<form class="search" method="get" action="/claims" role="search">
<input type="search" name="q" value="${filters.q ?? ''}" placeholder="Search quotes and figures: aid, Varga, budget" aria-label="Search claims">
${select('kind', 'Kind', ['quote', 'figure'], filters.kind)}
${select('status', 'Status', STATUS_ORDER, filters.status, STATUS_SHORT)}
<input type="text" name="unit" value="${filters.unit ?? ''}" placeholder="Unit (EUR, %)" aria-label="Unit" size="8">
${filters.since ? html`<input type="hidden" name="since" value="${filters.since}">` : ''}
<button type="submit">Search</button>
</form>
${filters.kind === 'quote' ? '' : charts(view.figures)}
<h2>${plural(page.total, 'claim')}</h2>
${list}
<nav class="pager" aria-label="Pages">${previous}${next}</nav>`,
  });
}
