/** Pulls lines and byte runs out of a stream of chunks, holding only what the caller has not consumed yet. */
export class ByteReader {
  private buffer: Buffer = Buffer.alloc(0);
  private position = 0;
  private done = false;
  /** Bytes consumed so far: the offset of the next byte in the stream. */
  offset = 0;

  constructor(private readonly source: AsyncIterator<Uint8Array>) {}

  static from(chunks: AsyncIterable<Uint8Array>): ByteReader {
    return new ByteReader(chunks[Symbol.asyncIterator]());
  }

  private get available(): number {
    return this.buffer.length - this.position;
  }

  /** Reads one more chunk into the buffer; false at the end of the stream. */
  private async fill(): Promise<boolean> {
    if (this.done) return false;
    const next = await this.source.next();
    if (next.done) {
      this.done = true;
      return false;
    }
    const chunk = Buffer.from(next.value.buffer, next.value.byteOffset, next.value.byteLength);
    this.buffer = this.available === 0 ? chunk : Buffer.concat([this.buffer.subarray(this.position), chunk]);
    this.position = 0;
    return true;
  }

  private take(length: number): Buffer {
    const out = this.buffer.subarray(this.position, this.position + length);
    this.position += length;
    this.offset += length;
    return out;
  }

  /**
   * The next line including its `\n` (or the rest of the stream if it has none); null at the end. Lines longer
   * than `maxLength` come back cut at that length, so a missing newline cannot make the reader hold everything.
   */
  async readLine(maxLength = 1 << 20): Promise<Buffer | null> {
    let scanned = 0;
    for (;;) {
      const newline = this.buffer.indexOf(0x0a, this.position + scanned);
      if (newline >= 0 && newline - this.position < maxLength) return this.take(newline + 1 - this.position);
      if (this.available >= maxLength) return this.take(maxLength);
      scanned = this.available;
      if (!(await this.fill())) return this.available > 0 ? this.take(this.available) : null;
    }
  }

  /** Up to `length` bytes (fewer only at the end of the stream). */
  async read(length: number): Promise<Buffer> {
    const parts: Buffer[] = [];
    let wanted = length;
    while (wanted > 0) {
      if (this.available === 0 && !(await this.fill())) break;
      const part = this.take(Math.min(wanted, this.available));
      parts.push(Buffer.from(part));
      wanted -= part.length;
    }
    return parts.length === 1 ? parts[0] : Buffer.concat(parts);
  }

  /** Skips up to `length` bytes without keeping them; returns how many were skipped. */
  async skip(length: number): Promise<number> {
    let skipped = 0;
    while (skipped < length) {
      if (this.available === 0 && !(await this.fill())) break;
      skipped += this.take(Math.min(length - skipped, this.available)).length;
    }
    return skipped;
  }
}

/** Lines of UTF-8 text from a stream of chunks, without their line endings, decoded across chunk boundaries. */
export async function* textLines(chunks: AsyncIterable<Uint8Array>, maxLineBytes: number): AsyncGenerator<string> {
  const reader = ByteReader.from(chunks);
  const decoder = new TextDecoder('utf-8');
  for (;;) {
    const line = await reader.readLine(maxLineBytes + 1);
    if (line === null) return;
    if (line.length > maxLineBytes && line[line.length - 1] !== 0x0a) {
      for (;;) {
        const rest = await reader.readLine(maxLineBytes);
        if (rest === null || rest[rest.length - 1] === 0x0a) break;
      }
      yield LINE_TOO_LONG;
      continue;
    }
    yield decoder.decode(line).replace(/\r?\n$/, '');
  }
}

/** Stands for a line longer than the cap in `textLines` output (a string no real line can be). */
export const LINE_TOO_LONG = '\u0000line too long\u0000';
