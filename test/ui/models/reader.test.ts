import { describe, expect, it } from 'vitest';
import { readerModel } from '../../../src/ui/models/reader.js';
import { displayWidth } from '../../../src/core/text/width.js';
import { spansText } from '../../../src/core/text/spans.js';
import type { Document } from '../../../src/core/corpus/types.js';

function doc(paragraphs: string[]): Document {
  let text = '';
  const ps = paragraphs.map((p, index) => {
    if (text) text += '\n\n';
    const start = text.length;
    text += p;
    return { index, start, end: text.length, text: p };
  });
  return { id: 'd', file: 'd.txt', title: 't', lang: 'en', source: null, relation: null, text, paragraphs: ps, words: 0 };
}

describe('readerModel', () => {
  const d = doc(['alpha beta gamma delta epsilon zeta eta theta', 'iota kappa lambda mu']);

  it('wraps every paragraph to the width with a blank row between paragraphs', () => {
    const m = readerModel(d, 12, []);
    for (const row of m.rows) expect(displayWidth(spansText(row))).toBeLessThanOrEqual(12);
    expect(m.rows.map(spansText).join(' ').replace(/¶\d+/g, '').replace(/\s+/g, ' ').trim()).toBe(d.paragraphs.map((p) => p.text).join(' '));
    expect(m.rows.some((r) => r.length === 0)).toBe(true);
  });

  it('numbers each paragraph in a gutter, as --show does', () => {
    const m = readerModel(d, 12, []);
    const labels = m.rows
      .map((r) => /^¶(\d+)/.exec(spansText(r))?.[1])
      .filter((n) => n !== undefined)
      .map(Number);
    expect(labels).toEqual(d.paragraphs.map((p) => p.index));
  });

  it('finds the row of a text offset and lists the rows holding matches', () => {
    const kappa = d.text.indexOf('kappa');
    const m = readerModel(d, 12, [{ start: kappa, end: kappa + 5, mark: 'match' }]);
    const row = m.rowOf!(kappa);
    expect(spansText(m.rows[row]!)).toContain('kappa');
    expect(m.marked).toEqual([row]);
    expect(m.rows[row]!.find((s) => s.marks.includes('match'))?.text).toBe('kappa');
  });
});

describe('readerModel on a structured document', () => {
  const text = '# Title\n\n- item one\n  - nested item\n\n```\nfirst line\n  indented line\n```';
  const at = (s: string) => text.indexOf(s);
  const block = (index: number, s: string, kind: Document['paragraphs'][number]['kind'], depth: number) => ({ index, start: at(s), end: at(s) + s.length, text: s.replace(/\n/g, ' '), kind, depth });
  const d: Document = {
    id: 'md',
    file: 'md.md',
    title: 'Title',
    lang: 'en',
    source: null,
    relation: null,
    text,
    words: 0,
    paragraphs: [block(0, 'Title', 'heading', 1), block(1, 'item one', 'list-item', 0), block(2, 'nested item', 'list-item', 1), block(3, 'first line\n  indented line', 'code', 0)],
  };

  it('shows heading marks, bullets with indentation, and code on its own lines', () => {
    const rows = readerModel(d, 40, []).rows.map(spansText);
    // Each paragraph's first row opens with its number in the gutter (`¶N `, as --show numbers them).
    expect(rows).toEqual(['¶0 # Title', '', '¶1 • item one', '¶2   • nested item', '', '¶3 ┆ first line', '   ┆   indented line']);
  });
});
