import type { Mark } from './spans.js';

/** How a mark looks on a color terminal, as data both the CLI and the Ink views read. */
export interface MarkStyle {
  color?: 'red' | 'green' | 'yellow' | 'blue' | 'magenta' | 'cyan' | 'white' | 'gray';
  bold?: boolean;
  underline?: boolean;
  inverse?: boolean;
  strikethrough?: boolean;
  /** Brackets that stand in for color in plain output (pipes, NO_COLOR). */
  plain?: [string, string];
}

/** One style per mark; entity types get one color each (see the legend in the README). */
export const MARK_STYLES: Record<Mark, MarkStyle> = {
  match: { bold: true, inverse: true },
  added: { color: 'green', bold: true, plain: ['{+', '+}'] },
  removed: { color: 'red', strikethrough: true, plain: ['[-', '-]'] },
  moved: { color: 'yellow', plain: ['{>', '<}'] },
  PERSON: { plain: ['[PERSON:', ']'], color: 'magenta', underline: true },
  ORG: { plain: ['[ORG:', ']'], color: 'cyan', underline: true },
  PLACE: { plain: ['[PLACE:', ']'], color: 'green', underline: true },
  PRODUCT: { plain: ['[PRODUCT:', ']'], color: 'yellow', underline: true },
  NUMBER: { plain: ['[NUMBER:', ']'], color: 'blue', underline: true },
};
