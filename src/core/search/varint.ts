/**
 * Postings on disk: unsigned integers as LEB128 varints (ids delta-encoded
 * first), in base64 inside the JSON bucket files. About a byte per posting,
 * and decoded by one loop into a typed array: no array of boxed numbers for
 * JSON.parse to build and the garbage collector to sweep.
 */

/** Encodes non-negative integers (ascending when `delta`) as base64 varints. */
export function encodeVarints(values: ArrayLike<number>, delta: boolean): string {
  const bytes = new Uint8Array(values.length * 5);
  let at = 0;
  let prev = 0;
  for (let i = 0; i < values.length; i++) {
    let v = delta ? values[i]! - prev : values[i]!;
    prev = values[i]!;
    while (v >= 0x80) {
      bytes[at++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    bytes[at++] = v;
  }
  return Buffer.from(bytes.buffer, 0, at).toString('base64');
}

/** Decodes {@link encodeVarints}; throws on a truncated value. */
export function decodeVarints(base64: string, delta: boolean): Uint32Array {
  const bytes = Buffer.from(base64, 'base64');
  const out = new Uint32Array(bytes.length);
  let n = 0;
  let v = 0;
  let shift = 0;
  let prev = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    v += (b & 0x7f) * 2 ** shift;
    if (b & 0x80) {
      shift += 7;
      if (shift > 28) throw new Error('varint too long');
      continue;
    }
    prev = delta ? prev + v : v;
    out[n++] = prev;
    v = 0;
    shift = 0;
  }
  if (shift !== 0) throw new Error('truncated varint');
  return out.slice(0, n);
}
