/**
 * PEER, not parallax: hunalign (Varga et al. 2005), built from its public
 * source, run on the same sentences with an empty dictionary (the
 * lexicon-free setting of the papers' tables) and lengths in UTF-8 bytes
 * (`-onebyteencoding`), the scale parallax uses: in characters it pairs
 * Chinese against English at a strict F1 near 0. Its code is never in this
 * repository: build it with `make` in src/hunalign/ of
 * github.com/danielvarga/hunalign, under bench/.data/hunalign/ (HUNALIGN_SOURCE);
 * the benchmark skips it when the binary is absent.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DATA_DIR } from '../lib/bench-data.js';
import { indices, type Link } from './metric.js';

/** Where the benchmark looks for the binary. */
export const HUNALIGN_BIN = join(DATA_DIR, 'hunalign', 'src', 'hunalign', 'hunalign');
/** Where to get and how to build it. */
export const HUNALIGN_SOURCE = 'github.com/danielvarga/hunalign (LGPL-2.1): copy src/ into bench/.data/hunalign/ and run make in src/hunalign/';

/** Whether the binary is in place. */
export function hunalignAvailable(): boolean {
  return existsSync(HUNALIGN_BIN);
}

/**
 * Beads from a ladder: one `i j` rung per line (hunalign adds a score), each
 * bead running from one rung to the next (a[i, i') with b[j, j')).
 */
export function ladderLinks(rungs: readonly (readonly [number, number])[]): Link[] {
  return rungs.slice(1).map(([i, j], k) => [indices(rungs[k]![0], i - rungs[k]![0]), indices(rungs[k]![1], j - rungs[k]![1])] as Link);
}

/** Rungs of a ladder text. */
export function parseLadder(text: string): [number, number][] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => line.trim().split(/\s+/).slice(0, 2).map(Number) as [number, number]);
}

/** Aligns two sentence lists with hunalign and an empty dictionary; returns beads as links. */
export function hunalign(a: readonly string[], b: readonly string[]): Link[] {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-hunalign-'));
  try {
    const files = ['empty.dic', 'a.txt', 'b.txt'].map((f) => join(dir, f));
    writeFileSync(files[0]!, '');
    writeFileSync(files[1]!, a.join('\n') + '\n');
    writeFileSync(files[2]!, b.join('\n') + '\n');
    const r = spawnSync(HUNALIGN_BIN, ['-onebyteencoding', ...files], { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
    if (r.status !== 0) throw new Error(`hunalign failed (${r.status}): ${r.stderr.slice(0, 300)}`);
    return ladderLinks(parseLadder(r.stdout));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
