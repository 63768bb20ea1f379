/**
 * The project's one hash: 32-bit FNV-1a. Fast and not cryptographic: it
 * keys diff tokens and checks cache files for damage, never for tampering.
 */

export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/** One step of FNV-1a: hash `h` extended by the unit `c` (a code unit, a byte or a 32-bit word). */
export function fnvStep(h: number, c: number): number {
  return Math.imul(h ^ c, FNV_PRIME);
}

/** FNV-1a hash of a string's UTF-16 code units, continuing from `seed` so that hashes can be chained. */
export function hashString(text: string, seed = FNV_OFFSET): number {
  let h = seed;
  for (let i = 0; i < text.length; i++) h = fnvStep(h, text.charCodeAt(i));
  return h | 0;
}

/**
 * FNV-1a hash of bytes taken four at a time (as 32-bit words in the
 * platform's byte order, the last one to three bytes one by one), as an
 * unsigned 32-bit number: a fourth of the steps of a byte-wise hash, which
 * is what checking a few MB of cache files on every query can afford. Like
 * {@link hashString}, which takes 16-bit code units, each step is a bijection
 * of the state, so a change to a single unit always changes the hash.
 */
export function hashBytes(bytes: Uint8Array, seed = FNV_OFFSET): number {
  let h = seed;
  const n = bytes.length >>> 2;
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : new Uint8Array(bytes); // a copy (Buffer#slice would not be)
  const words = new Uint32Array(aligned.buffer, aligned.byteOffset, n);
  for (let i = 0; i < n; i++) h = fnvStep(h, words[i]!);
  for (let i = 4 * n; i < bytes.length; i++) h = fnvStep(h, bytes[i]!);
  return h >>> 0;
}

/** Combines two hashes into one (order matters). */
export function combineHash(a: number, b: number): number {
  return Math.imul(a ^ (b + 0x9e3779b9 + (a << 6) + (a >>> 2)), FNV_PRIME) | 0;
}
