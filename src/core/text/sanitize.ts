/**
 * The one sanitizer every output path uses. Corpus text is untrusted: escape
 * sequences in it could move the cursor, retitle the window, write the
 * clipboard (OSC 52) or plant links (OSC 8). Every control character is shown
 * as a visible placeholder instead, so nothing is silently lost and nothing
 * reaches the terminal as a command. The result contains no C0/C1 control
 * except newline and no bidi embedding, override or isolate.
 */

// C0 except LF, DEL, C1, bidi embeddings/overrides (U+202A-U+202E) and isolates (U+2066-U+2069).
const UNSAFE = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
const UNSAFE_TEST = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

/** The visible stand-in for one unsafe character: `^[` for ESC, `\u202E` for a bidi override. */
function placeholderFor(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code === 0x09) return ' ';
  if (code < 0x20) return '^' + String.fromCharCode(code + 0x40);
  if (code === 0x7f) return '^?';
  return '\\u' + code.toString(16).toUpperCase().padStart(4, '0');
}

/** Makes text safe to write to a terminal; idempotent, and a no-op on clean text. */
export function sanitize(text: string): string {
  if (!UNSAFE_TEST.test(text)) return text;
  return text.replace(UNSAFE, placeholderFor);
}

/** Like {@link sanitize}, for one-line contexts (titles, list cells): newlines become spaces. */
export function sanitizeLine(text: string): string {
  return sanitize(text).replace(/\n+/g, ' ');
}

/** True when the text holds a character that {@link sanitize} would replace. */
export function hasUnsafeChars(text: string): boolean {
  return UNSAFE_TEST.test(text);
}

/** Writes the placeholder of the unsafe character `code` at `at` (ASCII, as {@link placeholderFor} gives it); returns the end. */
function writePlaceholder(code: number, out: Uint8Array, at: number): number {
  const text = placeholderFor(String.fromCharCode(code));
  for (let k = 0; k < text.length; k++) out[at++] = text.charCodeAt(k);
  return at;
}

/** Bytes {@link encodeSanitized} may write for one character, at most. */
export const MAX_SANITIZED_BYTES_PER_CHAR = 6;

/**
 * Writes `source.slice(start, end)` into `out` at `at` as the UTF-8 bytes
 * of its {@link sanitize}d text (a lone surrogate as U+FFFD, as Node
 * encodes it), and returns where the bytes end. For long output: no string
 * is sliced, sanitized or encoded on the way. `out` needs room for
 * {@link MAX_SANITIZED_BYTES_PER_CHAR} bytes per character.
 */
export function encodeSanitized(source: string, start: number, end: number, out: Uint8Array, at: number): number {
  for (let i = start; i < end; i++) {
    const c = source.charCodeAt(i);
    if (c < 0x80) {
      if (c >= 0x20 ? c !== 0x7f : c === 0x0a) out[at++] = c;
      else at = writePlaceholder(c, out, at);
    } else if (c < 0x800) {
      if (c < 0xa0) at = writePlaceholder(c, out, at);
      else {
        out[at++] = 0xc0 | (c >> 6);
        out[at++] = 0x80 | (c & 0x3f);
      }
    } else if (c >= 0xd800 && c <= 0xdfff) {
      const d = i + 1 < end ? source.charCodeAt(i + 1) : 0;
      if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
        const p = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        out[at++] = 0xf0 | (p >> 18);
        out[at++] = 0x80 | ((p >> 12) & 0x3f);
        out[at++] = 0x80 | ((p >> 6) & 0x3f);
        out[at++] = 0x80 | (p & 0x3f);
        i++;
      } else {
        out[at++] = 0xef;
        out[at++] = 0xbf;
        out[at++] = 0xbd;
      }
    } else if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) at = writePlaceholder(c, out, at);
    else {
      out[at++] = 0xe0 | (c >> 12);
      out[at++] = 0x80 | ((c >> 6) & 0x3f);
      out[at++] = 0x80 | (c & 0x3f);
    }
  }
  return at;
}
