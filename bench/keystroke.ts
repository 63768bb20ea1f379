// Explorer responsiveness: time from a keystroke in the search input to the
// frame that shows the results of the new query, at 10k generated documents,
// in a pseudo-terminal (the e2e harness: node-pty + xterm headless).
// Run alone: npx tsx bench/keystroke.ts [--quick]
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { PtySession } from '../test/e2e/pty-session.js';
import { benchCorpus } from './lib/bench-data.js';
import { summarize, type Stats } from './lib/stats.js';

/** Keystroke-to-frame figures. */
export interface KeystrokeResult {
  documents: number;
  /** The words typed, one letter at a time. */
  typed: string[];
  /** The very first key, which also opens (or builds) the search index, ms. */
  firstKey: number;
  /** Key written → last byte of the frame showing that query's results, ms (index open, background work done). */
  keyToFrame: Stats;
  /** The same while the entity index is still being built in the background (typed right after the first key). */
  keyToFrameWhileBuilding: Stats;
}

/** Quiet time after which the last frame is taken as the settled one. */
const SETTLE_MS = 150;
const WORDS = ['Moonshot', 'talent', 'pemerintah', 'chip'];
/** What the status bar says while background work runs. */
const BUSY = /entities \d+%|indexing \d+%|similarities \d+\//;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Resolves with the time of the last output chunk once the program has
 * written a frame with a results line after `since` and then gone quiet.
 */
async function settledFrameAt(s: PtySession, since: number, timeoutMs = 30_000): Promise<number> {
  const t0 = performance.now();
  let lastLength = s.raw.length;
  let lastAt = performance.now();
  for (;;) {
    await sleep(2);
    const now = performance.now();
    if (s.raw.length !== lastLength) {
      lastLength = s.raw.length;
      lastAt = now;
    } else if (/hits?|no (hits|match)/.test(s.raw.slice(since)) && now - lastAt >= SETTLE_MS) {
      return lastAt;
    }
    if (now - t0 > timeoutMs) throw new Error(`no results frame; last output: ${s.raw.slice(-300)}`);
  }
}

/** Waits until the program has written nothing for `quietMs` (background work such as entity detection redraws its progress). */
async function quiet(s: PtySession, quietMs: number, timeoutMs: number): Promise<void> {
  const t0 = performance.now();
  let length = -1;
  let since = t0;
  while (performance.now() - since < quietMs) {
    await sleep(50);
    if (s.raw.length !== length) {
      length = s.raw.length;
      since = performance.now();
    }
    if (performance.now() - t0 > timeoutMs) throw new Error('the explorer never went quiet');
  }
}

/** Types each word one letter at a time into the search input, timing every key, and clears the input after each word. */
async function typeWords(s: PtySession, words: readonly string[]): Promise<number[]> {
  const samples: number[] = [];
  for (const word of words) {
    s.press('/');
    await sleep(300);
    for (const letter of word) {
      const since = s.raw.length;
      const t = performance.now();
      s.press(letter);
      samples.push((await settledFrameAt(s, since)) - t);
    }
    for (let i = 0; i <= word.length; i++) s.press('\u007f');
    s.press('\u001b');
    await sleep(500);
  }
  return samples;
}

/** Opens the explorer on the generated corpus and times keystrokes in the search input: while background work runs, and idle. */
export async function run(opts: { quick: boolean }): Promise<KeystrokeResult> {
  const documents = opts.quick ? 100 : 10_000;
  const dir = await benchCorpus(documents);
  const cacheHome = join(fileURLToPath(new URL('.data/', import.meta.url)), 'xdg');
  const typed = opts.quick ? WORDS.slice(0, 1) : WORDS;
  const s = PtySession.start([dir], { env: { XDG_CACHE_HOME: cacheHome, NO_COLOR: '1' } });
  try {
    await s.waitForText(`${documents} documents`, 300_000);
    await quiet(s, 1000, 300_000);
    // The first key opens or builds the index; it is reported on its own.
    s.press('/');
    await sleep(300);
    const since = s.raw.length;
    const t0 = performance.now();
    s.press('x');
    const firstKey = (await settledFrameAt(s, since, 300_000)) - t0;
    s.press('\u007f', '\u001b');
    await sleep(500);
    // Typed while the entity index is still being built in slices (at 10k, for about a minute).
    const whileBuilding = await typeWords(s, typed.slice(-1));
    // Then with the explorer idle: the status bar shows no background work, and nothing is drawn for a while.
    await s.waitFor((text) => !BUSY.test(text), 600_000);
    await quiet(s, 3000, 600_000);
    const samples = await typeWords(s, typed);
    return { documents, typed, firstKey, keyToFrame: summarize(samples), keyToFrameWhileBuilding: summarize(whileBuilding) };
  } finally {
    s.dispose();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await run({ quick: process.argv.includes('--quick') }), null, 2));
}
