import type { Document } from '../../core/corpus/types.js';
import { toSpans, type MarkRange } from '../../core/text/spans.js';
import { sliceSpans, wrapRanges } from '../../core/text/wrap.js';
import type { PaneModel, Row } from './pane-model.js';

/** The reader's rows plus where each starts in the document, to scroll to a text offset. */
export interface ReaderModel extends PaneModel {
  /** Document offset of each row's first character. */
  rowStarts: number[];
}

/** Width of the `¶N ` gutter for paragraph numbers up to `last`. */
export function paragraphGutter(last: number): number {
  return `¶${Math.max(0, last)} `.length;
}

/** The gutter of a row: `¶N` on the first line of paragraph N (as `--show` numbers them), blank below it. */
export function paragraphLabel(index: number | null, gutter: number): { text: string; marks: [] } {
  return { text: (index === null ? '' : `¶${index}`).padEnd(gutter), marks: [] };
}

/**
 * One version under its id and title, wrapped to `width`, paragraphs separated by a blank row,
 * each numbered in a gutter (`¶N`, the numbers of `--show` and `--check`), with
 * `ranges` (entities, query matches; offsets into `doc.text`) marked. Rows
 * holding the start of a `match` range are the ones n/N visit.
 */
export function readerModel(doc: Document, width: number, ranges: readonly MarkRange[]): ReaderModel {
  const rows: Row[] = [];
  const rowStarts: number[] = [];
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const matchStarts = sorted.filter((r) => r.mark === 'match').map((r) => r.start);
  const marked: number[] = [];
  let m = 0;
  let k = 0;
  const gutter = paragraphGutter(doc.paragraphs.length - 1);
  for (const p of doc.paragraphs) {
    if (rows.length > 0) {
      rows.push([]);
      rowStarts.push(p.start);
    }
    while (k < sorted.length && sorted[k]!.end <= p.start) k++;
    const local: MarkRange[] = [];
    for (let i = k; i < sorted.length && sorted[i]!.start < p.end; i++) {
      const r = sorted[i]!;
      if (r.end > p.start) local.push({ start: r.start - p.start, end: r.end - p.start, mark: r.mark });
    }
    const spans = toSpans(p.text, local);
    for (const [n, line] of wrapRanges(p.text, Math.max(1, width - gutter)).entries()) {
      const start = p.start + line.start;
      while (m < matchStarts.length && matchStarts[m]! < p.start + line.end) {
        if (marked[marked.length - 1] !== rows.length) marked.push(rows.length);
        m++;
      }
      rows.push([paragraphLabel(n === 0 ? p.index : null, gutter), ...sliceSpans(spans, line.start, line.end)]);
      rowStarts.push(start);
    }
  }
  const rowOf = (offset: number): number => {
    let lo = 0;
    let hi = rowStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (rowStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return Math.max(0, lo);
  };
  return {
    head: [[{ text: `${doc.id} — ${doc.title}`, marks: [] }], []],
    rows,
    rowStarts,
    rowOf,
    rowOfParagraph: (n) => {
      const p = doc.paragraphs[n];
      return p ? rowOf(p.start) : null;
    },
    mode: 'view',
    marked,
    markName: 'match',
    empty: 'this version is empty',
    status: `${doc.id} · ${doc.lang} · ${doc.words} words${matchStarts.length > 0 ? ` · ${matchStarts.length} matches` : ''}`,
  };
}
