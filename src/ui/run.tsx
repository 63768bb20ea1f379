import { render, type Instance } from 'ink';
import { resolveDocument } from '../core/corpus/resolve-id.js';
import type { Corpus } from '../core/corpus/types.js';
import { keepHeapNearLiveSize } from '../core/runtime/heap-growth.js';
import { sanitizeLine } from '../core/text/sanitize.js';
import type { CliOptions } from '../cli/args.js';
import { App, Loading, type HandOffs, type StartAt } from './app.js';
import { takeOverTerminal } from './terminal.js';
import { copyToClipboard } from './clipboard.js';
import { openInEditor } from './editor.js';
import { watchCorpus } from './watch.js';
import { loadConfig } from './config.js';
import { setKeymap } from './keymap.js';
import { setPalette } from './color.js';
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
export async function runApp({ corpus: loading, options, reload }: { corpus: Promise<Corpus>; options: CliOptions; reload?: () => Promise<Corpus> }): Promise<number> {
  keepHeapNearLiveSize();
  // The user's keys and colors, read before the first frame; bad entries are listed by `!` and printed at exit.
  const config = loadConfig();
  setKeymap(config.keymap);
  setPalette(config.colors);
  const terminal = takeOverTerminal({ stdout: process.stdout, stdin: process.stdin, mouse: options.mouse });
  let stopWatch = () => {};
  const inkOptions = { exitOnCtrlC: false, patchConsole: false };
  let app: Instance | null = null;
  let warnings: string;
  try {
    let corpus = await settledNow(loading);
    if (!corpus) {
      app = render(<Loading />, inkOptions);
      corpus = await loading;
    }
    let shown = corpus;
    const handOffs: HandOffs = {
      edit: (doc, paragraph) => openInEditor(shown.dir, shown.documents[doc]!, paragraph, terminal.suspend),
      copy: copyToClipboard,
    };
    const start = { ...startAt(corpus, options), history: readHistory() };
    // `--review FILE` holds the review of the pair the explorer opens with (`--tui --diff A B`), else of the first two versions.
    const reviewFile = options.review ? { file: options.review, pair: start.pair ?? ([0, 1] as [number, number]) } : undefined;
    const tree = (c: Corpus, watchNote: string | null = null) => (
      <App corpus={c} start={start} cache={options.cache} saveHistory={writeHistory} handOffs={handOffs} watchNote={watchNote} startWarnings={config.errors} {...(reviewFile ? { reviewFile } : {})} />
    );
    warnings = [...config.errors, ...corpus.warnings.map((w) => `${w.file}: ${w.message}`)].map((w) => `parallax: warning: ${sanitizeLine(w)}\n`).join('');
    // Raw from the first frame on: Ink turns raw mode on just after that frame,
    // and a key typed in between would reach it through the terminal's line
    // mode (Enter as a line feed, which Ink drops). While loading, the terminal
    // stays as it is, so Ctrl-C still interrupts a long load.
    if (process.stdin.isTTY) process.stdin.setRawMode(true);
    if (app) app.rerender(tree(corpus));
    else app = render(tree(corpus), inkOptions);
    const running = app;
    if (options.watch && reload) {
      // A version changed on disk is read again (the whole corpus: a manifest edit counts too); a read
      // that fails keeps what is shown and says why. Reads never overlap: changes during one are read after it.
      let reading: Promise<void> | null = null;
      let again = false;
      const readAgain = (): void => {
        if (reading) return void (again = true);
        reading = reload()
          .then((next) => {
            shown = next;
            running.rerender(tree(next));
          })
          .catch((err: unknown) => running.rerender(tree(shown, `reload failed, showing what was read before: ${err instanceof Error ? err.message : String(err)}`)))
          .finally(() => {
            reading = null;
            if (again) {
              again = false;
              readAgain();
            }
          });
      };
      stopWatch = watchCorpus(corpus.dir, readAgain, (message) => running.rerender(tree(shown, message)));
    }
    await app.waitUntilExit();
  } finally {
    stopWatch();
    app?.unmount();
    terminal.restore();
  }
  // Said after leaving the alternate screen, so they stay readable.
  if (warnings) process.stderr.write(warnings);
  return 0;
}
