/**
 * The project's one hash: 32-bit FNV-1a. Fast and not cryptographic: it
 * keys diff tokens and checks cache files for damage, never for tampering.
 */

export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/** FNV-1a hash of a string's UTF-16 code units, continuing from `seed` so that hashes can be chained. */
export function hashString(text: string, seed = FNV_OFFSET): number {
  let h = seed;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h | 0;
}

/** FNV-1a hash of bytes, as an unsigned 32-bit number. */
export function hashBytes(bytes: Uint8Array, seed = FNV_OFFSET): number {
  let h = seed;
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i]!, FNV_PRIME);
  return h >>> 0;
}

/** Combines two hashes into one (order matters). */
export function combineHash(a: number, b: number): number {
  return Math.imul(a ^ (b + 0x9e3779b9 + (a << 6) + (a >>> 2)), FNV_PRIME) | 0;
}
