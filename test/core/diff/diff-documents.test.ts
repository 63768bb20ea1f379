import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { counterpartParagraph } from '../../../src/core/diff/counterpart.js';
import { diffDocuments } from '../../../src/core/diff/diff-documents.js';
import type { DiffResult, Granularity } from '../../../src/core/diff/types.js';
import { spansText } from '../../../src/core/text/spans.js';
import { generatePair } from '../../../bench/lib/generate-pair.js';
import { generateScriptPair } from '../../../bench/lib/generate-shapes.js';
import { docFrom } from './helpers.js';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const cells = (r: DiffResult, side: 'left' | 'right') => squash(r.rows.flatMap((row) => (row[side] === null ? [] : [row[side]!])).join(' '));
const paragraphs = (text: string) =>
  squash(
    docFrom('x', text)
      .paragraphs.map((p) => p.text)
      .join(' '),
  );

const WORDS = ['alpha', 'beta', 'gamma', 'delta', 'Wang', 'chips', '1,200', 'data', 'team', 'model', '世界', 'über'];
const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 8 }).map((w) => w.join(' ') + '.');
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' '));
const text = fc.array(paragraph, { minLength: 1, maxLength: 8 }).map((p) => p.join('\n\n'));
const granularity = fc.constantFrom<Granularity>('paragraph', 'sentence', 'word', 'char');
const mode = fc.constantFrom<'diff' | 'align'>('diff', 'align');

