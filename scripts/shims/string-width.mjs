// What the bundle gets for `import stringWidth from 'string-width'`, from our
// code and from Ink's: one-column text is measured by its length, and only
// other text loads string-width itself. `require` (resolved by esbuild at
// build time) makes that load lazy, so string-width's set-up (an
// Intl.Segmenter and an RGI emoji regex, ~20 ms) happens when first needed,
// usually after the explorer's first frame, not on every start.
import { narrowWidth } from '../../src/core/text/width.ts';

let full;
// Colour codes, which Ink measures inside styled text; string-width strips them too.
const SGR = /\u001B\[[\d;]*m/g;

export default function stringWidth(text, options) {
  const plain = options === undefined || (options.ambiguousIsNarrow !== false && !options.countAnsiEscapeCodes);
  if (plain && typeof text === 'string') {
    const width = narrowWidth(text.includes('\u001B') ? text.replace(SGR, '') : text);
    if (width !== undefined) return width;
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a require, not an import, is what makes the load lazy (esbuild resolves it at build time)
  full ??= require('string-width').default;
  return full(text, options);
}
