import { cellLines } from '../../core/corpus/block-layout.js';
import type { Corpus, Document } from '../../core/corpus/types.js';
import type { DiffResult, DiffRow, RowKind } from '../../core/diff/types.js';
import type { CheckResult, Finding } from '../../core/entities/check.js';
import type { StyledSpan } from '../../core/text/spans.js';
import { wrapSpans } from '../../core/text/wrap.js';
import { displayWidth, padToWidth } from '../../core/text/width.js';
import type { PaneModel, Row } from './pane-model.js';
import { plainRow } from './pane-model.js';
import { paragraphGutter, paragraphLabel } from './reader.js';

/** The one-character gutter for each row kind. */
const GUTTER: Record<RowKind, string> = { equal: ' ', changed: '~', added: '+', removed: '-', moved: '>' };

/** Shown in the margin of rows whose paragraphs hold a consistency finding. */
const FINDING_MARK: StyledSpan = { text: '!', marks: ['moved'] };

function padSpans(spans: readonly StyledSpan[], width: number): StyledSpan[] {
  const used = displayWidth(spans.map((s) => s.text).join(''));
  return used >= width ? [...spans] : [...spans, { text: ' '.repeat(width - used), marks: [] }];
}

/** The findings of the consistency check in a row's paragraphs. */
function findingsOf(row: DiffRow, findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => (row.leftParagraph !== undefined && f.where.a.includes(row.leftParagraph)) || (row.rightParagraph !== undefined && f.where.b.includes(row.rightParagraph)));
}

function describeFinding(f: Finding): string {
  if (f.kind === 'missing') return `${f.a} only in A`;
  if (f.kind === 'added') return `${f.b} only in B`;
  return `${f.a} → ${f.b}`;
}

/** Versions shown on each side of A and of B when the picker cannot list them all. */
const PICKER_RADIUS = 2;

/**
 * The picker line: the versions, A and B marked (a/A and b/B move them). All
 * of them if they fit the width, else a window around A and around B with `…`
 * for the versions left out, so a 10k-version corpus costs a few spans.
 */
export function versionPicker(corpus: Corpus, pair: [number, number], width: number): Row {
  const docs = corpus.documents;
  let used = 0;
  // `every` stops at the first version past the width.
  const shown = docs.every((d) => (used += displayWidth(d.id) + 4) <= width)
    ? docs.map((_, i) => i)
    : [...new Set(pair.flatMap((p) => Array.from({ length: 2 * PICKER_RADIUS + 1 }, (_, k) => p - PICKER_RADIUS + k)))].filter((i) => i >= 0 && i < docs.length).sort((x, y) => x - y);
  const row: Row = [];
  shown.forEach((i, k) => {
    if (i !== (k === 0 ? 0 : shown[k - 1]! + 1)) row.push({ text: '…  ', marks: [] });
    const tag = i === pair[0] ? 'A:' : i === pair[1] ? 'B:' : '';
    row.push({ text: tag + docs[i]!.id, marks: tag ? ['match'] : [] }, { text: '  ', marks: [] });
  });
  if (shown.length > 0 && shown[shown.length - 1]! < docs.length - 1) row.push({ text: '…', marks: [] });
  return row;
}

/** A cell wrapped to `width`: a code block's lines each wrapped alone (see {@link cellLines}), any other cell as a whole. */
function wrapLines(doc: Document, paragraph: number | undefined, text: string | null, cell: readonly StyledSpan[], width: number): StyledSpan[][] {
  return cellLines(doc, paragraph, text, cell).flatMap((line) => wrapSpans(line, width));
}

/** Options of the diff view that change its rows. */
export interface DiffView {
  unified: boolean;
}

/**
 * The diff pane's rows: side by side (each cell wrapped inside its column,
 * so both columns scroll together) or unified (`-` lines then `+` lines).
 * A margin flags rows with entity or number findings; n/N visit every
 * row that is not equal (in an alignment, every segment left unaligned). The head is the summary and the findings line.
 */