describe('diffDocuments invariants (properties)', () => {
  it('is lossless: left cells rebuild A, right cells rebuild B, in every mode and granularity', () => {
    fc.assert(
      fc.property(text, text, granularity, mode, (ta, tb, g, m) => {
        const r = diffDocuments(docFrom('a', ta), docFrom('b', tb), { granularity: g, mode: m });
        expect(cells(r, 'left')).toBe(paragraphs(ta));
        expect(cells(r, 'right')).toBe(paragraphs(tb));
      }),
      { numRuns: 150 },
    );
  });

  it('aligns A with B as it aligns B with A: same similarity, the same rows turned round', () => {
    fc.assert(
      fc.property(text, text, (ta, tb) => {
        const ab = diffDocuments(docFrom('a', ta), docFrom('b', tb), { mode: 'align' });
        const ba = diffDocuments(docFrom('b', tb), docFrom('a', ta), { mode: 'align' });
        expect(ba.similarity).toBe(ab.similarity);
        expect(ba.rows.map((r) => [r.kind, r.right, r.left])).toEqual(ab.rows.map((r) => [r.kind === 'added' ? 'removed' : r.kind === 'removed' ? 'added' : r.kind, r.left, r.right]));
        expect(ba.stats.wordsEqualLeft).toBe(ab.stats.wordsEqualRight);
      }),
      { numRuns: 100 },
    );
  });

  it('diffs B with A as it diffs A with B: same similarity and moves, the rows turned round, each side whole and in order', () => {
    // B made of A's paragraphs (some edited, in a shuffled order) and others: pairs, moves and one-sided rows.
    const mixed = fc.tuple(text, text, fc.array(fc.nat(), { maxLength: 8 })).map(([ta, other, picks]) => {
      const from = ta.split('\n\n');
      const extra = other.split('\n\n');
      const b = picks.map((k, n) => (k % 3 === 0 ? extra[k % extra.length]! : n % 2 === 0 ? from[k % from.length]! : from[k % from.length]!.replace(/\w+/, 'omega')));
      return [ta, b.length > 0 ? b.join('\n\n') : other] as const;
    });
    const flipped = (kind: string) => (kind === 'added' ? 'removed' : kind === 'removed' ? 'added' : kind);
    fc.assert(
      fc.property(mixed, granularity, ([ta, tb], g) => {
        const ab = diffDocuments(docFrom('a', ta), docFrom('b', tb), { granularity: g, mode: 'diff' });
        const ba = diffDocuments(docFrom('b', tb), docFrom('a', ta), { granularity: g, mode: 'diff' });
        expect(ba.similarity).toBe(ab.similarity);
        expect([ba.stats.wordsEqualLeft, ba.stats.wordsAdded, ba.stats.wordsRemoved, ba.stats.moved]).toEqual([ab.stats.wordsEqualRight, ab.stats.wordsRemoved, ab.stats.wordsAdded, ab.stats.moved]);
        expect(cells(ba, 'left')).toBe(paragraphs(tb));
        expect(cells(ba, 'right')).toBe(paragraphs(ta));
        const sorted = (r: DiffResult, flip: boolean) => r.rows.map((row) => JSON.stringify(flip ? [flipped(row.kind), row.right, row.left] : [row.kind, row.left, row.right])).sort();
        expect(sorted(ba, true)).toEqual(sorted(ab, false));
        ba.rows.forEach((row, k) => {
          if (row.kind !== 'moved') return;
          expect(ba.rows[row.from!]!.left).not.toBeNull();
          expect(ba.rows[row.to!]!.right).not.toBeNull();
          expect(k === row.from || k === row.to).toBe(true);
          // In a run of one-sided rows, the rows from A come first.
          if (row.left !== null && k > 0) expect(ba.rows[k - 1]!.left === null && ba.rows[k - 1]!.right !== null).toBe(false);
        });
      }),
      { numRuns: 150 },
    );
  });

  it('keeps word counts and similarity in range at every granularity, char edits inside words included', () => {
    const words = (t: string) => docFrom('x', t).paragraphs.reduce((n, p) => n + p.text.split(/\s+/).filter(Boolean).length, 0);
    fc.assert(
      fc.property(text, text, granularity, (ta, tb, g) => {
        const r = diffDocuments(docFrom('a', ta), docFrom('b', tb.replace(/a/g, 'e')), { granularity: g, mode: 'diff' });
        for (const [k, v] of Object.entries(r.stats)) expect(v, k).toBeGreaterThanOrEqual(0);
        expect(r.stats.wordsEqualLeft).toBeLessThanOrEqual(words(ta));
        expect(r.similarity).toBeGreaterThanOrEqual(0);
        expect(r.similarity).toBeLessThanOrEqual(1);
      }),
      { numRuns: 150 },
    );
  });

  it('diffs a version with itself as all equal rows and similarity 1', () => {
    fc.assert(
      fc.property(text, granularity, mode, (t, g, m) => {
        const r = diffDocuments(docFrom('a', t), docFrom('b', t), { granularity: g, mode: m });
        expect(r.rows.every((row) => row.kind === 'equal')).toBe(true);
        expect(r.similarity).toBe(1);
      }),
      { numRuns: 100 },
    );
  });

  it('keeps spans inside their cell, styled cells equal to the cell text, and marks only changed words', () => {
    fc.assert(
      fc.property(text, text, granularity, (ta, tb, g) => {
        const r = diffDocuments(docFrom('a', ta), docFrom('b', tb), { granularity: g, mode: 'diff' });
        for (const row of r.rows) {
          expect(spansText(row.cells.left)).toBe(row.left ?? '');
          expect(spansText(row.cells.right)).toBe(row.right ?? '');
          for (const s of row.spans) {
            const cell = s.side === 'left' ? row.left : row.right;
            expect(cell).not.toBeNull();
            expect(s.start).toBeGreaterThanOrEqual(0);
            expect(s.end).toBeLessThanOrEqual(cell!.length);
            expect(s.end).toBeGreaterThan(s.start);
          }
          if (row.kind === 'equal') expect(row.spans).toEqual([]);
          if (row.kind === 'changed' && g === 'word') {
            // The unmarked words of both cells are the same sequence.
            const kept = (side: 'left' | 'right') =>
              squash(
                row.cells[side]
                  .filter((sp) => sp.marks.length === 0)
                  .map((sp) => sp.text)
                  .join(' '),
              )
                .split(' ')
                .filter(Boolean);
            expect(
              kept('left')
                .join(' ')
                .replace(/ ([.])/g, '$1'),
            ).toBe(
              kept('right')
                .join(' ')
                .replace(/ ([.])/g, '$1'),
            );
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('same-language diff', () => {
  const a = 'Title\n\nThe team hired ten engineers in March.\n\nChips were banned in 2023.\n\nNothing else changed here at all.';
  it('pairs a paragraph edited in place as one changed row and marks the changed word', () => {
    const b = a.replace('ten engineers', 'twelve engineers');
    const r = diffDocuments(docFrom('a', a), docFrom('b', b));
    expect(r.mode).toBe('diff');
    const changed = r.rows.filter((row) => row.kind === 'changed');
    expect(changed).toHaveLength(1);
    expect(changed[0]!.spans.map((s) => (s.side === 'left' ? changed[0]!.left : changed[0]!.right)!.slice(s.start, s.end))).toEqual(['ten', 'twelve']);
    expect(spansText(changed[0]!.cells.unified)).toBe('The team hired tentwelve engineers in March.');
    expect(r.stats.wordsChanged).toBe(1);
    expect(r.similarity).toBeGreaterThan(0.9);
    expect(r.similarity).toBeLessThan(1);
  });

  it('reports a swapped paragraph as moved, with from/to pointing at both ends', () => {
    const b = 'Title\n\nChips were banned in 2023.\n\nThe team hired ten engineers in March.\n\nNothing else changed here at all.';
    const r = diffDocuments(docFrom('a', a), docFrom('b', b));
    const moved = r.rows.filter((row) => row.kind === 'moved');
    expect(moved).toHaveLength(2);
    const [first] = moved;
    expect(r.rows[first!.from!]!.left).not.toBeNull();
    expect(r.rows[first!.to!]!.right).toBe(r.rows[first!.from!]!.left);
    expect(r.rows.some((row) => row.kind === 'added' || row.kind === 'removed')).toBe(false);
  });

  it('reports two swapped sentences inside an edited paragraph as a sentence move', () => {
    const pa = 'Title\n\nAlibaba opened an office in Sunnyvale last year. Meituan hired a research team in California. The end came soon.';
    const pb = 'Title\n\nMeituan hired a research team in California. Alibaba opened an office in Sunnyvale last year. The end came quickly.';
    const r = diffDocuments(docFrom('a', pa), docFrom('b', pb));
    const moved = r.rows.filter((row) => row.kind === 'moved');
    expect(moved.length).toBe(2);
    expect(moved.every((row) => (row.left ?? row.right)!.split(' ').length >= 3)).toBe(true);
    expect(cells(r, 'left')).toBe(paragraphs(pa));
  });

  it('compares case-insensitively and without punctuation on request', () => {
    const b = a.replace('The team', 'the team').replace('2023.', '2023');
    expect(diffDocuments(docFrom('a', a), docFrom('b', b)).rows.some((r) => r.kind !== 'equal')).toBe(true);
    const r = diffDocuments(docFrom('a', a), docFrom('b', b), { ignoreCase: true, ignorePunctuation: true });
    expect(r.rows.every((row) => row.kind === 'equal')).toBe(true);
  });

  it('diffs scripts without spaces word by word', () => {
    const r = diffDocuments(docFrom('a', '标题\n\n我喜欢北京的天气。', 'zh'), docFrom('b', '标题\n\n我喜欢上海的天气。', 'zh'));
    const row = r.rows.find((x) => x.kind === 'changed')!;
    const removed = row.spans.filter((s) => s.side === 'left').map((s) => row.left!.slice(s.start, s.end));
    expect(removed.join('')).toBe('北京');
  });

  it('falls back to a coarser granularity with a notice when the work bound is hit', () => {
    const x = 'T\n\n' + Array.from({ length: 300 }, (_, k) => `w${k % 17}`).join(' ');
    const y = 'T\n\n' + Array.from({ length: 300 }, (_, k) => `w${(k * 5) % 13}`).join(' ');
    const r = diffDocuments(docFrom('a', x), docFrom('b', y), { granularity: 'char', maxEditCost: 50 });
    expect(r.notice).toMatch(/coarser/);
    expect(cells(r, 'right')).toBe(paragraphs(y));
  });

  it('pairs the edited paragraphs of a long pair by rare shared word pairs and finds the moved ones', () => {
    const { a: ta, b: tb } = generatePair({ bytes: 120_000, seed: 5, moveRate: 0.02 });
    const r = diffDocuments(docFrom('a', ta), docFrom('b', tb));
    const kinds = (k: string) => r.rows.filter((row) => row.kind === k).length;
    expect(kinds('changed')).toBeGreaterThan(130);
    expect(kinds('moved')).toBeGreaterThanOrEqual(4);
    expect(kinds('added') + kinds('removed')).toBe(0);
    for (const row of r.rows.filter((x) => x.kind === 'moved')) expect(r.rows[row.to!]!.right).not.toBeNull();
    expect(cells(r, 'left')).toBe(paragraphs(ta));
    expect(cells(r, 'right')).toBe(paragraphs(tb));
    expect(r.similarity).toBeGreaterThan(0.85);
  });

  it('follows repeated paragraphs in ten scripts: pairs every edited copy, reports at least 90% of the moves, and rebuilds both sides', () => {
    const pair = generateScriptPair({ bytes: 200_000, seed: 11, repeat: 10, moveRate: 0.03 });
    const r = diffDocuments(docFrom('a', pair.a, 'und'), docFrom('b', pair.b, 'und'));
    const kinds = (k: string) => r.rows.filter((row) => row.kind === k).length;
    const movedRight = new Set(r.rows.filter((row) => row.kind === 'moved' && row.right !== null).map((row) => squash(row.right!)));
    const found = pair.moved.filter((p) => movedRight.has(squash(p))).length;
    expect(pair.moved.length).toBeGreaterThanOrEqual(5);
    expect(found / pair.moved.length).toBeGreaterThanOrEqual(0.9);
    expect(kinds('added') + kinds('removed')).toBeLessThanOrEqual(0.02 * r.rows.length);
    expect(cells(r, 'left')).toBe(paragraphs(pair.a));
    expect(cells(r, 'right')).toBe(paragraphs(pair.b));
  });

  it('pairs a block split into several (and several joined into one) as changed sentences, not removed and added', () => {
    const one = 'Know how to read documentation with man for the section numbers. Find man pages with apropos. Know that some commands are builtins and that help works on them.';
    const split = [
      'Finding documentation:',
      'Know how to read official documentation with man for the section numbers. Find man pages with apropos.',
      'Know that some commands are builtins and that help works on them.',
      'A brief cheat sheet comes from curl on any command.',
    ];
    const a = `Intro stays here.\n\n${one}\n\nOutro stays too.`;
    const b = `Intro stays here.\n\n${split.join('\n\n')}\n\nOutro stays too.`;
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      const r = diffDocuments(docFrom('x', x), docFrom('y', y));
      const oneSided = r.rows.filter((row) => row.kind === 'added' || row.kind === 'removed').map((row) => row.left ?? row.right);
      // Only the heading line and the new sentence are new; the rest is the same sentences, one of them edited by a word.
      expect(oneSided).toEqual([split[0], split[3]]);
      expect(r.rows.filter((row) => row.kind === 'changed').map((row) => row.spans.map((s) => (s.side === 'left' ? row.left : row.right)!.slice(s.start, s.end)))).toEqual([['official']]);
      expect(cells(r, 'left')).toBe(paragraphs(x));
      expect(cells(r, 'right')).toBe(paragraphs(y));
    }
  });

  it('joins the pieces a web page cut one line into (no sentence of their own) into one changed row, marking what dwdiff marks', () => {
    const pieces = ['A version of this article appears in print on', ', on Page', 'A', '22', 'of the New York edition', 'with the headline: Under the streets.'];
    const a = docFrom('a', `Intro stays here.\n\n${pieces.join('\n\n')}\n\nOutro stays too.`);
    const b = docFrom('b', 'Intro stays here.\n\nA version of this article appears in print on , on Page A22 of the New York edition with the headline: Under the streets.\n\nOutro stays too.');
    const r = diffDocuments(a, b);
    expect(r.rows.map((row) => row.kind)).toEqual(['equal', 'changed', 'equal']);
    // "A" "22" against "A22": the only words marked.
    expect(r.stats.wordsAdded + r.stats.wordsRemoved + 2 * r.stats.wordsChanged).toBe(3);
    expect(cells(r, 'left')).toBe(paragraphs(a.text));
  });

  it('pairs blocks of the same kind first: an edited paragraph with the paragraph, not with the heading its words resemble more', () => {
    const withKinds = (id: string, text: string, kinds: Array<'heading' | 'paragraph'>) => {
      const d = docFrom(id, text);
      d.paragraphs.forEach((p, i) => (p.kind = kinds[i]));
      return d;
    };
    const a = withKinds('a', 'Warnings ignored by towns\n\nWarnings were ignored by three towns in the north after days of heavy rain.', ['heading', 'paragraph']);
    const b = withKinds('b', 'Warnings ignored by the towns.', ['paragraph']);
    const rows = diffDocuments(a, b).rows.map((r) => [r.kind, r.leftParagraph]);
    expect(rows).toEqual([
      ['removed', 0],
      ['changed', 1],
    ]);
    // Against plain text (no kinds), a heading still pairs with the paragraph it became.
    const plain = diffDocuments(withKinds('h', 'Warnings ignored by towns', ['heading']), docFrom('p', 'Warnings ignored by the towns.')).rows.map((r) => r.kind);
    expect(plain).toEqual(['changed']);
  });

  it('handles empty versions without error', () => {
    const empty = docFrom('e', '');
    expect(diffDocuments(empty, empty)).toMatchObject({ rows: [], similarity: 1 });
    const r = diffDocuments(empty, docFrom('b', a));
    expect(r.rows.every((row) => row.kind === 'added')).toBe(true);
    expect(r.similarity).toBe(0);
    expect(diffDocuments(docFrom('b', a), empty, { mode: 'align' }).rows.every((row) => row.kind === 'removed')).toBe(true);
  });

  it('finds the counterpart paragraph for the reader', () => {
    const b = 'Title\n\nA new opening paragraph was added here.\n\nThe team hired ten engineers in March.\n\nChips were banned in 2023.\n\nNothing else changed here at all.';
    const r = diffDocuments(docFrom('a', a), docFrom('b', b));
    expect(counterpartParagraph(r, 'left', 1)).toBe(2);
    expect(counterpartParagraph(r, 'right', 3)).toBe(2);
    expect(counterpartParagraph(r, 'right', 1)).toBe(0);
  });
});
