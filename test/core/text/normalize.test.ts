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
