/**
 * Where review notes live: outside the corpus (parallax never writes in
 * one), under the user's data directory (`$XDG_DATA_HOME/parallax/reviews`,
 * else `~/.local/share/...`), one file per corpus and pair of versions; or a
 * file the user names (`--review FILE`), to share it.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { hashString } from '../text/hash.js';
import { emptyReview, parseReview, type ReviewState } from './notes.js';

/** The user's data directory for parallax. */
export function dataRoot(env: NodeJS.ProcessEnv = process.env): string {
  const xdg = env.XDG_DATA_HOME;
  return join(xdg && xdg.startsWith('/') ? xdg : join(homedir(), '.local', 'share'), 'parallax');
}

const safe = (id: string) => id.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 80);

/** The default review file of a pair in a corpus: keyed by the corpus's absolute path (hashed) and both ids. */
export function reviewFileFor(corpusDir: string, a: string, b: string, env: NodeJS.ProcessEnv = process.env): string {
  const dir = resolve(corpusDir);
  const key = (hashString(dir) >>> 0).toString(16).padStart(8, '0');
  return join(dataRoot(env), 'reviews', `${safe(dir.split(/[\\/]/).pop() ?? 'corpus')}-${key}`, `${safe(a)}--${safe(b)}.json`);
}

/** Reads a review file; a missing one is an empty review, an unreadable or malformed one an empty review and a warning. */
export function readReview(file: string, a: string, b: string): { state: ReviewState; warning?: string } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { state: emptyReview(a, b) };
    return { state: emptyReview(a, b), warning: `cannot read review file ${file}: ${(err as Error).message}` };
  }
  const { state, skipped } = parseReview(text, a, b);
  return skipped > 0 ? { state, warning: `review file ${file}: ${skipped} malformed entr${skipped === 1 ? 'y' : 'ies'} skipped` } : { state };
}

/** Writes a review file whole, through a temporary file and a rename, so a crash never leaves half a file. */
export function writeReview(file: string, state: ReviewState): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(state, null, 2) + '\n');
  renameSync(tmp, file);
}
