import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { highlightEntities } from '../../../src/core/entities/highlight.js';
import { spansText, toSpans, type MarkRange } from '../../../src/core/text/spans.js';

const WORDS = [
  'Mayor',
  'Ilsa',
  'Varga',
  'said',
  'in',
  'di',
  'Pulau',
  'Tessit',
  'Island',
  'PT',
  'Sinar',
  'the',
  'of',
  'Department',
  'Commerce',
  '1,200',
  '1.200',
  '410',
  'million',
  'euros',
  'Nov.',
  '19',
  "Orvane's",
  'Logistics',
  'AI',
  'US-China',
  '.',
  ',',
  ':',
  '\n',
  '—',
  '(BABA)',
  'é',
  '🙂',
];
const text = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.array(fc.constantFrom(...WORDS), { maxLength: 40 }).map((w) => w.join(' ')),
);

describe('highlightEntities', () => {
  it('types entities in any text, without a corpus', () => {
    const t = 'Mayor Ilsa Varga promised 1,200 jobs on Tessit Island.';
    expect(highlightEntities(t, 'en').map((r) => [t.slice(r.start, r.end), r.mark])).toEqual([
      ['Ilsa Varga', 'PERSON'],
      ['1,200', 'NUMBER'],
      ['Tessit Island', 'PLACE'],
    ]);
  });

  it('merges with search and diff ranges into one row of spans', () => {
    const t = 'Orvane Logistics will invest 455 million euros.';
    const ranges: MarkRange[] = [...highlightEntities(t, 'en'), { start: 29, end: 32, mark: 'added' }, { start: 0, end: 6, mark: 'match' }];
    expect(toSpans(t, ranges)).toEqual([
      { text: 'Orvane', marks: ['ORG', 'match'] },
      { text: ' Logistics', marks: ['ORG'] },
      { text: ' will invest ', marks: [] },
      { text: '455', marks: ['NUMBER', 'added'] },
      { text: ' million euros', marks: ['NUMBER'] },
      { text: '.', marks: [] },
    ]);
  });

  it('property: ranges stay in bounds, in order, never overlap, and joining the spans gives the text back', () => {
    fc.assert(
      fc.property(text, fc.constantFrom('en', 'id'), (t, lang) => {
        const ranges = highlightEntities(t, lang);
        let last = 0;
        for (const r of ranges) {
          expect(r.start).toBeGreaterThanOrEqual(last);
          expect(r.end).toBeGreaterThan(r.start);
          expect(r.end).toBeLessThanOrEqual(t.length);
          last = r.end;
        }
        const spans = toSpans(t, ranges);
        expect(spansText(spans)).toBe(t);
        expect(spans.every((s) => s.marks.length <= 1)).toBe(true);
      }),
    );
  });
});
