/**
 * Turns what Ink hands a `useInput` handler into key presses, one per key.
 *
 * Ink splits a read at escape sequences but passes a run of plain bytes as one
 * event: a held Backspace (several DEL bytes in one read), fast typing, or a
 * paste arrive as one string, and control bytes in it (DEL, Ctrl-W, CR) would
 * be taken for text. Here each byte of such a run is its own key, so every key
 * of a read applies, in order. Text between the bracketed-paste markers is one
 * `paste` press (newlines become spaces there, by the one who inserts it).
 */
import { keyName, type KeyFlags } from './keymap.js';

/** One key: its canonical name (`a`, `backspace`, `ctrl+w`, `alt+b`, `return`), `paste` with the pasted text, or a mouse event (`wheelup`, `wheeldown`, `click`). */
export interface KeyPress {
  name: string;
  /** The text a printable key or a paste inserts. */
  text?: string;
  /** Where a click landed: 1-based column and row of the screen. */
  at?: { x: number; y: number };
}

/** A mouse report in SGR form, Esc stripped: button;column;row, M for a press, m for a release. */
const MOUSE_REPORT = /^\[<(\d+);(\d+);(\d+)([Mm])$/;

/** The key a mouse report stands for: the wheel, a left-button press; null for the rest (releases, drags, other buttons). */
function mouseKey(input: string): KeyPress | null {
  const [, button, x, y, kind] = MOUSE_REPORT.exec(input) ?? [];
  if (kind !== 'M') return null;
  if (button === '64') return { name: 'wheelup' };
  if (button === '65') return { name: 'wheeldown' };
  return button === '0' ? { name: 'click', at: { x: Number(x), y: Number(y) } } : null;
}

/** What the terminal sends around a paste once bracketed paste is on (Ink strips the leading Esc). */
const PASTE_START = '[200~';
const PASTE_END = '[201~';

/** An escape sequence Ink has no name for (focus report, unknown function key), with its Esc stripped: no key. */
const ESCAPE_SEQUENCE = /^(?:\[[0-?]*[ -/]*[A-Za-z~]|O[A-Za-z])$/;

/** The name of one byte of a plain run: a control byte is the key that sends it, anything else is itself. */
function byteKey(ch: string): KeyPress {
  const code = ch.codePointAt(0)!;
  if (code === 0x7f || code === 0x08) return { name: 'backspace' };
  if (code === 0x0d || code === 0x0a) return { name: 'return' };
  if (code === 0x09) return { name: 'tab' };
  if (code === 0x1b) return { name: 'escape' };
  if (code < 0x20) return { name: `ctrl+${String.fromCharCode(code + 0x60)}` };
  return { name: ch, text: ch };
}

/** A reader keeps the paste state across reads (a long paste spans several). */
export function createKeyReader(): { read(input: string, key: KeyFlags): KeyPress[] } {
  let paste: string | null = null;
  return {
    read(input, key) {
      const plain = !key.ctrl && !key.meta && !key.escape && !key.return && !key.tab && !key.backspace && !key.delete;
      if (plain && input === PASTE_START) {
        paste = '';
        return [];
      }
      if (paste !== null) {
        if (plain && input === PASTE_END) {
          const text = paste;
          paste = null;
          return text === '' ? [] : [{ name: 'paste', text }];
        }
        // Ink gives a pasted Enter or Tab as a key with no input: keep it as the byte it was.
        paste += key.return ? '\r' : key.tab ? '\t' : input;
        return [];
      }
      if (key.meta && !key.escape && [...input].length === 1) {
        // Alt+key, or Esc typed just before the key (the terminal sends both the same way).
        return [{ name: `alt+${input}` }];
      }
      if (key.ctrl && (key.leftArrow || key.rightArrow)) return [{ name: key.leftArrow ? 'ctrl+left' : 'ctrl+right' }];
      const name = keyName(input, key);
      if (name !== '' && [...input].length <= 1) return [plain && input !== '' ? { name, text: input } : { name }];
      if (MOUSE_REPORT.test(input)) {
        const mouse = mouseKey(input);
        return mouse ? [mouse] : [];
      }
      if (!plain || input === '' || ESCAPE_SEQUENCE.test(input)) return [];
      return [...input].map(byteKey);
    },
  };
}
