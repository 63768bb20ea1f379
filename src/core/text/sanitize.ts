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
