import { describe, expect, it } from 'vitest';
import { searchBeads, type Bead } from '../../../src/core/diff/bead-search.js';

/**
 * A pair of lists whose true path drifts 15 segments off the diagonal and
 * back: B adds a sentence of its own before every fourth sentence of A for
 * 60 rows, then A has one of its own every fourth row for 60 rows. Every
 * segment is 100 bytes long, so only the anchors (one id shared by each
 * true pair) tell where the path goes.
 */
function drifting(): { beads: Bead[]; left: Int32Array[]; right: Int32Array[] } {
  const beads: Bead[] = [];
  let i = 0;
  let j = 0;
  const step = (da: number, db: number) => {
    beads.push({ i, j, da, db });
    i += da;
    j += db;
  };
  for (let k = 0; k < 50; k++) step(1, 1);
  for (let k = 0; k < 60; k++) {
    if (k % 4 === 0) step(0, 1);
    step(1, 1);
  }
  for (let k = 0; k < 30; k++) step(1, 1);
  for (let k = 0; k < 60; k++) step(1, k % 4 === 0 ? 0 : 1);
  for (let k = 0; k < 60; k++) step(1, 1);
  const left = Array.from({ length: i }, () => new Int32Array(0));
  const right = Array.from({ length: j }, () => new Int32Array(0));
  beads
    .filter((b) => b.da === 1 && b.db === 1)
    .forEach((b, id) => {
      left[b.i] = Int32Array.of(id);
      right[b.j] = Int32Array.of(id);
    });
  return { beads, left, right };
}

/** Searches the drifting path's beads in a band `half` columns either side of the diagonal; also says which true beads end outside it. */
function searchInBand(half: number) {
  const truth = drifting();
  const n = truth.left.length;
  const m = truth.right.length;
  const lo = Int32Array.from({ length: n + 1 }, (_, i) => Math.max(0, i - half));
  const hi = Int32Array.from({ length: n + 1 }, (_, i) => Math.min(m + 1, i + half + 1));
  const ids = truth.beads.filter((b) => b.da === 1 && b.db === 1).length;
  const result = searchBeads({
    lenA: new Float64Array(n).fill(100),
    lenB: new Float64Array(m).fill(100),
    anchors: { left: truth.left, right: truth.right, weight: new Float64Array(ids).fill(4), orphansLeft: new Float64Array(n), orphansRight: new Float64Array(m) },
    band: { lo, hi },
  });
  return { truth, result, outside: truth.beads.filter((b) => b.j + b.db >= hi[b.i + b.da]!) };
}

describe('searchBeads band', () => {
  it('widens a band the path runs along the edge of, and finds the path beyond it', () => {
    // A band 8 columns either side of the diagonal: the true path, 15 off at most, leaves it.
    const { truth, result, outside } = searchInBand(8);
    expect(outside.length).toBeGreaterThan(0);
    expect(result.widened).toBeGreaterThan(0);
    expect(result.beads).toEqual(truth.beads);
  });

  it('leaves a band alone when the path stays well inside it', () => {
    const { truth, result, outside } = searchInBand(40);
    expect(outside).toEqual([]);
    expect(result.widened).toBe(0);
    expect(result.beads).toEqual(truth.beads);
  });
});
