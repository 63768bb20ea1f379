import { sanitizeLine } from '../core/text/sanitize.js';

/**
 * Owns the terminal modes the explorer changes: the alternate screen, the
 * hidden cursor, bracketed paste (a paste arrives marked, so its line breaks
 * are text, not Enter), mouse reports (wheel and clicks, SGR encoding) and
 * stdin raw mode. Whatever ends the process (quit, Ctrl-C, an uncaught error,
 * SIGTERM, SIGHUP), the terminal is handed back as found; an editor run from
 * the explorer gets it as found too, for as long as it runs.
 */

const ENTER_ALT = '\u001b[?1049h\u001b[H\u001b[?2004h';
const LEAVE_ALT = '\u001b[?2004l\u001b[?1049l';
/** Button presses and the wheel (1000), reported in SGR form (1006): `ESC [ < b ; x ; y M`. */
const MOUSE_ON = '\u001b[?1000h\u001b[?1006h';
const MOUSE_OFF = '\u001b[?1006l\u001b[?1000l';
const SHOW_CURSOR = '\u001b[?25h';
const HIDE_CURSOR = '\u001b[?25l';

interface TerminalStreams {
  stdout: NodeJS.WriteStream;
  stdin: NodeJS.ReadStream;
  /** Turn mouse reports on (off with `--no-mouse`). */
  mouse?: boolean;
}

/** The terminal while the explorer owns it. */
export interface TerminalControl {
  /** Hands the terminal back for good (idempotent); call it after the app unmounts. */
  restore: () => void;
  /** Hands the terminal back as found while `run` runs (an editor), then takes it over again. */
  suspend: <T>(run: () => T) => T;
}

/** Exit codes for the signals that end the explorer, as shells report them. */
const SIGNAL_EXIT: Partial<Record<NodeJS.Signals, number>> = { SIGTERM: 143, SIGHUP: 129, SIGINT: 130 };

/**
 * Switches to the alternate screen and installs handlers that restore the
 * terminal on any way out.
 */
export function takeOverTerminal({ stdout, stdin, mouse = false }: TerminalStreams): TerminalControl {
  const enter = ENTER_ALT + (mouse ? MOUSE_ON : '');
  const leave = (mouse ? MOUSE_OFF : '') + LEAVE_ALT + SHOW_CURSOR;
  let restored = false;
  const restore = () => {
    if (restored) return;
    restored = true;
    process.off('exit', restore);
    process.off('uncaughtException', onFatal);
    process.off('unhandledRejection', onFatal);
    for (const signal of Object.keys(SIGNAL_EXIT) as NodeJS.Signals[]) process.off(signal, onSignal);
    try {
      if (stdin.isTTY && stdin.isRaw) stdin.setRawMode(false);
    } catch {
      // stdin already closed: nothing left to restore there.
    }
    stdout.write(leave);
  };
  const onSignal = (signal: NodeJS.Signals) => {
    restore();
    process.exit(SIGNAL_EXIT[signal] ?? 1);
  };
  const onFatal = (err: unknown) => {
    restore();
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`parallax: internal error in the explorer: ${sanitizeLine(message)} (please report it)\n`);
    process.exit(2);
  };
  process.on('exit', restore);
  process.on('uncaughtException', onFatal);
  process.on('unhandledRejection', onFatal);
  for (const signal of Object.keys(SIGNAL_EXIT) as NodeJS.Signals[]) process.on(signal, onSignal);
  stdout.write(enter);
  const suspend = <T>(run: () => T): T => {
    const raw = stdin.isTTY && stdin.isRaw;
    stdout.write(leave);
    if (raw) stdin.setRawMode(false);
    try {
      return run();
    } finally {
      if (raw) stdin.setRawMode(true);
      // The alternate screen comes back empty: the caller draws the whole frame again.
      stdout.write(enter + HIDE_CURSOR);
    }
  };
  return { restore, suspend };
}