export function diffModel(corpus: Corpus, pair: [number, number], result: DiffResult, check: CheckResult | null, view: DiffView, width: number): PaneModel {
  const a = corpus.documents[pair[0]]!;
  const b = corpus.documents[pair[1]]!;
  const findings = check?.findings ?? [];
  const rows: Row[] = [];
  const marked: number[] = [];
  // Per row: the paragraph it shows (A's, else B's) for `e`, and what its `!` marks.
  const sources: Array<{ doc: number; paragraph: number } | null> = [];
  const notes: string[] = [];
  const column = Math.max(10, Math.floor((width - 5) / 2));
  // Each side numbers its paragraphs (¶N, as --show does) on the first row of each.
  const gutter = paragraphGutter(Math.max(a.paragraphs.length, b.paragraphs.length) - 1);
  const seen = { left: -1, right: -1 };
  const firstRow = new Map<number, number>();
  const label = (side: 'left' | 'right', paragraph: number | undefined): StyledSpan => {
    const fresh = paragraph !== undefined && paragraph !== seen[side];
    if (paragraph !== undefined) seen[side] = paragraph;
    return paragraphLabel(fresh ? paragraph! : null, gutter);
  };
  // In an alignment every pair differs in wording: n/N step through what one side leaves out.
  const align = result.mode === 'align';
  const segmentStarts: number[] = [];
  for (const row of result.rows) {
    segmentStarts.push(rows.length);
    if (row.leftParagraph !== undefined && !firstRow.has(row.leftParagraph)) firstRow.set(row.leftParagraph, rows.length);
    if (align ? row.kind === 'removed' || row.kind === 'added' : row.kind !== 'equal') marked.push(rows.length);
    const found = findingsOf(row, findings);
    const margin = found.length > 0 ? FINDING_MARK : { text: ' ', marks: [] };
    const source = row.leftParagraph !== undefined ? { doc: pair[0], paragraph: row.leftParagraph } : row.rightParagraph !== undefined ? { doc: pair[1], paragraph: row.rightParagraph } : null;
    const note = found.length > 0 ? `! ${found.map(describeFinding).join(' · ')}` : '';
    const first = rows.length;
    const kindMark = { text: GUTTER[row.kind], marks: [] };
    if (view.unified) {
      const sides: Array<[string, StyledSpan[], StyledSpan, Document, number | undefined, string | null]> = [];
      if (row.kind === 'equal') sides.push([' ', row.cells.left, label('left', row.leftParagraph), a, row.leftParagraph, row.left]);
      else {
        if (row.left !== null) sides.push(['-', row.cells.left, label('left', row.leftParagraph), a, row.leftParagraph, row.left]);
        if (row.right !== null) sides.push(['+', row.cells.right, label('right', row.rightParagraph), b, row.rightParagraph, row.right]);
      }
      for (const [sign, cell, number, doc, paragraph, text] of sides) {
        wrapLines(doc, paragraph, text, cell, Math.max(1, width - 3 - gutter)).forEach((line, i) =>
          rows.push([margin, { text: i === 0 ? sign : ' ', marks: [] }, { text: ' ', marks: [] }, i === 0 ? number : paragraphLabel(null, gutter), ...line]),
        );
      }
      for (let r = first; r < rows.length; r++) {
        sources[r] = source;
        notes[r] = note;
      }
      continue;
    }
    const cellWidth = Math.max(1, column - gutter);
    const left = row.left === null ? [[]] : wrapLines(a, row.leftParagraph, row.left, row.cells.left, cellWidth);
    const right = row.right === null ? [[]] : wrapLines(b, row.rightParagraph, row.right, row.cells.right, cellWidth);
    const numbers = [row.left === null ? paragraphLabel(null, gutter) : label('left', row.leftParagraph), row.right === null ? paragraphLabel(null, gutter) : label('right', row.rightParagraph)];
    const blank = paragraphLabel(null, gutter);
    for (let i = 0; i < Math.max(left.length, right.length); i++) {
      const [l, r] = i === 0 ? numbers : [blank, blank];
      rows.push([margin, i === 0 ? kindMark : { text: ' ', marks: [] }, { text: ' ', marks: [] }, l!, ...padSpans(left[i] ?? [], cellWidth), { text: ' │ ', marks: [] }, r!, ...(right[i] ?? [])]);
    }
    for (let r = first; r < rows.length; r++) {
      sources[r] = source;
      notes[r] = note;
    }
  }
  const s = result.stats;
  const summary = `${a.id} ↔ ${b.id} · ${result.mode} · ${result.granularity} · similarity ${result.similarity.toFixed(2)} · +${s.wordsAdded} −${s.wordsRemoved} ~${s.wordsChanged} words · ${s.moved} moved`;
  const head: Row[] = [plainRow(summary), versionPicker(corpus, pair, width)];
  if (findings.length > 0) head.push([FINDING_MARK, { text: ` ${findings.length} findings: ${findings.slice(0, 6).map(describeFinding).join(' · ')}`, marks: [] }]);
  if (!view.unified) head.push(plainRow(`   ${padToWidth(`A: ${a.id} (${a.lang})`, column)} │ B: ${b.id} (${b.lang})`));
  if (result.notice) head.push(plainRow(result.notice));
  return {
    head,
    rows,
    mode: 'view',
    marked,
    rowOfParagraph: (n) => firstRow.get(n) ?? null,
    rowOfSegment: (n) => segmentStarts[n] ?? null,
    markName: align ? 'omission' : 'change',
    empty: 'both versions are empty',
    status: `${rows.length} rows · ${marked.length} ${align ? 'omissions' : 'changes'}`,
    sourceAt: (row) => sources[row] ?? null,
    rowNote: (row) => notes[row] ?? '',
    handle: (action) => (action === 'toggleMode' ? { type: 'setDiffMode', mode: result.mode === 'align' ? 'diff' : 'align' } : null),
  };
}
