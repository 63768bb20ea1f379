/**
 * PEER, not parallax: a plain textbook Gale–Church (1993) sentence aligner,
 * written for this benchmark and run beside parallax on the same sentences.
 * Character lengths, the ratio c of the two sides' total lengths, variance
 * 6.8, the paper's bead priors (1-1 .89, 1-0/0-1 .0099, 2-1/1-2 .089, 2-2
 * .011) and dynamic programming; on long lists the search keeps to a band of
 * ±BAND sentences around the diagonal, as implementations of it do. It
 * shares no code with parallax on purpose (its bead table repeats the
 * paper's priors), so that the peer stays the textbook method.
 */
import { indices, type Link } from './metric.js';

const BEADS: ReadonlyArray<readonly [number, number, number]> = [
  [1, 1, -Math.log(0.89)],
  [1, 0, -Math.log(0.0099 / 2)],
  [0, 1, -Math.log(0.0099 / 2)],
  [2, 1, -Math.log(0.089 / 2)],
  [1, 2, -Math.log(0.089 / 2)],
  [2, 2, -Math.log(0.011)],
];
const BAND = 400;

/** Two-tailed probability of a standard normal deviate at least |z|. */
function tail(z: number): number {
  const t = 1 / (1 + 0.2316419 * Math.abs(z));
  const d = 0.3989423 * Math.exp((-z * z) / 2);
  return 2 * d * t * (0.3193815 + t * (-0.3565638 + t * (1.781478 + t * (-1.821256 + t * 1.330274))));
}

/** Aligns two sentence lists; returns beads as links. */
export function galeChurch(a: readonly string[], b: readonly string[]): Link[] {
  const n = a.length;
  const m = b.length;
  const la = a.map((s) => [...s].length);
  const lb = b.map((s) => [...s].length);
  const c =
    lb.reduce((x, y) => x + y, 0) /
      Math.max(
        1,
        la.reduce((x, y) => x + y, 0),
      ) || 1;
  const width = Math.min(m + 1, 2 * BAND + 1);
  const lo = (i: number) => Math.min(Math.max(0, Math.round((i * m) / Math.max(1, n)) - BAND), m + 1 - width);
  const cost = new Float64Array((n + 1) * width).fill(Infinity);
  const back = new Uint8Array((n + 1) * width);
  const at = (i: number, j: number) => (i < 0 || j < lo(i) || j >= lo(i) + width ? -1 : i * width + j - lo(i));
  cost[0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = lo(i); j < lo(i) + width; j++) {
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let via = 0;
      for (let s = 0; s < BEADS.length; s++) {
        const [da, db, prior] = BEADS[s]!;
        const prev = at(i - da, j - db);
        if (prev < 0 || cost[prev] === Infinity) continue;
        let step = prior;
        if (da > 0 && db > 0) {
          let x = 0;
          let y = 0;
          for (let k = 1; k <= da; k++) x += la[i - k]!;
          for (let k = 1; k <= db; k++) y += lb[j - k]!;
          const mean = (x + y / c) / 2;
          const delta = mean === 0 ? 0 : (y - x * c) / Math.sqrt(6.8 * mean);
          step += -Math.log(Math.max(tail(delta), 1e-12));
        }
        if (cost[prev]! + step < best) {
          best = cost[prev]! + step;
          via = s;
        }
      }
      cost[at(i, j)] = best;
      back[at(i, j)] = via;
    }
  }
  const links: Link[] = [];
  for (let i = n, j = m; i > 0 || j > 0;) {
    const [da, db] = BEADS[back[at(i, j)]!]!;
    links.push([indices(i - da, da), indices(j - db, db)]);
    i -= da;
    j -= db;
  }
  return links.reverse();
}
