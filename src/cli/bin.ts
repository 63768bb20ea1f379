import { main } from './main.js';

process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  // `parallax --list | head -1`: the reader left; that is not an error.
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
