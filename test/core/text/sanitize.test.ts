import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasUnsafeChars, sanitize, sanitizeLine } from '../../../src/core/text/sanitize.js';

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
    const anyChar = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.string({ unit: fc.constantFrom('\u001b', '\u009b', '\u202e', '\u2066', '\r', '\b', '\u0007', '\n', 'a', ']', '[') }),
    );
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
