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
  if (!MAYBE_NOT_NFC.test(text)) return text;
  return text.length <= NFC_PIECE ? text.normalize('NFC') : normalizeByPieces(text);
}

/** Characters {@link normalizeByPieces} normalizes at a time: a piece's copy stays a small young object. */
const NFC_PIECE = 1 << 14;

/**
 * NFC of a long text, normalized a piece at a time, each piece ending just
 * before a line feed: a line feed is a starter that composes with nothing,
 * so no normalization reaches across it, and the pieces' normal forms joined
 * are the whole text's. A text whose every piece is already normal (most
 * text) is returned itself: String#normalize would copy it whole even then
 * (6.7 MB more for a 10 MB Chinese version, in fresh pages).
 */
function normalizeByPieces(text: string): string {
  let out: string[] | null = null;
  let start = 0;
  while (start < text.length) {
    let end = start + NFC_PIECE >= text.length ? -1 : text.indexOf('\n', start + NFC_PIECE);
    if (end === -1) end = text.length;
    const piece = text.slice(start, end);
    const normal = piece.normalize('NFC');
    if (out === null && normal !== piece) out = [text.slice(0, start)];
    out?.push(normal);
    start = end;
  }
  return out === null ? text : out.join('');
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
