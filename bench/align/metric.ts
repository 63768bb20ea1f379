/**
 * The sentence-alignment metric of the Vecalign and Bertalign papers
 * (strict and lax precision, recall and F1 over alignment links, after
 * Sennrich and Volk 2011), written anew from its definition in Vecalign's
 * score.py: a test bead counts strictly when the gold holds the very same
 * bead, laxly when it overlaps a gold bead on both sides. Precision counts
 * every non-empty test bead; recall counts gold beads against the test,
 * both without insertions and deletions. Counts add up over documents.
 */

/** One alignment bead as sentence indices on each side; either side may be empty. */
export type Link = readonly [readonly number[], readonly number[]];

/** Reads an alignment file: one `[0, 1]:[2]` bead per line. */
export function parseAlignments(text: string): Link[] {
  const links: Link[] = [];
  for (const line of text.split('\n')) {
    const m = /^\s*\[([\d,\s]*)\]\s*:\s*\[([\d,\s]*)\]/.exec(line);
    if (!m) continue;
    const ids = (s: string) =>
      s
        .split(',')
        .map((x) => x.trim())
        .filter((x) => x !== '')
        .map(Number);
    links.push([ids(m[1]!), ids(m[2]!)]);
  }
  return links;
}

/** The sentence indices [from, from+count) of one side of a bead. */
export function indices(from: number, count: number): number[] {
  return Array.from({ length: count }, (_, k) => from + k);
}

const key = (l: Link) => `${l[0].join(',')}:${l[1].join(',')}`;

/** [strict true positives, strict false positives, lax true positives, lax false positives] of `test` against `gold`. */
function precisionCounts(gold: readonly Link[], test: readonly Link[]): number[] {
  const goldKeys = new Set(gold.filter((l) => l[0].length || l[1].length).map(key));
  const targetsOf = new Map<number, Set<number>>();
  for (const [src, tgt] of gold) {
    for (const s of src) {
      let set = targetsOf.get(s);
      if (!set) targetsOf.set(s, (set = new Set()));
      for (const t of tgt) set.add(t);
    }
  }
  const counts = [0, 0, 0, 0];
  const seen = new Set<string>();
  for (const link of test) {
    const k = key(link);
    if ((!link[0].length && !link[1].length) || seen.has(k)) continue;
    seen.add(k);
    if (goldKeys.has(k)) {
      counts[0]!++;
      counts[2]!++;
    } else {
      counts[1]!++;
      const overlaps = link[0].some((s) => link[1].some((t) => targetsOf.get(s)?.has(t)));
      counts[overlaps ? 2 : 3]!++;
    }
  }
  return counts;
}

/** Strict and lax precision, recall and F1. */
export interface Score {
  precisionStrict: number;
  recallStrict: number;
  f1Strict: number;
  precisionLax: number;
  recallLax: number;
  f1Lax: number;
}

/** Scores the test alignments of several documents against their gold ones, counts summed over documents. */
export function scoreAlignments(golds: readonly (readonly Link[])[], tests: readonly (readonly Link[])[]): Score {
  const p = [0, 0, 0, 0];
  const r = [0, 0, 0, 0];
  const add = (into: number[], from: number[]) => from.forEach((x, k) => (into[k]! += x));
  golds.forEach((gold, d) => {
    const test = tests[d]!;
    add(p, precisionCounts(gold, test));
    const both = (l: Link) => l[0].length > 0 && l[1].length > 0;
    add(r, precisionCounts(test.filter(both), gold.filter(both)));
  });
  const ratio = (tp: number, fp: number) => (tp + fp === 0 ? 0 : tp / (tp + fp));
  const f1 = (a: number, b: number) => (a + b === 0 ? 0 : (2 * a * b) / (a + b));
  const ps = ratio(p[0]!, p[1]!);
  const pl = ratio(p[2]!, p[3]!);
  const rs = ratio(r[0]!, r[1]!);
  const rl = ratio(r[2]!, r[3]!);
  return { precisionStrict: ps, recallStrict: rs, f1Strict: f1(ps, rs), precisionLax: pl, recallLax: rl, f1Lax: f1(pl, rl) };
}
