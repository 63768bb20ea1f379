import { describe, expect, it } from 'vitest';
import { cellLines, codeLines } from '../../../src/core/corpus/block-layout.js';
import type { Paragraph } from '../../../src/core/corpus/types.js';

describe('codeLines', () => {
  it('gives each line of a code block without the indentation of the list it sits in, spaces, tabs or no-break spaces', () => {
    const nbsp = '\u00a0 \u00a0 ';
    const text = `- item\n  \`\`\`\n${nbsp}find . -name x\n${nbsp}  indented more\n${nbsp}\`\`\``;
    const start = text.indexOf('find');
    const p = { start, end: text.indexOf('more') + 4 };
    expect(codeLines(text, p).map((l) => text.slice(l.start, l.end))).toEqual(['find . -name x', '  indented more']);
  });
});

describe('cellLines', () => {
  const text = 'Intro.\n\n```\nls -la\n\ncd /tmp\n```';
  const code: Paragraph = { index: 1, start: text.indexOf('ls'), end: text.indexOf('/tmp') + 4, text: 'ls -la  cd /tmp', kind: 'code', depth: 0 };
  const doc = { text, paragraphs: [{ index: 0, start: 0, end: 6, text: 'Intro.' }, code] };

  it('cuts a whole code block into its lines, blank ones kept, marks and all', () => {
    const spans = [
      { text: 'ls -la  cd /', marks: [] },
      { text: 'tmp', marks: ['added' as const] },
    ];
    expect(cellLines(doc, 1, code.text, spans)).toEqual([[{ text: 'ls -la', marks: [] }], [], [{ text: 'cd /', marks: [] }, { text: 'tmp', marks: ['added'] }]]);
  });

  it('leaves prose, and a piece of a code block, as one line', () => {
    expect(cellLines(doc, 0, 'Intro.', [{ text: 'Intro.', marks: [] }])).toEqual([[{ text: 'Intro.', marks: [] }]]);
    expect(cellLines(doc, 1, 'ls -la', [{ text: 'ls -la', marks: [] }])).toEqual([[{ text: 'ls -la', marks: [] }]]);
  });
});
