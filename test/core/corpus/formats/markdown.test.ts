import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../../../src/core/corpus/formats/markdown.js';

const EVERY_KIND = [
  '---',
  'title: "Front Title"',
  'lang: de',
  'author: A. Writer',
  '---',
  '# Main heading',
  'A paragraph right under the heading,',
  'wrapped over two lines.',
  '## Second heading',
  '- first item',
  '  - nested item',
  '  ```sh',
  '  # a comment, not a heading',
  '  ls -la',
  '  ```',
  '- second item',
  '',
  '1. ordered one',
  '2. ordered two',
  '',
  '> quoted text',
  '> > deeper quote',
  '',
  '| name | value |',
  '|------|-------|',
  '| [F. Scott](http://x.org/a.Html) | 12 |',
  '| b | 13 |',
  '',
  '    indented code',
  '',
  'Setext heading',
  '--------------',
  '',
  'Last paragraph with `inline. Code` in it.',
].join('\n');

describe('parseMarkdown', () => {
  const doc = parseMarkdown(EVERY_KIND);
  const blocks = doc.blocks.map((b) => ({ kind: b.kind, depth: b.depth, text: doc.text.slice(b.start, b.end) }));

  it('makes a block of every kind, with depths, and keeps front matter out of the text blocks', () => {
    expect(blocks).toEqual([
      { kind: 'heading', depth: 1, text: 'Main heading' },
      { kind: 'paragraph', depth: 0, text: 'A paragraph right under the heading,\nwrapped over two lines.' },
      { kind: 'heading', depth: 2, text: 'Second heading' },
      { kind: 'list-item', depth: 0, text: 'first item' },
      { kind: 'list-item', depth: 1, text: 'nested item' },
      { kind: 'code', depth: 0, text: '# a comment, not a heading\n  ls -la' },
      { kind: 'list-item', depth: 0, text: 'second item' },
      { kind: 'list-item', depth: 0, text: 'ordered one' },
      { kind: 'list-item', depth: 0, text: 'ordered two' },
      { kind: 'quote', depth: 0, text: 'quoted text' },
      { kind: 'quote', depth: 1, text: 'deeper quote' },
      { kind: 'table-row', depth: 0, text: 'name | value' },
      { kind: 'table-row', depth: 0, text: '[F. Scott](http://x.org/a.Html) | 12' },
      { kind: 'table-row', depth: 0, text: 'b | 13' },
      { kind: 'code', depth: 0, text: 'indented code' },
      { kind: 'heading', depth: 2, text: 'Setext heading' },
      { kind: 'paragraph', depth: 0, text: 'Last paragraph with `inline. Code` in it.' },
    ]);
  });

  it('reads title, language and author from the front matter', () => {
    expect(doc.meta).toEqual({ title: 'Front Title', lang: 'de', author: 'A. Writer' });
  });

  it('takes the first heading as the title when there is no front matter, and keeps code out of the prose', () => {
    const plain = parseMarkdown('🌍\n*[English](README.md)*\n\n# The Real Title\n\n```\nshell code here\n```\n');
    expect(plain.meta.title).toBe('The Real Title');
    expect(plain.prose).not.toContain('shell code');
  });

  it('blanks the > marks of a quote of several lines (nested, lazy, in a list), keeping every offset', () => {
    const source = ['> first line of a quote', '> second line', 'lazy third line', '> > nested quote', '> > goes on', '', '- item', '  > quote in a list', '  > its second line'].join('\n');
    const quoted = parseMarkdown(source);
    expect(quoted.text.length).toBe(source.length);
    expect(quoted.text.split('\n').map((l) => l.length)).toEqual(source.split('\n').map((l) => l.length));
    expect(quoted.blocks.map((b) => [b.kind, b.depth, quoted.text.slice(b.start, b.end).replace(/\s+/g, ' ')])).toEqual([
      ['quote', 0, 'first line of a quote second line lazy third line'],
      ['quote', 1, 'nested quote goes on'],
      ['list-item', 0, 'item'],
      ['list-item', 0, 'quote in a list its second line'], // a paragraph in a list item is the item's, quoted or not
    ]);
    // Outside quotes a > stays: it is text.
    expect(parseMarkdown('a > b\n> c').text).toBe('a > b\n  c');
  });

  it('keeps a fenced block whole, blank lines and all, even unclosed at the end', () => {
    const fenced = parseMarkdown('Text\n\n```\nline one\n\nline three\n');
    const code = fenced.blocks.find((b) => b.kind === 'code')!;
    expect(fenced.text.slice(code.start, code.end)).toBe('line one\n\nline three');
  });
});
