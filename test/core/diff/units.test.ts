import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeUnit, sentenceUnitsOf } from '../../../src/core/diff/units.js';

const plain = { ignoreCase: false, ignorePunctuation: false };
const shape = (u: ReturnType<typeof makeUnit>) => ({ text: u.text, paragraph: u.paragraph, key: u.key, words: u.words, starts: [...u.tokens.starts], ends: [...u.tokens.ends], keys: [...u.tokens.keys], words01: [...u.tokens.words] });

describe('sentenceUnitsOf', () => {
  it('gives each sentence the tokens that tokenizing it alone gives (property)', () => {
    const piece = fc.constantFrom('Word', 'end', 'U.S.', 'Mr.', '1,200', '. ', '! ', '? ', ' ', '  ', '.Next', 'don’t', 'é', '“Quote.”', ' e.g. ', '世界', '-', 'x');
    const folds = fc.constantFrom(plain, { ignoreCase: true, ignorePunctuation: false }, { ignoreCase: false, ignorePunctuation: true });
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }).map((p) => p.join('')), folds, (text, fold) => {
        const unit = makeUnit(text, 3, 'en', fold);
        for (const s of sentenceUnitsOf(unit, 'en', fold)) expect(shape(s)).toEqual(shape(makeUnit(s.text, 3, 'en', fold)));
      }),
      { numRuns: 500 },
    );
  });
});
