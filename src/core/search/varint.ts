/**
 * Postings as bytes: unsigned integers as LEB128 varints (ids
 * delta-encoded), about a byte per posting, decoded by one loop into a typed
 * array: no boxed numbers, no text format to parse.
 */

/** Appends varints and raw bytes to a growable byte array. */
export class ByteWriter {
  private bytes = new Uint8Array(1 << 12);
  length = 0;

  private room(n: number): void {
    if (this.length + n <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(this.length + n, 2 * this.bytes.length));
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }

  /** One non-negative integer (below 2^32). */
  uint(value: number): void {
    this.room(5);
    let v = value;
    while (v >= 0x80) {
      this.bytes[this.length++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.bytes[this.length++] = v;
  }

  /** Integers in order; each as its difference from the previous one when `delta` (they must ascend). */
  uints(values: ArrayLike<number>, delta: boolean): void {
    let prev = 0;
    for (let i = 0; i < values.length; i++) {
      this.uint(delta ? values[i]! - prev : values[i]!);
      prev = values[i]!;
    }
  }

  raw(bytes: Uint8Array): void {
    this.room(bytes.length);
    this.bytes.set(bytes, this.length);
    this.length += bytes.length;
  }

  /** The bytes written so far (a view: copy it or stop writing). */
  view(): Uint8Array {
    return this.bytes.subarray(0, this.length);
  }

  /** A copy of the bytes written so far. */
  take(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }

  reset(): void {
    this.length = 0;
  }
}

/** Reads what {@link ByteWriter} wrote; throws on anything truncated or out of range. */
export class ByteReader {
  constructor(
    readonly bytes: Uint8Array,
    public at = 0,
    readonly end = bytes.length,
  ) {}

  uint(): number {
    const { bytes, end } = this;
    let at = this.at;
    if (at >= end) throw new Error('truncated varint');
    let b = bytes[at++]!;
    // Most ids are small deltas: one byte, no loop.
    if (b < 0x80) {
      this.at = at;
      return b;
    }
    let v = b & 0x7f;
    for (let scale = 0x80; scale <= 0x10000000; scale *= 0x80) {
      if (at >= end) throw new Error('truncated varint');
      b = bytes[at++]!;
      v += (b & 0x7f) * scale;
      if (b < 0x80) {
        this.at = at;
        return v;
      }
    }
    throw new Error('varint too long');
  }

  /** `count` integers, summed up again when `delta`. */
  uints(count: number, delta: boolean): Uint32Array {
    if (count > this.end - this.at) throw new Error('truncated list');
    const out = new Uint32Array(count);
    let prev = 0;
    for (let i = 0; i < count; i++) {
      const v = this.uint();
      prev = delta ? prev + v : v;
      out[i] = prev;
    }
    return out;
  }

  /** Skips `count` integers: counts the bytes that end one (high bit clear), and rejects a value longer than {@link uint} reads. */
  skip(count: number): void {
    const { bytes, end } = this;
    let at = this.at;
    let run = 0;
    for (let left = count; left > 0; at++) {
      if (at >= end) throw new Error('truncated varint');
      if (bytes[at]! < 0x80) {
        left--;
        run = 0;
      } else if (++run === 5) throw new Error('varint too long');
    }
    this.at = at;
  }

  /** The next `n` bytes, as a view. */
  raw(n: number): Uint8Array {
    if (n > this.end - this.at) throw new Error('truncated bytes');
    const out = this.bytes.subarray(this.at, this.at + n);
    this.at += n;
    return out;
  }

  get done(): boolean {
    return this.at >= this.end;
  }
}
