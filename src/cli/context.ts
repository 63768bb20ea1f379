import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_MAX_FILE_MB, loadCorpus, type LoadOptions } from '../core/corpus/load.js';
import { couldName, resolveDocument } from '../core/corpus/resolve-id.js';
import type { Corpus, Document } from '../core/corpus/types.js';
import { cacheRoot } from '../core/search/cache.js';
import { sanitizeLine } from '../core/text/sanitize.js';
import type { CliContext } from './cli-context.js';

export type { CliContext } from './cli-context.js';

/** The bundled corpus, found from the built program (dist/) or the sources (src/cli/). */
export function bundledCorpusDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, '..', 'corpus'), join(here, '..', '..', 'corpus')];
  return candidates.find((dir) => existsSync(join(dir, 'corpus.json'))) ?? candidates[0]!;
}

/** The size cap of one corpus file in bytes (`--max-file-mb`). */
export function maxFileBytes(ctx: CliContext): number {
  return (ctx.options.maxFileMb ?? DEFAULT_MAX_FILE_MB) * 1e6;
}

/** The corpus directory the options name (default: the bundled one). */
export function corpusDirFor(ctx: CliContext): string {
  return ctx.options.corpus ?? bundledCorpusDir();
}

/** How the options say a corpus is loaded: the size cap, and the language detection cache unless --no-cache. */
export function loadOptions(ctx: CliContext): LoadOptions {
  return { maxFileBytes: maxFileBytes(ctx), detectCache: ctx.options.cache ? join(cacheRoot(), 'detect') : null };
}

/** Loads the corpus the options name (default: the bundled one), or only the versions `only` names, and prints its warnings to stderr. */
export async function loadCorpusFor(ctx: CliContext, only?: readonly string[]): Promise<Corpus> {
  const corpus = await loadCorpus(corpusDirFor(ctx), { ...loadOptions(ctx), ...(only ? { only } : {}) });
  for (const w of corpus.warnings) ctx.err(`parallax: warning: ${w.file}: ${sanitizeLine(w.message)}\n`);
  return corpus;
}

/**
 * The versions these ids name (each an id or a unique prefix of one), with
 * only their files read: `--diff a b` on a corpus of 10,000 versions reads
 * two of them. An id that names nothing read is looked up in the whole
 * corpus, for the error that lists every id there is.
 */
export async function loadDocumentsFor(ctx: CliContext, ids: readonly string[]): Promise<Document[]> {
  const some = await loadCorpusFor(ctx, ids);
  const found = ids.every((id) => some.documents.some((d) => couldName(id, d.id)));
  const corpus = found ? some : await loadCorpus(some.dir, loadOptions(ctx));
  return ids.map((id) => resolveDocument(corpus, id));
}
