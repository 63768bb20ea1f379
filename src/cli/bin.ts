import module from 'node:module';
import { main } from './main.js';

// Node 22.1+ keeps V8's compiled code between runs (in NODE_COMPILE_CACHE or
// the temp directory; NODE_DISABLE_COMPILE_CACHE=1 turns it off), which
// shortens every start. Node 20 has no such switch and skips this.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  // `parallax --list | head -1`: the reader left; that is not an error.
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
