import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus, type GeneratedCorpus } from './generate-corpus.js';

/** Where generated corpora live between runs (git-ignored). */
export const DATA_DIR = fileURLToPath(new URL('../.data/', import.meta.url));
/** The one seed every benchmark corpus is generated with. */
export const CORPUS_SEED = 7;

/**
 * The generated corpus of `documents` documents under bench/.data, made once
 * and reused by later runs (same seed, so the same bytes); returns what was written.
 */
export async function benchCorpusInfo(documents: number): Promise<GeneratedCorpus> {
  const dir = join(DATA_DIR, `corpus-${documents}-seed${CORPUS_SEED}`);
  const done = join(dir, '.generated.json');
  if (existsSync(done)) return JSON.parse(readFileSync(done, 'utf8')) as GeneratedCorpus;
  const made = await generateCorpus(dir, { documents, seed: CORPUS_SEED });
  writeFileSync(done, JSON.stringify(made));
  return made;
}

/** The directory of {@link benchCorpusInfo}. */
export async function benchCorpus(documents: number): Promise<string> {
  return (await benchCorpusInfo(documents)).dir;
}
