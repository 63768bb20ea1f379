import type { Corpus } from '../../core/corpus/types.js';
import { CacheCorruptError, createSearchEngine, openStampedSearch, type SearchEngine } from '../../core/search/engine.js';
import { parseQuery } from '../../core/search/query.js';
import type { SearchOptions } from '../../core/search/types.js';
import type { SearchResponse } from '../../core/search/types.js';
import { spansText } from '../../core/text/spans.js';
import { sanitizeLine } from '../../core/text/sanitize.js';
import { chrome, renderSpans } from '../style.js';
import { EXIT, UsageError } from '../errors.js';
import { bundledCorpusDir, loadCorpusFor, maxFileBytes, type CliContext } from '../context.js';

/** Progress is shown only on a terminal, and only once a build has taken this long. */
const PROGRESS_AFTER_MS = 300;

/** A progress reporter for index building that writes to stderr only when it is a terminal. */
function progressReporter(): { report: (done: number, total: number) => void; end: () => void } {
  const started = Date.now();
  let shown = false;
  const tty = process.stderr.isTTY === true;
  return {
    report(done, total) {
      if (!tty || Date.now() - started < PROGRESS_AFTER_MS) return;
      shown = true;
      process.stderr.write(`\rparallax: indexing ${done}/${total} paragraphs…`);
    },
    end() {
      if (shown) process.stderr.write('\r\u001b[K');
    },
  };
}

function toJson(r: SearchResponse): object {
  return {
    query: r.query,
    total: r.total,
    hits: r.hits.map((h) => ({ doc: h.doc, title: h.title, lang: h.lang, paragraph: h.paragraph, score: h.score, snippet: spansText(h.snippet), terms: h.terms })),
    suggestions: r.suggestions.map((s) => sanitizeLine(s)),
  };
}

function toText(r: SearchResponse, ctx: CliContext): string {
  const lines: string[] = [];
  for (const h of r.hits) {
    lines.push(`${chrome.id(h.doc, ctx.color)} ${chrome.dim(`¶${h.paragraph}`, ctx.color)}  ${chrome.bold(sanitizeLine(h.title), ctx.color)}  ${chrome.dim(`score ${h.score}`, ctx.color)}`);
    lines.push(`    ${renderSpans(h.snippet, ctx.color)}`);
  }
  const docs = r.documentCount;
  const shown = r.hits.length < r.total ? ` (showing ${r.hits.length}; raise --limit for more)` : '';
  lines.push(chrome.dim(`${r.total} matching paragraph${r.total === 1 ? '' : 's'} in ${docs} document${docs === 1 ? '' : 's'}${shown}`, ctx.color));
  return lines.join('\n') + '\n';
}

/** The stamped cache when no corpus file changed since the last run (no file is read), or null. */
function openStamped(ctx: CliContext, warn: (message: string) => void): { corpus: Corpus; engine: SearchEngine } | null {
  if (!ctx.options.cache) return null;
  const fast = openStampedSearch(ctx.options.corpus ?? bundledCorpusDir(), maxFileBytes(ctx), { onWarning: warn });
  if (fast) for (const w of fast.corpus.warnings) ctx.err(`parallax: warning: ${sanitizeLine(w.file)}: ${sanitizeLine(w.message)}\n`);
  return fast;
}

/** The corpus loaded and its index opened from the cache or built. */
async function openLoaded(ctx: CliContext, warn: (message: string) => void): Promise<{ corpus: Corpus; engine: SearchEngine }> {
  const corpus = await loadCorpusFor(ctx);
  const progress = progressReporter();
  const engine = await createSearchEngine(corpus, { cache: ctx.options.cache, onProgress: progress.report, onWarning: warn, maxFileBytes: maxFileBytes(ctx) });
  progress.end();
  return { corpus, engine };
}

/**
 * Search options for one query. The entities engine (its code and its index
 * of the corpus) is loaded only when the query has an `entity:` filter.
 */
async function searchOptions(ctx: CliContext, query: string, corpus: Corpus): Promise<SearchOptions> {
  const limit = ctx.options.limit;
  const options: SearchOptions = { finished: true, ...(limit !== undefined ? { limit } : {}) };
  if (parseQuery(query).filters.entity.length > 0) {
    const { entityIndexWithWarnings } = await import('./entities.js');
    const index = entityIndexWithWarnings(ctx, corpus);
    options.resolveEntity = (name) => index.paragraphsMentioning(name);
  }
  return options;
}

/**
 * `--query Q`: ranked matching paragraphs with snippets, or JSON. Exit 0
 * with hits, 1 with none (suggestions on stderr), 2 when the query cannot run.
 */
export async function runQuery(ctx: CliContext): Promise<number> {
  const query = ctx.options.query ?? '';
  if (query.trim() === '') throw new UsageError('--query needs something to search for', 'e.g. parallax --query "Silicon Valley" lang:en');
  // Lines on stderr are given once each, even when a damaged cache makes the query start again.
  const said = new Set<string>();
  const once: CliContext = { ...ctx, err: (text) => void (said.has(text) || (said.add(text), ctx.err(text))) };
  const warn = (message: string) => once.err(`parallax: warning: ${sanitizeLine(message)}\n`);
  const fast = openStamped(once, warn);
  if (fast) {
    try {
      return await answer(once, query, fast);
    } catch (err) {
      // The cache turned out damaged (reported and discarded): load the corpus and answer from that.
      if (!(err instanceof CacheCorruptError)) throw err;
    }
  }
  return answer(once, query, await openLoaded(once, warn));
}

/** Runs the query and prints its result; nothing is printed until the whole result is ready. */
async function answer(ctx: CliContext, query: string, { corpus, engine }: { corpus: Corpus; engine: SearchEngine }): Promise<number> {
  const result = engine.search(query, await searchOptions(ctx, query, corpus));
  if (result.notice?.level === 'error') throw new UsageError(result.notice.message, 'the query language: words, a OR b, -word, "a phrase", lang:, doc:, source:, entity:');
  if (result.notice) ctx.err(`parallax: warning: ${sanitizeLine(result.notice.message)}\n`);
  const status = ctx.willExit(result.total > 0 ? EXIT.ok : EXIT.notFound);
  if (ctx.options.json) ctx.out(JSON.stringify(toJson(result), null, 2) + '\n');
  else if (result.total > 0) ctx.out(toText(result, ctx));
  if (result.total === 0 && !ctx.options.json) {
    const hint = result.suggestions.length > 0 ? `; did you mean: ${result.suggestions.map((s) => sanitizeLine(s)).join(' | ')}` : '';
    ctx.err(`parallax: no matches for ${sanitizeLine(JSON.stringify(query))}${hint}\n`);
  }
  return status;
}
