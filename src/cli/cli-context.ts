/**
 * The context every command gets, and the one made for the real process. A
 * module of its own, light on imports: the entry (main.ts) needs it for every
 * run, `--version` included, and must not pull in corpus loading with it.
 */
import { once } from 'node:events';
import type { CliOptions } from './args.js';
import { colorEnabled } from './style.js';

/** What every command gets: the options, where to write, and whether to color. */
export interface CliContext {
  options: CliOptions;
  color: boolean;
  /** Columns of the output terminal, or 100 for a pipe. */
  columns: number;
  /** Writes to stdout; false once the reader has fallen behind (see `drained`). */
  out: (chunk: string | Uint8Array) => boolean;
  /** Resolves once stdout has handed what it holds to the system: a long output waits for its reader instead of piling up in memory. */
  drained: () => Promise<void>;
  err: (text: string) => void;
  /**
   * Records the exit code the command will end with, before it writes its
   * output, and returns it: if the reader leaves early (`| head`), the process
   * exits with that code, not with 0.
   */
  willExit: (code: number) => number;
}

/** Builds the context for the real process streams. */
export function processContext(options: CliOptions): CliContext {
  return {
    options,
    color: colorEnabled(process.stdout),
    columns: process.stdout.isTTY ? process.stdout.columns || 100 : 100,
    out: (text) => process.stdout.write(text),
    drained: () => (process.stdout.writableNeedDrain ? once(process.stdout, 'drain').then(() => undefined) : Promise.resolve()),
    err: (text) => void process.stderr.write(text),
    willExit: (code) => (process.exitCode = code),
  };
}
