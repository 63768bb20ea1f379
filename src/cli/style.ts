import { sanitize } from '../core/text/sanitize.js';
import type { Mark, StyledSpan } from '../core/text/spans.js';
import { MARK_STYLES, type MarkStyle } from '../core/text/theme.js';

/**
 * Whether to color a stream, as ripgrep and most tools decide: FORCE_COLOR
 * wins, then NO_COLOR, then only a terminal that is not "dumb".
 */
export function colorEnabled(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return stream.isTTY === true && env.TERM !== 'dumb';
}

const SGR_COLOR: Record<NonNullable<MarkStyle['color']>, number> = {
  red: 31,
  green: 32,
  yellow: 33,
  blue: 34,
  magenta: 35,
  cyan: 36,
  white: 37,
  gray: 90,
};

/** Wraps already-sanitized text in the SGR codes for `style`. */
export function ansi(text: string, style: MarkStyle): string {
  const codes: number[] = [];
  if (style.bold) codes.push(1);
  if (style.underline) codes.push(4);
  if (style.inverse) codes.push(7);
  if (style.strikethrough) codes.push(9);
  if (style.color) codes.push(SGR_COLOR[style.color]);
  return codes.length === 0 || text === '' ? text : `\u001b[${codes.join(';')}m${text}\u001b[0m`;
}

/** Shorthand styles for the CLI's own chrome (headers, ids, dim notes). */
export const chrome = {
  bold: (t: string, color: boolean) => (color ? ansi(t, { bold: true }) : t),
  dim: (t: string, color: boolean) => (color ? ansi(t, { color: 'gray' }) : t),
  id: (t: string, color: boolean) => (color ? ansi(t, { color: 'cyan', bold: true }) : t),
};

/**
 * Renders a span row for a terminal (SGR colors) or for plain output, where
 * marks with plain brackets (`[-…-]`, `{+…+}`, `[ORG:…]`) open where the mark
 * starts and close where it ends, properly nested, however the row was cut.
 * Text is sanitized here, whatever the engine already did.
 */
export function renderSpans(spans: readonly StyledSpan[], color: boolean): string {
  return color ? renderColored(spans) : renderPlain(spans);
}

function renderColored(spans: readonly StyledSpan[]): string {
  let out = '';
  for (const span of spans) {
    const style: MarkStyle = {};
    for (const m of span.marks) Object.assign(style, MARK_STYLES[m]);
    out += ansi(sanitize(span.text), style);
  }
  return out;
}

function renderPlain(spans: readonly StyledSpan[]): string {
  let out = '';
  const open: Mark[] = [];
  const closeFrom = (depth: number) => {
    while (open.length > depth) out += MARK_STYLES[open.pop()!].plain![1];
  };
  for (const span of spans) {
    const wanted = span.marks.filter((m) => MARK_STYLES[m].plain);
    const keep = open.findIndex((m) => !wanted.includes(m));
    if (keep !== -1) closeFrom(keep);
    for (const m of wanted) {
      if (!open.includes(m)) {
        out += MARK_STYLES[m].plain![0];
        open.push(m);
      }
    }
    out += sanitize(span.text);
  }
  closeFrom(0);
  return out;
}
