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

/** A generated pair: the base version, the edited one, and the paragraphs moved in it (their text in b). */
export interface GeneratedPair {
  a: string;
  b: string;
  moved: string[];
}

/** Generates the base and the edited version as text. */
export function generatePair(spec: PairSpec): GeneratedPair {
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
  const edited = paragraphs.map((p) => editWords(rng, p, editRate, () => zipfWord(rng, vocab)));
  const moved = movePieces(rng, edited, spec.moveRate ?? 0.01);
  const text = (ps: string[][]) => ps.map((p) => p.join(' ')).join('\n\n') + '\n';
  return { a: text(paragraphs), b: text(edited), moved: moved.map((p) => p.join(' ')) };
}

/** An edited copy of `words`: each deleted, replaced by `fresh()` or followed by `fresh()` with probability `rate` in all (never emptied). */
export function editWords(rng: () => number, words: readonly string[], rate: number, fresh: () => string): string[] {
  const out: string[] = [];
  for (const w of words) {
    const r = rng();
    if (r < rate / 3) continue; // deleted
    if (r < (2 * rate) / 3)
      out.push(fresh()); // replaced
    else if (r < rate)
      out.push(w, fresh()); // inserted after
    else out.push(w);
  }
  return out.length > 0 ? out : [...words];
}

/** Moves `rate` of the pieces, each to a random other place, in place; returns the pieces moved. */
export function movePieces<T>(rng: () => number, pieces: T[], rate: number): T[] {
  const moves = Math.round(pieces.length * rate);
  const moved: T[] = [];
  for (let k = 0; k < moves; k++) {
    const [piece] = pieces.splice(Math.floor(rng() * pieces.length), 1);
    pieces.splice(Math.floor(rng() * pieces.length), 0, piece!);
    moved.push(piece!);
  }
  return moved;
}

/** Writes a generated pair as a two-document corpus (a.txt, b.txt and a manifest, or another extension) in `dir`; returns the files and the moved paragraphs. */
export function writePairCorpus(dir: string, spec: PairSpec | (GeneratedPair & { lang: string }), extension = 'txt'): { a: string; b: string; moved: string[] } {
  mkdirSync(dir, { recursive: true });
  const { a, b, moved } = 'bytes' in spec ? generatePair(spec) : spec;
  const lang = 'lang' in spec ? spec.lang : 'en';
  writeFileSync(join(dir, `a.${extension}`), a);
  writeFileSync(join(dir, `b.${extension}`), b);
  const manifest = {
    name: 'generated pair',
    documents: [
      { id: 'a', file: `a.${extension}`, lang },
      { id: 'b', file: `b.${extension}`, lang },
    ],
  };
  writeFileSync(join(dir, 'corpus.json'), JSON.stringify(manifest, null, 2));
  return { a: join(dir, `a.${extension}`), b: join(dir, `b.${extension}`), moved };
}
