import { sanitizeLine } from '../core/text/sanitize.js';
import { EXIT } from './errors.js';
import { main } from './main.js';

process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  // `parallax --list | head -1`: the reader left; that is not an error.
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  // A full disk (`> /dev/full`) or a broken output: one line, not a stack trace.
  process.stderr.write(`parallax: cannot write the output: ${sanitizeLine(err.message)}\n`);
  process.exit(EXIT.error);
});

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
