import type { Corpus } from '../corpus/types.js';
import { cleanUpOnSignals, withSignalsDeferred } from '../runtime/defer-signals.js';
import { buildIndex, buildIndexNow, docStartsOf, type IndexFiles, type ProgressFn, type SearchIndex } from './build.js';
import { CacheCorruptError, cacheRoot, corpusKey, dirPrefix, indexFromFolder, openFolder, saveIndex } from './cache.js';
import { discardEntry, KEY, removeEntry, tryLock } from './cache-fs.js';
import { runSearch } from './search.js';
import { readSnapshot, stampedKey, stampName, writeStamp } from './snapshot.js';
import type { EntityResolver, SearchOptions, SearchResponse } from './types.js';

export { CacheCorruptError } from './bucket.js';

/** How to get an index for a corpus. */
export interface SearchEngineOptions {
  /** Read and write the on-disk cache (default true; `--no-cache` sets false). */
  cache?: boolean;
  /** Cache directory (default `$XDG_CACHE_HOME/parallax` or `~/.cache/parallax`). */
  cacheRoot?: string;
  /** Called while building an index (paragraphs done, total). */
  onProgress?: ProgressFn;
  /** Told, once each, when the cache is damaged (and rebuilt) or cannot be used (and is left alone). */
  onWarning?: (message: string) => void;
  /** Default resolver for `entity:NAME` filters; a search call may pass its own. */
  resolveEntity?: EntityResolver;
  /**
   * The file-size cap the corpus was loaded with. When given, the engine
   * stamps the corpus files so that the next one-shot run can use
   * {@link openStampedSearch} instead of loading the corpus.
   */
  maxFileBytes?: number;
}

/** A ready search engine over one corpus; `search` is synchronous and cheap enough to call per keystroke. */
export interface SearchEngine {
  search(query: string, options?: SearchOptions): SearchResponse;
  /** Where the index came from. */
  readonly origin: 'cache' | 'built';
  /**
   * Reads, in the background, the postings that queries would otherwise read
   * on first use, so that no later keystroke pays for it (a long-lived
   * explorer calls it once the screen is up; a one-shot query does not).
   */
  preload(): Promise<void>;
}

/** The warning for a damaged cache. */
export const CACHE_DAMAGED = 'index cache damaged; rebuilding';

/**
 * The cache as one engine uses it. Every cache operation runs through
 * {@link CacheSession.run}: damage (a file that fails its check) is reported,
 * the damaged index discarded and the fallback used; any other fault (not a
 * folder, no permission, a full disk) is reported and the cache left alone
 * for the rest of the session. Each warning is given once.
 */
class CacheSession {
  private usable: boolean;
  private readonly said = new Set<string>();

  constructor(
    readonly root: string,
    enabled: boolean,
    private readonly warn: (message: string) => void,
  ) {
    this.usable = enabled;
  }

  get enabled(): boolean {
    return this.usable;
  }

  private say(message: string): void {
    if (this.said.has(message)) return;
    this.said.add(message);
    this.warn(message);
  }

  /** Reports damage and removes the damaged index (`key`, when valid) and the stamp of a corpus directory. */
  damaged(corpusDir: string, key: string | null): void {
    this.say(CACHE_DAMAGED);
    const prefix = dirPrefix(corpusDir);
    removeEntry(this.root, stampName(prefix));
    if (key !== null && KEY.test(key)) discardEntry(this.root, `${prefix}-${key}`);
  }

  run<T>(op: () => T, fallback: T, onDamage: () => void): T {
    if (!this.usable) return fallback;
    try {
      return op();
    } catch (err) {
      if (err instanceof CacheCorruptError) onDamage();
      else {
        this.usable = false;
        this.say(`index cache unusable (${(err as Error).message}); running without it`);
      }
      return fallback;
    }
  }
}

function unitCount(corpus: Corpus): number {
  return corpus.documents.reduce((n, d) => n + d.paragraphs.length, 0);
}

/** The cached index of a corpus whose content has this key, or null (none, damaged, or no cache). */
function openCached(session: CacheSession, corpus: Corpus, key: string): SearchIndex | null {
  return session.run(
    () => {
      const folder = openFolder(corpus.dir, session.root, key);
      return folder && indexFromFolder(folder, docStartsOf(corpus), unitCount(corpus));
    },
    null,
    () => session.damaged(corpus.dir, key),
  );
}

/** Writes a built index to the cache (a signal meanwhile takes effect once it is written or removed); true when it is there. */
function save(session: CacheSession, index: { files: IndexFiles }, corpus: Corpus, key: string): boolean {
  return session.run(
    () => withSignalsDeferred(() => (saveIndex(index.files, corpus, session.root, key), true)),
    false,
    () => session.damaged(corpus.dir, key),
  );
}

/** How often a process waiting for another's build of the same index looks whether it is done. */
const WAIT_MS = 50;
/** How long it waits at most before building its own. */
const MAX_WAIT_MS = 120_000;

/**
 * The index of a corpus with no usable cache: built by this process (which
 * holds the build lock meanwhile, and caches it) or, when another live
 * process is building the same index, read from the cache once that one is
 * done. A lock left by a killed process is taken over; a wait that lasts too
 * long, or a cache that cannot be used, means building without the lock.
 */
