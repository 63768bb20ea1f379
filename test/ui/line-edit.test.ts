import { describe, expect, it } from 'vitest';
import { editLine, insertText, lineOf, type Line, type LineEdit } from '../../src/ui/line-edit.js';

const at = (text: string, cursor: number): Line => ({ text, cursor, killed: '' });
const edit = (line: Line, ...edits: LineEdit[]) => edits.reduce(editLine, line);

describe('line editing', () => {
  it('moves by character, word and line as readline does', () => {
    const line = lineOf('find the cat');
    expect(edit(line, 'lineStart').cursor).toBe(0);
    expect(edit(line, 'wordLeft').cursor).toBe(9);
    expect(edit(line, 'wordLeft', 'wordLeft').cursor).toBe(5);
    expect(edit(line, 'lineStart', 'wordRight').cursor).toBe(4);
    expect(edit(line, 'lineStart', 'charRight', 'charRight').cursor).toBe(2);
    expect(edit(line, 'charRight').cursor).toBe(12);
    expect(edit(at('ab', 0), 'charLeft').cursor).toBe(0);
  });

  it('deletes and kills around the cursor, and yanks the last kill back', () => {
    expect(edit(lineOf('one two'), 'killWordBack')).toMatchObject({ text: 'one ', killed: 'two' });
    expect(edit(lineOf('one two  '), 'killWordBack').text).toBe('one ');
    expect(edit(at('one two', 3), 'killToStart')).toMatchObject({ text: ' two', cursor: 0, killed: 'one' });
    expect(edit(at('one two', 3), 'killToEnd')).toMatchObject({ text: 'one', killed: ' two' });
    expect(edit(at('one two', 3), 'killWordForward')).toMatchObject({ text: 'one', killed: ' two' });
    expect(edit(at('one two', 3), 'killToEnd', 'lineStart', 'yank')).toMatchObject({ text: ' twoone', cursor: 4 });
    expect(edit(at('abc', 1), 'deleteBack')).toMatchObject({ text: 'bc', cursor: 0 });
    expect(edit(at('abc', 1), 'deleteForward')).toMatchObject({ text: 'ac', cursor: 1 });
    expect(edit(at('abc', 0), 'deleteBack').text).toBe('abc');
  });

  it('counts the cursor in code points, so an emoji or CJK character is one step', () => {
    const line = lineOf('a😀b');
    expect(line.cursor).toBe(3);
    expect(edit(line, 'charLeft', 'deleteBack').text).toBe('ab');
  });

  it('inserts pasted text as one line: no line breaks, tabs or control characters', () => {
    expect(insertText(at('ab', 1), 'x\r\ny\tz\u007f\u001b').text).toBe('ax y zb');
  });
});
