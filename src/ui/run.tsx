import { render, type Instance } from 'ink';
import { resolveDocument } from '../core/corpus/resolve-id.js';
import type { Corpus } from '../core/corpus/types.js';
import { keepHeapNearLiveSize } from '../core/runtime/heap-growth.js';
import { sanitizeLine } from '../core/text/sanitize.js';
import type { CliOptions } from '../cli/args.js';
import { App, Loading, type StartAt } from './app.js';
import { takeOverTerminal } from './terminal.js';
import { readHistory, writeHistory } from './query-history.js';

/** Resolves `--diff A B` to document indices (throws CorpusError on an unknown id). */
function startAt(corpus: Corpus, options: CliOptions): StartAt {
  if (options.query !== undefined) return { query: options.query };
  if (options.pair) {
    const [a, b] = options.pair.map((id) => corpus.documents.indexOf(resolveDocument(corpus, id)));
    return { pair: [a!, b!] };
  }
  return {};
}

/** Resolves to the corpus if it is already loaded, else to null (without waiting). */
async function settledNow(corpus: Promise<Corpus>): Promise<Corpus | null> {
  return Promise.race([corpus, new Promise<null>((resolve) => setImmediate(() => resolve(null)))]);
}

/**
 * Runs the explorer on a corpus being loaded; resolves to the exit code. A
 * "loading" frame is drawn only if the corpus is not read by the time the
 * UI code is; the terminal is restored however the app ends. Load errors and
 * an unknown `--diff` id reject (exit 2 with one line, after the restore).
 */
export async function runApp({ corpus: loading, options }: { corpus: Promise<Corpus>; options: CliOptions }): Promise<number> {
  keepHeapNearLiveSize();
  const restore = takeOverTerminal({ stdout: process.stdout, stdin: process.stdin });
  const inkOptions = { exitOnCtrlC: false, patchConsole: false };
  let app: Instance | null = null;
  let warnings: string;
  try {
    let corpus = await settledNow(loading);
    if (!corpus) {
      app = render(<Loading />, inkOptions);
      corpus = await loading;
    }
    const start = startAt(corpus, options);
    // `--review FILE` holds the review of the pair the explorer opens with (`--tui --diff A B`), else of the first two versions.
    const reviewFile = options.review ? { file: options.review, pair: start.pair ?? ([0, 1] as [number, number]) } : undefined;
    const tree = <App corpus={corpus} start={{ ...start, history: readHistory() }} cache={options.cache} saveHistory={writeHistory} {...(reviewFile ? { reviewFile } : {})} />;
    warnings = corpus.warnings.map((w) => `parallax: warning: ${w.file}: ${sanitizeLine(w.message)}\n`).join('');
    // Raw from the first frame on: Ink turns raw mode on just after that frame,
    // and a key typed in between would reach it through the terminal's line
    // mode (Enter as a line feed, which Ink drops). While loading, the terminal
    // stays as it is, so Ctrl-C still interrupts a long load.
    if (process.stdin.isTTY) process.stdin.setRawMode(true);
    if (app) app.rerender(tree);
    else app = render(tree, inkOptions);
    await app.waitUntilExit();
  } finally {
    app?.unmount();
    restore();
  }
  // Said after leaving the alternate screen, so they stay readable.
  if (warnings) process.stderr.write(warnings);
  return 0;
}
