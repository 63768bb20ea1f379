import type { Corpus } from '../corpus/types.js';

/** Versions, and paragraphs of each, the warm-up queries are taken from: enough words in any language, little to read. */
const SAMPLE_DOCUMENTS = 20;
const SAMPLE_PARAGRAPHS = 3;
/** Words typed letter by letter. */
const TYPED_WORDS = 3;

/**
 * What a long-lived process searches while idle, before the user's first
 * keystrokes, taken from the corpus itself (never a fixed list: any
 * language): every letter that starts a word in its first paragraphs (a
 * one-letter prefix expands to the most frequent words, whose postings are
 * the longest to decode), a few words letter by letter, then one query of
 * each other kind the query language has (a phrase, OR, an exclusion, a
 * misspelling, a language filter), so that V8 has compiled every path a
 * query takes before one is typed.
 */
export function warmUpQueries(corpus: Corpus): string[] {
  const initials = new Set<string>();
  const words = new Set<string>();
  let phrase: string | undefined;
  for (const doc of corpus.documents.slice(0, SAMPLE_DOCUMENTS)) {
    for (const p of doc.paragraphs.slice(0, SAMPLE_PARAGRAPHS)) {
      phrase ??= /\p{L}+ \p{L}+/u.exec(p.text)?.[0];
      for (const m of p.text.matchAll(/\p{L}+/gu)) {
        initials.add(String.fromCodePoint(m[0].codePointAt(0)!).toLowerCase());
        if (words.size < TYPED_WORDS && m[0].length >= 5 && m[0].length <= 12) words.add(m[0]);
      }
    }
  }
  const typed = [...words].flatMap((w) => [...w].map((_, i) => w.slice(0, i + 1)));
  const [a, b] = [...words];
  if (!a || !b) return [...initials, ...typed];
  const misspelt = a.slice(0, 2) + a[3] + a[2] + a.slice(4);
  const lang = corpus.documents[0]!.lang;
  return [...initials, ...typed, `"${phrase ?? `${a} ${b}`}"`, `${a} OR ${b}`, `${a} -${b}`, `${misspelt} `, `${a} lang:${lang}`];
}
