import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareCells, countChangeWords } from '../../../src/core/diff/compare.js';
import { makeUnit, paragraphUnits, sentenceUnitsOf } from '../../../src/core/diff/units.js';
import { splitParagraphs } from '../../../src/core/text/segment.js';

const plain = { ignoreCase: false, ignorePunctuation: false };
/** A unit as its own text sees it: its tokens, their offsets in its text (a sentence's are counted from its paragraph's start). */
const shape = (u: ReturnType<typeof makeUnit>) => {
  const own = <T extends Int32Array | Uint16Array | Uint8Array>(a: T) => [...a.subarray(u.tokenStart, u.tokenEnd)];
  const at = (a: Int32Array | Uint16Array) => own(a).map((x) => x - u.offset);
  return { text: u.text, paragraph: u.paragraph, key: u.key, words: u.words, starts: at(u.tokens.starts), ends: at(u.tokens.ends), keys: own(u.tokens.keys), words01: own(u.tokens.words) };
};

describe('sentenceUnitsOf', () => {
  it('gives each sentence the tokens that tokenizing it alone gives (property)', () => {
    const piece = fc.constantFrom('Word', 'end', 'U.S.', 'Mr.', '1,200', '. ', '! ', '? ', ' ', '  ', '.Next', 'don’t', 'é', '“Quote.”', ' e.g. ', '世界', '-', 'x');
    const folds = fc.constantFrom(plain, { ignoreCase: true, ignorePunctuation: false }, { ignoreCase: false, ignorePunctuation: true });
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 30 }).map((p) => p.join('')),
        folds,
        (text, fold) => {
          const unit = makeUnit(text, 3, fold);
          for (const s of sentenceUnitsOf(unit, 'en', fold)) expect(shape(s)).toEqual(shape(makeUnit(s.text, 3, fold)));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('gives the sentences of a paragraph that holds a range of its document’s token list the same tokens (property)', () => {
    const piece = fc.constantFrom('Word', 'end', 'U.S.', '1,200', '. ', '! ', ' ', '\n\n', 'don’t', 'é', '“Quote.”', 'x');
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 40 }).map((p) => 'Title\n\n' + p.join('')),
        (text) => {
          const paragraphs = splitParagraphs(text).map((r, index) => ({ index, ...r }));
          const doc = { text, lang: 'en', paragraphs } as unknown as Parameters<typeof paragraphUnits>[0];
          for (const unit of paragraphUnits(doc, plain)) {
            expect(shape(unit)).toEqual(shape(makeUnit(unit.text, unit.paragraph, plain)));
            for (const s of sentenceUnitsOf(unit, 'en', plain)) expect(shape(s)).toEqual(shape(makeUnit(s.text, unit.paragraph, plain)));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('compares sentences sharing their paragraph’s tokens as it compares them tokenized alone, words counted included', () => {
    const ctx = { langA: 'en', langB: 'en', fold: plain, budget: 1e5 };
    const [, a] = sentenceUnitsOf(makeUnit('First one here. The cat sat on the mat.', 0, plain), 'en', plain);
    const [, b] = sentenceUnitsOf(makeUnit('First one here. The dog sat on a mat.', 0, plain), 'en', plain);
    expect(a!.offset).toBe(16);
    for (const granularity of ['word', 'char'] as const) {
      const shared = countChangeWords(compareCells(a!, b!, granularity, ctx).changes, a!, b!);
      const alone = countChangeWords(compareCells(makeUnit(a!.text, 0, plain), makeUnit(b!.text, 0, plain), granularity, ctx).changes, makeUnit(a!.text, 0, plain), makeUnit(b!.text, 0, plain));
      expect(shared).toEqual(alone);
      expect(shared.reduce((n, c) => n + c.wordsLeft + c.wordsRight, 0)).toBe(4);
    }
  });
});
