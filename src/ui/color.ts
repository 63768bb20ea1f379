/**
 * Whether the explorer may use color. NO_COLOR turns color off and
 * FORCE_COLOR back on, as in the CLI; bold, underline, inverse and
 * strikethrough stay, so matches, changes and entities remain marked.
 */
export const COLOR_ENABLED = process.env.FORCE_COLOR ? !['0', 'false'].includes(process.env.FORCE_COLOR) : !process.env.NO_COLOR;

/** The color names a config file may use (besides `#rrggbb`). */
export const COLOR_NAMES = [
  'red',
  'green',
  'yellow',
  'blue',
  'magenta',
  'cyan',
  'white',
  'gray',
  'black',
  'redBright',
  'greenBright',
  'yellowBright',
  'blueBright',
  'magentaBright',
  'cyanBright',
  'whiteBright',
] as const;

/** What a config file may color: the keys in the status bar and help (pane keys apart), and each mark of the text. */
export const COLOR_ROLES = ['keys', 'paneKeys', 'added', 'removed', 'moved', 'PERSON', 'ORG', 'PLACE', 'PRODUCT', 'NUMBER'] as const;
export type ColorRole = (typeof COLOR_ROLES)[number];

let palette: Partial<Record<ColorRole, string>> = {};

/** Sets the user's colors (from the config file), by role. */
export function setPalette(colors: Partial<Record<ColorRole, string>>): void {
  palette = colors;
}

/** The color of a role: the user's, else the default. */
export function roleColor(role: ColorRole, fallback: string | undefined): string | undefined {
  return palette[role] ?? fallback;
}

/** Ink color props for `<Text>`, empty when color is off. */
export function colorProps(color?: string, backgroundColor?: string): { color?: string; backgroundColor?: string } {
  if (!COLOR_ENABLED) return {};
  return { ...(color ? { color } : {}), ...(backgroundColor ? { backgroundColor } : {}) };
}

/**
 * Whether the terminal shows styles at all (bold, inverse): not under
 * TERM=dumb, unless FORCE_COLOR says otherwise, as Ink's chalk decides. Without
 * them the selected row and cell are marked with `>` instead.
 */
export const STYLES_ENABLED = process.env.FORCE_COLOR ? !['0', 'false'].includes(process.env.FORCE_COLOR) : process.env.TERM !== 'dumb';
