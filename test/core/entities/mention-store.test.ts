import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Corpus, Document } from '../../../src/core/corpus/types.js';
import { MentionStore } from '../../../src/core/entities/mention-store.js';
import { ENTITY_TYPES, type Mention, type MentionSource } from '../../../src/core/entities/types.js';

function corpusOf(docs: string[][]): Corpus {
  const documents = docs.map((paragraphs, d): Document => {
    const ps = paragraphs.map((text, index) => ({ index, start: 0, end: text.length, text }));
    return { id: `d${d}`, file: `d${d}.txt`, title: '', lang: 'en', source: null, relation: null, text: paragraphs.join('\n\n'), paragraphs: ps, words: 0 };
  });
  return { dir: '/nowhere', name: 't', documents, warnings: [] };
}

const SOURCES: MentionSource[] = ['gazetteer', 'learned', 'rule', 'number'];

describe('MentionStore', () => {
  it('gives back every paragraph its mentions as they were added, skipped paragraphs none', () => {
    const text = 'Alibaba hired Li Wei in Beijing for 1,200 yuan.';
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.boolean(), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }),
        fc.array(fc.tuple(fc.nat(40), fc.integer({ min: 1, max: 8 }), fc.nat(4), fc.nat(3), fc.boolean()), { maxLength: 6 }),
        (shape, raw) => {
          const corpus = corpusOf(shape.map((ps) => ps.map(() => text)));
          const store = new MentionStore(corpus);
          const keys = ['alibaba', 'li wei', 'beijing', '#n|1200'];
          const expected = new Map<string, Mention[]>();
          shape.forEach((ps, d) =>
            ps.forEach((added, p) => {
              if (!added) return; // never added: must come back empty
              const mentions = raw.map(([start, len, type, src, odd]): Mention => ({
                start,
                end: start + len,
                type: ENTITY_TYPES[type]!,
                source: SOURCES[src]!,
                key: keys[(start + len) % keys.length]!,
                surface: odd ? 'written otherwise' : text.slice(start, start + len),
              }));
              store.add(d, p, mentions, (m) => keys.indexOf(m.key));
              expected.set(`${d}#${p}`, mentions);
            }),
          );
          store.finish();
          shape.forEach((ps, d) => ps.forEach((_, p) => expect(store.get(`d${d}`, p, (e) => keys[e]!)).toEqual(expected.get(`${d}#${p}`) ?? [])));
          expect(store.get('unknown', 0, (e) => keys[e]!)).toEqual([]);
          expect(store.get('d0', 99, (e) => keys[e]!)).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
