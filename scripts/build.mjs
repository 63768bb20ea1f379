// Bundles the CLI with esbuild: one entry for scripts, with the explorer (Ink,
// React, Yoga) and each engine in lazily imported chunks, so that
// `parallax --list` parses only the code it runs.
import { build } from 'esbuild';
import { chmod, readFile, rename, rm, writeFile } from 'node:fs/promises';

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
const dist = new URL('../dist', import.meta.url).pathname;
// Build beside dist/ and swap it in, so a test that runs the program while
// another build is under way never sees a half-written tree.
const outdir = `${dist}.tmp-${process.pid}/`;
const stringWidthShim = new URL('shims/string-width.mjs', import.meta.url).pathname;

/** Sends every `string-width` import (ours, Ink's, wrap-ansi's older copy) to the lazy shim. */
const lazyStringWidth = {
  name: 'lazy-string-width',
  setup(b) {
    b.onResolve({ filter: /^string-width$/ }, (args) => (args.importer === stringWidthShim ? undefined : { path: stringWidthShim }));
  },
};

await build({
  entryPoints: { parallax: 'src/cli/bin.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minifySyntax: true,
  legalComments: 'none',
  chunkNames: 'chunks/[name]-[hash]',
  define: {
    __PARALLAX_VERSION__: JSON.stringify(pkg.version),
    'process.env.NODE_ENV': '"production"',
  },
  external: ['react-devtools-core'],
  banner: {
    // Bundled CommonJS dependencies may call require(); give them one.
    js: "import { createRequire as __parallaxCreateRequire } from 'node:module'; const require = __parallaxCreateRequire(import.meta.url);",
  },
  plugins: [lazyStringWidth],
  logLevel: 'warning',
});

const entry = `${outdir}parallax.js`;
await writeFile(entry, '#!/usr/bin/env node\n' + (await readFile(entry, 'utf8')));
await chmod(entry, 0o755);
const old = `${dist}.old-${process.pid}`;
await rename(dist, old).catch(() => {});
await rename(outdir, dist);
await rm(old, { recursive: true, force: true });
