import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/support/temp-dir.js';
import { readJsonlArticles, readSources } from './index.js';
import type { ReadItem, ReadOptions } from './types.js';

const dir = useTempDir('readers', 'all');

async function collect(sources: string[], options: ReadOptions = {}): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const item of readSources(sources, options)) out.push(item);
  return out;
}

async function put(name: string, content: string | Buffer): Promise<string> {
  const path = dir.file(name);
  await mkdir(join(path, '..'), { recursive: true });
  await writeFile(path, content);
  return path;
}

describe('plain text files', () => {
  it('yields the text exactly as given, scraper lines included', async () => {
    const text = ' date 2025-04-02 MENAFN - Wire)\n\nThe council met on Tuesday.\r\nIt voted 7-2.\n';
    const path = await put('story.txt', text);
    const [item] = await collect([path]);
    expect(item.doc).toEqual({ item: path, file: path, text, meta: {} });
  });

  it('drops a UTF-8 byte-order mark and reads undeclared windows-1252 bytes', async () => {
    const bom = await put('bom.md', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Caf\u00e9 news')]));
    const legacy = await put('legacy.text', iconv.encode('\u201cQuoted\u201d na\u00efve', 'windows-1252'));
    const items = await collect([bom, legacy]);
    expect(items.map((item) => item.doc?.text)).toEqual(['Caf\u00e9 news', '\u201cQuoted\u201d na\u00efve']);
  });

  it('reads UTF-16 text marked by its byte-order mark', async () => {
    const path = await put(
      'utf16.txt',
      Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('Ukraine aid', 'utf-16le')]),
    );
    const [item] = await collect([path]);
    expect(item.doc?.text).toBe('Ukraine aid');
  });
});

describe('HTML files', () => {
  it('decodes by the meta charset', async () => {
    const html =
      '<html><head><meta charset="windows-1252"><title>T</title></head><body><p>\u20ac20 billion</p></body></html>';
    const path = await put('page.html', iconv.encode(html, 'windows-1252'));
    const [item] = await collect([path]);
    expect(item.doc?.html).toBe(html);
    expect(item.doc?.text).toBeUndefined();
  });

  it('gunzips .html.gz', async () => {
    const path = await put('page.html.gz', gzipSync('<html><body><p>Zipped</p></body></html>'));
    const [item] = await collect([path]);
    expect(item.doc?.html).toContain('<p>Zipped</p>');
  });

  it('reports a truncated .html.gz', async () => {
    const whole = gzipSync(`<html><body>${'<p>text</p>'.repeat(200)}</body></html>`);
    const path = await put('cut.htm.gz', whole.subarray(0, whole.length - 20));
    const [item] = await collect([path]);
    expect(item.problem).toEqual({ item: path, reason: 'truncated gzip data' });
  });

  it('refuses a gzip file that decompresses past the cap', async () => {
    const path = await put('bomb.html.gz', gzipSync(Buffer.alloc(2_000_000, 0x20)));
    const [item] = await collect([path], { maxBytes: 100_000 });
    expect(item.problem?.reason).toBe('gzip data decompresses to more than 100000 bytes');
  });

  it('reports an encoding nobody knows', async () => {
    const path = await put('odd.html', '<html><head><meta charset="x-klingon-8"></head><body>x</body></html>');
    const [item] = await collect([path]);
    expect(item.problem?.item).toBe(path);
    expect(item.problem?.reason).toMatch(/unknown encoding "x-klingon-8"/);
  });
});

describe('feed files', () => {
  it('reads a feed declared UTF-8 but written in windows-1252 by its bytes', async () => {
    const feed =
      '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>F</title><item>' +
      '<title>Café</title><link>https://news.example/a</link><description>Déjà vu – again</description>' +
      '</item></channel></rss>';
    const path = await put('latin.xml', iconv.encode(feed, 'windows-1252'));
    const [item] = await collect([path]);
    expect(item.doc?.text ?? item.doc?.html).toContain('Déjà vu – again');
  });
});

