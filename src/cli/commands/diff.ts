import { setFlagsFromString } from 'node:v8';
import { cellLines as blockCellLines } from '../../core/corpus/block-layout.js';
import type { Document } from '../../core/corpus/types.js';
import { diffDocuments } from '../../core/diff/diff-documents.js';
import { linePatch } from '../../core/diff/patch.js';
import type { DiffResult, DiffRow, UnifiedRun } from '../../core/diff/types.js';
import { sanitizeLine } from '../../core/text/sanitize.js';
import type { Mark, StyledSpan } from '../../core/text/spans.js';
import { MARK_STYLES } from '../../core/text/theme.js';
import { chrome, renderSpans } from '../style.js';
import { EXIT } from '../errors.js';
import { loadDocumentsFor, type CliContext } from '../context.js';
import { ByteWriter, lineWriter, type LineWriter, type Sink } from '../output.js';

const GUTTER: Record<DiffRow['kind'], string> = { equal: ' ', changed: '~', added: '+', removed: '-', moved: '>' };
const SEPARATOR = ' │ ';
const MIN_COLUMN = 8;

/**
 * Spans with the plain brackets of their marks written into the text (and
 * the marks dropped), so that wrapping counts the brackets' columns too.
 * Nested marks (a changed word inside a moved sentence) nest their brackets.
 */
function bracketed(spans: readonly StyledSpan[]): StyledSpan[] {
  const out: StyledSpan[] = [];
  const open: Mark[] = [];
  const text = (t: string) => out.push({ text: t, marks: [] });
  for (const span of spans) {
    while (open.some((m) => !span.marks.includes(m))) text(MARK_STYLES[open.pop()!].plain?.[1] ?? '');
    for (const m of span.marks) {
      if (open.includes(m)) continue;
      open.push(m);
      text(MARK_STYLES[m].plain?.[0] ?? '');
    }
    text(span.text);
  }
  while (open.length > 0) text(MARK_STYLES[open.pop()!].plain?.[1] ?? '');
  return out.filter((s) => s.text !== '');
}

/** What stands in an empty cell: nothing, or where a moved segment went. */
function emptyCell(row: DiffRow, side: 'left' | 'right', rows: readonly DiffRow[]): StyledSpan[] {
  if (row.kind !== 'moved') return [];
  const other = side === 'left' ? rows[row.from ?? -1]?.leftParagraph : rows[row.to ?? -1]?.rightParagraph;
  const where = other === undefined ? '' : side === 'left' ? ` (from A ¶${other})` : ` (to B ¶${other})`;
  return [{ text: `moved${where}`, marks: [] }];
}

type Layout = { displayWidth: (text: string) => number; wrapSpans: (spans: readonly StyledSpan[], width: number) => StyledSpan[][] };

function cellLines({ displayWidth, wrapSpans }: Layout, spans: readonly StyledSpan[], width: number, color: boolean): string[] {
  const source = color ? spans : bracketed(spans);
  return wrapSpans(source, width).map((line) => {
    const rendered = renderSpans(line, color);
    const used = displayWidth(line.map((s) => s.text).join(''));
    return rendered + ' '.repeat(Math.max(0, width - used));
  });
}

/** Both versions' cells side by side, each wrapped in its column (a code block line by line). */
async function sideBySide(layout: Layout, docs: [Document, Document], result: DiffResult, width: number, color: boolean, w: LineWriter): Promise<void> {
  const column = Math.max(MIN_COLUMN, Math.floor((width - 2 - SEPARATOR.length) / 2));
  const lines = (doc: Document, paragraph: number | undefined, text: string | null, spans: readonly StyledSpan[]) =>
    blockCellLines(doc, paragraph, text, spans).flatMap((line) => cellLines(layout, line, column, color && text !== null));
  for (const row of result.rows) {
    const wait = w.keepUp();
    if (wait) await wait;
    const left = row.left === null ? emptyCell(row, 'left', result.rows) : row.cells.left;
    const right = row.right === null ? emptyCell(row, 'right', result.rows) : row.cells.right;
    const l = lines(docs[0], row.leftParagraph, row.left, left);
    const r = lines(docs[1], row.rightParagraph, row.right, right);
    const dimL = row.left === null && color;
    const dimR = row.right === null && color;
    for (let k = 0; k < Math.max(l.length, r.length); k++) {
      const gutter = k === 0 ? GUTTER[row.kind] : ' ';
      const a = l[k] ?? ' '.repeat(column);
      const b = r[k] ?? '';
      w.line(`${gutter} ${dimL ? chrome.dim(a, true) : a}${chrome.dim(SEPARATOR, color)}${dimR ? chrome.dim(b, true) : b}`.trimEnd());
    }
  }
}

