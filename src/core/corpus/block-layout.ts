/**
 * How a block of a document is set out when shown: the marks before its
 * first line and its other lines (heading marks, list bullets and
 * indentation, quote bars, a rule beside code), and the lines of a code
 * block as its file has them. The reader, `--show` and both side-by-side
 * diffs (the explorer's and `--diff`'s) use it.
 */
import type { TextRange } from '../text/segment.js';
import { sliceSpans, type StyledSpan } from '../text/spans.js';
import type { Document, Paragraph } from './types.js';

export interface BlockMarks {
  /** Before the block's first line. */
  first: string;
  /** Before each of its other lines; as wide as `first`. */
  rest: string;
}

const NONE: BlockMarks = { first: '', rest: '' };

/** The marks of a block (none for a plain paragraph). */
export function blockMarks(p: Pick<Paragraph, 'kind' | 'depth'>): BlockMarks {
  const depth = p.depth ?? 0;
  switch (p.kind) {
    case 'heading': {
      const hashes = '#'.repeat(Math.min(6, Math.max(1, depth))) + ' ';
      return { first: hashes, rest: ' '.repeat(hashes.length) };
    }
    case 'list-item': {
      const indent = '  '.repeat(depth);
      return { first: `${indent}• `, rest: `${indent}  ` };
    }
    case 'quote': {
      const bars = '│ '.repeat(depth + 1);
      return { first: bars, rest: bars };
    }
    case 'code': {
      const mark = `${'  '.repeat(depth)}┆ `;
      return { first: mark, rest: mark };
    }
    case 'table-row':
      return { first: '│ ', rest: '│ ' };
    default:
      return NONE;
  }
}

/** What indents a code line: spaces, tabs, and the no-break spaces some translations indent with (the Traditional Chinese README of a real history). */
const INDENT = new Set([0x20, 0x09, 0xa0]);

/**
 * The lines of a code block as ranges of the document text: the file's own
 * line breaks, each line without the indentation its first line lost (the
 * block starts at its text, after the indentation of the list it sits in).
 */
export function codeLines(text: string, p: Pick<Paragraph, 'start' | 'end'>): TextRange[] {
  const column = p.start - (text.lastIndexOf('\n', p.start - 1) + 1);
  const lines: TextRange[] = [];
  let start = p.start;
  while (start <= p.end) {
    let end = text.indexOf('\n', start);
    if (end === -1 || end > p.end) end = p.end;
    let s = start;
    if (lines.length > 0) while (s < end && s - start < column && INDENT.has(text.charCodeAt(s))) s++;
    lines.push({ start: s, end });
    start = end + 1;
  }
  return lines;
}

/**
 * A diff cell (`spans` of `text`, a segment of paragraph `paragraph` of
 * `doc`) as the lines a view shows, each to be wrapped alone: a whole code
 * block's own lines (a paragraph's text has its line breaks as spaces), any
 * other cell as one line.
 */
export function cellLines(doc: Pick<Document, 'text' | 'paragraphs'>, paragraph: number | undefined, text: string | null, spans: readonly StyledSpan[]): StyledSpan[][] {
  const p = paragraph === undefined ? undefined : doc.paragraphs[paragraph];
  if (p?.kind !== 'code' || text !== p.text) return [[...spans]];
  return codeLines(doc.text, p).map((line) => sliceSpans(spans, line.start - p.start, line.end - p.start));
}
