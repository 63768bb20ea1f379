/**
 * Diffing two long versions on two cores: the second version is tokenized in
 * a worker thread while this thread tokenizes the first. The same module is
 * the worker's entry (it loads itself), so the build needs no extra file.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { Document } from '../corpus/types.js';
import { diffDocuments, differentLanguages } from './diff-documents.js';
import type { Fold } from './tokens.js';
import type { DiffOptions, DiffResult } from './types.js';
import { paragraphTokens, tokenizableWhole, type ParagraphTokens } from './units.js';

/** Below this many characters (about 2 MB) a worker's start-up (~25 ms) costs more than tokenizing costs. */
export const PARALLEL_MIN_CHARS = 2_000_000;

const ROLE = 'parallax:paragraph-tokens';

interface Job {
  text: string;
  starts: Int32Array;
  ends: Int32Array;
  lang: string;
  fold: Fold;
}

/**
 * The paragraph tokens of `doc`, made in a worker thread; null when no
 * worker could run them (then the caller tokenizes here, as without one).
 */
function paragraphTokensInWorker(doc: Document, fold: Fold): Promise<ParagraphTokens | null> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL(import.meta.url), { workerData: ROLE });
    } catch {
      resolve(null);
      return;
    }
    worker.once('message', (tokens: ParagraphTokens) => {
      worker.unref();
      resolve(tokens);
    });
    // Run from sources (tests), the worker cannot load a .ts file: it fails at once and this thread does the work.
    worker.once('error', () => resolve(null));
    worker.once('exit', () => resolve(null));
    const job: Job = {
      text: doc.text,
      starts: Int32Array.from(doc.paragraphs, (p) => p.start),
      ends: Int32Array.from(doc.paragraphs, (p) => p.end),
      lang: doc.lang,
      fold,
    };
    worker.postMessage(job, [job.starts.buffer as ArrayBuffer, job.ends.buffer as ArrayBuffer]);
  });
}

if (!isMainThread && workerData === ROLE) {
  parentPort!.once('message', (job: Job) => {
    const out = paragraphTokens(job.text, job.starts, job.ends, job.lang, job.fold);
    const { starts, ends, keys, words } = out.tokens;
    // Distinct buffers (a short text's four arrays share one); every one is ArrayBuffer, made by this module's tokenizer.
    const buffers = new Set([out.cuts.buffer, starts.buffer, ends.buffer, keys.buffer, words.buffer] as ArrayBuffer[]);
    parentPort!.postMessage(out, [...buffers]);
  });
}

/**
 * {@link diffDocuments}, with the two versions tokenized at once on two
 * threads when they are long and compared literally; same result.
 */
export async function diffDocumentsInParallel(a: Document, b: Document, opts: DiffOptions = {}): Promise<DiffResult> {
  const literal = (opts.mode ?? (differentLanguages(a, b) ? 'align' : 'diff')) === 'diff';
  if (!literal || a.text.length + b.text.length < 2 * PARALLEL_MIN_CHARS || !tokenizableWhole(a) || !tokenizableWhole(b)) return diffDocuments(a, b, opts);
  const fold = { ignoreCase: opts.ignoreCase === true, ignorePunctuation: opts.ignorePunctuation === true };
  const pendingB = paragraphTokensInWorker(b, fold);
  const tokensA = paragraphTokens(a.text, a.paragraphs.map((p) => p.start), a.paragraphs.map((p) => p.end), a.lang, fold);
  const tokensB = await pendingB;
  return diffDocuments(a, b, { ...opts, paragraphTokens: { a: tokensA, ...(tokensB ? { b: tokensB } : {}) } });
}