describe('JSONL', () => {
  it('yields one document per line with its metadata, naming items file:line', async () => {
    const path = await put(
      'articles.jsonl',
      [
        JSON.stringify({
          id: 'a1',
          text: 'First text.',
          title: 'One',
          outlet: 'Daily',
          url: 'https://d.example/1',
          published: '2025-04-02',
          language: 'en',
        }),
        '',
        JSON.stringify({ html: '<p>Second</p>', extra: 'ignored' }),
      ].join('\n'),
    );
    const items = await collect([path]);
    expect(items).toEqual([
      {
        doc: {
          item: `${path}:1`,
          file: path,
          text: 'First text.',
          meta: {
            id: 'a1',
            title: 'One',
            outlet: 'Daily',
            url: 'https://d.example/1',
            published: '2025-04-02',
            language: 'en',
          },
        },
      },
      { doc: { item: `${path}:3`, file: path, html: '<p>Second</p>', meta: {} } },
    ]);
  });

  it('reports a malformed line, a missing text and a wrong type by line, and keeps the good lines', async () => {
    const lines = [
      JSON.stringify({ text: 'Good one.' }),
      '{"text": "unterminated',
      JSON.stringify({ title: 'No body' }),
      JSON.stringify({ text: 'Typed', published: 20250402 }),
      '[1, 2]',
      JSON.stringify({ text: 'Good two.' }),
    ];
    const items = [];
    for await (const item of readJsonlArticles(lines, 'dump.jsonl')) items.push(item);
    expect(items.map((item) => item.doc?.text ?? item.problem?.item)).toEqual([
      'Good one.',
      'dump.jsonl:2',
      'dump.jsonl:3',
      'dump.jsonl:4',
      'dump.jsonl:5',
      'Good two.',
    ]);
    expect(items[1].problem?.reason).toMatch(/^malformed JSON/);
    expect(items[2].problem?.reason).toBe('missing text and html');
    expect(items[3].problem?.reason).toBe('field "published" must be a string, got a number');
    expect(items[4].problem?.reason).toBe('expected a JSON object, got an array');
  });

  it('streams .jsonl.gz', async () => {
    const path = await put(
      'dump.jsonl.gz',
      gzipSync(`${JSON.stringify({ text: 'A' })}\n${JSON.stringify({ text: 'B' })}\n`),
    );
    const items = await collect([path]);
    expect(items.map((item) => item.doc?.text)).toEqual(['A', 'B']);
  });

  it('reports a truncated .jsonl.gz after the lines it could read', async () => {
    const body = Array.from({ length: 400 }, (_, i) =>
      JSON.stringify({ text: `Article number ${i} ${'x'.repeat(i % 37)}` }),
    ).join('\n');
    const whole = gzipSync(body);
    const path = await put('cut.jsonl.gz', whole.subarray(0, Math.floor(whole.length / 2)));
    const items = await collect([path]);
    expect(items.length).toBeGreaterThan(1);
    expect(items[0].doc?.text).toBe('Article number 0 ');
    expect(items[items.length - 1].problem).toEqual({ item: path, reason: 'truncated gzip' });
  });
});

describe('bad input', () => {
  it('reports an empty file and a binary file by name, and reads the files after them', async () => {
    const empty = await put('empty.txt', '');
    const binary = await put('photo.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    const good = await put('good.txt', 'Still read.');
    const items = await collect([empty, binary, dir.file('nope.txt'), good]);
    expect(items.map((item) => item.problem ?? item.doc?.text)).toEqual([
      { item: empty, reason: 'empty file' },
      { item: binary, reason: 'binary file, not text, HTML, JSONL, WARC or XML' },
      { item: dir.file('nope.txt'), reason: 'no such file or directory' },
      'Still read.',
    ]);
  });

  it('reads big-endian UTF-16, and refuses a UTF-16 mark followed by an odd number of bytes or by NUL code units', async () => {
    const bigEndian = await put(
      'be.txt',
      Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode('Aid rose', 'utf-16be')]),
    );
    const odd = await put(
      'cut.txt',
      Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('garbage', 'utf-16le').subarray(1)]),
    );
    const nul = await put(
      'zeros.txt',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.alloc(12), iconv.encode('x', 'utf-16le')]),
    );
    const items = await collect([bigEndian, odd, nul]);
    expect(items.map((item) => item.problem ?? item.doc?.text)).toEqual([
      'Aid rose',
      { item: odd, reason: 'UTF-16LE text with an odd number of bytes: truncated, or not text' },
      { item: nul, reason: 'binary file, not text, HTML, JSONL, WARC or XML' },
    ]);
  });

  it('refuses an HTML page marked UTF-16 whose bytes end in half a code unit, as it does text', async () => {
    const page = iconv.encode('<html><body><p>Aid rose</p></body></html>', 'utf-16le');
    const whole = await put('whole.html', Buffer.concat([Buffer.from([0xff, 0xfe]), page]));
    const cut = await put('cut.html', Buffer.concat([Buffer.from([0xff, 0xfe]), page.subarray(1)]));
    const items = await collect([whole, cut]);
    expect(items[0].doc?.html).toContain('<p>Aid rose</p>');
    expect(items[1].problem).toEqual({
      item: cut,
      reason: 'UTF-16LE text with an odd number of bytes: truncated, or not text',
    });
  });

  it('tells a file without a known extension by its content', async () => {
    const jsonl = await put('dump.data', `${JSON.stringify({ text: 'Sniffed' })}\n`);
    const html = await put('saved-page', '<!DOCTYPE html><html><body><p>Page</p></body></html>');
    const text = await put('notes', 'Just words.');
    const items = await collect([jsonl, html, text]);
    expect(items.map((item) => item.doc?.text ?? item.doc?.html)).toEqual([
      'Sniffed',
      '<!DOCTYPE html><html><body><p>Page</p></body></html>',
      'Just words.',
    ]);
  });
});

