// npm run screenshots: drives the explorer in the same headless terminal as
// the end-to-end tests (node-pty + @xterm/headless) and writes each pane's
// screen, colors included, as an SVG under docs/. Regenerate after UI changes.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { KEYS, PtySession } from '../test/e2e/pty-session.js';

const COLS = 100;
const ROWS = 30;
const CELL_W = 8.4;
const CELL_H = 18;
const FONT = 14;
const FG = '#d8dee9';
const BG = '#1e222a';
/** The 16 ANSI colors (a muted dark theme); 256-color and RGB cells are mapped below. */
const ANSI = ['#3b4252', '#e06c75', '#98c379', '#e5c07b', '#61afef', '#c678dd', '#56b6c2', '#d8dee9', '#5c6370', '#ef8a93', '#b5e08f', '#f0d58a', '#8cc4f5', '#dc9be8', '#7fd0db', '#ffffff'];

type Cell = NonNullable<ReturnType<NonNullable<ReturnType<PtySession['term']['buffer']['active']['getLine']>>['getCell']>>;

function paletteColor(n: number): string {
  if (n < 16) return ANSI[n]!;
  if (n >= 232) {
    const v = 8 + (n - 232) * 10;
    return `rgb(${v},${v},${v})`;
  }
  const i = n - 16;
  const level = (c: number) => (c === 0 ? 0 : 55 + c * 40);
  return `rgb(${level(Math.floor(i / 36))},${level(Math.floor(i / 6) % 6)},${level(i % 6)})`;
}

function colorOf(cell: Cell, which: 'fg' | 'bg'): string | null {
  const isDefault = which === 'fg' ? cell.isFgDefault() : cell.isBgDefault();
  if (isDefault) return null;
  const value = which === 'fg' ? cell.getFgColor() : cell.getBgColor();
  const rgb = which === 'fg' ? cell.isFgRGB() : cell.isBgRGB();
  return rgb ? `#${value.toString(16).padStart(6, '0')}` : paletteColor(value);
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A run of cells on one row sharing a background color. */
interface BgRun {
  start: number;
  end: number;
  fill: string;
}

function rectOf(run: BgRun, y: number): string {
  return `<rect x="${(run.start * CELL_W).toFixed(1)}" y="${y * CELL_H}" width="${((run.end - run.start) * CELL_W).toFixed(1)}" height="${CELL_H}" fill="${run.fill}"/>`;
}

/** The visible screen as an SVG: one rect per colored background run, one tspan per styled text run. */
export function screenToSvg(session: PtySession): string {
  const buf = session.term.buffer.active;
  const rects: string[] = [];
  const lines: string[] = [];
  for (let y = 0; y < session.term.rows; y++) {
    const line = buf.getLine(buf.viewportY + y);
    if (!line) continue;
    const spans: string[] = [];
    let run = null as BgRun | null;
    let x = 0;
    while (x < session.term.cols) {
      const cell = line.getCell(x);
      if (!cell) break;
      let fg = colorOf(cell, 'fg') ?? FG;
      let bg = colorOf(cell, 'bg');
      if (cell.isInverse()) [fg, bg] = [bg ?? BG, fg];
      const width = Math.max(1, cell.getWidth());
      const chars = cell.getChars() || ' ';
      const px = (x * CELL_W).toFixed(1);
      if (bg && run?.fill === bg && run.end === x) run.end = x + width;
      else {
        if (run) rects.push(rectOf(run, y));
        run = bg ? { start: x, end: x + width, fill: bg } : null;
      }
      if (chars.trim() !== '') {
        const attrs = [`x="${px}"`, `fill="${fg}"`];
        if (cell.isBold()) attrs.push('font-weight="bold"');
        if (cell.isDim()) attrs.push('opacity="0.6"');
        const deco = [cell.isUnderline() ? 'underline' : '', cell.isStrikethrough() ? 'line-through' : ''].filter(Boolean).join(' ');
        if (deco) attrs.push(`text-decoration="${deco}"`);
        spans.push(`<tspan ${attrs.join(' ')}>${escapeXml(chars)}</tspan>`);
      }
      x += width;
    }
    if (run) rects.push(rectOf(run, y));
    if (spans.length > 0) lines.push(`<text y="${y * CELL_H + FONT}">${spans.join('')}</text>`);
  }
  const w = Math.ceil(session.term.cols * CELL_W);
  const h = session.term.rows * CELL_H;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" font-family="'DejaVu Sans Mono', Menlo, Consolas, monospace" font-size="${FONT}" xml:space="preserve">`,
    `<rect width="100%" height="100%" fill="${BG}"/>`,
    ...rects,
    ...lines,
    '</svg>',
    '',
  ].join('\n');
}

/** One step of a shot: keys to press, then text the screen must show before the next step. */
type Step = [keys: string[], until: string];

/** The shots: a file name and the steps that lead there from the start screen. */
const SHOTS: Array<{ name: string; steps: Step[] }> = [
  {
    name: 'overview',
    steps: [
      [[], 'similarity'],
      [['l', 'l', 'l'], 'Enter: diff this pair'],
    ],
  },
  // The entities pane first, so that the entity index is ready and the snippets show entity colors too.
  {
    name: 'search',
    steps: [
      [['5'], 'ENTITY'],
      [['/'], 'Esc done'],
      [[...'Moonshot'], 'ft-id 2'],
    ],
  },
  {
    name: 'reader',
    steps: [
      [['/'], 'Esc done'],
      [[...'Moonshot'], 'ft-id 2'],
      [[KEYS.enter], 'ft-id · id'],
    ],
  },
  {
    name: 'diff',
    steps: [
      [['4'], 'asiae ↔'],
      [['b', 'b'], 'asiae ↔ ft-id'],
    ],
  },
  { name: 'entities', steps: [[['5'], 'ENTITY']] },
  {
    name: 'help',
    steps: [
      [['4'], 'asiae ↔'],
      [['?'], 'Keys in the Diff pane'],
    ],
  },
];

const docs = fileURLToPath(new URL('../docs/', import.meta.url));
for (const shot of SHOTS) {
  const session = PtySession.start([], { cols: COLS, rows: ROWS });
  try {
    await session.waitForText('documents');
    for (const [keys, until] of shot.steps) {
      session.press(...keys);
      await session.waitForText(until);
    }
    writeFileSync(`${docs}${shot.name}.svg`, screenToSvg(session));
    console.log(`docs/${shot.name}.svg`);
    session.press(KEYS.ctrlC);
    await session.exited;
  } finally {
    session.dispose();
  }
}
