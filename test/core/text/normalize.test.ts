import { describe, expect, it } from 'vitest';
import { decodeUtf8, normalizeText } from '../../../src/core/text/normalize.js';

describe('normalizeText', () => {
  it('strips a BOM and turns CRLF and lone CR into LF', () => {
    expect(normalizeText('\uFEFFone\r\ntwo\rthree\n')).toBe('one\ntwo\nthree\n');
  });

  it('composes to NFC so that precomposed and decomposed accents compare equal', () => {
    const decomposed = 'Zu\u0308rich';
    expect(normalizeText(decomposed)).toBe('Z\u00FCrich');
    expect(normalizeText(decomposed).length).toBe(6);
  });

  it('composes a long text piece by piece exactly as it would whole, across every piece boundary', () => {
    // Lines that decompose, reorder and compose (e + acute, marks out of canonical order, Hangul jamo, the
    // Angstrom sign, a line opening with a combining mark), long enough to be cut into pieces at many places.
    const odd = ['e\u0301', 'a\u0323\u0302', '\u1100\u1161\u11A8', '\u212B', '\u0301x', '中文', 'plain'];
    const lines: string[] = [];
    for (let k = 0; lines.join('\n').length < 200_000; k++) lines.push(`${odd[k % odd.length]}${'e\u0301'.repeat(k % 97)}${odd[(k * 3) % odd.length]}`);
    const text = lines.join('\n');
    const normal = normalizeText(text);
    expect(normal).toBe(text.normalize('NFC'));
    expect(normal.length).toBeLessThan(text.length);
    const already = normal.replace(/\u0301/g, '');
    expect(normalizeText(already)).toBe(already);
  });

  it('keeps a BOM that is not at the start (it is text, not a marker)', () => {
    expect(normalizeText('a\uFEFFb')).toBe('a\uFEFFb');
  });
});

describe('decodeUtf8', () => {
  it('decodes valid UTF-8 and says so', () => {
    expect(decodeUtf8(Buffer.from('Zürich 阿里', 'utf8'))).toEqual({ text: 'Zürich 阿里', invalidUtf8: false });
  });

  it('replaces invalid bytes with U+FFFD and reports them', () => {
    const result = decodeUtf8(Uint8Array.from([0x61, 0xff, 0xfe, 0x62]));
    expect(result.invalidUtf8).toBe(true);
    expect(result.text).toBe('a\uFFFD\uFFFDb');
  });
});
