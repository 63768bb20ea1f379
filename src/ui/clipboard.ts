/**
 * `y`: text to the system clipboard through the terminal, with OSC 52
 * (`ESC ] 52 ; c ; BASE64 BEL`), which works over ssh and needs no helper
 * program. Terminals decide whether they accept it (many ask, some refuse),
 * and none answers, so the status line says what was sent, not what landed.
 * Inside tmux the sequence is sent as is (taken when `set-clipboard on`) and
 * wrapped in tmux's passthrough (taken when `allow-passthrough on`); inside GNU
 * screen, in screen's.
 */
import { sanitize } from '../core/text/sanitize.js';

/** The largest text sent: terminals drop longer OSC 52 payloads (hterm and others cap them near 100 kB of base64). */
export const MAX_COPY_BYTES = 74_000;

const ESC = '\u001b';

/** The bytes that set the clipboard to `text` in the terminal `env` describes, or a reason why none can. */
export function clipboardSequence(text: string, env: NodeJS.ProcessEnv): { sequence: string; via: 'terminal' | 'tmux' | 'screen' } | { error: string } {
  if (env.TERM === 'dumb') return { error: 'cannot copy: this terminal (TERM=dumb) has no clipboard escape' };
  const bytes = Buffer.from(sanitize(text), 'utf8');
  if (bytes.length > MAX_COPY_BYTES) return { error: `cannot copy: ${Math.ceil(bytes.length / 1000)} kB is more than terminals take through OSC 52 (${MAX_COPY_BYTES / 1000} kB)` };
  const osc = `${ESC}]52;c;${bytes.toString('base64')}\u0007`;
  // Passthrough: the wrapped sequence's own ESCs are doubled, and ESC \ ends it.
  if (env.TMUX) return { sequence: `${osc}${ESC}Ptmux;${osc.replaceAll(ESC, ESC + ESC)}${ESC}\\`, via: 'tmux' };
  if (env.STY && env.TERM?.startsWith('screen')) return { sequence: `${ESC}P${osc}${ESC}\\`, via: 'screen' };
  return { sequence: osc, via: 'terminal' };
}

/** Sends `text` to the clipboard with `write` and returns the status line: what was sent and what the terminal must allow. */
export function copyToClipboard(text: string, write: (data: string) => void, env = process.env): string {
  const result = clipboardSequence(text, env);
  if ('error' in result) return result.error;
  write(result.sequence);
  const chars = [...text].length;
  const what = `copied ${chars} character${chars === 1 ? '' : 's'}`;
  if (result.via === 'tmux') return `${what} through tmux (it needs set-clipboard on, or allow-passthrough on)`;
  return `${what} (OSC 52: the terminal must allow clipboard writes)`;
}
