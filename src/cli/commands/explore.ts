import { loadCorpus } from '../../core/corpus/load.js';
import { EXIT, UsageError } from '../errors.js';
import { bundledCorpusDir, loadOptions, type CliContext } from '../context.js';

/**
 * Opens the full-screen explorer. Ink and React live in a bundle entry of
 * their own (dist/ui.js), imported only here, so scripted runs never load them.
 */
export async function runExplore(ctx: CliContext): Promise<number> {
  if (!process.stdin.isTTY || !process.stdout.isTTY) {
    throw new UsageError('the explorer needs a terminal (stdin and stdout must be a TTY)', 'use --list, --show, --query, --diff or --entities for scripting; see parallax --help');
  }
  // Read the corpus while the explorer's code (Ink, React, Yoga) loads.
  const read = () => loadCorpus(ctx.options.corpus ?? bundledCorpusDir(), loadOptions(ctx));
  const corpus = read();
  corpus.catch(() => {}); // awaited (and reported) by runApp
  const { runApp } = await withoutFetch(() => asInteractive(() => import('../../ui/run.js')));
  return (await runApp({ corpus, options: ctx.options, reload: read })) ?? EXIT.ok;
}

/**
 * Runs `load` with `globalThis.fetch` hidden. Yoga's WebAssembly loader, run
 * when Ink is imported, asks for `fetch` and then fetches its own inlined
 * data: URL through it, which loads Node's whole HTTP client (~25 ms of
 * start-up); without `fetch` it decodes the same bytes directly.
 */
async function withoutFetch<T>(load: () => Promise<T>): Promise<T> {
  const fetch = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
  if (!fetch?.configurable) return load();
  Object.defineProperty(globalThis, 'fetch', { value: undefined, configurable: true, writable: true });
  try {
    return await load();
  } finally {
    Object.defineProperty(globalThis, 'fetch', fetch);
  }
}

/**
 * Runs `load` with the CI variables hidden: Ink decides at import time that
 * under CI it draws nothing until exit, but a terminal on both ends means a
 * person is watching, whatever the environment says.
 */
async function asInteractive<T>(load: () => Promise<T>): Promise<T> {
  const saved = { CI: process.env.CI, CONTINUOUS_INTEGRATION: process.env.CONTINUOUS_INTEGRATION };
  delete process.env.CI;
  delete process.env.CONTINUOUS_INTEGRATION;
  try {
    return await load();
  } finally {
    for (const [k, v] of Object.entries(saved)) if (v !== undefined) process.env[k] = v;
  }
}
