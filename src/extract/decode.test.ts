import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { charsetFromContentType, decodeHtml, prescanCharset } from './decode.js';

const page = (body: string, head = '') =>
  `<html><head>${head}<title>t</title></head><body><p>${body}</p></body></html>`;

describe('decodeHtml', () => {
  it('reads windows-1252 bytes declared in a meta charset, curly quotes and euro sign included', () => {
    const html = page('“Café” costs €5', '<meta charset="windows-1252">');
    expect(decodeHtml(iconv.encode(html, 'windows-1252'))).toContain('“Café” costs €5');
  });

  it('reads latin1 declared by http-equiv as windows-1252, as browsers do', () => {
    const html = page('naïve – résumé', '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">');
    expect(decodeHtml(iconv.encode(html, 'windows-1252'))).toContain('naïve – résumé');
  });

  it('reads ISO-8859-2 (Central European) text', () => {
    const html = page('Zażółć gęślą jaźń, Łódź', '<meta charset="ISO-8859-2">');
    expect(decodeHtml(iconv.encode(html, 'iso-8859-2'))).toContain('Zażółć gęślą jaźń, Łódź');
  });

  it('reads UTF-16LE and UTF-16BE pages by their byte-order mark', () => {
    const html = page('Grüße aus Köln');
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(html, 'utf-16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(html, 'utf-16be')]);
    expect(decodeHtml(le)).toContain('Grüße aus Köln');
    expect(decodeHtml(be)).toContain('Grüße aus Köln');
  });

  it('lets the HTTP Content-Type charset win over the page declaration', () => {
    const html = page('Ελληνικά', '<meta charset="utf-8">');
    expect(decodeHtml(iconv.encode(html, 'iso-8859-7'), 'text/html; charset="ISO-8859-7"')).toContain('Ελληνικά');
  });

  it('reads Shift_JIS and GBK pages', () => {
    expect(decodeHtml(iconv.encode(page('日本語のニュース', '<meta charset="shift_jis">'), 'shift_jis'))).toContain(
      '日本語のニュース',
    );
    expect(decodeHtml(iconv.encode(page('中文新闻', '<meta charset="gb2312">'), 'gbk'))).toContain('中文新闻');
  });

  it('reads undeclared UTF-8, and falls back to windows-1252 when the bytes are not UTF-8', () => {
    expect(decodeHtml(Buffer.from(page('déjà vu'), 'utf8'))).toContain('déjà vu');
    expect(decodeHtml(iconv.encode(page('déjà vu'), 'windows-1252'))).toContain('déjà vu');
  });

  it('reads a page declared UTF-8 whose bytes above ASCII are none of them UTF-8 as windows-1252', () => {
    const latin = iconv.encode(page('Café – “déjà vu”', '<meta charset="utf-8">'), 'windows-1252');
    expect(decodeHtml(latin)).toContain('Café – “déjà vu”');
    expect(decodeHtml(latin, 'text/html; charset=UTF-8')).toContain('Café – “déjà vu”');
  });

  it('keeps a page declared UTF-8 as UTF-8 when only some of its bytes are broken', () => {
    const [before, after] = page('Grüße X', '<meta charset="utf-8">').split('X');
    const mixed = Buffer.concat([Buffer.from(before, 'utf8'), Buffer.from([0xe9]), Buffer.from(after, 'utf8')]);
    const decoded = decodeHtml(mixed);
    expect(decoded).toContain('Grüße');
    expect(decoded).toContain('\uFFFD');
  });

  it('skips a UTF-8 byte-order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<p>x</p>')]);
    expect(decodeHtml(bytes)).toBe('<p>x</p>');
  });

  it('names an unknown charset label in its error', () => {
    expect(() => decodeHtml(Buffer.from(page('x', '<meta charset="x-klingon-7">')))).toThrow(/x-klingon-7/);
    expect(() => decodeHtml(Buffer.from('x'), 'text/html; charset=bogus')).toThrow(/bogus.*Content-Type/);
  });
});

describe('charset helpers', () => {
  it('finds the charset parameter of a Content-Type, quoted or not', () => {
    expect(charsetFromContentType('text/html; charset=UTF-8')).toBe('UTF-8');
    expect(charsetFromContentType('text/html;charset="koi8-r"')).toBe('koi8-r');
    expect(charsetFromContentType('text/html')).toBeNull();
  });

  it('ignores a charset declared inside an HTML comment', () => {
    const bytes = Buffer.from('<!-- <meta charset="big5"> --><meta charset="utf-8">');
    expect(prescanCharset(bytes)).toBe('utf-8');
  });
});
