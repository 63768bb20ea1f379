// Deterministic synthetic corpora for benchmarks: N documents of about 3 KB,
// each recombined from the bundled corpus's sentences (in one language per
// document) and mutated so that no two documents are the same text.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from '../../src/core/corpus/load.js';
import { splitSentences } from '../../src/core/text/segment.js';
import { createRng, pick } from './rng.js';

/** What to generate. */
export interface GenerateOptions {
  documents: number;
  seed?: number;
  /** Approximate size of each document in bytes (default 3000). */
  documentBytes?: number;
  /** Corpus to draw sentences from (default: the bundled one). */
  from?: string;
}

/** What was written. */
export interface GeneratedCorpus {
  dir: string;
  documents: number;
  bytes: number;
  paragraphs: number;
}

const BUNDLED = fileURLToPath(new URL('../../corpus', import.meta.url));
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

interface Pools {
  sentences: Map<string, string[]>;
  /** Capitalized words seen in each language, used to swap names. */
  names: Map<string, string[]>;
  /** Every word, used to insert and replace words. */
  words: Map<string, string[]>;
  sources: string[];
}

async function loadPools(from: string): Promise<Pools> {
  const corpus = await loadCorpus(from);
  const pools: Pools = { sentences: new Map(), names: new Map(), words: new Map(), sources: [] };
  const add = (map: Map<string, string[]>, lang: string, value: string) => {
    let list = map.get(lang);
    if (!list) map.set(lang, (list = []));
    list.push(value);
  };
  for (const doc of corpus.documents) {
    if (doc.source) pools.sources.push(doc.source);
    for (const p of doc.paragraphs.slice(1)) {
      for (const s of splitSentences(p.text, doc.lang)) if (s.text.length > 20) add(pools.sentences, doc.lang, s.text);
      for (const w of p.text.match(WORD) ?? []) {
        add(pools.words, doc.lang, w);
        if (/^\p{Lu}/u.test(w)) add(pools.names, doc.lang, w);
      }
    }
  }
  return pools;
}

/** A typo: one letter dropped, doubled or swapped with its neighbour. */
function typo(rng: () => number, word: string): string {
  if (word.length < 5) return word;
  const i = 1 + Math.floor(rng() * (word.length - 2));
  const r = rng();
  if (r < 0.34) return word.slice(0, i) + word.slice(i + 1);
  if (r < 0.67) return word.slice(0, i) + word[i] + word.slice(i);
  return word.slice(0, i - 1) + word[i] + word[i - 1] + word.slice(i + 1);
}

/** Rewrites a sentence: numbers changed, some names swapped, words replaced, inserted or misspelled. */
function mutate(rng: () => number, sentence: string, lang: string, pools: Pools): string {
  const names = pools.names.get(lang) ?? [];
  const words = pools.words.get(lang) ?? [];
  return sentence.replace(WORD, (w) => {
    if (/^\p{N}/u.test(w)) return String(Math.floor(rng() * (rng() < 0.5 ? 100 : 100_000)));
    const r = rng();
    if (/^\p{Lu}/u.test(w) && r < 0.15 && names.length > 0) return pick(rng, names);
    if (r < 0.05 && words.length > 0) return pick(rng, words);
    if (r < 0.07 && words.length > 0) return `${w} ${pick(rng, words)}`;
    if (r < 0.08) return typo(rng, w);
    return w;
  });
}

/**
 * Writes `documents` synthetic versions, with a corpus.json giving each its
 * language and source (so loading needs no language detection), into `dir`
 * (emptied first). The same options always give the same bytes.
 */
export async function generateCorpus(dir: string, options: GenerateOptions): Promise<GeneratedCorpus> {
  const pools = await loadPools(options.from ?? BUNDLED);
  const rng = createRng(options.seed ?? 1);
  const target = options.documentBytes ?? 3000;
  const langs = [...pools.sentences.keys()].sort();
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const entries: object[] = [];
  let bytes = 0;
  let paragraphs = 0;
  const width = String(options.documents).length;
  for (let n = 0; n < options.documents; n++) {
    // Mostly English, like the bundled corpus (four of its five versions).
    const lang = langs.length > 1 && rng() < 0.2 ? (langs.find((l) => l !== 'en') ?? langs[0]!) : langs.includes('en') ? 'en' : langs[0]!;
    const sentences = pools.sentences.get(lang)!;
    const title = mutate(rng, pick(rng, sentences), lang, pools)
      .slice(0, 90)
      .replace(/[\s,;:]+\S*$/, '');
    const body: string[] = [title];
    let size = title.length;
    while (size < target) {
      const count = 1 + Math.floor(rng() * 3);
      const para = Array.from({ length: count }, () => mutate(rng, pick(rng, sentences), lang, pools)).join(' ');
      body.push(para);
      size += para.length + 2;
    }
    const text = body.join('\n\n') + '\n';
    const id = `d${String(n).padStart(width, '0')}`;
    const file = `${id}.txt`;
    writeFileSync(join(dir, file), text);
    bytes += Buffer.byteLength(text);
    paragraphs += body.length;
    entries.push({ id, file, lang, source: pick(rng, pools.sources) });
  }
  writeFileSync(join(dir, 'corpus.json'), JSON.stringify({ name: `synthetic ${options.documents} (seed ${options.seed ?? 1})`, documents: entries }, null, 1));
  return { dir, documents: options.documents, bytes, paragraphs };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, count, seed] = process.argv.slice(2);
  if (!dir || !count) {
    console.error('usage: npx tsx bench/lib/generate-corpus.ts DIR DOCUMENTS [SEED]');
    process.exit(2);
  }
  const made = await generateCorpus(dir, { documents: Number(count), seed: seed === undefined ? 1 : Number(seed) });
  console.log(`${made.documents} documents, ${(made.bytes / 1e6).toFixed(1)} MB, ${made.paragraphs} paragraphs in ${made.dir}`);
}
