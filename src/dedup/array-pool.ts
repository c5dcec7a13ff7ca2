/**
 * Typed arrays of dropped generations, kept for the next ones. Fresh memory costs a page fault per 4 KB page on
 * first touch (tens of microseconds each in a virtual machine: about 5 ms per MB), memory already touched does
 * not, so a stream in steady state reuses the arrays of the generation that just left the window.
 */

/** Arrays kept per kind: about one generation's worth (tables that grew leave theirs too); more would only hold
 * memory. */
const KEEP = 8;

type Kind = Int32Array | Uint32Array | Uint16Array;

function take<T extends Kind>(list: T[], length: number, exact: boolean): T | null {
  for (let i = list.length - 1; i >= 0; i--) {
    const array = list[i];
    if (exact ? array.length === length : array.length >= length && array.length <= length * 2) {
      list.splice(i, 1);
      return array;
    }
  }
  return null;
}

function give<T extends Kind>(list: T[], array: T): void {
  if (array.length === 0) return;
  if (list.length >= KEEP) list.shift();
  list.push(array);
}

export class ArrayPool {
  private readonly i32: Int32Array[] = [];
  private readonly u32: Uint32Array[] = [];
  private readonly u16: Uint16Array[] = [];

  give(array: Int32Array | Uint32Array | Uint16Array): void {
    if (array instanceof Int32Array) give(this.i32, array);
    else if (array instanceof Uint32Array) give(this.u32, array);
    else give(this.u16, array);
  }

  /** An all-zero Int32Array of exactly `length`. */
  zeroI32(length: number): Int32Array {
    const reused = take(this.i32, length, true);
    if (reused === null) return new Int32Array(length);
    reused.fill(0);
    return reused;
  }

  /** A Uint32Array of at least `length` (up to twice as long); its contents are stale. */
  u32AtLeast(length: number): Uint32Array {
    return take(this.u32, length, false) ?? new Uint32Array(length);
  }

  /** A Uint16Array of at least `length` (up to twice as long); its contents are stale. */
  u16AtLeast(length: number): Uint16Array {
    return take(this.u16, length, false) ?? new Uint16Array(length);
  }
}
