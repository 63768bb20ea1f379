/**
 * A one-line text field as data: its text, the cursor (in code points) and
 * the last killed text, edited the readline/emacs way. Pure, so the app state
 * owns every typed line (query, go-to, picker) and tests need no terminal.
 */

/** A line being typed. */
export interface Line {
  text: string;
  /** Cursor position in code points, 0..length. */
  cursor: number;
  /** What the last kill (Ctrl-W, Ctrl-U, Ctrl-K, Alt-D) removed, for Ctrl-Y. */
  killed: string;
}

/** Editing commands, as the keymap names them. */
export const LINE_EDITS = [
  'lineStart',
  'lineEnd',
  'charLeft',
  'charRight',
  'wordLeft',
  'wordRight',
  'deleteBack',
  'deleteForward',
  'killWordBack',
  'killWordForward',
  'killToStart',
  'killToEnd',
  'yank',
] as const;
export type LineEdit = (typeof LINE_EDITS)[number];

/** True for the actions that edit a line. */
export function isLineEdit(action: string): action is LineEdit {
  return (LINE_EDITS as readonly string[]).includes(action);
}

/** A line holding `text` with the cursor at its end. */
export function lineOf(text: string): Line {
  return { text, cursor: [...text].length, killed: '' };
}

/** Typed or pasted text made fit for one line: line breaks and tabs become spaces, other control characters go. */
export function oneLine(text: string): string {
  return text.replace(/\r\n|[\r\n\t]/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
}

/** Inserts `text` at the cursor (made one line first). */
export function insertText(line: Line, text: string): Line {
  const chars = [...line.text];
  const added = [...oneLine(text)];
  chars.splice(line.cursor, 0, ...added);
  return { ...line, text: chars.join(''), cursor: line.cursor + added.length };
}

const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}_]/u.test(ch);

/** Start of the word before `at` (skipping the non-word characters just before it), as readline's backward-word. */
function wordStartBefore(chars: string[], at: number): number {
  let i = at;
  while (i > 0 && !isWordChar(chars[i - 1])) i--;
  while (i > 0 && isWordChar(chars[i - 1])) i--;
  return i;
}

/** End of the word after `at`, as readline's forward-word. */
function wordEndAfter(chars: string[], at: number): number {
  let i = at;
  while (i < chars.length && !isWordChar(chars[i])) i++;
  while (i < chars.length && isWordChar(chars[i])) i++;
  return i;
}

/** Removes chars [from, to) and remembers them as killed when `kill` is set. */
function cut(line: Line, chars: string[], from: number, to: number, kill: boolean): Line {
  if (from >= to) return line;
  const removed = chars.slice(from, to).join('');
  const text = [...chars.slice(0, from), ...chars.slice(to)].join('');
  return { text, cursor: from, killed: kill ? removed : line.killed };
}

/** Applies one editing command. */
export function editLine(line: Line, edit: LineEdit): Line {
  const chars = [...line.text];
  const at = Math.min(line.cursor, chars.length);
  const move = (cursor: number): Line => ({ ...line, cursor });
  switch (edit) {
    case 'lineStart':
      return move(0);
    case 'lineEnd':
      return move(chars.length);
    case 'charLeft':
      return move(Math.max(0, at - 1));
    case 'charRight':
      return move(Math.min(chars.length, at + 1));
    case 'wordLeft':
      return move(wordStartBefore(chars, at));
    case 'wordRight':
      return move(wordEndAfter(chars, at));
    case 'deleteBack':
      return cut(line, chars, Math.max(0, at - 1), at, false);
    case 'deleteForward':
      return cut(line, chars, at, Math.min(chars.length, at + 1), false);
    case 'killWordBack': {
      // Ctrl-W as readline's unix-word-rubout: back to the previous whitespace.
      let from = at;
      while (from > 0 && /\s/u.test(chars[from - 1]!)) from--;
      while (from > 0 && !/\s/u.test(chars[from - 1]!)) from--;
      return cut(line, chars, from, at, true);
    }
    case 'killWordForward':
      return cut(line, chars, at, wordEndAfter(chars, at), true);
    case 'killToStart':
      return cut(line, chars, 0, at, true);
    case 'killToEnd':
      return cut(line, chars, at, chars.length, true);
    case 'yank':
      return insertText(line, line.killed);
  }
}
