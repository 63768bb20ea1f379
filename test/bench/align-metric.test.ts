import { describe, expect, it } from 'vitest';
import { parseAlignments, scoreAlignments } from '../../bench/align/metric.js';
import { ladderLinks, parseLadder } from '../../bench/align/hunalign.js';
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

  it('reads a hunalign ladder as beads, one from each rung to the next', () => {
    const rungs = parseLadder('0\t0\t0.3\n1\t1\t0.2\n1\t2\t-0.1\n3\t3\t0.4\n');
    expect(rungs).toEqual([
      [0, 0],
      [1, 1],
      [1, 2],
      [3, 3],
    ]);
    expect(ladderLinks(rungs)).toEqual([
      [[0], [0]],
      [[], [1]],
      [[1, 2], [2]],
    ]);
  });
});
