import { describe, expect, it } from 'vitest';
import { sketchesOf } from '../../../src/core/diff/pair.js';
import { combineHash, hashString } from '../../../src/core/text/hash.js';
import { makeUnit } from '../../../src/core/diff/units.js';

const plain = { ignoreCase: false, ignorePunctuation: false };

describe('sketchesOf', () => {
  it('gives copies of a paragraph one sketch and other paragraphs others', () => {
    const text = (k: number) => Array.from({ length: 60 }, (_, w) => `w${(k * 7919 + w * 104729) % 5000}`).join(' ');
    const a = [0, 1, 2, 0, 1, 2].map((k) => makeUnit(text(k), 0, plain));
    const b = [0, 1, 2].map((k) => makeUnit(text(k), 0, plain));
    const s = sketchesOf(a, b);
    expect(Array.from(s.a.subarray(0, 3))).toEqual(Array.from(s.a.subarray(3)));
    expect(Array.from(s.b)).toEqual(Array.from(s.a.subarray(0, 3)));
    expect(new Set(s.b).size).toBe(3);
  });

  it('finishes on text whose every word pair falls in the sample (the sampled pairs outgrow their first estimate)', () => {
    // Each next word is chosen so that the pair it makes has the sampled hash bits clear.
    const words = ['start'];
    for (let k = 0; words.length < 6000; k++) {
      const next = `x${k}`;
      if ((combineHash(hashString(words[words.length - 1]!), hashString(next)) & 7) === 0) words.push(next);
    }
    const unit = makeUnit(words.join(' '), 0, plain);
    const s = sketchesOf([unit], [unit]);
    expect(s.a[0]).toBe(s.b[0]);
  });

  it('takes a word pair seen hundreds of times for common phrasing, never for a sketch', () => {
    // 300 paragraphs of one pair: the pair is common, so each keeps its key as its sketch (counted past 255, a
    // count that wrapped would read 44 and make the pair every paragraph's sketch).
    const a = Array.from({ length: 300 }, () => makeUnit('alpha beta', 0, plain));
    const s = sketchesOf(a, []);
    expect(s.a[0]).toBe(a[0]!.key);
    expect(s.a[299]).toBe(a[299]!.key);
  });
});
