import { blockMarks, codeLines } from '../../core/corpus/block-layout.js';
import type { Document } from '../../core/corpus/types.js';
import { sliceSpans, toSpans, type MarkRange } from '../../core/text/spans.js';
import { wrapRanges } from '../../core/text/wrap.js';
import type { PaneModel, Row } from './pane-model.js';

/** The reader's rows plus where each starts in the document, to scroll to a text offset. */
export interface ReaderModel extends PaneModel {
  /** Document offset of each row's first character. */
  rowStarts: number[];
}

/** A paragraph's lines as ranges of its text: wrapped prose, or a code block's own lines, each wrapped. */
function blockLines(doc: Document, p: Document['paragraphs'][number], width: number): { start: number; end: number }[] {
  if (p.kind !== 'code') return wrapRanges(p.text, width);
  return codeLines(doc.text, p).flatMap((line) =>
    wrapRanges(p.text.slice(line.start - p.start, line.end - p.start), width).map((r) => ({ start: r.start + line.start - p.start, end: r.end + line.start - p.start })),
  );
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
 * One version under its id and title, wrapped to `width`, paragraphs separated by a blank row (not list items from list items, nor table rows from table rows),
 * each numbered in a gutter (`¶N`, the numbers of `--show` and `--check`), with
 * its structure shown (heading marks, list bullets and indentation, quote bars, code on its own lines; see block-layout.ts), with
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
  let previous: Document['paragraphs'][number] | null = null;
  const gutter = paragraphGutter(doc.paragraphs.length - 1);
  for (const p of doc.paragraphs) {
    const tight = previous !== null && previous.kind === p.kind && (p.kind === 'list-item' || p.kind === 'table-row');
    previous = p;
    if (rows.length > 0 && !tight) {
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
    const marks = blockMarks(p);
    let prefix = marks.first;
    for (const [n, line] of blockLines(doc, p, Math.max(1, width - gutter - marks.first.length)).entries()) {
      const start = p.start + line.start;
      while (m < matchStarts.length && matchStarts[m]! < p.start + line.end) {
        if (marked[marked.length - 1] !== rows.length) marked.push(rows.length);
        m++;
      }
      const body = sliceSpans(spans, line.start, line.end);
      rows.push([paragraphLabel(n === 0 ? p.index : null, gutter), ...(prefix === '' ? body : [{ text: prefix, marks: [] }, ...body])]);
      prefix = marks.rest;
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
