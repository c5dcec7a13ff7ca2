import { describe, expect, it } from 'vitest';
import { parseHtml } from './html-tree.js';
import { analyseMainText, extractMainText, isFurnitureLine } from './main-text.js';

const PARAGRAPHS = [
  'The city council voted on Tuesday to extend the tram line to the northern suburbs, ending a debate that had run for more than three years.',
  'Supporters said the extension would cut commuting times in half for about forty thousand residents, while opponents pointed to the rising cost of the project.',
  'Construction is expected to begin next spring and to last about two years, according to the transport department, which will publish a timetable in January.',
];

function article(extra: { before?: string; inside?: string; after?: string } = {}): string {
  return `<!doctype html><html lang="en"><head><title>Tram line extended - City Gazette</title></head><body>
    <header class="site-header"><a href="/">City Gazette</a><nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/opinion">Opinion</a></li></ul></nav></header>
    ${extra.before ?? ''}
    <main><article>
      <h1>Council extends the tram line north</h1>
      ${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}
      ${extra.inside ?? ''}
    </article></main>
    ${extra.after ?? ''}
    <footer><p>© 2024 City Gazette. All rights reserved.</p><a href="/about">About us</a> <a href="/contact">Contact</a></footer>
  </body></html>`;
}

const extract = (html: string) => extractMainText(parseHtml(html).root);

