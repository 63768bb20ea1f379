/**
 * Shared Intl.Segmenter instances, one per (language, granularity). Building a
 * segmenter costs far more than using one, and a bad language tag from a
 * manifest must not throw, so it falls back to the root locale.
 */

type Granularity = 'grapheme' | 'word' | 'sentence';

const cache = new Map<string, Intl.Segmenter>();

/** A cached segmenter for `lang` ("en", "id", "zh", "und"...) at the given granularity. */
export function segmenterFor(lang: string, granularity: Granularity): Intl.Segmenter {
  const key = `${lang}\u0000${granularity}`;
  let seg = cache.get(key);
  if (!seg) {
    try {
      seg = new Intl.Segmenter(lang === 'und' ? undefined : lang, { granularity });
    } catch {
      seg = new Intl.Segmenter(undefined, { granularity });
    }
    cache.set(key, seg);
  }
  return seg;
}
