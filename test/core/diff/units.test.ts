import { describe, expect, it } from 'vitest';
import { sentencesOf } from '../../../src/core/diff/units.js';
import { splitSentences } from '../../../src/core/text/segment.js';
import { createRng, pick } from '../../../bench/lib/rng.js';

describe('sentencesOf', () => {
  it('splits a long paragraph in pieces exactly as splitSentences splits it whole', () => {
    const rng = createRng(3);
    const words = ['alpha', 'beta', 'Wang', 'chips', '1,200', 'e.g.', 'U.S.', 'data', '"quoted."', 'Mr.'];
    const sentences: string[] = [];
    for (let k = 0; k < 1200; k++) sentences.push(Array.from({ length: 3 + Math.floor(rng() * 10) }, () => pick(rng, words)).join(' ').replace(/^./, (c) => c.toUpperCase()) + pick(rng, ['.', '!', '?']));
    const text = sentences.join(' ');
    expect(text.length).toBeGreaterThan(40_000);
    expect(sentencesOf(text, 'en')).toEqual(splitSentences(text, 'en'));
  });

  it('cuts a text without sentence ends into bounded pieces that still cover it', () => {
    const text = 'word '.repeat(20_000).trim();
    const pieces = sentencesOf(text, 'en');
    expect(pieces.map((p) => p.text).join(' ')).toBe(text);
    for (const p of pieces) expect(text.slice(p.start, p.end)).toBe(p.text);
  });
});
