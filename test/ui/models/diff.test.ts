import { describe, expect, it } from 'vitest';
import { diffModel, versionPicker } from '../../../src/ui/models/diff.js';
import { diffDocuments } from '../../../src/core/diff/diff-documents.js';
import { spansText } from '../../../src/core/text/spans.js';
import { displayWidth } from '../../../src/core/text/width.js';
import { loadCorpus } from '../../../src/core/corpus/load.js';
import { makeTempCorpus, removeTempCorpus } from '../../helpers/temp-corpus.js';
import type { CheckResult, Finding } from '../../../src/core/entities/check.js';
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

  it('shows a code block line by line, side by side and unified, its indentation kept and the list’s left out', async () => {
    const code = (dir: string) => `# Setup\n\n- in a list:\n  \`\`\`sh\n  ls -la\n  cd ${dir}\n      echo indented\n  \`\`\`\n\nEnd.\n`;
    const dir = makeTempCorpus({
      'a.md': code('/tmp'),
      'b.md': code('/var/tmp'),
      'corpus.json': JSON.stringify({
        documents: [
          { id: 'a', file: 'a.md', lang: 'en' },
          { id: 'b', file: 'b.md', lang: 'en' },
        ],
      }),
    });
    try {
      const corpus = await loadCorpus(dir);
      const result = diffDocuments(corpus.documents[0]!, corpus.documents[1]!);
      // Each row: margin, kind and a space, then each side's cell after a `¶N ` gutter of three columns (fewer than ten paragraphs).
      const side = diffModel(corpus, [0, 1], result, null, { unified: false }, 80).rows.map((r) =>
        spansText(r)
          .slice(3)
          .split(' │ ')
          .map((c) => c.slice(3).trimEnd()),
      );
      expect(side).toContainEqual(['ls -la', 'ls -la']);
      expect(side).toContainEqual(['cd /tmp', 'cd /var/tmp']);
      expect(side.find((r) => r[0]!.includes('echo'))).toEqual(['    echo indented', '    echo indented']);
      const unified = diffModel(corpus, [0, 1], result, null, { unified: true }, 80).rows.map((r) => spansText(r).trimEnd());
      expect(unified.filter((l) => /cd \/(var\/)?tmp$/.test(l))).toHaveLength(2);
    } finally {
      removeTempCorpus(dir);
    }
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

describe('diffModel hand-offs and notes', () => {
  it('says which findings each ! row marks, and gives e the paragraph of A (or B) a row shows', async () => {
    const corpus = await bundledCorpus();
    const [a, b] = [corpus.documents[0]!, corpus.documents[3]!];
    const finding: Finding = { kind: 'missing', type: 'NUMBER', a: '18th', b: null, where: { a: [3], b: [] } };
    const check: CheckResult = { a: a.id, b: b.id, findings: [finding] };
    const m = diffModel(corpus, [0, 3], diffDocuments(a, b, { mode: 'align' }), check, { unified: false }, 80);
    const flagged = m.rows.map((r, i) => (spansText(r).startsWith('!') ? i : -1)).filter((i) => i >= 0);
    expect(flagged.length).toBeGreaterThan(0);
    for (const i of flagged) expect(m.rowNote!(i)).toBe('! 18th only in A');
    expect(m.rowNote!(m.rows.findIndex((r) => !spansText(r).startsWith('!')))).toBe('');
    expect(m.sourceAt!(flagged[0]!)).toEqual({ doc: 0, paragraph: 3 });
  });
});

describe('versionPicker', () => {
  it('lists every version when they fit, else a window around A and B with … for the rest', async () => {
    const corpus = await bundledCorpus();
    expect(spansText(versionPicker(corpus, [0, 3], 200))).toBe('A:asiae  ft-summary  ainews  B:ft-id  analysis  ');
    const many = { ...corpus, documents: Array.from({ length: 1000 }, (_, i) => ({ ...corpus.documents[0]!, id: `v${i}` })) };
    expect(spansText(versionPicker(many, [500, 998], 80))).toBe('…  v498  v499  A:v500  v501  v502  …  v996  v997  B:v998  v999  ');
    expect(spansText(versionPicker(many, [0, 1], 80))).toBe('A:v0  B:v1  v2  v3  …');
  });
});
