/** Small feeds written for tests. */
export interface FixtureItem {
  guid: string;
  title: string;
  link: string;
  pubDate?: string;
  description?: string;
}

export function rssFeed(title: string, items: FixtureItem[]): string {
  const body = items
    .map(
      (item) =>
        `<item><title>${item.title}</title><link>${item.link}</link><guid>${item.guid}</guid>${
          item.pubDate ? `<pubDate>${item.pubDate}</pubDate>` : ''
        }${item.description ? `<description><![CDATA[${item.description}]]></description>` : ''}<dc:creator>Staff Writer</dc:creator></item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>${title}</title><link>https://example.test/</link>
${body}
</channel></rss>`;
}

export function opmlList(feedUrls: string[]): string {
  return `<?xml version="1.0"?><opml version="2.0"><head><title>Feeds</title></head><body><outline text="News">${feedUrls
    .map((url) => `<outline type="rss" text="f" xmlUrl="${url}"/>`)
    .join('')}</outline></body></opml>`;
}

export const pageHtml = (headline: string): string =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${headline}</title></head><body><article><h1>${headline}</h1><p>Body of ${headline}.</p></article></body></html>`;
