import { afterEach, describe, expect, it } from 'vitest';
import type { SourceDocument } from '../../records/article.js';
import { type PackedClaims, unpackClaims } from './packed-claims.js';
import type { Prepared } from './prepare.js';
import { PreparePool } from './prepare-pool.js';

function doc(n: number, text: string): SourceDocument {
  return { item: `in.jsonl:${n}`, file: 'in.jsonl', text, meta: { id: `d${n}` } };
}

describe('prepare pool', () => {
  let pool: PreparePool | null = null;
  afterEach(async () => {
    await pool?.close();
    pool = null;
  });

  it('hands results back in submission order across workers', async () => {
    pool = new PreparePool(2, 8);
    const taken: Array<Prepared<PackedClaims>> = [];
    for (let n = 0; n < 20; n++) {
      pool.submit(doc(n, `Report ${n}: the council approved ${n + 3} new homes on Friday.`));
      while (pool.full) taken.push(await (pool.take() as Promise<Prepared<PackedClaims>>));
    }
    for (let next = pool.take(); next; next = pool.take()) taken.push(await next);
    expect(taken.map((p) => p.item)).toEqual(Array.from({ length: 20 }, (_, n) => `in.jsonl:${n}`));
    expect(taken.every((p) => p.article !== undefined && unpackClaims(p.claims).article === p.article.id)).toBe(true);
    const fifth = taken[5].claims;
    expect(fifth && unpackClaims(fifth).figures.map((f) => f.value)).toContain(8);
  });

  it('never holds more documents than its limit', async () => {
    pool = new PreparePool(1, 3);
    for (let n = 0; n < 3; n++) pool.submit(doc(n, 'Short text.'));
    expect(pool.full).toBe(true);
    await pool.take();
    expect(pool.full).toBe(false);
    expect(pool.inFlight).toBe(2);
  });

  it('reports an unreadable document as a problem for that item only', async () => {
    pool = new PreparePool(1, 4);
    pool.submit(doc(1, ''));
    pool.submit(doc(2, 'The bridge reopened after 3 weeks.'));
    const [bad, ok] = [await pool.take(), await pool.take()];
    expect(bad?.problem?.item).toBe('in.jsonl:1');
    expect(ok?.article?.id).toBe('d2');
  });
});
