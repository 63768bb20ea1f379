/**
 * A standard unified line diff of two versions (what `patch`, `git apply`
 * and `delta` read): the lines are compared by this package's sequence diff
 * (anchored, budgeted Myers: near linear on long versions, where jsdiff's
 * line diff is quadratic; see the README's dependency table), and the patch
 * is laid out by jsdiff's `formatPatch` from a `StructuredPatch`.
 */
import { FILE_HEADERS_ONLY, formatPatch, type StructuredPatchHunk } from 'diff';
import { MAX_COPIES } from './pair.js';
import { diffSequences } from './sequence.js';

/** Lines of context around each change, as `diff -u` gives. */
const CONTEXT = 3;
const NO_NEWLINE = '\\ No newline at end of file';
/** Myers steps for the line diff; past it a region is one coarser hunk (still a patch that applies). */
const LINE_BUDGET = 2e6;

/** The lines of a text, without their line ends, and whether its last line has one. */
function linesOf(text: string): { lines: string[]; endsWithNewline: boolean } {
  const lines = text.split('\n');
  const endsWithNewline = lines[lines.length - 1] === '';
  if (endsWithNewline || text === '') lines.pop();
  return { lines, endsWithNewline: endsWithNewline || text === '' };
}

/** `--- a/…`, `+++ b/…` and the hunks turning `textA` into `textB`; empty when they are equal. */
export function linePatch(nameA: string, textA: string, nameB: string, textB: string): string {
  const a = linesOf(textA);
  const b = linesOf(textB);
  // Each distinct line gets an id, so that equal ids mean equal lines (a hash could collide); a last line without
  // a line end is not the same line as one with it (a newline, impossible inside a line, marks it).
  const ids = new Map<string, number>();
  const idsOf = (side: typeof a) =>
    Int32Array.from(side.lines, (text, k) => {
      const key = k === side.lines.length - 1 && !side.endsWithNewline ? '\n' + text : text;
      let id = ids.get(key);
      if (id === undefined) ids.set(key, (id = ids.size));
      return id;
    });
  const { hunks } = diffSequences(idsOf(a), idsOf(b), LINE_BUDGET, false, MAX_COPIES);
  if (hunks.length === 0) return '';
  const line = (mark: string, side: typeof a, k: number, out: string[]) => {
    out.push(mark + side.lines[k]!);
    if (k === side.lines.length - 1 && !side.endsWithNewline) out.push(NO_NEWLINE);
  };
  const structured: StructuredPatchHunk[] = [];
  for (let k = 0; k < hunks.length;) {
    // Changes closer than twice the context share one hunk.
    let e = k;
    while (e + 1 < hunks.length && hunks[e + 1]!.aStart - hunks[e]!.aEnd <= 2 * CONTEXT) e++;
    const oldStart = Math.max(0, hunks[k]!.aStart - CONTEXT);
    const newStart = hunks[k]!.bStart - (hunks[k]!.aStart - oldStart);
    const oldEnd = Math.min(a.lines.length, hunks[e]!.aEnd + CONTEXT);
    const lines: string[] = [];
    let i = oldStart;
    for (let h = k; h <= e; h++) {
      const hunk = hunks[h]!;
      for (; i < hunk.aStart; i++) line(' ', a, i, lines);
      for (let x = hunk.aStart; x < hunk.aEnd; x++) line('-', a, x, lines);
      for (let y = hunk.bStart; y < hunk.bEnd; y++) line('+', b, y, lines);
      i = hunk.aEnd;
    }
    for (; i < oldEnd; i++) line(' ', a, i, lines);
    const newEnd = hunks[e]!.bEnd + (oldEnd - hunks[e]!.aEnd);
    structured.push({ oldStart: oldStart + 1, oldLines: oldEnd - oldStart, newStart: newStart + 1, newLines: newEnd - newStart, lines });
    k = e + 1;
  }
  return formatPatch({ oldFileName: nameA, newFileName: nameB, oldHeader: undefined, newHeader: undefined, hunks: structured }, FILE_HEADERS_ONLY);
}
