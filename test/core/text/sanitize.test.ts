import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeSanitized, hasUnsafeChars, MAX_SANITIZED_BYTES_PER_CHAR, sanitize, sanitizeLine } from '../../../src/core/text/sanitize.js';

// C0 except newline, DEL, C1, and the bidi embeddings, overrides and isolates.
const FORBIDDEN = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

describe('sanitize', () => {
  it('shows ESC-based sequences as visible text instead of emitting them', () => {
    expect(sanitize('\u001b[31mred\u001b[0m')).toBe('^[[31mred^[[0m');
    expect(sanitize('\u001b]52;c;SGVsbG8=\u0007')).toBe('^[]52;c;SGVsbG8=^G'); // OSC 52 clipboard
    expect(sanitize('\u001b]8;;http://x\u001b\\link\u001b]8;;\u001b\\')).toBe('^[]8;;http://x^[\\link^[]8;;^[\\'); // OSC 8
    expect(sanitize('\u001b]0;pwned\u0007')).toBe('^[]0;pwned^G'); // window title
  });

  it('makes backspace, bare CR, C1 CSI and bidi overrides visible', () => {
    expect(sanitize('abc\b\bX')).toBe('abc^H^HX');
    expect(sanitize('safe\rEVIL')).toBe('safe^MEVIL');
    expect(sanitize('\u009b2J')).toBe('\\u009B2J');
    expect(sanitize('abc\u202Efed')).toBe('abc\\u202Efed');
    expect(sanitize('\u2066x\u2069')).toBe('\\u2066x\\u2069');
  });

  it('keeps newlines, turns tabs into spaces, and leaves clean text untouched', () => {
    expect(sanitize('a\tb\nc')).toBe('a b\nc');
    const clean = 'Zürich 阿里巴巴 👍 e\u0301';
    expect(sanitize(clean)).toBe(clean);
  });

  it('sanitizeLine also folds newlines into spaces', () => {
    expect(sanitizeLine('one\n\ntwo\u001b')).toBe('one two^[');
  });

  it('property: output never holds a C0/C1 control (but newline) or a bidi override', () => {
    const anyChar = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: fc.constantFrom('\u001b', '\u009b', '\u202e', '\u2066', '\r', '\b', '\u0007', '\n', 'a', ']', '[') }));
    fc.assert(
      fc.property(anyChar, (input) => {
        const out = sanitize(input);
        expect(FORBIDDEN.test(out)).toBe(false);
        expect(hasUnsafeChars(out)).toBe(false);
        expect(sanitize(out)).toBe(out); // idempotent
      }),
      { numRuns: 2000 },
    );
  });
});

describe('encodeSanitized', () => {
  /** The bytes of source[start, end) as encodeSanitized writes them, after `at` bytes of padding. */
  const encoded = (source: string, start: number, end: number, at = 0) => {
    const out = new Uint8Array(at + (end - start) * MAX_SANITIZED_BYTES_PER_CHAR);
    return Buffer.from(out.subarray(at, encodeSanitized(source, start, end, out, at)));
  };

  it('writes the UTF-8 of the sanitized text: placeholders, multi-byte characters, astral pairs', () => {
    expect(encoded('a\u001b[1m\tb\u007f', 0, 8).toString()).toBe('a^[[1m b^?');
    expect(encoded('Zürich 阿里 👍 \u009b \u202E', 0, 16).toString()).toBe('Zürich 阿里 👍 \\u009B \\u202E');
    expect(encoded('xyz', 1, 2, 5).toString()).toBe('y');
  });

  it('writes a lone or split surrogate as U+FFFD, as Node encodes a string', () => {
    expect([...encoded('a\uD83Db', 0, 3)]).toEqual([...Buffer.from('a\uD83Db')]);
    expect([...encoded('\uDC4D', 0, 1)]).toEqual([0xef, 0xbf, 0xbd]);
    expect([...encoded('👍', 0, 1)]).toEqual([0xef, 0xbf, 0xbd]); // a range ending inside the pair
  });

  it('property: the bytes of any range are Buffer.from(sanitize(range))', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.string({ unit: fc.constantFrom('\u001b', '\u009b', '\u202e', '\u2066', '\t', '\n', '\u007f', 'a', 'é', '—', '阿', '\uD83D', '\uDC4D', '👍') }),
    );
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), fc.nat({ max: 7 }), (source, x, y, at) => {
        const start = x % (source.length + 1);
        const end = start + (y % (source.length - start + 1));
        expect(encoded(source, start, end, at).equals(Buffer.from(sanitize(source.slice(start, end))))).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
