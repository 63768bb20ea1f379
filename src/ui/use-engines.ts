import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Corpus } from '../core/corpus/types.js';
import type { EntityIndex } from '../core/entities/entity-index.js';
import type { SimilarityMatrix } from '../core/diff/matrix.js';
import type { DiffMode } from '../core/diff/types.js';
import type { SearchEngine } from '../core/search/index.js';
import type { PaneId } from './keymap.js';
import { afterInputQuiet } from './input-idle.js';
import { warmUpSearch } from './warm-up.js';

/** The diff engine's functions the explorer calls, imported when first needed. */
export type DiffEngine = typeof import('./diff-engine.js');

/** The engines loaded so far (null until needed and ready), and what is still being prepared. */
export interface Engines {
  search: SearchEngine | null;
  entities: EntityIndex | null;
  diff: DiffEngine | null;
  matrix: SimilarityMatrix | null;
  /** A progress note for the status bar while an index is built ("indexing 40%"). */
  busy: string | null;
  /** Engines that failed to load, by name: a pane that needs one shows the message instead of its rows. */
  errors: Partial<Record<EngineName, string>>;
  /** What went wrong on the way that did not stop an engine (an unusable index cache), for the warnings panel. */
  warnings: readonly string[];
}

type EngineName = 'search' | 'entities' | 'diff' | 'matrix';

const NO_ENGINES: Engines = { search: null, entities: null, diff: null, matrix: null, busy: null, errors: {}, warnings: [] };

/** Which engines each pane draws with. */
const NEEDS: Record<PaneId, readonly EngineName[]> = {
  overview: ['matrix'],
  search: ['search', 'entities'],
  reader: ['entities', 'diff'],
  diff: ['diff', 'entities'],
  entities: ['entities'],
  review: ['diff'],
};

/** The largest corpus whose pairwise similarity matrix the overview computes (n(n-1)/2 diffs). */
export const MATRIX_MAX_VERSIONS = 30;

/** Lets the event loop draw a frame and read keys before heavy synchronous work, and waits while the user is typing. */
const yieldToInput = () => afterInputQuiet();

/**
 * The similarity matrix of the corpus, one pair at a time with a pause for
 * input between pairs, so a corpus of long versions never freezes the keys.
 */
async function progressiveMatrix(corpus: Corpus, diff: DiffEngine, progress: (done: number, total: number) => void): Promise<SimilarityMatrix> {
  const docs = corpus.documents;
  const n = docs.length;
  const values = docs.map(() => new Array<number>(n).fill(1));
  const modes = docs.map(() => new Array<DiffMode>(n).fill('diff'));
  const total = (n * (n - 1)) / 2;
  let done = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      await yieldToInput();
      const r = diff.diffDocuments(docs[i]!, docs[j]!);
      values[i]![j] = values[j]![i] = r.similarity;
      modes[i]![j] = modes[j]![i] = r.mode;
      if (++done < total) progress(done, total);
    }
  }
  return { ids: docs.map((d) => d.id), langs: docs.map((d) => d.lang), values, modes };
}

/**
 * Loads the engines the active pane needs, once each, in the background:
 * modules are imported on first use (start-up pays for none of them), the
 * search index reports progress, and synchronous builds (entity index,
 * similarity matrix) start only after the current frame is on screen.
 */
export function useEngines(corpus: Corpus, pane: PaneId, options: { cache: boolean; query: string }): Engines {
  // The engines belong to the corpus they were built for: a corpus read again (--watch) starts
  // every engine anew, and what is still running for the old one is dropped when it ends.
  const [built, setBuilt] = useState<{ corpus: Corpus; engines: Engines }>({ corpus, engines: NO_ENGINES });
  const engines = built.corpus === corpus ? built.engines : NO_ENGINES;
  const started = useRef(new WeakMap<Corpus, Set<string>>());
  const latest = useRef(corpus);
  useLayoutEffect(() => {
    latest.current = corpus;
  }, [corpus]);
  const wanted = new Set(NEEDS[pane]);
  if (options.query !== '') wanted.add('search');
  const key = [...wanted].sort().join(',');

  useEffect(() => {
    const setEngines = (change: (e: Engines) => Engines) => {
      if (latest.current === corpus) setBuilt((b) => ({ corpus, engines: change(b.corpus === corpus ? b.engines : NO_ENGINES) }));
    };
    let begun = started.current.get(corpus);
    if (!begun) started.current.set(corpus, (begun = new Set()));
    const update = (patch: Partial<Engines>) => setEngines((e) => ({ ...e, ...patch }));
    const fail = (name: EngineName) => (err: unknown) =>
      setEngines((e) => ({ ...e, busy: null, errors: { ...e.errors, [name]: `${name} failed: ${err instanceof Error ? err.message : String(err)}` } }));
    const start = (name: EngineName, load: () => Promise<void>) => {
      if (begun.has(name)) return;
      begun.add(name);
      load().catch(fail(name));
    };
    if (wanted.has('entities') || wanted.has('search')) {
      start('entities', async () => {
        const { entityIndexInBackground } = await import('../core/entities/entity-index.js');
        // One frame per percent: a frame per 10 ms slice would cost more than the slices.
        let shown = -1;
        const entities = await entityIndexInBackground(
          corpus,
          (f) => {
            const percent = Math.floor(100 * f);
            if (percent !== shown) update({ busy: `entities ${(shown = percent)}%` });
          },
          yieldToInput,
        );
        setEngines((e) => ({ ...e, entities, busy: e.busy?.startsWith('entities') ? null : e.busy }));
      });
    }
    if (wanted.has('search')) {
      start('search', async () => {
        const { createSearchEngine } = await import('../core/search/index.js');
        // No entity resolver here: `entity:` filters are resolved per search once the entity index is ready (see usePaneModel).
        const search = await createSearchEngine(corpus, {
          cache: options.cache,
          onProgress: (done, total) => update({ busy: `indexing ${Math.floor((100 * done) / Math.max(1, total))}%` }),
          onWarning: (message) => setEngines((e) => ({ ...e, warnings: [...e.warnings, message] })),
        });
        setEngines((e) => ({ ...e, search, busy: null }));
        // Read the postings and compile the search code the first keystrokes would otherwise wait for, off the keystroke path.
        void search
          .preload()
          .then(() => warmUpSearch(search, corpus, process.stdout.columns || 80, yieldToInput))
          .catch(() => {}); // a failure here surfaces, if it matters, on the next real search
      });
    }
    if (wanted.has('diff')) {
      start('diff', async () => {
        const diff = await import('./diff-engine.js');
        setEngines((e) => ({ ...e, diff }));
      });
    }
    if (wanted.has('matrix') && corpus.documents.length <= MATRIX_MAX_VERSIONS) {
      start('matrix', async () => {
        const diff = await import('./diff-engine.js');
        const matrix = await progressiveMatrix(corpus, diff, (done, total) => update({ busy: `similarities ${done}/${total}` }));
        setEngines((e) => ({ ...e, matrix, busy: null }));
      });
    }
    // `key` stands for `wanted` (a new Set on every render); the cache option is fixed for the run.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, corpus]);
  return engines;
}

/** The load failure that keeps a pane from drawing, if any of its engines failed. */
export function paneFailure(engines: Engines, pane: PaneId): string | null {
  for (const name of NEEDS[pane]) {
    const message = engines.errors[name];
    if (message) return message;
  }
  return null;
}