/** Where a moved row's text went, or came from. */
function moveNote(row: DiffRow, color: boolean): string {
  return row.kind === 'moved' ? chrome.dim(` (${row.left !== null ? `moved to row ${row.to}` : `moved from row ${row.from}`})`, color) : '';
}

/** The rows as colored `git diff --word-diff` lines. */
async function unified(result: DiffResult, w: LineWriter): Promise<void> {
  for (const row of result.rows) {
    const wait = w.keepUp();
    if (wait) await wait;
    w.line(`${GUTTER[row.kind]} ${renderSpans(row.cells.unified, true)}${moveNote(row, true)}`);
  }
}

/**
 * The rows as plain `git diff --word-diff` lines, the longest output there
 * is: a changed row's pieces go from its versions' text straight into
 * the output bytes, with the brackets of their marks.
 */
async function plainUnified(result: DiffResult, w: ByteWriter): Promise<void> {
  let open: 'removed' | 'added' | null = null;
  const mark = (m: 'removed' | 'added' | null) => {
    if (m === open) return;
    if (open) w.text(MARK_STYLES[open].plain![1]);
    if (m) w.text(MARK_STYLES[m].plain![0]);
    open = m;
  };
  const run: UnifiedRun = (source, start, end, m) => {
    mark(m);
    w.text(source, start, end);
  };
  // Indexed: for…of allocated an iterator result per row (a long diff's rows are written once, mostly unoptimized).
  for (let r = 0; r < result.rows.length; r++) {
    const row = result.rows[r]!;
    const wait = w.keepUp();
    if (wait) await wait;
    w.text(GUTTER[row.kind]);
    w.text(' ');
    if (row.unifiedRuns(run)) mark(null);
    else w.text(renderSpans(row.cells.unified, false));
    w.text(moveNote(row, false));
    w.endLine();
  }
}

/** Rows stringified at a time: their text (~25 kB) stays a young string, not a large object in fresh pages. */
const JSON_BATCH = 16;

/**
 * The JSON document of a diff, written a batch of rows at a time; the text is
 * exactly JSON.stringify(…, null, 2) of the whole, with each row as `toJson`
 * gives it. A batch is stringified as `{"rows": batch}`, which puts its rows
 * at their final indentation, and the wrapper is cut off again. Each row's
 * object (and its spans) is made when its batch is written, so none of them
 * outlives its batch.
 */
async function writeJson<T>(head: Record<string, unknown>, rows: readonly T[], toJson: (row: T) => object, sink: Sink): Promise<void> {
  const whole = JSON.stringify({ ...head, rows: [] }, null, 2);
  if (rows.length === 0) {
    sink.out(whole + '\n');
    return;
  }
  const open = '{\n  "rows": [\n';
  const close = '\n  ]\n}';
  const w = lineWriter(sink);
  w.line(whole.slice(0, whole.lastIndexOf('[') + 1));
  for (let k = 0; k < rows.length; k += JSON_BATCH) {
    const wait = w.keepUp();
    if (wait) await wait;
    const text = JSON.stringify({ rows: rows.slice(k, k + JSON_BATCH).map(toJson) }, null, 2);
    w.line(text.slice(open.length, text.length - close.length) + (k + JSON_BATCH < rows.length ? ',' : ''));
  }
  w.line('  ]');
  w.line('}');
  w.end();
}

