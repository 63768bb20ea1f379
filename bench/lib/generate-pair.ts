/**
 * Two versions of one long text for the diff benchmark: a seeded base text
 * and an edited copy with about 5% of its words replaced, inserted or
 * deleted and some paragraphs moved elsewhere. Same seed, same files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRng, pick } from './rng.js';

/** Sizes and edit rates of a generated pair. */
export interface PairSpec {
  /** Approximate size of each version in bytes. */
  bytes: number;
  seed?: number;
  /** Share of words edited (default 0.05). */
  editRate?: number;
  /** Share of paragraphs moved to another place (default 0.01). */
  moveRate?: number;
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'ti', 'vo', 'ba', 'de', 'fi', 'go', 'ha', 'ji', 'ku', 'pe', 'qua', 'ri', 'st', 'zen'];

function vocabulary(rng: () => number, size: number): string[] {
  const words = new Set<string>();
  while (words.size < size) {
    const n = 1 + Math.floor(rng() * 4);
    let w = '';
    for (let k = 0; k < n; k++) w += pick(rng, SYLLABLES);
    words.add(w);
  }
  return [...words];
}

/** A word drawn with a Zipf-like skew, as in real text (a few words very common, most rare). */
function zipfWord(rng: () => number, vocab: readonly string[]): string {
  return vocab[Math.floor(vocab.length * Math.pow(rng(), 3))]!;
}

function paragraph(rng: () => number, vocab: readonly string[]): string[] {
  const words: string[] = [];
  const length = 40 + Math.floor(rng() * 120);
  for (let k = 0; k < length; k++) {
    let w = zipfWord(rng, vocab);
    if (k === 0 || words[k - 1]!.endsWith('.')) w = w[0]!.toUpperCase() + w.slice(1);
    if (rng() < 0.07 || k === length - 1) w += '.';
    else if (rng() < 0.05) w += ',';
    words.push(w);
  }
  return words;
}

/** Generates the base and the edited version as text. */
export function generatePair(spec: PairSpec): { a: string; b: string } {
  const rng = createRng(spec.seed ?? 42);
  const vocab = vocabulary(rng, 20000);
  const paragraphs: string[][] = [];
  let size = 0;
  while (size < spec.bytes) {
    const p = paragraph(rng, vocab);
    paragraphs.push(p);
    size += p.join(' ').length + 2;
  }
  const editRate = spec.editRate ?? 0.05;
  const edited = paragraphs.map((p) => {
    const out: string[] = [];
    for (const w of p) {
      const r = rng();
      if (r < editRate / 3) continue; // deleted
      if (r < (2 * editRate) / 3) out.push(zipfWord(rng, vocab)); // replaced
      else if (r < editRate) out.push(w, zipfWord(rng, vocab)); // inserted after
      else out.push(w);
    }
    return out.length > 0 ? out : p;
  });
  const moves = Math.round(edited.length * (spec.moveRate ?? 0.01));
  for (let k = 0; k < moves; k++) {
    const [moved] = edited.splice(Math.floor(rng() * edited.length), 1);
    edited.splice(Math.floor(rng() * edited.length), 0, moved!);
  }
  const text = (ps: string[][]) => ps.map((p) => p.join(' ')).join('\n\n') + '\n';
  return { a: text(paragraphs), b: text(edited) };
}

/** Writes a generated pair as a two-document corpus (a.txt, b.txt and a manifest) in `dir`. */
export function writePairCorpus(dir: string, spec: PairSpec): { a: string; b: string } {
  mkdirSync(dir, { recursive: true });
  const { a, b } = generatePair(spec);
  writeFileSync(join(dir, 'a.txt'), a);
  writeFileSync(join(dir, 'b.txt'), b);
  const manifest = { name: 'generated pair', documents: [{ id: 'a', file: 'a.txt', lang: 'en' }, { id: 'b', file: 'b.txt', lang: 'en' }] };
  writeFileSync(join(dir, 'corpus.json'), JSON.stringify(manifest, null, 2));
  return { a: join(dir, 'a.txt'), b: join(dir, 'b.txt') };
}
