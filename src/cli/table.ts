import { displayWidth, padToWidth, truncateToWidth } from '../core/text/width.js';

/** A column of a text table; `align: 'right'` for numbers. */
export interface Column {
  header: string;
  align?: 'left' | 'right';
}

/**
 * Lays out rows as aligned columns measured in terminal cells. When `maxWidth`
 * is given, the last column is cut with `…` to fit; otherwise nothing is cut.
 * Cells must already be sanitized.
 */
export function formatTable(columns: readonly Column[], rows: readonly string[][], maxWidth?: number): string[] {
  const widths = columns.map((c, i) => Math.max(displayWidth(c.header), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const line = (cells: readonly string[]) => {
    const parts = columns.map((c, i) => {
      const cell = cells[i] ?? '';
      const last = i === columns.length - 1;
      if (c.align === 'right') return ' '.repeat(Math.max(0, widths[i]! - displayWidth(cell))) + cell;
      return last ? cell : padToWidth(cell, widths[i]!);
    });
    // An empty last cell leaves no trailing spaces on the line.
    const text = parts.join('  ').replace(/ +$/, '');
    return maxWidth ? truncateToWidth(text, maxWidth) : text;
  };
  return [line(columns.map((c) => c.header)), ...rows.map(line)];
}
