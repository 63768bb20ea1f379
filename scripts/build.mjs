// Bundles the program with esbuild into dist/:
// - parallax.js: the launcher (src/cli/launch.cts), a few lines of CommonJS;
// - cli.js: every command but the explorer, one CommonJS file, which the
//   launcher compiles with a V8 code cache on Node 20 (cli-<node>-<arch>.v8cache,
//   written here by one run of the program) and Node 22+ caches by itself;
// - ui/: the explorer (Ink, React, Yoga) as ES modules in lazily imported
//   chunks, imported by cli.js only when the explorer opens.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import module from 'node:module';
import { chmod, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
const dist = fileURLToPath(new URL('../dist', import.meta.url));
const corpus = fileURLToPath(new URL('../corpus', import.meta.url));
// Build beside dist/ and swap it in, so a test that runs the program while
// another build is under way never sees a half-written tree.
const outdir = `${dist}.tmp-${process.pid}/`;
const stringWidthShim = fileURLToPath(new URL('shims/string-width.mjs', import.meta.url));
const explorerEntry = fileURLToPath(new URL('../src/ui/run.tsx', import.meta.url));

/** Sends every `string-width` import (ours, Ink's, wrap-ansi's older copy) to the lazy shim. */
const lazyStringWidth = {
  name: 'lazy-string-width',
  setup(b) {
    b.onResolve({ filter: /^string-width$/ }, (args) => (args.importer === stringWidthShim ? undefined : { path: stringWidthShim }));
  },
};

/**
 * Leaves the explorer out of cli.js: src/cli/explorer-import.ts becomes an
 * import() of the ES module bundle in ui/, made by the launcher's import
 * when cli.js runs from a code cache (Node 20 cannot import() from such
 * code), else by cli.js itself.
 */
const explorerApart = {
  name: 'explorer-apart',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]cli[\\/]explorer-import\.ts$/ }, () => ({
      contents: "export const importExplorer = () => (typeof __parallaxImport === 'function' ? __parallaxImport : (s) => import(s))('./ui/run.mjs');",
      loader: 'js',
    }));
  },
};

const formatsDir = fileURLToPath(new URL('../src/core/corpus/formats/', import.meta.url));
const formatReaders = ['markdown', 'html', 'docx'];

/**
 * Leaves the format readers out of cli.js: src/core/corpus/formats/import-reader.ts
 * becomes a require() of their bundles in formats/, made when a Markdown,
 * HTML or Word file is read (CommonJS, so it works from a code cache too).
 */
const formatsApart = {
  name: 'formats-apart',
  setup(b) {
    b.onResolve({ filter: /^\.\/formats\/\w+\.js$/ }, (args) => (/import-reader\.ts$/.test(args.importer) ? { path: args.path, external: true } : undefined));
    b.onLoad({ filter: /[\\/]src[\\/]core[\\/]corpus[\\/]formats[\\/]import-reader\.ts$/ }, () => ({
      contents: formatReaders.map((name) => `export const import${name[0].toUpperCase()}${name.slice(1)} = async () => require('./formats/${name}.js');`).join('\n'),
      loader: 'js',
    }));
  },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  minifySyntax: true,
  legalComments: 'none',
  define: {
    __PARALLAX_VERSION__: JSON.stringify(pkg.version),
    'process.env.NODE_ENV': '"production"',
  },
  logLevel: 'warning',
};

// The launcher and the CLI bundle are CommonJS: required synchronously, and cli.js can be compiled from a code cache.
await build({ ...common, entryPoints: { parallax: 'src/cli/launch.cts' }, outdir, format: 'cjs' });
await build({
  ...common,
  entryPoints: { cli: 'src/cli/bin.ts' },
  outdir,
  format: 'cjs',
  define: { ...common.define, 'import.meta.url': '__parallaxModuleUrl' },
  // The directive first: a banner goes above esbuild's own "use strict", which would then not count.
  banner: { js: "'use strict'; var __parallaxModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [explorerApart, formatsApart, lazyStringWidth],
});
await build({
  ...common,
  entryPoints: Object.fromEntries(formatReaders.map((name) => [name, `${formatsDir}${name}.ts`])),
  outdir: `${outdir}formats/`,
  format: 'cjs',
});
await build({
  ...common,
  entryPoints: { run: explorerEntry },
  outdir: `${outdir}ui/`,
  outExtension: { '.js': '.mjs' },
  splitting: true,
  format: 'esm',
  chunkNames: 'chunks/[name]-[hash]',
  external: ['react-devtools-core'],
  banner: {
    // Bundled CommonJS dependencies may call require(); give them one.
    js: "import { createRequire as __parallaxCreateRequire } from 'node:module'; const require = __parallaxCreateRequire(import.meta.url);",
  },
  plugins: [lazyStringWidth],
});
// .js files in dist/ are CommonJS, whatever the package says.
await writeFile(`${outdir}package.json`, '{ "type": "commonjs" }\n');
const entry = `${outdir}parallax.js`;
await writeFile(entry, '#!/usr/bin/env node\n' + (await readFile(entry, 'utf8')));
await chmod(entry, 0o755);

// The code cache of one run that loads a corpus and diffs two of its versions (Node 20 only; see launch.cts).
const cacheFile = `${outdir}cli-${process.version}-${process.arch}.v8cache`;
const run = spawnSync(process.execPath, [entry, '--corpus', corpus, '--diff', 'asiae', 'ainews', '--format', 'unified'], {
  stdio: ['ignore', 'ignore', 'pipe'],
  encoding: 'utf8',
  env: { ...process.env, PARALLAX_WRITE_CODE_CACHE: cacheFile, NODE_DISABLE_COMPILE_CACHE: '1' },
});
if (run.status !== 1) throw new Error(`the code cache run of the built program failed (exit ${run.status ?? run.signal}): ${run.stderr}`);
if (!('enableCompileCache' in module) && !existsSync(cacheFile)) throw new Error('the code cache run of the built program wrote no cache');

const old = `${dist}.old-${process.pid}`;
await rename(dist, old).catch(() => {});
await rename(outdir, dist);
await rm(old, { recursive: true, force: true });
