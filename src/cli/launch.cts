/**
 * The program's first code (dist/parallax.js): runs the CLI bundle
 * (dist/cli.js, everything but the explorer) with V8's compiled code kept
 * between runs, so that a start does not parse ~470 kB of JavaScript.
 *
 * - Node 22.1+ keeps compiled code itself (`module.enableCompileCache`, in
 *   NODE_COMPILE_CACHE or the temp directory; NODE_DISABLE_COMPILE_CACHE=1
 *   turns it off): the bundle is simply required.
 * - Node 20 has no such switch: the bundle is compiled with the code cache
 *   the build made for this Node version and platform (dist/cli-<version>-
 *   <arch>.v8cache). V8 rejects a cache made by another V8 or other flags,
 *   and the code is then compiled as usual; with no cache file, likewise.
 */
import Module = require('node:module');
import fs = require('node:fs');
import path = require('node:path');
import url = require('node:url');
import vm = require('node:vm');

const bundle = path.join(__dirname, 'cli.js');
const cacheFile = path.join(__dirname, `cli-${process.version}-${process.arch}.v8cache`);

type WithCompileCache = typeof Module & { enableCompileCache?: () => unknown };

/**
 * Compiles and runs the bundle as a CommonJS module, from the code cache
 * when V8 accepts it. Code compiled from a cache cannot `import()` on Node
 * 20, so the bundle gets `__parallaxImport`, this module's import, for the
 * explorer (see src/cli/explorer-import.ts).
 */
function runCached(): void {
  const source = fs.readFileSync(bundle, 'utf8');
  let cachedData: Buffer | undefined;
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const wrapper = `(function (exports, require, module, __filename, __dirname, __parallaxImport) {${source}\n})`;
  const script = new vm.Script(wrapper, { filename: bundle, ...(cachedData ? { cachedData } : {}) });
  if (process.env.PARALLAX_DEBUG) process.stderr.write(`parallax: debug: code cache ${!cachedData ? 'absent' : script.cachedDataRejected ? 'rejected' : 'used'}\n`);
  // The build runs the program once with this set, to write the cache of what that run compiled.
  const out = process.env.PARALLAX_WRITE_CODE_CACHE;
  if (out) process.once('exit', () => fs.writeFileSync(out, script.createCachedData()));
  const cli = new Module(bundle, module);
  cli.filename = bundle;
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run.call(cli.exports, cli.exports, Module.createRequire(bundle), cli, bundle, __dirname, (specifier: string) => import(url.pathToFileURL(path.join(__dirname, specifier)).href));
}

const compileCache = (Module as WithCompileCache).enableCompileCache;
if (compileCache) {
  compileCache();
  require(bundle);
} else runCached();