describe('directories', () => {
  it('reads known kinds recursively in sorted order, skipping hidden files', async () => {
    const root = dir.file('corpus');
    await put('corpus/b.txt', 'Bee.');
    await put('corpus/a/z.html', '<p>Zed</p>');
    await put('corpus/a/c.jsonl', `${JSON.stringify({ text: 'Line one' })}\n{bad\n`);
    await put('corpus/.hidden.txt', 'Hidden.');
    await put('corpus/empty.md', '');
    const items = await collect([root]);
    expect(items.map((item) => item.doc?.item ?? `problem ${item.problem?.item}`)).toEqual([
      `${root}/a/c.jsonl:1`,
      `problem ${root}/a/c.jsonl:2`,
      `${root}/a/z.html`,
      `${root}/b.txt`,
      `problem ${root}/empty.md`,
    ]);
  });

  it('reads a file of an unknown extension by its content, as a crawler saves story.php', async () => {
    const root = dir.file('mirror');
    await put('mirror/story.php', '<!DOCTYPE html><html><body><p>Saved page</p></body></html>');
    await put(
      'mirror/feed.cgi',
      '<?xml version="1.0"?><rss version="2.0"><channel><title>F</title><item><title>Headline</title>' +
        '<link>https://news.example/a</link><description>Item words.</description></item></channel></rss>',
    );
    const items = await collect([root]);
    expect(items.map((item) => item.doc?.html ?? item.doc?.text ?? item.problem)).toEqual([
      expect.stringContaining('Item words.'),
      '<!DOCTYPE html><html><body><p>Saved page</p></body></html>',
    ]);
  });

  it('reports each other file in a folder, naming it and why, and reads on', async () => {
    const root = dir.file('mixed');
    await put('mixed/a.txt', 'Words.');
    await put('mixed/image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    await put('mixed/style.css', 'body { color: red; }');
    const items = await collect([root]);
    expect(items.map((item) => item.doc?.item ?? item.problem)).toEqual([
      `${root}/a.txt`,
      { item: `${root}/image.png`, reason: expect.stringMatching(/^binary file/) },
      { item: `${root}/style.css`, reason: expect.stringMatching(/^not read: .*no extension we know/) },
    ]);
  });

  it('reports a directory with nothing in it', async () => {
    const root = dir.file('nothing');
    await mkdir(root);
    const items = await collect([root]);
    expect(items).toEqual([{ problem: { item: root, reason: 'directory holds no files' } }]);
  });
});

describe('stdin', () => {
  it('reads JSONL when the input starts with {', async () => {
    const input = Readable.from([Buffer.from('  {"text": "One"}\n{"te'), Buffer.from('xt": "Two"}\nnot json\n')]);
    const items = await collect(['-'], { stdin: input });
    expect(items.map((item) => item.doc?.text ?? item.problem)).toEqual([
      'One',
      'Two',
      { item: 'stdin:3', reason: expect.stringMatching(/^malformed JSON/) },
    ]);
  });

  it('reads one plain-text article otherwise', async () => {
    const items = await collect(['-'], { stdin: Readable.from([Buffer.from('A plain '), Buffer.from('article.\n')]) });
    expect(items).toEqual([{ doc: { item: 'stdin', file: 'stdin', text: 'A plain article.\n', meta: {} } }]);
  });

  it('reports empty input', async () => {
    const items = await collect(['-'], { stdin: Readable.from([Buffer.from('  \n')]) });
    expect(items).toEqual([{ problem: { item: 'stdin', reason: 'empty input' } }]);
  });
});