function summary(result: DiffResult, idA: string, idB: string, color: boolean): string {
  const s = result.stats;
  const parts = [`${chrome.id(idA, color)} ↔ ${chrome.id(idB, color)}`, `${result.mode} by ${result.granularity}`, `similarity ${result.similarity.toFixed(2)}`];
  if (result.mode === 'diff') parts.push(`words +${s.wordsAdded} -${s.wordsRemoved} ~${s.wordsChanged}`, `${s.moved} moved`);
  else parts.push(`aligned ${s.alignedLeft}/${s.segmentsLeft} ↔ ${s.alignedRight}/${s.segmentsRight} segments`);
  return parts.join(chrome.dim(' · ', color));
}

/** `--diff A B`: two versions side by side, as a word diff or an alignment, or as a patch; exit 1 when they differ. */
export async function runDiff(ctx: CliContext): Promise<number> {
  // V8 doubles its young generation as objects survive, up to 2 × 16 MB, and
  // reading two long versions makes it grow to its largest. Kept at its first
  // size, a 10 MB diff peaks 30–50 MB lower with the same CPU time (BENCHMARKS.md,
  // Diff). A growth factor is read at each growth, so it takes effect when set
  // at run time (sizes are fixed when the heap is made).
  setFlagsFromString('--semi-space-growth-factor=1');
  const [a, b] = (await loadDocumentsFor(ctx, ctx.options.pair!)) as [Document, Document];
  const opts = ctx.options;
  if (opts.format === 'patch') {
    // The versions' text is sanitized on loading: the patch holds nothing a terminal would act on.
    const patch = linePatch(`a/${sanitizeLine(a.file)}`, a.text, `b/${sanitizeLine(b.file)}`, b.text);
    const w = lineWriter(ctx);
    if (patch !== '') w.line(patch.slice(0, -1));
    w.end();
    return patch === '' ? EXIT.ok : EXIT.notFound;
  }
  const result = diffDocuments(a, b, {
    ...(opts.mode ? { mode: opts.mode } : {}),
    ...(opts.granularity ? { granularity: opts.granularity } : {}),
    ignoreCase: opts.ignoreCase,
    ignorePunctuation: opts.ignorePunctuation,
  });
  const status = ctx.willExit(result.rows.every((r) => r.kind === 'equal') ? EXIT.ok : EXIT.notFound);
  if (result.notice) ctx.err(`parallax: note: ${sanitizeLine(result.notice)}\n`);
  const format = opts.format ?? (opts.json ? 'json' : 'side');
  if (format === 'json') {
    const toJson = (r: DiffRow) => ({
      kind: r.kind,
      left: r.left,
      right: r.right,
      spans: r.spans,
      ...(r.from !== undefined ? { from: r.from } : {}),
      ...(r.to !== undefined ? { to: r.to } : {}),
    });
    const head = { a: a.id, b: b.id, mode: result.mode, granularity: result.granularity, similarity: result.similarity, stats: result.stats, ...(result.notice ? { notice: result.notice } : {}) };
    await writeJson(head, result.rows, toJson, ctx);
    return status;
  }
  if (format === 'unified' && !ctx.color) {
    const w = new ByteWriter(ctx);
    w.text(summary(result, a.id, b.id, false));
    w.endLine();
    await plainUnified(result, w);
    w.end();
    return status;
  }
  const w = lineWriter(ctx);
  w.line(summary(result, a.id, b.id, ctx.color));
  if (format === 'unified') await unified(result, w);
  else {
    // Display widths come from string-width, whose tables take ~15 ms to load: only the column layout pays for them.
    const [{ displayWidth }, { wrapSpans }] = await Promise.all([import('../../core/text/width.js'), import('../../core/text/wrap.js')]);
    await sideBySide({ displayWidth, wrapSpans }, [a, b], result, opts.width ?? ctx.columns, ctx.color, w);
  }
  w.end();
  return status;
}
