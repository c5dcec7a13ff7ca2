import { describe, expect, it } from 'vitest';
import { ByteReader, LINE_TOO_LONG, textLines } from './byte-reader.js';

async function* chunks(...parts: string[]): AsyncGenerator<Uint8Array> {
  for (const part of parts) yield Buffer.from(part);
}

async function all<T>(source: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const value of source) out.push(value);
  return out;
}

describe('ByteReader', () => {
  it('reads lines and byte runs across chunk boundaries and tracks the offset', async () => {
    const reader = ByteReader.from(chunks('ab', 'c\r\nde', 'fgh\nrest'));
    expect((await reader.readLine())?.toString()).toBe('abc\r\n');
    expect((await reader.read(2)).toString()).toBe('de');
    expect(await reader.skip(2)).toBe(2);
    expect(reader.offset).toBe(9);
    expect((await reader.readLine())?.toString()).toBe('h\n');
    expect((await reader.readLine())?.toString()).toBe('rest');
    expect(await reader.readLine()).toBeNull();
  });

  it('returns fewer bytes only at the end of the stream', async () => {
    const reader = ByteReader.from(chunks('12', '34'));
    expect((await reader.read(10)).toString()).toBe('1234');
    expect(await reader.skip(5)).toBe(0);
  });
});

describe('textLines', () => {
  it('splits UTF-8 text into lines even when a character spans two chunks', async () => {
    const euro = Buffer.from('\u20ac');
    async function* split(): AsyncGenerator<Uint8Array> {
      yield Buffer.concat([Buffer.from('one\r\n'), euro.subarray(0, 1)]);
      yield Buffer.concat([euro.subarray(1), Buffer.from('5\nlast')]);
    }
    expect(await all(textLines(split(), 1000))).toEqual(['one', '\u20ac5', 'last']);
  });

  it('marks a line longer than the cap and goes on with the next', async () => {
    expect(await all(textLines(chunks(`${'x'.repeat(50)}\nshort\n`), 10))).toEqual([LINE_TOO_LONG, 'short']);
  });
});
