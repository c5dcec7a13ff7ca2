import { writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { httpResponse, warcRecord } from '../../test/helpers/warc-builder.js';
import { useTempDir } from '../../test/support/temp-dir.js';
import { readSources } from './index.js';
import type { ReadItem } from './types.js';

const dir = useTempDir('warc', 'all');

async function collect(sources: string[]): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const item of readSources(sources)) out.push(item);
  return out;
}

const PAGE = '<html><head><title>Budget</title></head><body><p>The minister said the budget grew.</p></body></html>';

function records(): Buffer[] {
  return [
    warcRecord({ type: 'warcinfo', id: 'urn:uuid:info', block: Buffer.from('software: test\r\n') }),
    warcRecord({
      type: 'request',
      id: 'urn:uuid:req-1',
      uri: 'https://news.example/a',
      contentType: 'application/http; msgtype=request',
      block: Buffer.from('GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n'),
    }),
    warcRecord({
      type: 'response',
      id: 'urn:uuid:page-1',
      uri: 'https://news.example/a',
      block: httpResponse(200, { 'Content-Type': 'text/html; charset=utf-8' }, PAGE),
    }),
    warcRecord({
      type: 'response',
      id: 'urn:uuid:missing',
      uri: 'https://news.example/gone',
      block: httpResponse(404, { 'Content-Type': 'text/html' }, '<p>Not found</p>'),
    }),
    warcRecord({
      type: 'response',
      id: 'urn:uuid:image',
      uri: 'https://news.example/a.png',
      block: httpResponse(200, { 'Content-Type': 'image/png' }, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0])),
    }),
    warcRecord({
      type: 'response',
      id: 'urn:uuid:latin',
      uri: 'https://news.example/b',
      block: httpResponse(
        200,
        { 'Content-Type': 'text/html; charset=windows-1252' },
        iconv.encode('<p>Caf\u00e9 \u201cquoted\u201d \u20ac5</p>', 'windows-1252'),
      ),
    }),
    warcRecord({
      type: 'response',
      id: 'urn:uuid:chunked',
      uri: 'https://news.example/c',
      block: httpResponse(
        200,
        { 'Content-Type': 'text/html', 'Transfer-Encoding': 'chunked' },
        '5\r\n<p>Ch\r\n9\r\nunked</p>\r\n0\r\n\r\n',
      ),
    }),
    warcRecord({
      type: 'response',
      id: 'urn:uuid:gz',
      uri: 'https://news.example/d',
      block: httpResponse(
        200,
        { 'Content-Type': 'text/html', 'Content-Encoding': 'gzip' },
        gzipSync('<p>Gzipped payload</p>'),
      ),
    }),
    warcRecord({
      type: 'response',
      id: 'urn:uuid:decoded',
      uri: 'https://news.example/e',
      block: httpResponse(200, { 'Content-Type': 'text/html', 'Content-Encoding': 'gzip' }, '<p>Stored decoded</p>'),
    }),
  ];
}

describe('WARC reader', () => {
  it('yields the 200 HTML responses with their URL and skips requests, 404s and images quietly', async () => {
    const path = dir.file('crawl.warc');
    await writeFile(path, Buffer.concat(records()));
    const items = await collect([path]);
    expect(items.every((item) => item.doc)).toBe(true);
    expect(items.map((item) => item.doc?.item)).toEqual([
      `${path}#urn:uuid:page-1`,
      `${path}#urn:uuid:latin`,
      `${path}#urn:uuid:chunked`,
      `${path}#urn:uuid:gz`,
      `${path}#urn:uuid:decoded`,
    ]);
    expect(items[0].doc?.html).toBe(PAGE);
    expect(items[0].doc?.meta.url).toBe('https://news.example/a');
    expect(items[0].doc?.file).toBe(path);
  });

  it('decodes a page with the charset of its HTTP header', async () => {
    const path = dir.file('latin.warc');
    await writeFile(path, Buffer.concat(records()));
    const items = await collect([path]);
    expect(items[1].doc?.html).toBe('<p>Caf\u00e9 \u201cquoted\u201d \u20ac5</p>');
  });

  it('undoes chunked transfer coding kept in the record', async () => {
    const path = dir.file('chunked.warc');
    await writeFile(path, Buffer.concat(records()));
    const items = await collect([path]);
    expect(items[2].doc?.html).toBe('<p>Chunked</p>');
  });

  it('gunzips a gzip payload and reads a payload stored decoded under a gzip header', async () => {
    const path = dir.file('encoded.warc');
    await writeFile(path, Buffer.concat(records()));
    const items = await collect([path]);
    expect(items.slice(3).map((item) => item.doc?.html)).toEqual(['<p>Gzipped payload</p>', '<p>Stored decoded</p>']);
  });

  it('reads a WARC.gz written as one gzip member per record', async () => {
    const path = dir.file('crawl.warc.gz');
    await writeFile(path, Buffer.concat(records().map((record) => gzipSync(record))));
    const items = await collect([path]);
    expect(items.map((item) => item.doc?.meta.url)).toEqual([
      'https://news.example/a',
      'https://news.example/b',
      'https://news.example/c',
      'https://news.example/d',
      'https://news.example/e',
    ]);
  });

  it('reports a malformed record and reads on from the next one', async () => {
    const all = records();
    const broken = Buffer.from(
      'WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:broken>\r\nContent-Length: banana\r\n\r\n<p>junk</p>\r\n\r\n',
    );
    const path = dir.file('broken.warc');
    await writeFile(path, Buffer.concat([all[2], broken, Buffer.from('garbage line\r\n'), all[5]]));
    const items = await collect([path]);
    expect(items.map((item) => (item.doc ? item.doc.item : `problem ${item.problem?.reason}`))).toEqual([
      `${path}#urn:uuid:page-1`,
      'problem bad WARC record: missing or invalid Content-Length',
      `${path}#urn:uuid:latin`,
    ]);
    expect(items[1].problem?.item).toMatch(/broken\.warc#offset-\d+$/);
  });

  it('reports a record cut off by the end of the file', async () => {
    const record = records()[2];
    const path = dir.file('cut.warc');
    await writeFile(path, record.subarray(0, record.length - 40));
    const items = await collect([path]);
    expect(items).toHaveLength(1);
    expect(items[0].problem).toEqual({
      item: `${path}#urn:uuid:page-1`,
      reason: 'bad WARC record: record cut off by the end of the file',
    });
  });

  it('yields the records before a truncated gzip stream and then reports it', async () => {
    const all = records();
    const whole = Buffer.concat([gzipSync(all[2]), gzipSync(all[5])]);
    const path = dir.file('truncated.warc.gz');
    await writeFile(path, whole.subarray(0, whole.length - 30));
    const items = await collect([path]);
    expect(items[0].doc?.meta.url).toBe('https://news.example/a');
    const last = items[items.length - 1];
    expect(last.problem).toEqual({ item: path, reason: 'truncated gzip' });
  });
});
