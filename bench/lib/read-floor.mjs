// The least a Node program that shows two versions' text must do, and no
// more: start, read both files and decode them (UTF-8, invalid bytes an
// error, as parallax reads them). No tokens, no comparison, no output.
// bench/diff.ts times it beside git and parallax on every pair. With
// --keys it also holds one 4-byte key per UTF-16 code unit of each text:
// the least a comparison letter by letter holds (in Chinese every letter
// is a token, and parallax's token keys are 4 bytes).
// Usage: node bench/lib/read-floor.mjs [--keys] A B
import { readFileSync } from 'node:fs';
import { TextDecoder } from 'node:util';

const keys = process.argv.includes('--keys');
let units = 0;
for (const file of process.argv.slice(2).filter((a) => a !== '--keys')) {
  const text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file));
  if (keys) {
    const held = new Int32Array(text.length);
    for (let i = 0; i < text.length; i++) held[i] = Math.imul(text.charCodeAt(i), 0x9e3779b1);
    units += held[text.length >> 1] === 0 ? 0 : 1;
  }
  units += text.length;
}
process.stdout.write(`${units}\n`);
