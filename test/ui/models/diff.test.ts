import { describe, expect, it } from 'vitest';
import { diffModel } from '../../../src/ui/models/diff.js';
import { diffDocuments } from '../../../src/core/diff/diff-documents.js';
import { spansText } from '../../../src/core/text/spans.js';
import { displayWidth } from '../../../src/core/text/width.js';
import { bundledCorpus } from '../render-app.js';

describe('diffModel', () => {
  it('puts A and B side by side within the width, wrapping each cell in its column, and marks changed rows', async () => {
    const corpus = await bundledCorpus();
    const [a, b] = [corpus.documents[0]!, corpus.documents[1]!];
    const m = diffModel(corpus, [0, 1], diffDocuments(a, b), null, { unified: false }, 80);
    for (const row of m.rows) {
      const text = spansText(row);
      expect(displayWidth(text)).toBeLessThanOrEqual(80);
      expect(text).toContain(' │ ');
    }
    expect(m.marked.length).toBeGreaterThan(0);
    expect(spansText(m.head[0]!)).toMatch(/asiae ↔ ft-summary · diff · word · similarity 0\.\d\d/);
  });

  it('shows removed then added lines in unified mode', async () => {
    const corpus = await bundledCorpus();
    const m = diffModel(corpus, [0, 1], diffDocuments(corpus.documents[0]!, corpus.documents[1]!), null, { unified: true }, 80);
    const signs = new Set(m.rows.map((r) => spansText(r).charAt(1)));
    expect(signs).toContain('-');
    expect(signs).toContain('+');
    expect(m.rows.every((r) => !spansText(r).includes(' │ '))).toBe(true);
  });
});
