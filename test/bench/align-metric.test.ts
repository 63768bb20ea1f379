import { describe, expect, it } from 'vitest';
import { parseAlignments, scoreAlignments } from '../../bench/align/metric.js';
import { mergeByVerse } from '../../bench/align/sets.js';

describe('alignment metric (strict and lax, as Vecalign scores)', () => {
  it('counts strict and lax matches, deletions in precision only', () => {
    const gold = parseAlignments('[0]:[0]\n[1]:[1, 2]\n');
    const test = parseAlignments('[0]:[0]\n[1]:[1]\n[]:[2]\n');
    const s = scoreAlignments([gold], [test]);
    expect(s.precisionStrict).toBeCloseTo(1 / 3);
    expect(s.precisionLax).toBeCloseTo(2 / 3);
    expect(s.recallStrict).toBeCloseTo(1 / 2);
    expect(s.recallLax).toBeCloseTo(1);
    expect(s.f1Strict).toBeCloseTo((2 * (1 / 3) * (1 / 2)) / (1 / 3 + 1 / 2));
  });

  it('merges consecutive beads that touch one verse', () => {
    const verses = { a: ['v1', 'v1', 'v2'], b: ['v1', 'v2', 'v2'] };
    expect(
      mergeByVerse(
        [
          [[0], [0]],
          [[1], []],
          [[2], [1]],
          [[], [2]],
        ],
        verses,
      ),
    ).toEqual([
      [[0, 1], [0]],
      [[2], [1, 2]],
    ]);
  });
});
