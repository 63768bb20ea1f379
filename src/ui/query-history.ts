/**
 * The search queries typed before, kept between runs under the user's state
 * directory (`$XDG_STATE_HOME/parallax/history`, else
 * `~/.local/state/parallax/history`), one query a line, newest last. Reading
 * or writing it never fails the explorer: a problem means no history.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { oneLine } from './line-edit.js';

/** Queries kept. */
export const HISTORY_MAX = 200;

/** Where the history lives. */
export function historyFile(env: NodeJS.ProcessEnv = process.env): string {
  const xdg = env.XDG_STATE_HOME;
  return join(xdg && xdg.startsWith('/') ? xdg : join(homedir(), '.local', 'state'), 'parallax', 'history');
}

/** The saved queries, oldest first ([] when there is no file or it cannot be read). */
export function readHistory(file = historyFile()): string[] {
  try {
    return readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .slice(-HISTORY_MAX);
  } catch {
    return [];
  }
}

/** Saves the queries (the last {@link HISTORY_MAX}); a failure is ignored. */
export function writeHistory(queries: readonly string[], file = historyFile()): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, queries.slice(-HISTORY_MAX).map(oneLine).join('\n') + '\n');
  } catch {
    // A read-only home: the history lasts for this run only.
  }
}

/** The history with `query` added as the newest (moved there if it was already in it). */
export function remember(history: readonly string[], query: string): readonly string[] {
  const q = oneLine(query).trim();
  if (q === '' || history[history.length - 1] === q) return history;
  return [...history.filter((h) => h !== q), q].slice(-HISTORY_MAX);
}