describe('extractMainText', () => {
  it('keeps the article paragraphs separated by blank lines', () => {
    expect(extract(article())).toBe(PARAGRAPHS.join('\n\n'));
  });

  it('leaves out navigation, the page header and the footer', () => {
    const text = extract(article());
    expect(text).not.toMatch(/Sport|Opinion|About us|All rights reserved|City Gazette/);
  });

  it('leaves out a list of related stories', () => {
    const related = `<div class="related-stories"><h2>Related stories</h2><ul>
      <li><a href="/a">Bus fares to rise in March as the operator blames fuel costs and staff shortages</a></li>
      <li><a href="/b">New cycle lanes open on the river embankment after two years of building work</a></li>
      <li><a href="/c">Why the old railway station is finally getting a new roof this winter</a></li></ul></div>`;
    const text = extract(article({ after: related }));
    expect(text).not.toMatch(/Bus fares|cycle lanes|railway station|Related stories/);
    expect(text).toContain(PARAGRAPHS[2]);
  });

  it('leaves out teasers of other stories under linked headlines, even without telling class names', () => {
    const teasers = `<section><div><h3><a href="/x">Harbour cleanup begins</a></h3><p>Volunteers collected two tonnes of rubbish from the harbour in a single weekend of work.</p></div>
      <div><h3><a href="/y">Library hours extended</a></h3><p>The central library will stay open until ten in the evening on weekdays from next month on.</p></div></section>`;
    const text = extract(article({ after: teasers }));
    expect(text).not.toMatch(/Volunteers|central library/);
  });

  it('leaves out a share bar inside the article', () => {
    const share = `<div class="share-bar"><a href="#">Share on Facebook</a><a href="#">Share on Twitter</a><a href="#">Email</a></div>`;
    const text = extract(article({ inside: share }));
    expect(text).not.toMatch(/Facebook|Twitter|Email/);
    expect(text).toBe(PARAGRAPHS.join('\n\n'));
  });

  it('leaves out a cookie banner, even one with long sentences', () => {
    const banner = `<div id="cookie-consent"><p>We use cookies and similar technologies to improve your experience on our website, to analyse traffic and to show you personalised advertising from our partners.</p><button>Accept all cookies</button></div>`;
    const text = extract(article({ before: banner }));
    expect(text).not.toMatch(/cookies/);
    expect(text).toContain(PARAGRAPHS[0]);
  });

  it('leaves out a subscription prompt and "read more" lines', () => {
    const inside = `<p><a href="/more">Read more: How the tram network grew</a></p>
      <div class="newsletter-signup"><p>Sign up for our morning newsletter and get the day's local news delivered to your inbox every weekday.</p></div>
      <p>Advertisement</p>`;
    const text = extract(article({ inside }));
    expect(text).not.toMatch(/Read more|newsletter|Advertisement/);
  });

  it('leaves out image captions and credits', () => {
    const figure = `<figure><img src="tram.jpg"><figcaption>A tram on the existing line near the central station, photographed last year. (Photo: City Gazette)</figcaption></figure>`;
    const text = extract(article({ inside: figure }));
    expect(text).not.toMatch(/photographed/);
  });

  it('keeps a list that is part of the article', () => {
    const list = `<p>The new line will have these stops:</p><ul><li>Northgate</li><li>Millbrook</li><li>Elm Park</li><li>Harbour Road</li></ul><p>${PARAGRAPHS[0]}</p>`;
    const html = `<html><body><div class="article-body">${list}</div><aside><a href="/x">Other</a></aside></body></html>`;
    expect(extract(html)).toContain('Millbrook');
  });

  it('undoes pruning that would remove the whole article (a wrapper with a furniture-like class name)', () => {
    const html = `<html><body><div class="post has-sidebar-widget">${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
    expect(extract(html)).toBe(PARAGRAPHS.join('\n\n'));
  });

  it('handles malformed HTML: unclosed paragraphs and stray closing tags', () => {
    const html = `<html><body><div id="story"><p>${PARAGRAPHS[0]}<p>${PARAGRAPHS[1]}</span></b><p>${PARAGRAPHS[2]}</div></div></body>`;
    expect(extract(html)).toBe(PARAGRAPHS.join('\n\n'));
  });

  it('treats double line breaks as paragraph breaks and joins inline elements without extra spaces', () => {
    const html = `<html><body><div class="entry-content">The <b>first</b> paragraph is long enough to count as prose in any article we read.<br><br>The second paragraph is also long enough to be counted as part of the article text.</div></body></html>`;
    expect(extract(html)).toBe(
      'The first paragraph is long enough to count as prose in any article we read.\n\nThe second paragraph is also long enough to be counted as part of the article text.',
    );
  });

  it('falls back to the body the page declares when the markup holds no prose', () => {
    const html = '<html><body><div id="app"></div></body></html>';
    const analysis = analyseMainText(parseHtml(html).root, { declaredBody: 'The declared body of the article.' });
    expect(analysis.text).toBe('The declared body of the article.');
    expect(analysis.step).toBe('declared');
  });

  it('returns an empty text for a page without any text', () => {
    expect(extract('<html><body><img src="x.png"></body></html>')).toBe('');
    expect(extract('')).toBe('');
  });

  it("leaves out a list of teasers whose items open with another story's headline, outside the article body", () => {
    const ticker = `<div class="latest"><ul>
      <li><a href="/1">Harbour authority approves the new ferry terminal plans</a> The terminal will open in 2026 and serve three routes across the bay.</li>
      <li><a href="/2">Hospital waiting times fall for the third month running</a> Figures released on Friday show the shortest waits since the start of 2020.</li></ul></div>`;
    const text = extract(article({ before: ticker }));
    expect(text).not.toMatch(/ferry terminal|waiting times/);
    expect(text).toBe(PARAGRAPHS.join('\n\n'));
  });

  it('keeps a digest list inside the article body even when its items open with links', () => {
    const digest = `<div class="article-body"><p>${PARAGRAPHS[0]}</p><ol>
      <li><a href="/1">The harbour authority approved the new ferry terminal plans on Monday.</a> The terminal will open in 2026 and serve three routes across the bay.</li>
      <li><a href="/2">Hospital waiting times fell for the third month running in October.</a> Figures released on Friday show the shortest waits since the start of 2020.</li></ol></div>`;
    const text = extract(`<html><body>${digest}</body></html>`);
    expect(text).toContain('ferry terminal');
    expect(text).toContain('waiting times');
  });

  it('drops a box of other stories opened by a title like "Top stories"', () => {
    const box = `<div><div class="box-title">Top stories</div><div><p>The harbour authority approved the new ferry terminal plans after a long public consultation.</p></div></div>`;
    const text = extract(article({ inside: box }));
    expect(text).not.toMatch(/Top stories|ferry terminal/);
    expect(text).toContain(PARAGRAPHS[2]);
  });

  it('keeps a post embedded in a widget, as the story quotes it', () => {
    const tweet = `<div class="social-widget"><blockquote class="twitter-tweet"><p>The tram is finally coming to our side of town, after all these years of waiting for it.</p>— Resident (@resident) May 1, 2024</blockquote></div>`;
    const text = extract(article({ inside: tweet }));
    expect(text).toContain('The tram is finally coming to our side of town');
  });

  it('removes a hover card inside a paragraph but keeps the paragraph', () => {
    const html = `<html><body><div class="story-body"><p>The mayor, <span class="person"><a href="/p/1">Jane Doe</a><span class="hovercard"><a href="/p/1">Jane Doe</a> <a href="/s/9">Five other stories about the mayor this week</a></span></span>, said the extension was overdue and would be finished on time.</p><p>${PARAGRAPHS[1]}</p></div></body></html>`;
    const text = extract(html);
    expect(text).toContain('The mayor, Jane Doe, said the extension was overdue');
    expect(text).not.toContain('Five other stories');
  });

  it('keeps a schedule of short lines that opens the article, with its heading', () => {
    const lines = [
      'Round 1: 10 March – Northgate',
      'Round 2: 8 April – Millbrook',
      'Round 3: 22 April – Elm Park',
      'Round 4: 6 May – Harbour Road',
    ];
    const html = `<html><body><div class="article-body"><h1>Season calendar</h1><p>Monday, 22 January 2024</p><h3>Calendar for 2024</h3>${lines
      .map((line) => `<p>${line}</p>`)
      .join(
        '',
      )}<p>The calendar may change, as the organisers often move rounds during the season.</p></div></body></html>`;
    const text = extract(html);
    expect(text.startsWith('Calendar for 2024\n\nRound 1: 10 March – Northgate')).toBe(true);
    expect(text).not.toContain('Season calendar');
  });

  it('drops the list of other stories right after a "More great stories" title inside the article', () => {
    const inside = `<p><strong>More great stories</strong></p><ul><li><a href="/1">The secret history of the city tram</a></li><li><a href="/2">How bridges are inspected</a></li></ul>`;
    const html = `<html><body><div class="article-body">${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}${inside}</div></body></html>`;
    expect(extract(html)).toBe(PARAGRAPHS.join('\n\n'));
  });

  it('recognises titles of other-stories boxes in other languages', () => {
    const box = `<div><h2>Самые популярные новости</h2><div><p>Популярная новость о погоде в городе и о том, что будет завтра вечером.</p></div></div>`;
    const text = extract(article({ inside: box }));
    expect(text).not.toMatch(/Популярная/);
  });

  it('leaves out "follow us" and newsletter lines at the end of the article', () => {
    const inside = `<p>Follow the Gazette's city desk on Twitter and Facebook for updates.</p><p>Get the latest news in your inbox: subscribe to our newsletters.</p>`;
    expect(extract(article({ inside }))).toBe(PARAGRAPHS.join('\n\n'));
  });

  it('keeps a one-line lead whose link makes it look less like prose', () => {
    const html = `<html><body><div class="story"><p>Remember the <a href="/t">tram debate</a> that went on for years?</p>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
    expect(extract(html).startsWith('Remember the tram debate that went on for years?\n\n')).toBe(true);
  });

  it('keeps the lines of an embedded post even when they are mostly a link', () => {
    const tweet = `<blockquote class="twitter-tweet"><p>all. aboard. <a href="https://t.co/abc123">https://t.co/abc123xyz</a></p>— Tram fan (@tramfan) May 1, 2024</blockquote>`;
    const text = extract(article({ inside: tweet }));
    expect(text).toContain('all. aboard. https://t.co/abc123xyz');
  });

  it('keeps a paragraph that merely starts with words of a furniture line', () => {
    const lead = 'Related to the vote, the council also agreed to review bus fares, which have risen twice this year.';
    const html = `<html><body><div class="story"><p>${lead}</p>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
    expect(extract(html).startsWith(lead)).toBe(true);
  });

  it('keeps Latin words apart from Japanese text at element boundaries', () => {
    const html = `<html><body><div class="entry-content"><p>今回はデスクトップアプリ<a href="/k">Kindle for PC</a>に関する話です。このアプリはとても便利ですが、問題もあります。</p></div></body></html>`;
    expect(extract(html)).toBe(
      '今回はデスクトップアプリ Kindle for PC に関する話です。このアプリはとても便利ですが、問題もあります。',
    );
  });

  it('leaves out the standfirst in the box that holds the title', () => {
    const html = `<html><body><div class="story"><div class="story-top"><h1>Council extends the tram line north</h1>
      <p class="intro">After three years of debate the council said yes to the northern extension on Tuesday evening.</p></div>
      <div class="story-text">${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div></div></body></html>`;
    expect(extract(html)).toBe(PARAGRAPHS.join('\n\n'));
  });

  it('drops byline and date lines but keeps short sentences that start with the same words', () => {
    const lines = [
      'By Jo Park and Ana Lima',
      'Tuesday, November 19, 2019 10:32 GMT',
      'By the end of the day, the vote was over.',
      'On May 5, 2019, police said.',
    ];
    const html = `<html><body><div class="story">${PARAGRAPHS.slice(0, 2)
      .map((p) => `<p>${p}</p>`)
      .join('')}${lines.map((line) => `<p>${line}</p>`).join('')}<p>${PARAGRAPHS[2]}</p></div></body></html>`;
    const text = extract(html);
    expect(text).not.toMatch(/Jo Park|10:32/);
    expect(text).toContain('By the end of the day, the vote was over.');
    expect(text).toContain('On May 5, 2019, police said.');
  });
});

describe('isFurnitureLine', () => {
  it('marks lines that open with their telling words', () => {
    expect(isFurnitureLine('Advertisement')).toBe(true);
    expect(isFurnitureLine('Read more: the council vote')).toBe(true);
    expect(isFurnitureLine('By Jo Park and Ana Lima')).toBe(true);
  });

  it('marks newsletter sign-ups and credited captions whose telling words come later in the line', () => {
    expect(isFurnitureLine('Get the day’s news in your inbox: SIGN UP for our newsletters.')).toBe(true);
    expect(isFurnitureLine('Our Morning Briefing NEWSLETTER is free: subscribe today')).toBe(true);
    expect(isFurnitureLine('A tram near the central station, photographed last year (Photo: City Gazette)')).toBe(true);
  });

  it('keeps prose, even when it mentions newsletters or holds brackets', () => {
    expect(
      isFurnitureLine('The newsletter, which the council sends to residents, said the line would open in May.'),
    ).toBe(false);
    expect(isFurnitureLine('The extension (about four kilometres) will cost more than planned.')).toBe(false);
    const long = `Residents who subscribe to the council's newsletter learnt of the vote first. ${PARAGRAPHS[1]}`;
    expect(long.length).toBeGreaterThan(200);
    expect(isFurnitureLine(long)).toBe(false);
  });
});
