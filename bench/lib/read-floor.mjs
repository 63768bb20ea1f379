// The least a Node program that shows two versions' text must do, and no
// more: start, read both files and decode them (UTF-8, invalid bytes an
// error, as parallax reads them). No tokens, no comparison, no output.
// bench/diff.ts times it beside git and parallax on every pair.
// Usage: node bench/lib/read-floor.mjs A B
import { readFileSync } from 'node:fs';
import { TextDecoder } from 'node:util';

let units = 0;
for (const file of process.argv.slice(2)) units += new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file)).length;
process.stdout.write(`${units}\n`);
