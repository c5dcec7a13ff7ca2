import { describe, expect, it } from 'vitest';
import { extractHtml } from './html.js';

const BODY = [
  'Rescue teams reached the flooded valley on Monday after two days of heavy rain cut off the only road into the area.',
  'Officials said about three hundred people had been taken to temporary shelters in the town hall and two schools nearby.',
];

function page(head: string, body = '', opening = ''): string {
  return `<html><head>${head}</head><body><article>${body}<div class="article-body"><p>${opening}${BODY[0]}</p><p>${BODY[1]}</p></div></article></body></html>`;
}

describe('extractHtml metadata', () => {
  it('reads a JSON-LD NewsArticle: headline, authors, date, publisher, URL, language, source organisation', () => {
    const jsonLd = {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Floods cut off valley',
      author: [
        { '@type': 'Person', name: 'Ana Lima' },
        { '@type': 'Person', name: 'Tom Reed' },
      ],
      datePublished: '2024-03-04T08:15:00+01:00',
      publisher: { '@type': 'Organization', name: 'Valley Times' },
      mainEntityOfPage: { '@id': 'https://valleytimes.example/2024/floods' },
      inLanguage: 'en-GB',
      sourceOrganization: { '@type': 'Organization', name: 'Reuters' },
    };
    const result = extractHtml(page(`<script type="application/ld+json">${JSON.stringify(jsonLd)}</script>`));
    expect(result).toMatchObject({
      title: 'Floods cut off valley',
      byline: 'Ana Lima, Tom Reed',
      published: '2024-03-04T08:15:00+01:00',
      outlet: 'Valley Times',
      url: 'https://valleytimes.example/2024/floods',
      language: 'en',
    });
    expect(result.credits).toContain('Reuters');
  });

  it('finds the article node inside a JSON-LD @graph and resolves a publisher given by reference', () => {
    const graph = {
      '@graph': [
        { '@type': 'Organization', '@id': '#org', name: 'Graph News' },
        {
          '@type': ['NewsArticle'],
          headline: 'In the graph',
          publisher: { '@id': '#org' },
          datePublished: '2023-12-01',
        },
      ],
    };
    const result = extractHtml(page(`<script type="application/ld+json">${JSON.stringify(graph)}</script>`));
    expect(result.title).toBe('In the graph');
    expect(result.outlet).toBe('Graph News');
    expect(result.published).toBe('2023-12-01');
  });

  it('skips JSON-LD that does not parse and uses the other sources', () => {
    const result = extractHtml(
      page(
        '<script type="application/ld+json">{"@type": "NewsArticle", headline: oops</script><title>Plain title</title>',
      ),
    );
    expect(result.title).toBe('Plain title');
  });

  it('reads OpenGraph tags: title, site name, URL and published time', () => {
    const result = extractHtml(
      page(`<meta property="og:title" content="Valley flooded">
        <meta property="og:site_name" content="The Valley Post">
        <meta property="og:url" content="https://post.example/valley">
        <meta property="article:published_time" content="2024-03-04T07:00:00Z">`),
    );
    expect(result).toMatchObject({
      title: 'Valley flooded',
      outlet: 'The Valley Post',
      url: 'https://post.example/valley',
      published: '2024-03-04T07:00:00Z',
    });
  });

  it('reads other meta tags: author, a Dublin Core date and the content language', () => {
    const result = extractHtml(
      page(`<meta name="author" content="By Maria Souza"><meta name="DC.date.issued" content="2024-03-05">
        <meta http-equiv="content-language" content="pt-BR">`),
    );
    expect(result.byline).toBe('Maria Souza');
    expect(result.published).toBe('2024-03-05');
    expect(result.language).toBe('pt');
  });

  it('prefers link rel=canonical and makes it absolute against the page URL', () => {
    const result = extractHtml(page('<link rel="canonical" href="/news/valley-floods">'), {
      url: 'https://example.org/amp/valley?utm=x',
    });
    expect(result.url).toBe('https://example.org/news/valley-floods');
  });

  it('takes the site name off the <title> and falls back to the domain for the outlet', () => {
    const result = extractHtml(page('<title>Floods cut off valley | Valley Herald</title>'), {
      url: 'https://www.valleyherald.example/story',
    });
    expect(result.title).toBe('Floods cut off valley');
    expect(result.outlet).toBe('valleyherald.example');
  });

  it('falls back to the h1 for the title', () => {
    expect(extractHtml(page('', '<h1>Headline from the page</h1>')).title).toBe('Headline from the page');
  });

  it('reads the date of a <time datetime> element and a byline marked by rel=author', () => {
    const result = extractHtml(
      page(
        '',
        '<p class="meta">By <a rel="author" href="/staff/jo">Jo Park</a> <time datetime="2024-02-29T10:00:00-05:00">Feb 29</time></p>',
      ),
    );
    expect(result.published).toBe('2024-02-29T10:00:00-05:00');
    expect(result.byline).toBe('Jo Park');
  });

  it('reads a byline from an element with a byline class, without the date after the name', () => {
    const result = extractHtml(page('', '<div class="byline">By Carla Diaz March 3, 2024</div>'));
    expect(result.byline).toBe('Carla Diaz');
  });

  it("falls back to the date in the page's URL", () => {
    expect(extractHtml(page(''), { url: 'https://example.org/2024/03/06/valley-floods/' }).published).toBe(
      '2024-03-06',
    );
    expect(extractHtml(page(''), { url: 'https://example.org/news/2024-03-07-valley' }).published).toBe('2024-03-07');
  });

  it('falls back to a dateline in the text, and credits the wire service it names', () => {
    const result = extractHtml(page('', '', 'SPRINGFIELD, March 8, 2024 (AP) — '));
    expect(result.published).toBe('2024-03-08');
    expect(result.credits).toContain('AP');
  });

  it('credits a wire service given as the author', () => {
    const result = extractHtml(page('<meta name="author" content="The Associated Press">'));
    expect(result.byline).toBe('The Associated Press');
    expect(result.credits).toEqual(['AP']);
  });

  it('takes the language from <html lang>, else detects it from the text', () => {
    const declared = extractHtml('<html lang="fr-CA"><body><p>Bonjour tout le monde.</p></body></html>');
    expect(declared.language).toBe('fr');
    const detected = extractHtml(
      `<html><body><div class="entry-content"><p>Las autoridades informaron el lunes que los equipos de rescate llegaron al valle inundado después de dos días de lluvias intensas que cortaron la única carretera.</p></div></body></html>`,
    );
    expect(detected.language).toBe('es');
  });

  it('gives nulls, not errors, for a page without metadata', () => {
    const result = extractHtml('<p>short</p>');
    expect(result).toMatchObject({ title: null, byline: null, published: null, url: null, language: null });
    expect(result.credits).toEqual([]);
  });

  it('skips an author meta tag holding a profile URL and takes the next one', () => {
    const result = extractHtml(
      page(
        '<meta property="article:author" content="https://social.example/ana"><meta name="parsely-author" content="Ana Lima">',
      ),
    );
    expect(result.byline).toBe('Ana Lima');
  });

  it('survives malformed markup: an unclosed comment, broken attributes, stray tags', () => {
    const html = `<html><head><title>Broken</title><meta charset=utf-8 <link rel=canonical href="/x"></head>
      <body><div class="article-body"><p>${BODY[0]}</td></tr><p>${BODY[1]}<b><i>unclosed</body><!-- never closed`;
    const result = extractHtml(html, { url: 'https://example.org/a' });
    expect(result.text).toContain(BODY[0]);
    expect(result.title).toBe('Broken');
  });

  it('handles thousands of unclosed nested tags without overflowing the stack', () => {
    const html = `<html><body>${'<div><b>'.repeat(20_000)}<p>${BODY[0]}</p><p>${BODY[1]}</p></body></html>`;
    const result = extractHtml(html);
    // Past the depth the tree keeps, elements are flattened: the words survive, not every paragraph break.
    expect(result.text).toContain(BODY[0]);
    expect(result.text).toContain(BODY[1]);
  });

  it('credits a wire service named after the writers in the byline', () => {
    const result = extractHtml(page('<meta name="author" content="JANIE HAR, Associated Press">'));
    expect(result.credits).toEqual(['AP']);
  });

  it("falls back to Readability's article when our cascade finds next to nothing", () => {
    const linked = [...BODY, ...BODY].map((text) => `<p><a href="/more">${text}</a></p>`).join('');
    const result = extractHtml(`<html><body><div id="content">${linked}</div></body></html>`);
    expect(result.text).toContain(BODY[0]);
    expect(result.text).toContain('\n\n');
  });
});
