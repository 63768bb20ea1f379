import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Corpus, Document } from '../../../src/core/corpus/types.js';
import { buildIndexNow } from '../../../src/core/search/build.js';
import { JOINERS, termsOf, termTokens } from '../../../src/core/text/tokens/terms.js';

const VOCAB = ['ai', 'chips', 'the', 'a', 'nvidia', 'talent', 'zürich', 'zurich'];

function corpusOf(docs: { title: string; paragraphs: string[] }[]): Corpus {
  const documents = docs.map((d, i): Document => {
    let at = 0;
    const paragraphs = d.paragraphs.map((text, index) => {
      const p = { index, start: at, end: at + text.length, text };
      at += text.length + 2;
      return p;
    });
    return { id: `d${i}`, file: `d${i}.txt`, title: d.title, lang: 'en', source: null, relation: null, text: d.paragraphs.join('\n\n'), paragraphs, words: 0 };
  });
  return { dir: '/nowhere', name: 'test', documents, warnings: [] };
}

/** Postings by a plain scan: per field, the units holding the term and how often. */
function scan(corpus: Corpus, term: string): { ids: number[]; tfs: number[] }[] {
  const fields = [
    { ids: [] as number[], tfs: [] as number[] },
    { ids: [] as number[], tfs: [] as number[] },
  ];
  let unit = 0;
  for (const d of corpus.documents) {
    for (const p of d.paragraphs) {
      [p.index === 0 ? termsOf(d.title, d.lang) : [], termsOf(p.text, d.lang)].forEach((terms, f) => {
        const tf = terms.filter((t) => t === term).length;
        if (tf > 0) {
          fields[f]!.ids.push(unit);
          fields[f]!.tfs.push(tf);
        }
      });
      unit++;
    }
  }
  return fields;
}

/** Units where `b` follows `a`; with a joiner, only where the two are parts of one word joined by it ("vi-style"). */
function scanPair(corpus: Corpus, a: string, b: string, joiner?: string): number[] {
  const out: number[] = [];
  let unit = 0;
  for (const d of corpus.documents) {
    for (const p of d.paragraphs) {
      const fields = [p.index === 0 ? termTokens(d.title, d.lang) : [], termTokens(p.text, d.lang)];
      if (fields.some((tokens) => tokens.some((t, i) => t.term === a && tokens[i + 1]?.term === b && (joiner === undefined || tokens[i + 1]!.joiner === joiner)))) out.push(unit);
      unit++;
    }
  }
  return out;
}

describe('buildIndex (sharded, from one token stream)', () => {
  it('holds exactly the postings, word pairs and paragraph frequencies a plain scan finds', () => {
    const text = fc.array(fc.constantFrom(...VOCAB, 'Chips', 'AI-powered', 'AI powered', 'AI’s', 'ai.chips', 'the-ai'), { maxLength: 12 }).map((w) => w.join(' '));
    const doc = fc.record({ title: text, paragraphs: fc.array(text, { minLength: 1, maxLength: 4 }) });
    fc.assert(
      fc.property(fc.array(doc, { minLength: 1, maxLength: 6 }), (docs) => {
        const corpus = corpusOf(docs);
        const index = buildIndexNow(corpus);
        const terms = [...VOCAB, 'powered', 's'];
        index.ensureTerms(terms);
        for (const term of terms) {
          const expected = scan(corpus, term);
          const got = index.postings.postingsOf(term);
          if (expected.every((f) => f.ids.length === 0)) {
            expect(got).toBeUndefined();
            expect(index.dictionary.frequency(term)).toBe(0);
            continue;
          }
          expect(got?.map((f) => (f ? { ids: [...f.ids], tfs: [...f.tfs] } : { ids: [], tfs: [] }))).toEqual(expected);
          expect(index.dictionary.frequency(term)).toBe(new Set([...expected[0]!.ids, ...expected[1]!.ids]).size);
          for (const second of terms) {
            expect([...(index.postings.pairOf(term, second) ?? [])]).toEqual(scanPair(corpus, term, second));
            for (const j of JOINERS) expect([...(index.postings.pairOf(term, j + second) ?? [])]).toEqual(scanPair(corpus, term, second, j));
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
