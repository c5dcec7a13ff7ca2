/** Typed arrays to and from base64, for saving index state as JSON. */

export function u16ToBase64(array: Uint16Array, length = array.length): string {
  return Buffer.from(array.buffer, array.byteOffset, length * 2).toString('base64');
}

export function u32ToBase64(array: Uint32Array | Int32Array, length = array.length): string {
  return Buffer.from(array.buffer, array.byteOffset, length * 4).toString('base64');
}

function bytes(text: string): Buffer {
  const buffer = Buffer.from(text, 'base64');
  // Copy so the typed array is aligned and owns its memory.
  const copy = new ArrayBuffer(buffer.length);
  new Uint8Array(copy).set(buffer);
  return Buffer.from(copy);
}

export function base64ToU16(text: string): Uint16Array {
  const b = bytes(text);
  return new Uint16Array(b.buffer, b.byteOffset, b.length / 2);
}

export function base64ToU32(text: string): Uint32Array {
  const b = bytes(text);
  return new Uint32Array(b.buffer, b.byteOffset, b.length / 4);
}

export function base64ToI32(text: string): Int32Array {
  const b = bytes(text);
  return new Int32Array(b.buffer, b.byteOffset, b.length / 4);
}

export function f64ToBase64(array: Float64Array): string {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64');
}

export function base64ToF64(text: string): Float64Array {
  const b = bytes(text);
  return new Float64Array(b.buffer, b.byteOffset, b.length / 8);
}

/**
 * Parses saved index state, checking it is the kind and format expected (`what` names it in the error). The result is
 * JSON's untyped value: each index restores and checks its own fields.
 */
export function readSavedState(data: string | Uint8Array, format: string, what: string): ReturnType<typeof JSON.parse> {
  const text = typeof data === 'string' ? data : Buffer.from(data).toString('utf8');
  const saved = JSON.parse(text);
  if (saved?.format !== format) throw new Error(`not a saved ${what} (expected format ${format})`);
  return saved;
}
