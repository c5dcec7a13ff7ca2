/** The one stylesheet of the pages (served at /assets/style.css). Status colours match the badges and the charts. */
export const STYLE_CSS = `
:root {
  --ink: #1c2430; --muted: #5b6676; --line: #dde2e8; --bg: #f6f7f9; --card: #fff; --accent: #1f5fbf;
  --corroborated: #1e7a46; --corroborated-bg: #e3f4ea;
  --conflict: #b3261e; --conflict-bg: #fbe5e3;
  --quote-drift: #9a5b00; --quote-drift-bg: #fdf0d8;
  --quote-vs-paraphrase: #6a3fb0; --quote-vs-paraphrase-bg: #efe8fb;
  --single-source: #4a5565; --single-source-bg: #eceff3;
  --quote: #fff3b0; --figure: #d7ecff;
  color-scheme: light;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--bg); }
a { color: var(--accent); text-decoration-thickness: 1px; text-underline-offset: 2px; }
a:hover { text-decoration-thickness: 2px; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: .2rem 0 .4rem; }
h2 { font-size: 1.2rem; margin: 1.8rem 0 .6rem; }
h3 { font-size: 1rem; margin: 1rem 0 .4rem; }
.site { background: #14213d; color: #fff; }
.site .bar { max-width: 76rem; margin: 0 auto; padding: .6rem 1rem; display: flex; gap: 1.2rem; align-items: center; flex-wrap: wrap; }
.site a { color: #fff; text-decoration: none; }
.site .brand { font-weight: 700; letter-spacing: .02em; font-size: 1.1rem; }
.site nav { display: flex; gap: 1rem; }
.site nav a { opacity: .85; padding: .2rem 0; border-bottom: 2px solid transparent; }
.site nav a[aria-current="page"] { opacity: 1; border-bottom-color: #8fb8ff; }
main { max-width: 76rem; margin: 0 auto; padding: 1rem 1rem 3rem; }
.lede { color: var(--muted); margin: 0 0 1rem; }
.meta { color: var(--muted); font-size: .9rem; }
.meta > * + *::before { content: "·"; display: inline-block; padding: 0 .4em; color: var(--muted); }
.search { display: flex; gap: .5rem; flex-wrap: wrap; margin: .5rem 0 1.2rem; }
.search input[type="search"], .search select, .search input[type="text"] { font: inherit; padding: .45rem .6rem; border: 1px solid #b9c2ce; border-radius: 6px; background: #fff; min-width: 0; }
.search input[type="search"] { flex: 1 1 16rem; }
.search button { font: inherit; padding: .45rem 1rem; border: 0; border-radius: 6px; background: var(--accent); color: #fff; cursor: pointer; }
.cards { list-style: none; margin: 0; padding: 0; display: grid; gap: .8rem; }
.card { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: .9rem 1rem; }
.card h2, .card h3 { margin: 0 0 .3rem; font-size: 1.1rem; }
.card h2 a, .card h3 a { text-decoration: none; color: var(--ink); }
.card h2 a:hover, .card h3 a:hover { color: var(--accent); }
.badges { display: flex; flex-wrap: wrap; gap: .35rem; margin: .45rem 0 0; padding: 0; list-style: none; }
.badge { display: inline-block; font-size: .78rem; font-weight: 600; padding: .1rem .5rem; border-radius: 999px; background: var(--single-source-bg); color: var(--single-source); white-space: nowrap; }
.badge.sources { background: #e4ecfa; color: #1f4a8f; }
.badge.corroborated { background: var(--corroborated-bg); color: var(--corroborated); }
.badge.conflict { background: var(--conflict-bg); color: var(--conflict); }
.badge.quote-drift { background: var(--quote-drift-bg); color: var(--quote-drift); }
.badge.quote-vs-paraphrase { background: var(--quote-vs-paraphrase-bg); color: var(--quote-vs-paraphrase); }
.badge.copy { background: #f1e9e0; color: #6b4b2a; }
.empty { color: var(--muted); font-style: italic; }
.pager { display: flex; justify-content: space-between; margin-top: 1rem; }
.findings { display: grid; gap: .7rem; }
.status-group { margin: 0 0 .4rem; }
.status-group > summary { cursor: pointer; list-style-position: outside; margin-left: 1.1rem; }
.status-group > summary h3 { display: inline-flex; align-items: center; gap: .5rem; font-size: 1.05rem; margin: 1rem 0 .5rem; }
.finding { background: var(--card); border: 1px solid var(--line); border-left: 4px solid var(--single-source); border-radius: 8px; padding: .7rem .9rem; }
.finding.corroborated { border-left-color: var(--corroborated); }
.finding.conflict { border-left-color: var(--conflict); }
.finding.quote-drift { border-left-color: var(--quote-drift); }
.finding.quote-vs-paraphrase { border-left-color: var(--quote-vs-paraphrase); }
.finding .summary { font-weight: 600; margin: 0; }
.finding .note { color: var(--muted); font-size: .9rem; margin: .25rem 0 0; }
.evidence { list-style: none; margin: .5rem 0 0; padding: 0; display: grid; gap: .45rem; }
.evidence li { font-size: .95rem; padding-left: .7rem; border-left: 2px solid var(--line); }
.evidence .source { font-weight: 600; font-size: .85rem; color: var(--muted); display: block; }
.evidence .meta { font-size: .85rem; margin-left: .2rem; white-space: nowrap; }
mark { background: #ffe58a; color: inherit; padding: 0 .05em; border-radius: 2px; }
mark.q { background: var(--quote); border-bottom: 2px solid #d6a800; }
mark.f { background: var(--figure); border-bottom: 2px solid #4c8fd6; }
mark.c { background: #fff7c7; }
mark.c.corroborated { background: var(--corroborated-bg); }
mark.c.conflict { background: var(--conflict-bg); }
mark.c.quote-drift { background: var(--quote-drift-bg); }
mark.c.quote-vs-paraphrase { background: var(--quote-vs-paraphrase-bg); }
mark.c.single-source { background: var(--single-source-bg); }
mark.claim { font-weight: 600; box-shadow: inset 0 -2px 0 currentColor; background: transparent; }
.boilerplate { color: #98a1ad; text-decoration: line-through; }
.anchor { scroll-margin-top: 5rem; }
.anchor:target + mark, .anchor:target + span { outline: 3px solid var(--accent); outline-offset: 1px; }
.columns { display: grid; grid-auto-flow: column; grid-auto-columns: minmax(16rem, 1fr); gap: .8rem; overflow-x: auto; scroll-snap-type: x mandatory; padding-bottom: .6rem; }
.column { scroll-snap-align: start; background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: .8rem .9rem; min-width: 0; }
.column h3 { margin: 0; font-size: 1rem; }
.column .text p { font-size: .93rem; margin: .6rem 0; }
.prose { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: .4rem 1.2rem; max-width: 46rem; }
.prose p { margin: .9rem 0; }
.legend { display: flex; gap: .8rem; flex-wrap: wrap; font-size: .85rem; color: var(--muted); margin: .4rem 0 .8rem; }
.layout-2 { display: grid; grid-template-columns: minmax(0, 46rem) minmax(0, 1fr); gap: 1.5rem; align-items: start; }
aside > h2:first-child { margin-top: 0; }
.facts { list-style: none; padding: 0; margin: 0; display: grid; gap: .5rem; font-size: .93rem; }
.facts li { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: .5rem .7rem; }
.chart { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: .6rem .8rem; margin: 0 0 .8rem; }
.chart figcaption { font-weight: 600; font-size: .95rem; }
.chart figcaption.meta { font-weight: 400; font-size: .85rem; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 26rem), 1fr)); gap: .8rem; }
.charts .chart { margin: 0; }
.scroll-x { overflow-x: auto; }
.chart svg { width: 100%; height: auto; display: block; }
svg text { font: 11px system-ui, sans-serif; fill: var(--muted); }
svg .axis { stroke: #b9c2ce; stroke-width: 1; }
svg .grid { stroke: #eef1f4; stroke-width: 1; }
svg .dot { stroke: #fff; stroke-width: 1.5; fill: var(--single-source); }
svg .dot.corroborated { fill: var(--corroborated); }
svg .dot.conflict { fill: var(--conflict); }
svg .dot.quote-drift { fill: var(--quote-drift); }
svg .dot.quote-vs-paraphrase { fill: var(--quote-vs-paraphrase); }
svg .dot.copy { fill: #fff; stroke: #6b4b2a; stroke-width: 2; }
svg a:hover .dot, svg a:focus .dot { stroke: var(--ink); stroke-width: 2.5; }
svg .lane { stroke: #e3e7ec; stroke-width: 1; stroke-dasharray: 3 3; }
.ledger { list-style: none; margin: 0; padding: 0; display: grid; gap: .6rem; }
.ledger .what { font-weight: 600; }
.ledger .sentence { margin: .3rem 0 0; font-size: .93rem; }
.table-wrap { overflow-x: auto; }
footer { max-width: 76rem; margin: 0 auto; padding: 1rem; color: var(--muted); font-size: .85rem; }
@media (max-width: 52rem) {
  .timeline svg { min-width: 34rem; }
  .charts svg text { font-size: 15px; }
  .layout-2 { grid-template-columns: minmax(0, 1fr); }
  .columns { grid-auto-columns: 86%; }
  h1 { font-size: 1.35rem; }
  main { padding: .8rem .7rem 2rem; }
  .prose { padding: .2rem .9rem; }
}
`;

/** A small mark for the tab (served at /favicon.ico and /assets/favicon.svg). */
export const FAVICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#14213d"/><path d="M9 17l5 5 9-11" fill="none" stroke="#8fb8ff" stroke-width="3.5" stroke-linecap="round" stroke-linejoin="round"/></svg>';
