/**
 * Text normalization applied to every document before anything else sees it,
 * so that offsets, search and diff all agree on one canonical string.
 */

const BOM = '\uFEFF';
const MAYBE_NOT_NFC = /[^\u0000-\u02FF]/;

/** Strips a leading BOM, turns CRLF and lone CR into LF, and applies Unicode NFC. */
export function normalizeText(raw: string): string {
  let text = raw.startsWith(BOM) ? raw.slice(1) : raw;
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  // Below U+0300 every character is already NFC; V8 answers this test on one-byte strings without a scan.
  return MAYBE_NOT_NFC.test(text) ? text.normalize('NFC') : text;
}

/** Decoded file contents plus whether the bytes were valid UTF-8. */
export interface DecodedText {
  text: string;
  invalidUtf8: boolean;
}

const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenientDecoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** Decodes UTF-8, replacing invalid sequences with U+FFFD and reporting that it did. */
export function decodeUtf8(bytes: Uint8Array): DecodedText {
  try {
    return { text: strictDecoder.decode(bytes), invalidUtf8: false };
  } catch {
    return { text: lenientDecoder.decode(bytes), invalidUtf8: true };
  }
}
