/** Helpers for component tests: the explorer on the bundled corpus, keys by name, waiting on frames. */
import { render } from 'ink-testing-library';
import { loadCorpus } from '../../src/core/corpus/load.js';
import type { Corpus } from '../../src/core/corpus/types.js';
import { bundledCorpusDir } from '../../src/cli/context.js';
import { App, type StartAt } from '../../src/ui/app.js';

let bundled: Promise<Corpus> | undefined;

/** The bundled corpus, loaded once per test file. */
export function bundledCorpus(): Promise<Corpus> {
  bundled ??= loadCorpus(bundledCorpusDir());
  return bundled;
}

/** Renders the explorer and returns the ink-testing-library instance plus helpers. */
export async function renderApp(start: StartAt = {}, corpus?: Corpus) {
  const app = render(<App corpus={corpus ?? (await bundledCorpus())} start={start} />);
  const frame = () => app.lastFrame() ?? '';
  /** Waits until the last frame satisfies `check` (polls; fails with the frame after 15 s: background work such as the entity index is slow on a loaded machine). */
  const waitFor = async (check: (frame: string) => boolean) => {
    const deadline = Date.now() + 15_000;
    while (!check(frame())) {
      if (Date.now() > deadline) throw new Error(`frame never matched:\n${frame()}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  };
  /**
   * Sends keys, one write each. The app applies every key in order (a key
   * that needs a frame not drawn yet waits in the app), so no pacing is needed.
   */
  const press = async (...keys: string[]) => {
    for (const k of keys) app.stdin.write(k);
  };
  // Ink subscribes to stdin in an effect: wait until it listens before the first key.
  await waitFor(() => app.stdin.listenerCount('readable') > 0);
  /** Types into the focused search input, one key per write, waiting for each character to show. */
  const type = async (text: string) => {
    for (let i = 1; i <= text.length; i++) {
      await press(text[i - 1]!);
      await waitFor((f) => f.includes(`/ ${text.slice(0, i)}`));
    }
  };
  return { ...app, frame, waitFor, press, type };
}
