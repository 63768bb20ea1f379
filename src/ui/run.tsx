import { render } from 'ink';
import { DEFAULT_MAX_FILE_MB, loadCorpus } from '../core/corpus/load.js';
import { resolveDocument } from '../core/corpus/resolve-id.js';
import type { Corpus } from '../core/corpus/types.js';
import type { CliOptions } from '../cli/args.js';
import { App, Loading, type StartAt } from './app.js';
import { takeOverTerminal } from './terminal.js';

/** Resolves `--diff A B` to document indices (throws CorpusError on an unknown id). */
function startAt(corpus: Corpus, options: CliOptions): StartAt {
  if (options.query !== undefined) return { query: options.query };
  if (options.pair) {
    const [a, b] = options.pair.map((id) => corpus.documents.indexOf(resolveDocument(corpus, id)));
    return { pair: [a!, b!] };
  }
  return {};
}

/**
 * Starts the explorer on a corpus directory; resolves to the exit code. The
 * first frame is drawn while the corpus is read; the terminal is restored
 * however the app ends.
 */
export async function runApp({ corpusDir, options }: { corpusDir: string; options: CliOptions }): Promise<number> {
  const restore = takeOverTerminal({ stdout: process.stdout, stdin: process.stdin });
  const app = render(<Loading />, { exitOnCtrlC: false, patchConsole: false });
  try {
    const corpus = await loadCorpus(corpusDir, { maxFileBytes: (options.maxFileMb ?? DEFAULT_MAX_FILE_MB) * 1e6 });
    app.rerender(<App corpus={corpus} start={startAt(corpus, options)} />);
    await app.waitUntilExit();
    return 0;
  } finally {
    app.unmount();
    restore();
  }
}
