import type { Corpus, Document, Paragraph } from '../../core/corpus/types.js';
import type { EntityIndex } from '../../core/entities/entity-index.js';
import type { SearchResponse } from '../../core/search/index.js';
import { ELLIPSIS } from '../../core/search/snippet.js';
import { toSpans, type MarkRange, type StyledSpan } from '../../core/text/spans.js';
import { padToWidth } from '../../core/text/width.js';
import type { PaneModel, Row } from './pane-model.js';
import { plainRow } from './pane-model.js';

/** Hits asked of the engine per keystroke: more than a screen, few enough to stay instant. */
export const SEARCH_LIMIT = 200;

/** Versions named with their hit counts in the line above the hits. */
const COUNTED_VERSIONS = 8;

const prefixWidths = new WeakMap<Corpus, number>();
const byId = new WeakMap<Corpus, Map<string, Document>>();

/** The corpus's documents by id (built once per corpus: it is asked per keystroke). */
function documentsById(corpus: Corpus): Map<string, Document> {
  let map = byId.get(corpus);
  if (!map) byId.set(corpus, (map = new Map(corpus.documents.map((d) => [d.id, d]))));
  return map;
}

/** Width of the `doc ¶N` column before each snippet (measured once per corpus: it is asked per keystroke). */
export function hitPrefixWidth(corpus: Corpus): number {
  let width = prefixWidths.get(corpus);
  if (width === undefined) prefixWidths.set(corpus, (width = corpus.documents.reduce((w, d) => Math.max(w, d.id.length), 0) + 7));
  return width;
}

/** The ranges a span list carries, as offsets into its joined text. */
function rangesOf(spans: readonly StyledSpan[]): { text: string; ranges: MarkRange[] } {
  let text = '';
  const ranges: MarkRange[] = [];
  for (const s of spans) {
    for (const mark of s.marks) ranges.push({ start: text.length, end: text.length + s.text.length, mark });
    text += s.text;
  }
  return { text, ranges };
}

/**
 * The entity ranges of a snippet, taken from those already found in its
 * paragraph (no detection per keystroke): the snippet is a window of the
 * paragraph, maybe with `…` at either end; entities cut by the window are
 * clipped to it.
 */
function snippetEntityRanges(snippet: string, paragraph: Paragraph, docId: string, entities: EntityIndex): MarkRange[] {
  const lead = snippet.startsWith(ELLIPSIS) ? ELLIPSIS.length : 0;
  const body = snippet.slice(lead, snippet.endsWith(ELLIPSIS) && snippet.length > lead ? -ELLIPSIS.length : undefined);
  const at = paragraph.text.indexOf(body);
  if (at < 0 || body === '') return [];
  const out: MarkRange[] = [];
  for (const r of entities.paragraphRanges(docId, paragraph.index)) {
    const start = Math.max(r.start, at);
    const end = Math.min(r.end, at + body.length);
    if (start < end) out.push({ start: start - at + lead, end: end - at + lead, mark: r.mark });
  }
  return out;
}

/**
 * The search pane: a line of hit counts per version, then one row per hit
 * (version, paragraph, a snippet sized to the line with matches and entities
 * marked). Enter opens the hit in the reader, scrolled to the match.
 * `waitingForEntities`: the query has an `entity:` filter that the search
 * could not apply yet; the pane says so instead of the engine's warning.
 */
export function searchModel(corpus: Corpus, query: string, response: SearchResponse | null, entities: EntityIndex | null, width: number, waitingForEntities = false): PaneModel {
  const base = { mode: 'cursor' as const, marked: [], head: [] as Row[] };
  if (query.trim() === '') {
    return { ...base, rows: [], empty: 'type a query: words, "a phrase", a OR b, -word, lang:id, doc:ID, entity:NAME', status: '' };
  }
  if (!response) return { ...base, rows: [], empty: 'preparing the search index…', status: '' };
  const head: Row[] = [];
  if (waitingForEntities) head.push([{ text: 'entity: applies once the entity index is ready (building in the background); these hits ignore it', marks: ['removed'] }]);
  else if (response.notice) head.push([{ text: `${response.notice.level}: ${response.notice.message}`, marks: ['removed'] }]);
  // A few versions only: a line naming thousands would cost every frame more than the search did.
  const more = response.documentCount > COUNTED_VERSIONS ? ` · … ${response.documentCount - COUNTED_VERSIONS} more` : '';
  const counts =
    response.byDocument
      .slice(0, COUNTED_VERSIONS)
      .map((d) => `${d.doc} ${d.hits}`)
      .join(' · ') + more;
  head.push(plainRow(`${response.total} matching paragraph${response.total === 1 ? '' : 's'}${counts ? ` — ${counts}` : ''}`));
  const prefix = hitPrefixWidth(corpus);
  const docs = documentsById(corpus);
  const rows = response.hits.map((hit): Row => {
    const { text, ranges } = rangesOf(hit.snippet);
    const paragraph = docs.get(hit.doc)?.paragraphs[hit.paragraph];
    const marks = entities && paragraph ? [...ranges, ...snippetEntityRanges(text, paragraph, hit.doc, entities)] : ranges;
    return [{ text: padToWidth(`${hit.doc} ¶${hit.paragraph}`, prefix), marks: [] }, ...toSpans(text, marks)];
  });
  const suggestions = response.suggestions.length > 0 ? `; did you mean: ${response.suggestions.join(' | ')}` : '';
  return {
    head,
    rows,
    mode: 'cursor',
    marked: [],
    empty: `no matches${suggestions}`,
    status: `${response.total} hits in ${response.documentCount} versions`,
    handle: (action, row) => {
      const hit = response.hits[row];
      if (action !== 'open' || !hit) return null;
      const doc = corpus.documents.findIndex((d) => d.id === hit.doc);
      const paragraph = corpus.documents[doc]?.paragraphs[hit.paragraph];
      return paragraph ? { type: 'openReader', doc, offset: paragraph.start + (hit.ranges[0]?.start ?? 0) } : null;
    },
    sourceAt: (row) => {
      const hit = response.hits[row];
      const doc = hit ? corpus.documents.findIndex((d) => d.id === hit.doc) : -1;
      return hit && doc >= 0 ? { doc, paragraph: hit.paragraph } : null;
    },
    copyText: (row) => {
      const hit = response.hits[row];
      return (hit && docs.get(hit.doc)?.paragraphs[hit.paragraph]?.text) ?? '';
    },
  };
}

/** Snippet width that fits a hit row on one line of `width` columns. */
export function snippetChars(corpus: Corpus, width: number): number {
  return Math.max(20, width - hitPrefixWidth(corpus) - 1);
}
