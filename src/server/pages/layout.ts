import { html, type SafeHtml } from '../html.js';
import { STYLE_URL } from '../routes/assets.js';

export type Section = 'stories' | 'claims' | null;

export interface PageOptions {
  title: string;
  section: Section;
  body: SafeHtml;
}

/** The page shell: header, navigation, stylesheet. No script: the content security policy forbids it. */
export function layout({ title, section, body }: PageOptions): string {
  const current = (name: Section) => (section === name ? 'page' : null);
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · Corroborate</title>
<link rel="stylesheet" href="${STYLE_URL}">
<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
</head>
<body>
<header class="site"><div class="bar">
<a class="brand" href="/">Corroborate</a>
<nav aria-label="Main">
<a href="/" ${current('stories') ? html`aria-current="page"` : ''}>Stories</a>
<a href="/claims" ${current('claims') ? html`aria-current="page"` : ''}>Claims ledger</a>
<a href="/api/openapi.json">API</a>
</nav>
</div></header>
<main>
${body}
</main>
<footer>What independent sources corroborate, what conflicts, and what only one outlet says: claim by claim, with the sentences as evidence.</footer>
</body>
</html>
`.value;
}
