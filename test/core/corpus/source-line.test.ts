import { describe, expect, it } from 'vitest';
import { paragraphLine } from '../../../src/core/corpus/source-line.js';

const p = (...texts: string[]) => texts.map((text) => ({ text }));

describe('paragraphLine', () => {
  it('finds each paragraph of a Markdown file by its first words, markup and wrapping aside', () => {
    const raw = ['# The **Title**', '', 'First paragraph wraps', 'over two lines.', '', '- a *list* item here', '', '> quoted words follow'].join('\n');
    const paragraphs = p('The Title', 'First paragraph wraps over two lines.', 'a list item here', 'quoted words follow');
    expect([0, 1, 2, 3].map((n) => paragraphLine(raw, paragraphs, n))).toEqual([1, 3, 6, 8]);
  });

  it('keeps repeated paragraphs apart by searching in order', () => {
    const raw = 'Same words again.\n\nOther text.\n\nSame words again.\n';
    const paragraphs = p('Same words again.', 'Other text.', 'Same words again.');
    expect(paragraphLine(raw, paragraphs, 2)).toBe(5);
  });

  it('takes a line wrapped after one word as the start of its paragraph', () => {
    expect(paragraphLine('intro\n\nA\nlong sentence here', p('intro', 'A long sentence here'), 1)).toBe(3);
  });

  it('says line 1 for binary files and keeps the previous line for a paragraph not found', () => {
    expect(paragraphLine('PK\0\0binary', p('anything'), 0)).toBe(1);
    expect(paragraphLine('one\n\ntwo\n', p('one', 'two', 'missing text here'), 2)).toBe(3);
  });

  it('finds Cyrillic and CRLF text', () => {
    expect(paragraphLine('Первый абзац.\r\n\r\nВторой абзац здесь.\r\n', p('Первый абзац.', 'Второй абзац здесь.'), 1)).toBe(3);
  });
});
