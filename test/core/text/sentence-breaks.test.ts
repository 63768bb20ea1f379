import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentenceBreaks } from '../../../src/core/text/sentence-breaks.js';

/** Where ICU's sentence segmenter breaks, as offsets after each sentence but the last. */
function icuBreaks(text: string, lang: string): number[] {
  const ends = Array.from(new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(text), (s) => s.index + s.segment.length);
  return ends.slice(0, -1);
}

// Every class the scan tells apart, the characters around sentence ends most of all.
const CHARS = [
  'a',
  'z',
  'q',
  'A',
  'Z',
  'M',
  '0',
  '7',
  '.',
  '.',
  '.',
  '!',
  '?',
  ' ',
  ' ',
  ' ',
  '\t',
  ',',
  '-',
  ':',
  ';',
  '"',
  "'",
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  '$',
  '#',
  '/',
  '*',
  '‘',
  '’',
  '“',
  '”',
  '–',
  '—',
  '中',
  '文',
  'か',
  'カ',
  'ー',
  '한',
  '。',
  '。',
  '！',
  '？',
  '、',
  '，',
];
const WORDS = ['Mr', 'U.S', 'e.g', 'the', 'The', '3.5', 'ok', 'Ok', 'I'];
const piece = fc.oneof(fc.constantFrom(...CHARS), fc.constantFrom(...WORDS));
const text = fc.array(piece, { maxLength: 40 }).map((p) => p.join(''));

describe('sentenceBreaks', () => {
  it('breaks exactly where ICU does on text it classifies (property)', () => {
    fc.assert(
      fc.property(text, fc.constantFrom('en', 'id', 'und', 'zh', 'ja', 'ko'), (t, lang) => {
        expect(sentenceBreaks(t, lang)).toEqual(icuBreaks(t, lang));
      }),
      { numRuns: 5000 },
    );
  });

  it('matches ICU on the rules’ own examples', () => {
    for (const t of [
      'Hello. World',
      'Hello. world',
      'U.S. Army',
      'e.g. 5 apples',
      'a. 12 B',
      'Stop!! Go',
      'Wait... what',
      'He said "Stop." Then',
      'a? , b',
      'a? 5 b',
      'a. — b',
      'it’s. Then',
      '中文。文字',
      'a. 中文 b',
      '한국. 한국',
      '“好。”好',
      '好。。好',
    ]) {
      expect(sentenceBreaks(t, 'en')).toEqual(icuBreaks(t, 'en'));
    }
  });

  it('leaves text with other characters, and Greek rules, to ICU', () => {
    expect(sentenceBreaks('Café. Next', 'en')).toBeNull();
    expect(sentenceBreaks('line\nbreak', 'en')).toBeNull();
    expect(sentenceBreaks('Ti; Nai.', 'el')).toBeNull();
  });
});
