/**
 * Saved index state in binary parts: part 0 is a JSON header (the index's own fields, and the kind and length
 * of each typed-array section); the parts after it hold the sections' bytes, back to back, at most
 * `PART_BYTES` each.
 *
 * A large window's index holds hundreds of megabytes of typed arrays. Saved as one JSON string in base64, that
 * took several copies of the index at once (base64, the JSON string, its UTF-8 bytes, the database's copy). Here
 * a large section's parts are views of the live array, not copies, and a store writes one part at a time, so
 * saving needs little memory beyond the index itself. The views are valid until the index next changes: write
 * the parts before adding to it again.
 */

export type SavedState = Uint8Array[];

/** Largest part: a store copies one part at a time, so this bounds the extra memory of writing the state. */
export const PART_BYTES = 8 << 20;
/** Sections smaller than this are copied together into shared parts rather than given parts of their own. */
const SMALL_SECTION_BYTES = 64 << 10;

const ARRAY_KINDS = {
  u16: Uint16Array,
  u32: Uint32Array,
  i32: Int32Array,
  f64: Float64Array,
} as const;

type ArrayKind = keyof typeof ARRAY_KINDS;
type Section = [kind: ArrayKind, length: number];
type NumericArray = Uint16Array | Uint32Array | Int32Array | Float64Array;

function kindOf(array: NumericArray): ArrayKind {
  if (array instanceof Uint16Array) return 'u16';
  if (array instanceof Uint32Array) return 'u32';
  if (array instanceof Int32Array) return 'i32';
  return 'f64';
}

/** Builds a saved state: `add` each typed array (its section number goes in the header), then `finish`. */
export class StateWriter {
  private readonly parts: Uint8Array[] = [];
  private readonly sections: Section[] = [];
  private shared: Uint8Array | null = null;
  private sharedUsed = 0;

  /** `partBytes`: the largest part (smaller in tests, to cross part boundaries cheaply). */
  constructor(private readonly partBytes = PART_BYTES) {}

  /** Adds the first `length` elements of `array`; returns the section number to record in the header. */
  add(array: NumericArray, length = array.length): number {
    const bytes = new Uint8Array(array.buffer, array.byteOffset, length * array.BYTES_PER_ELEMENT);
    this.sections.push([kindOf(array), length]);
    const { partBytes } = this;
    if (bytes.length >= Math.min(SMALL_SECTION_BYTES, partBytes)) {
      this.flushShared();
      for (let at = 0; at < bytes.length; at += partBytes) this.parts.push(bytes.subarray(at, at + partBytes));
    } else if (bytes.length > 0) {
      if (this.sharedUsed + bytes.length > partBytes) this.flushShared();
      this.shared ??= new Uint8Array(partBytes);
      this.shared.set(bytes, this.sharedUsed);
      this.sharedUsed += bytes.length;
    }
    return this.sections.length - 1;
  }

  /** The parts: the header (with `fields`) first. */
  finish(fields: Record<string, unknown>): SavedState {
    this.flushShared();
    const header = Buffer.from(JSON.stringify({ ...fields, sections: this.sections }), 'utf8');
    return [header, ...this.parts];
  }

  private flushShared(): void {
    if (this.shared && this.sharedUsed > 0) this.parts.push(this.shared.slice(0, this.sharedUsed));
    this.sharedUsed = 0;
  }
}

/** Reads a saved state: the header's fields, and each section (copied into an array of its own) by number. */
export class StateReader {
  /** The header's fields, JSON's untyped value: each index checks its own. */
  readonly fields: ReturnType<typeof JSON.parse>;
  private readonly sections: Section[];
  /** Byte offset of each section in the parts after the header, and of each of those parts. */
  private readonly sectionStarts: number[] = [];
  private readonly partStarts: number[] = [];

  /** Checks the state is the kind and format expected (`what` names it in errors). */
  constructor(
    private readonly parts: SavedState,
    format: string,
    what: string,
  ) {
    let header: ReturnType<typeof JSON.parse> = null;
    try {
      header = parts.length > 0 ? JSON.parse(Buffer.from(parts[0]).toString('utf8')) : null;
    } catch {
      header = null;
    }
    if (header?.format !== format) throw new Error(`not a saved ${what} (expected format ${format})`);
    if (!Array.isArray(header.sections)) throw new Error(`saved ${what}: no section list`);
    this.fields = header;
    this.sections = header.sections as Section[];
    let at = 0;
    for (const [kind, length] of this.sections) {
      if (!(kind in ARRAY_KINDS) || !Number.isInteger(length) || length < 0)
        throw new Error(`saved ${what}: bad section`);
      this.sectionStarts.push(at);
      at += length * ARRAY_KINDS[kind].BYTES_PER_ELEMENT;
    }
    let total = 0;
    for (let i = 1; i < parts.length; i++) {
      this.partStarts.push(total);
      total += parts[i].length;
    }
    if (total !== at) throw new Error(`saved ${what}: ${total} bytes of sections, header says ${at}`);
  }

  u16(section: number): Uint16Array {
    return this.read(section, 'u16') as Uint16Array;
  }

  u32(section: number): Uint32Array {
    return this.read(section, 'u32') as Uint32Array;
  }

  i32(section: number): Int32Array {
    return this.read(section, 'i32') as Int32Array;
  }

  f64(section: number): Float64Array {
    return this.read(section, 'f64') as Float64Array;
  }

  private read(section: number, expected: ArrayKind): NumericArray {
    const entry = this.sections[section];
    if (!entry || entry[0] !== expected) throw new Error(`saved state: section ${section} is not ${expected}`);
    const [kind, length] = entry;
    const out = new ARRAY_KINDS[kind](length);
    const bytes = new Uint8Array(out.buffer);
    let from = this.sectionStarts[section];
    let filled = 0;
    let part = this.partContaining(from);
    while (filled < bytes.length) {
      const source = this.parts[part + 1];
      const offset = from - this.partStarts[part];
      const take = Math.min(source.length - offset, bytes.length - filled);
      bytes.set(source.subarray(offset, offset + take), filled);
      filled += take;
      from += take;
      part++;
    }
    return out;
  }

  /** The index (in `partStarts`) of the part holding byte `offset`. */
  private partContaining(offset: number): number {
    let low = 0;
    let high = this.partStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.partStarts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }
}

/** A small state as one JSON part (stages without typed arrays). */
export function jsonState(value: unknown): SavedState {
  return [Buffer.from(JSON.stringify(value), 'utf8')];
}

/** The value `jsonState` saved. */
export function readJsonState(saved: SavedState): unknown {
  if (saved.length !== 1) throw new Error('not a saved JSON state');
  return JSON.parse(Buffer.from(saved[0]).toString('utf8'));
}
