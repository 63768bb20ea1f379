import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/core/corpus/load.js';
import { resolveDocument } from '../../../src/core/corpus/resolve-id.js';
import type { Corpus } from '../../../src/core/corpus/types.js';
import { anchorAgreement, anchorsOf, indexAnchors } from '../../../src/core/diff/anchors.js';
import { diffDocuments } from '../../../src/core/diff/diff-documents.js';
import { similarityMatrix } from '../../../src/core/diff/matrix.js';

const BUNDLED = new URL('../../../corpus', import.meta.url).pathname;

describe('diff and alignment on the bundled corpus', () => {
  let corpus: Corpus;
  beforeAll(async () => {
    corpus = await loadCorpus(BUNDLED);
  });
  const doc = (id: string) => resolveDocument(corpus, id);

  it('diffs the two English rewrites with changed rows that mark real wording changes', () => {
    const r = diffDocuments(doc('asiae'), doc('ainews'));
    expect(r.mode).toBe('diff');
    const changed = r.rows.filter((row) => row.kind === 'changed');
    expect(changed.length).toBeGreaterThan(0);
    for (const row of changed) {
      const removed = row.spans.filter((s) => s.side === 'left').map((s) => row.left!.slice(s.start, s.end));
      const added = row.spans.filter((s) => s.side === 'right').map((s) => row.right!.slice(s.start, s.end));
      expect(removed.length + added.length).toBeGreaterThan(0);
      expect(removed.join(' ')).not.toBe(added.join(' '));
      expect([...removed, ...added].every((t) => /\p{L}|\p{N}|\p{P}/u.test(t))).toBe(true);
    }
  });

  it('aligns English with Indonesian by default and pairs the Wang Huiwen sentence with its counterpart', () => {
    for (const english of ['ft-summary', 'asiae']) {
      const r = diffDocuments(doc(english), doc('ft-id'));
      expect(r.mode).toBe('align');
      const row = r.rows.find((x) => x.left?.includes('Wang Huiwen'));
      expect(row?.kind).toBe('changed');
      expect(row?.right).toContain('Wang Huiwen');
      expect(row?.right).toContain('GN06');
    }
  });

  it('flags the Indonesian paragraphs on Moonshot AI, Wu Yuxin and Zhu Wenjia as having no counterpart in the summary', () => {
    for (const granularity of ['sentence', 'paragraph'] as const) {
      const r = diffDocuments(doc('ft-summary'), doc('ft-id'), { granularity });
      for (const name of ['Moonshot', 'Wu Yuxin', 'Zhu Wenjia']) {
        const rows = r.rows.filter((x) => x.right?.includes(name));
        expect(rows.length).toBeGreaterThan(0);
        // Two leftovers may still meet: a Moonshot sentence or paragraph and
        // one the summary adds (itself without counterpart; the alignment
        // runs in one order whichever way it is asked); by
        // paragraph, the Zhu Wenjia paragraph joined to the ByteDance
        // paragraph before it, the counterpart of the summary's.
        const paired = rows.filter((row) => row.kind !== 'added' || row.left !== null);
        const allowed = name === 'Moonshot' || (granularity === 'paragraph' && name === 'Zhu Wenjia') ? 1 : 0;
        expect(paired.length).toBeLessThanOrEqual(allowed);
        for (const row of paired) {
          if (name === 'Moonshot') expect(row.left).not.toMatch(/Moonshot|Kimi|Yang Zhilin/);
          else expect(row.right).toMatch(/ByteDance/);
        }
      }
      expect(r.stats.shareAligned).toBeGreaterThan(0.3);
      expect(r.stats.shareAligned).toBeLessThan(1);
    }
  });

  it('lets --mode diff force a literal diff across languages', () => {
    expect(diffDocuments(doc('ft-summary'), doc('ft-id'), { mode: 'diff' }).mode).toBe('diff');
  });

  it('fills a symmetric similarity matrix with 1 on the diagonal', () => {
    const m = similarityMatrix(corpus.documents);
    expect(m.ids).toHaveLength(corpus.documents.length);
    m.values.forEach((row, i) =>
      row.forEach((v, j) => {
        expect(v).toBe(m.values[j]![i]);
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(1);
        if (i === j) expect(v).toBe(1);
      }),
    );
    const id = m.ids.indexOf('ft-id');
    expect(m.modes[id]![m.ids.indexOf('asiae')]).toBe('align');
  });

  it('shows omissions between a loose English rewrite and the Indonesian translation (pairing not backed by anchors)', () => {
    const m = similarityMatrix(corpus.documents);
    const id = m.ids.indexOf('ft-id');
    // Every sentence of these shares names with every other; the alignment must not pair them all.
    for (const loose of ['ainews', 'analysis']) expect(m.values[id]![m.ids.indexOf(loose)]).toBeLessThan(0.85);
  });
});

describe('anchorsOf', () => {
  it('normalizes numbers across locales and lowercases names', () => {
    expect(anchorsOf('It cost 1,200 dollars').anchors).toContain('#1200');
    expect(anchorsOf('Harganya 1.200 dolar').anchors).toContain('#1200');
    expect(anchorsOf('In 2017 Wang led GN06').anchors).toEqual(expect.arrayContaining(['#2017', 'wang', 'gn06']));
  });

  it('ties a Chinese name to its pinyin spelling, and only across Han and Latin text', () => {
    const zh = { text: '陈清扬说，她简直不敢相信' };
    const en = { text: 'Then Chen Qingyang said she could not believe it' };
    expect(anchorsOf(en.text).romanised).toEqual(expect.arrayContaining(['py:chenqingyang', 'py:qingyang']));
    const shared = (x: { text: string }, y: { text: string }) => {
      const index = indexAnchors([x], [y]);
      return anchorAgreement(index.left[0]!, index.right[0]!, index.weight);
    };
    expect(shared(zh, en)).toBeGreaterThan(0);
    expect(shared(en, zh)).toBeGreaterThan(0);
    expect(shared({ text: '她简直不敢相信' }, en)).toBe(0);
  });
});
