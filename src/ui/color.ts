/**
 * Whether the explorer may use color. NO_COLOR turns color off and
 * FORCE_COLOR back on, as in the CLI; bold, underline, inverse and
 * strikethrough stay, so matches, changes and entities remain marked.
 */
export const COLOR_ENABLED = process.env.FORCE_COLOR ? !['0', 'false'].includes(process.env.FORCE_COLOR) : !process.env.NO_COLOR;

type Color = 'red' | 'green' | 'yellow' | 'blue' | 'magenta' | 'cyan' | 'white' | 'gray' | 'black';

/** Ink color props for `<Text>`, empty when color is off. */
export function colorProps(color?: Color, backgroundColor?: string): { color?: Color; backgroundColor?: string } {
  if (!COLOR_ENABLED) return {};
  return { ...(color ? { color } : {}), ...(backgroundColor ? { backgroundColor } : {}) };
}

/**
 * Whether the terminal shows styles at all (bold, inverse): not under
 * TERM=dumb, unless FORCE_COLOR says otherwise, as Ink's chalk decides. Without
 * them the selected row and cell are marked with `>` instead.
 */
export const STYLES_ENABLED = process.env.FORCE_COLOR ? !['0', 'false'].includes(process.env.FORCE_COLOR) : process.env.TERM !== 'dumb';
