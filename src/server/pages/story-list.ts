import type { Page, StorySummary } from '../../store/types.js';
import { html } from '../html.js';
import { formatDate, plural, storyBadges } from './format.js';
import { layout } from './layout.js';

export interface StoryListView {
  page: Page<StorySummary>;
  q?: string;
  since?: string;
  offset: number;
  limit: number;
}

function pageLink(view: StoryListView, offset: number): string {
  const params = new URLSearchParams();
  if (view.q) params.set('q', view.q);
  if (view.since) params.set('since', view.since);
  if (offset > 0) params.set('offset', String(offset));
  const query = params.toString();
  return query ? `/?${query}` : '/';
}

function card(story: StorySummary) {
  const dates =
    story.firstPublished && story.lastPublished && story.firstPublished !== story.lastPublished
      ? `${formatDate(story.firstPublished)} – ${formatDate(story.lastPublished)}`
      : formatDate(story.lastPublished ?? story.firstPublished);
  return html`<li class="card story">
<h2><a href="/stories/${encodeURIComponent(story.id)}">${story.title ?? 'Untitled story'}</a></h2>
<div class="meta"><span>${dates}</span><span>${plural(story.articles, 'article')}</span><span>${story.outlets.join(', ')}</span></div>
${storyBadges(story.sources, story.findings)}
</li>`;
}

export function renderStoryList(view: StoryListView): string {
  const { page, q, since, offset, limit } = view;
  const heading = q ? html`Stories matching “${q}”` : html`Stories`;
  const list =
    page.items.length > 0
      ? html`<ol class="cards">${page.items.map(card)}</ol>`
      : html`<p class="empty">${q ? 'No story matches this search.' : 'No stories yet: ingest some articles.'}</p>`;
  const previous =
    offset > 0 ? html`<a href="${pageLink(view, Math.max(0, offset - limit))}">← Newer</a>` : html`<span></span>`;
  const next = offset + limit < page.total ? html`<a href="${pageLink(view, offset + limit)}">Older →</a>` : '';
  return layout({
    title: q ? `Stories: ${q}` : 'Stories',
    section: 'stories',
    body: html`<h1>${heading}</h1>
<p class="lede">${plural(page.total, 'story', 'stories')}, newest first, with how many independent sources report each and what they agree and disagree on.</p>
<form class="search" method="get" action="/" role="search">
<input type="search" name="q" value="${q ?? ''}" placeholder="Search articles: words, names, places" aria-label="Search stories">
${since ? html`<input type="hidden" name="since" value="${since}">` : ''}
<button type="submit">Search</button>
</form>
${list}
<nav class="pager" aria-label="Pages">${previous}${next}</nav>`,
  });
}
