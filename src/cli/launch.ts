/**
 * The program's first code (dist/parallax.js). On Node 22.1+ it turns on
 * Node's compile cache (in NODE_COMPILE_CACHE or the temp directory;
 * NODE_DISABLE_COMPILE_CACHE=1 turns it off) before the CLI is imported, so
 * a start does not parse its code again; Node 20 has no such cache and
 * compiles it every time.
 */
import module from 'node:module';

(module as typeof module & { enableCompileCache?: () => unknown }).enableCompileCache?.();
await import('./bin.js');
