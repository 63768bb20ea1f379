/**
 * A real pseudo-terminal session for end-to-end tests and screenshots: the
 * built program runs under node-pty, and @xterm/headless interprets its
 * output as a terminal would. Tests wait for a condition on the screen,
 * never for a fixed time.
 */
import { spawn, type IPty } from '@lydell/node-pty';
import xterm from '@xterm/headless';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const { Terminal } = xterm;
type HeadlessTerminal = InstanceType<typeof Terminal>;

/** The built program the sessions drive. */
export const PROGRAM = fileURLToPath(new URL('../../dist/parallax.js', import.meta.url));

/** Options for {@link PtySession.start}. */
export interface SessionOptions {
  cols?: number;
  rows?: number;
  cwd?: string;
  /** Node arguments before the program's (default: the built program). */
  node?: string[];
  /** Environment changes; `undefined` removes a variable. */
  env?: Record<string, string | undefined>;
}

/** Keys by name, as the terminal sends them. */
export const KEYS = {
  enter: '\r',
  escape: '\u001b',
  tab: '\t',
  shiftTab: '\u001b[Z',
  down: '\u001b[B',
  up: '\u001b[A',
  pageDown: '\u001b[6~',
  ctrlC: '\u0003',
  backspace: '\u007f',
  home: '\u001b[H',
  end: '\u001b[F',
  left: '\u001b[D',
  right: '\u001b[C',
  ctrl: (letter: string) => String.fromCharCode(letter.toLowerCase().charCodeAt(0) - 0x60),
  alt: (key: string) => `\u001b${key}`,
  paste: (text: string) => `\u001b[200~${text}\u001b[201~`,
} as const;

/** How keys reach the program: all in one write (held keys, fast typing, tmux send-keys), or one write per key, each drawn before the next. */
export type Pace = 'burst' | 'one at a time';

export class PtySession {
  /** Everything the program wrote, raw. */
  raw = '';
  /** Titles the program set through OSC 0/2 (should stay empty). */
  readonly titles: string[] = [];
  readonly exited: Promise<number>;
  private pending = 0;

  private constructor(
    private readonly pty: IPty,
    readonly term: HeadlessTerminal,
  ) {
    this.exited = new Promise((resolve) => pty.onExit(({ exitCode }) => resolve(exitCode)));
    term.onTitleChange((t) => this.titles.push(t));
    pty.onData((data) => {
      this.raw += data;
      this.pending++;
      term.write(data, () => this.pending--);
    });
  }

  /** Runs `node dist/parallax.js ...args` in a terminal of the given size (default 100x30). */
  static start(args: readonly string[], { cols = 100, rows = 30, cwd, node = [PROGRAM], env: overrides = {} }: SessionOptions = {}): PtySession {
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
    delete env.NO_COLOR;
    env.TERM = 'xterm-256color';
    // Search indexes of test corpora go to a scratch cache, not the user's.
    env.XDG_CACHE_HOME = join(tmpdir(), 'parallax-pty-cache');
    // And the query history to a scratch state directory, not the user's.
    env.XDG_STATE_HOME = join(tmpdir(), 'parallax-pty-state');
    // And no config file of the user's: the default keys and colors, unless a test gives one.
    env.XDG_CONFIG_HOME = join(tmpdir(), 'parallax-pty-config-none');
    env.FORCE_COLOR = '3';
    for (const [k, v] of Object.entries(overrides)) {
      if (v === undefined) delete env[k];
      else env[k] = v;
    }
    const term = new Terminal({ cols, rows, allowProposedApi: true, logLevel: 'off' });
    const p = spawn(process.execPath, [...node, ...args], { name: env.TERM ?? 'xterm-256color', cols, rows, cwd: cwd ?? process.cwd(), env });
    return new PtySession(p, term);
  }

  /** The visible screen as lines of text (trailing spaces trimmed). */
  screen(): string[] {
    const buf = this.term.buffer.active;
    const lines: string[] = [];
    for (let y = 0; y < this.term.rows; y++) lines.push(buf.getLine(buf.viewportY + y)?.translateToString(true) ?? '');
    return lines;
  }

  /** The screen as one string, for `includes` checks and failure messages. */
  text(): string {
    return this.screen().join('\n');
  }

  /** True while the program has the alternate screen buffer active. */
  inAltScreen(): boolean {
    return this.term.buffer.active.type === 'alternate';
  }

  /** Resolves once `condition(screen text)` holds; rejects with the screen after `timeoutMs`. */
  async waitFor(condition: (text: string) => boolean, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (this.pending === 0 && condition(this.text())) return;
      if (Date.now() > deadline) throw new Error(`timed out waiting for the screen; it shows:\n${this.text()}`);
      await new Promise((r) => setTimeout(r, 15));
    }
  }

  /** Waits until the screen shows `needle`. */
  waitForText(needle: string, timeoutMs?: number): Promise<void> {
    return this.waitFor((t) => t.includes(needle), timeoutMs);
  }

  /** Sends keys (raw text or {@link KEYS} values) to the program. */
  press(...keys: string[]): void {
    for (const k of keys) this.pty.write(k);
  }

  /**
   * Presses keys at a pace: in a burst they go in one write; one at a time,
   * each waits until the program has drawn something in answer to the one
   * before (so every key used this way must change the screen).
   */
  async pressAt(pace: Pace, ...keys: string[]): Promise<void> {
    if (pace === 'burst') return this.press(keys.join(''));
    for (const k of keys) {
      const before = this.raw.length;
      this.press(k);
      await this.waitFor(() => this.raw.length > before);
    }
  }

  /** The text of the inverse cells on the screen, line by line (lines without any left out). */
  inverseText(): string[] {
    const buf = this.term.buffer.active;
    const out: string[] = [];
    for (let y = 0; y < this.term.rows; y++) {
      const line = buf.getLine(buf.viewportY + y);
      let text = '';
      for (let x = 0; line && x < this.term.cols; x++) {
        const cell = line.getCell(x);
        if (cell?.isInverse()) text += cell.getChars() || ' ';
      }
      if (text.trim() !== '') out.push(text.trim());
    }
    return out;
  }

  /** The text of the search input line (`/ query`), or null when none is shown. */
  queryLine(): string | null {
    const line = this.screen().find((l) => l.startsWith('/ '));
    return line === undefined ? null : line.slice(2).trimEnd();
  }

  /** Resizes both the pseudo-terminal and the interpreting terminal. */
  resize(cols: number, rows: number): void {
    this.term.resize(cols, rows);
    this.pty.resize(cols, rows);
  }

  /** Sends a signal to the program. */
  kill(signal: string): void {
    this.pty.kill(signal);
  }

  /** Ends the program if it is still running and frees the terminal. */
  dispose(): void {
    try {
      this.pty.kill();
    } catch {
      // already exited
    }
    this.term.dispose();
  }
}