async function buildOrWait(session: CacheSession, corpus: Corpus, key: string, onProgress: ProgressFn | undefined): Promise<{ index: SearchIndex; origin: SearchEngine['origin'] }> {
  const name = `${dirPrefix(corpus.dir)}-${key}`;
  let mine: boolean | null = false;
  const unlock = () => {
    if (mine) removeEntry(session.root, `${name}.lock`);
    mine = false;
  };
  // Set before the lock is taken: a signal at any moment after leaves no lock behind.
  const release = cleanUpOnSignals(unlock);
  try {
    const lock = () =>
      session.run(
        () => tryLock(session.root, name),
        null,
        () => session.damaged(corpus.dir, key),
      );
    const deadline = Date.now() + MAX_WAIT_MS;
    mine = lock();
    while (mine === false && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, WAIT_MS));
      const index = openCached(session, corpus, key);
      if (index) return { index, origin: 'cache' };
      mine = lock();
    }
    // The process that held the lock before may have finished just now.
    const cached = mine ? openCached(session, corpus, key) : null;
    if (cached) return { index: cached, origin: 'cache' };
    const built = await buildIndex(corpus, onProgress);
    // Once on disk, postings are read from there as queries need them, and the built files can go.
    return { index: (save(session, built, corpus, key) && openCached(session, corpus, key)) || built, origin: 'built' };
  } finally {
    unlock();
    release();
  }
}

/**
 * An engine over an index. When the index turns out damaged in the middle of
 * a search, it is discarded and, when `rebuildable` (the corpus was loaded
 * from its files), rebuilt and the search run again; a snapshot corpus cannot
 * be rebuilt from, so the CacheCorruptError is passed on for the caller to
 * load the corpus and start again.
 */
function engineFor(corpus: Corpus, first: SearchIndex, origin0: SearchEngine['origin'], session: CacheSession, key: string, rebuildable: boolean, options: SearchEngineOptions): SearchEngine {
  let current = first;
  let origin = origin0;
  return {
    get origin() {
      return origin;
    },
    preload() {
      return current.preload();
    },
    search(query, searchOptions = {}) {
      const opts = options.resolveEntity && !searchOptions.resolveEntity ? { ...searchOptions, resolveEntity: options.resolveEntity } : searchOptions;
      try {
        return runSearch(current, corpus, query, opts);
      } catch (err) {
        if (!(err instanceof CacheCorruptError)) throw err;
        session.damaged(corpus.dir, key);
        if (!rebuildable) throw err;
        const rebuilt = buildIndexNow(corpus);
        current = rebuilt;
        origin = 'built';
        save(session, rebuilt, corpus, key);
        return runSearch(current, corpus, query, opts);
      }
    },
  };
}

/**
 * Opens the cached index for this corpus (reading postings only as queries
 * need them) or builds one (yielding between chunks, reporting progress) and
 * caches it; while another process builds the same index, waits for it. A damaged cache, even one found in the middle of a search, is
 * reported, discarded and the index rebuilt; a cache that cannot be used is
 * reported and the engine runs without it. Neither is ever an error.
 */
export async function createSearchEngine(corpus: Corpus, options: SearchEngineOptions = {}): Promise<SearchEngine> {
  const session = new CacheSession(options.cacheRoot ?? cacheRoot(), options.cache !== false, options.onWarning ?? (() => undefined));
  const key = corpusKey(corpus);
  const cached = openCached(session, corpus, key);
  const { index, origin } = cached ? { index: cached, origin: 'cache' as const } : await buildOrWait(session, corpus, key, options.onProgress);
  const stampBytes = options.maxFileBytes;
  if (stampBytes !== undefined) {
    session.run(
      () => withSignalsDeferred(() => writeStamp(corpus, key, stampBytes, session.root, dirPrefix(corpus.dir))),
      undefined,
      () => session.damaged(corpus.dir, key),
    );
  }
  return engineFor(corpus, index, origin, session, key, true, options);
}

/**
 * The fast path of a one-shot query: when no file of the corpus directory
 * changed since the last run stamped it, opens the cached index and the
 * corpus snapshot beside it without reading the corpus files (document texts
 * are read only for the hits shown). Null when that is not possible (then
 * load the corpus and use {@link createSearchEngine}). Its engine's search,
 * and reading its corpus's texts, throw CacheCorruptError when the cache
 * turns out damaged (reported and discarded already): load the corpus then.
 */
export function openStampedSearch(corpusDir: string, maxFileBytes: number, options: SearchEngineOptions = {}): { corpus: Corpus; engine: SearchEngine } | null {
  const session = new CacheSession(options.cacheRoot ?? cacheRoot(), options.cache !== false, options.onWarning ?? (() => undefined));
  let key: string | null = null;
  const damaged = () => session.damaged(corpusDir, key);
  return session.run(
    () => {
      key = stampedKey(corpusDir, maxFileBytes, session.root, dirPrefix(corpusDir));
      const folder = key === null ? null : openFolder(corpusDir, session.root, key);
      if (key === null || folder === null) return null;
      const corpus = readSnapshot(corpusDir, folder, damaged);
      const index = indexFromFolder(folder, docStartsOf(corpus), unitCount(corpus));
      return { corpus, engine: engineFor(corpus, index, 'cache', session, key, false, options) };
    },
    null,
    damaged,
  );
}
