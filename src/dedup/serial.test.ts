import { describe, expect, it } from 'vitest';
import { jsonState, readJsonState, StateReader, StateWriter } from './serial.js';

describe('saved state in parts', () => {
  it('reads back every section, small ones shared and large ones split across parts', () => {
    const writer = new StateWriter(64);
    const small = Uint16Array.from([1, 2, 3]);
    const large = Float64Array.from({ length: 20 }, (_, i) => i / 3);
    const signed = Int32Array.from([-1, 7, 0x7fffffff]);
    const sections = { small: writer.add(small), large: writer.add(large), signed: writer.add(signed) };
    const parts = writer.finish({ format: 'test/1', sections: 'overwritten', note: 'kept' });
    // Header, the small section's part, three 64-byte parts and a 32-byte part of the large one, the last part.
    expect(parts.map((p) => p.length).slice(1)).toEqual([6, 64, 64, 32, 12]);

    const reader = new StateReader(parts, 'test/1', 'test index');
    expect(reader.fields.note).toBe('kept');
    expect([...reader.u16(sections.small)]).toEqual([1, 2, 3]);
    expect([...reader.f64(sections.large)]).toEqual([...large]);
    expect([...reader.i32(sections.signed)]).toEqual([-1, 7, 0x7fffffff]);
  });

  it('saves the first `length` elements only', () => {
    const writer = new StateWriter();
    const at = writer.add(Uint32Array.from([5, 6, 7, 8]), 2);
    const reader = new StateReader(writer.finish({ format: 'f' }), 'f', 'x');
    expect([...reader.u32(at)]).toEqual([5, 6]);
  });

  it('gives large sections as views of the live array, not copies', () => {
    const writer = new StateWriter(1024);
    const live = new Int32Array(1024);
    writer.add(live);
    const parts = writer.finish({ format: 'f' });
    expect(parts[1].buffer).toBe(live.buffer);
  });

  it('returns arrays that own their memory, apart from the parts they were read from', () => {
    const writer = new StateWriter(16);
    const at = writer.add(Uint32Array.from([1, 2, 3, 4, 5, 6, 7, 8]));
    const parts = writer.finish({ format: 'f' });
    const read = new StateReader(parts, 'f', 'x').u32(at);
    parts[1].fill(0);
    expect([...read]).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('refuses another format, a section of the wrong kind, and missing bytes, naming what it expected', () => {
    const writer = new StateWriter(64);
    const at = writer.add(new Uint16Array(100));
    const parts = writer.finish({ format: 'copy/2' });
    expect(() => new StateReader(parts, 'copy/3', 'copy index')).toThrow(
      'not a saved copy index (expected format copy/3)',
    );
    expect(() => new StateReader([Buffer.from('{oops')], 'copy/2', 'copy index')).toThrow(/not a saved copy index/);
    expect(() => new StateReader(parts, 'copy/2', 'x').u32(at)).toThrow(/not u32/);
    expect(() => new StateReader(parts.slice(0, -1), 'copy/2', 'copy index')).toThrow(/header says 200/);
  });

  it('keeps a small JSON state in one part', () => {
    const saved = jsonState({ seen: ['a', 'b'] });
    expect(saved).toHaveLength(1);
    expect(readJsonState(saved)).toEqual({ seen: ['a', 'b'] });
  });
});
