import { sanitizeLine } from '../core/text/sanitize.js';

/**
 * Owns the terminal modes the explorer changes: the alternate screen, the
 * hidden cursor, bracketed paste (a paste arrives marked, so its line breaks
 * are text, not Enter) and stdin raw mode. Whatever ends the process (quit, Ctrl-C,
 * an uncaught error, SIGTERM, SIGHUP), the terminal is handed back as found.
 */

const ENTER_ALT = '\u001b[?1049h\u001b[H\u001b[?2004h';
const LEAVE_ALT = '\u001b[?2004l\u001b[?1049l';
const SHOW_CURSOR = '\u001b[?25h';

interface TerminalStreams {
  stdout: NodeJS.WriteStream;
  stdin: NodeJS.ReadStream;
}

/** Exit codes for the signals that end the explorer, as shells report them. */
const SIGNAL_EXIT: Partial<Record<NodeJS.Signals, number>> = { SIGTERM: 143, SIGHUP: 129, SIGINT: 130 };

/**
 * Switches to the alternate screen and installs handlers that restore the
 * terminal on any way out. Returns the restore function (idempotent); call it
 * after the app unmounts.
 */
export function takeOverTerminal({ stdout, stdin }: TerminalStreams): () => void {
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
    stdout.write(LEAVE_ALT + SHOW_CURSOR);
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
  stdout.write(ENTER_ALT);
  return restore;
}
