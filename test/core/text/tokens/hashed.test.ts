import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashTokens, hashTokenRanges } from '../../../../src/core/text/tokens/hashed.js';
import { hashString } from '../../../../src/core/text/hash.js';

const REFERENCE = /[\p{L}\p{M}\p{N}]+(?:['’\-.,][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;
const plain = { ignoreCase: false, ignorePunctuation: false };
const pieces = (text: string, fold = plain) => {
  const t = hashTokens(text, 'word', fold);
  return Array.from(t.starts, (s, k) => text.slice(s, t.ends[k]));
};

describe('hashTokens', () => {
  it('cuts words the way the Unicode word pattern does, ASCII fast path included (property)', () => {
    const char = fc.constantFrom('a', 'Z', '7', ' ', '\n', "'", '’', '-', '.', ',', '!', 'é', 'ß', '世', '\u00A0', '😀', 'ı', 'ж', 'ب', 'न', '्', '\u0301', '\v', '𝐀');
    fc.assert(
      fc.property(
        fc.array(char, { maxLength: 40 }).map((c) => c.join('')),
        (text) => {
          // A letter of a script written without spaces is a token alone (with its marks); cut there, the rest is the pattern's.
          const reference = text.split(/(世\p{M}*)/u).flatMap((part) => (part.startsWith('世') ? [part] : (part.match(REFERENCE) ?? [])));
          expect(pieces(text)).toEqual(reference);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('keys each token by the hash of its text, lower-cased under ignoreCase; ignorePunctuation drops marks (property)', () => {
    const char = fc.constantFrom('a', 'Q', '7', ' ', "'", '’', '-', '.', ',', '!', 'É', 'ß', 'İ');
    const fold = fc.record({ ignoreCase: fc.boolean(), ignorePunctuation: fc.boolean() });
    fc.assert(
      fc.property(
        fc.array(char, { maxLength: 30 }).map((c) => c.join('')),
        fold,
        (text, f) => {
          const t = hashTokens(text, 'word', f);
          const expected = (text.match(REFERENCE) ?? []).filter((w) => !f.ignorePunctuation || /[\p{L}\p{N}]/u.test(w));
          expect(Array.from(t.starts, (s, k) => text.slice(s, t.ends[k]))).toEqual(expected);
          expect(Array.from(t.keys)).toEqual(expected.map((w) => hashString(f.ignoreCase ? w.toLowerCase() : w)));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('tokenizes ranges of a text as it tokenizes each slice on its own (property)', () => {
    const char = fc.constantFrom('a', 'B', '9', ' ', "'", '.', ',', '!', 'é', '’');
    const word = fc.array(char, { minLength: 1, maxLength: 12 }).map((c) => c.join('').trim() || 'x');
    fc.assert(
      fc.property(fc.array(word, { maxLength: 8 }), fc.boolean(), (paragraphs, ignoreCase) => {
        const fold = { ignoreCase, ignorePunctuation: false };
        const text = paragraphs.join('\n\n');
        let at = 0;
        const ranges = paragraphs.map((p) => {
          const r = { start: at, end: at + p.length };
          at += p.length + 2;
          return r;
        });
        const { list, bounds } = hashTokenRanges(text, ranges, fold);
        ranges.forEach((r, k) => {
          const own = hashTokens(text.slice(r.start, r.end), 'word', fold);
          const range = <T extends Int32Array | Uint16Array | Uint8Array>(a: T) => Array.from(a.subarray(bounds[k], bounds[k + 1]));
          expect(range(list.starts)).toEqual(Array.from(own.starts));
          expect(range(list.ends)).toEqual(Array.from(own.ends));
          expect(range(list.keys)).toEqual(Array.from(own.keys));
          expect(range(list.words)).toEqual(Array.from(own.words));
        });
      }),
      { numRuns: 300 },
    );
  });

  it('keeps numbers, abbreviations and contractions whole and punctuation apart', () => {
    expect(pieces('U.S. sales hit 1,200 units, didn’t they?')).toEqual(['U.S', '.', 'sales', 'hit', '1,200', 'units', ',', 'didn’t', 'they', '?']);
  });

  it('keeps a URL, a link target and an inline code span as one word token, their brackets as marks', () => {
    const text = '- [Awesome Node](https://github.com/sindresorhus/awesome-nodejs#readme), see <https://a.b/C> and [toc](#table-of-contents); run `git commit -m "x. Y"`.';
    expect(pieces(text)).toEqual([
      '-', '[', 'Awesome', 'Node', ']', '(', 'https://github.com/sindresorhus/awesome-nodejs#readme', ')', ',', 'see', '<', 'https://a.b/C', '>', 'and',
      '[', 'toc', ']', '(', '#table-of-contents', ')', ';', 'run', '`git commit -m "x. Y"`', '.',
    ]); // prettier-ignore
    const t = hashTokens(text, 'word', plain);
    expect(Array.from(t.words).filter((w) => w === 1).length).toBe(10);
    // Folded like a word: a URL differing in case only is equal under ignoreCase, and survives ignorePunctuation.
    const folded = (s: string) => Array.from(hashTokens(s, 'word', { ignoreCase: true, ignorePunctuation: true }).keys);
    expect(folded('at https://A.b/C.')).toEqual(folded('at https://a.B/c'));
    expect(folded('at https://a.b/c').length).toBe(2);
    // The char granularity still has every character.
    expect(hashTokens('`ab`', 'char', plain).keys.length).toBe(4);
  });

  it('tokenizes ranges holding URLs and inline code as it tokenizes each slice (property)', () => {
    const piece = fc.constantFrom('a', 'Bc', ' ', '.', '`', '`x y`', 'https://e.org/p', '](', ')', '[t]', '<', 'mailto:x@y>', '\n');
    fc.assert(
      fc.property(
        fc.array(
          fc.array(piece, { minLength: 1, maxLength: 10 }).map((p) => p.join('').trim() || 'x'),
          { maxLength: 6 },
        ),
        (paragraphs) => {
          const text = paragraphs.join('\n\n');
          let at = 0;
          const ranges = paragraphs.map((p) => {
            const r = { start: at, end: at + p.length };
            at += p.length + 2;
            return r;
          });
          const { list, bounds } = hashTokenRanges(text, ranges, plain);
          ranges.forEach((r, k) => {
            const own = hashTokens(text.slice(r.start, r.end), 'word', plain);
            expect(Array.from(list.keys.subarray(bounds[k], bounds[k + 1]))).toEqual(Array.from(own.keys));
            expect(Array.from(list.starts.subarray(bounds[k], bounds[k + 1]))).toEqual(Array.from(own.starts));
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps offsets past 65,535 in a range that long, and 16-bit ones otherwise', () => {
    const long = 'ab '.repeat(30_000) + 'tail';
    const text = `short one\n\n${long}`;
    const ranges = [
      { start: 0, end: 9 },
      { start: 11, end: text.length },
    ];
    const { list, bounds } = hashTokenRanges(text, ranges, plain);
    const last = list.keys.length - 1;
    expect(list.starts[last]).toBe(long.length - 4);
    expect(list.ends[last]).toBe(long.length);
    expect(Array.from(list.starts.subarray(bounds[0], bounds[1]))).toEqual([0, 6]);
    expect(hashTokenRanges(text, ranges.slice(0, 1), plain).list.starts).toBeInstanceOf(Uint16Array);
  });

  it('gives equal keys to words equal after folding', () => {
    const t = hashTokens('Chips chips, CHIPS', 'word', { ignoreCase: true, ignorePunctuation: true });
    expect(t.keys.length).toBe(3);
    expect(new Set(t.keys).size).toBe(1);
    expect(Array.from(t.words)).toEqual([1, 1, 1]);
  });

  it('cuts scripts without spaces into letters, with their marks, and spaced scripts into words', () => {
    expect(pieces('我喜欢北京。')).toEqual(['我', '喜', '欢', '北', '京', '。']);
    expect(pieces('コーヒーを飲む')).toEqual(['コ', 'ー', 'ヒ', 'ー', 'を', '飲', 'む']);
    expect(pieces('ภาษาไทย')).toEqual(['ภ', 'า', 'ษ', 'า', 'ไ', 'ท', 'ย']);
    expect(pieces('น้ำ')).toEqual(['น้', 'ำ']);
    expect(pieces('Привет, мир! مرحبا بالعالم नमस्ते दुनिया 안녕 세상')).toEqual(['Привет', ',', 'мир', '!', 'مرحبا', 'بالعالم', 'नमस्ते', 'दुनिया', '안녕', '세상']);
    expect(pieces('𠀋𠀋 a𝐀b 😀')).toEqual(['𠀋', '𠀋', 'a𝐀b', '😀']);
  });
});
