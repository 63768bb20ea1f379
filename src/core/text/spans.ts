/**
 * The row model every view renders: text cut into spans, each carrying the
 * marks that apply to it. Search matches, diff changes and entity types are
 * produced as ranges by their engines and merged here, so one renderer (CLI
 * or Ink) colors all of them the same way.
 */

/** What a range of text is: a search hit, a diff change, or an entity of some type. */
export type Mark = 'match' | 'added' | 'removed' | 'moved' | 'PERSON' | 'ORG' | 'PLACE' | 'PRODUCT' | 'NUMBER';

/** A marked half-open range [start, end) of some text. */
export interface MarkRange {
  start: number;
  end: number;
  mark: Mark;
}

/** A piece of text and the marks on it; joining every span's text gives the input back. */
export interface StyledSpan {
  text: string;
  marks: Mark[];
}

/**
 * Cuts `text` at every range boundary and gives each piece the marks of the
 * ranges that cover it. Ranges may overlap and come in any order; parts out
 * of bounds are clipped. Never changes the text.
 */
export function toSpans(text: string, ranges: readonly MarkRange[]): StyledSpan[] {
  if (text === '') return [];
  const valid = ranges.map((r) => ({ start: Math.max(0, r.start), end: Math.min(text.length, r.end), mark: r.mark })).filter((r) => r.end > r.start);
  if (valid.length === 0) return [{ text, marks: [] }];
  const cuts = new Set<number>([0, text.length]);
  for (const r of valid) {
    cuts.add(r.start);
    cuts.add(r.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const spans: StyledSpan[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const marks: Mark[] = [];
    for (const r of valid) if (r.start <= start && r.end >= end && !marks.includes(r.mark)) marks.push(r.mark);
    const last = spans[spans.length - 1];
    if (last && sameMarks(last.marks, marks)) last.text += text.slice(start, end);
    else spans.push({ text: text.slice(start, end), marks });
  }
  return spans;
}

function sameMarks(a: readonly Mark[], b: readonly Mark[]): boolean {
  return a.length === b.length && a.every((m) => b.includes(m));
}

/** The plain text of a span list. */
export function spansText(spans: readonly StyledSpan[]): string {
  return spans.map((s) => s.text).join('');
}

/** The part of a span row between two character offsets of its text. */
export function sliceSpans(spans: readonly StyledSpan[], start: number, end: number): StyledSpan[] {
  const out: StyledSpan[] = [];
  let pos = 0;
  for (const span of spans) {
    const spanEnd = pos + span.text.length;
    const a = Math.max(start, pos);
    const b = Math.min(end, spanEnd);
    if (b > a) out.push({ text: span.text.slice(a - pos, b - pos), marks: span.marks });
    pos = spanEnd;
    if (pos >= end) break;
  }
  return out;
}
