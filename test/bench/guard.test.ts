// Guards the benchmark against rot without timing anything: the seeded
// generator still makes the same corpus, and `npm run bench -- --quick`
// runs every area end to end.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/core/corpus/load.js';
import { buildIndex } from '../../src/core/search/build.js';
import { generateCorpus } from '../../bench/lib/generate-corpus.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/**
 * Paragraphs of the seeded corpus at 100 documents with the benchmark's seed (7); changes only when the generator or the
 * sentence splitter it draws its sentence pool with does (the 1k corpus the bench measures has 11127).
 */
const PARAGRAPHS_100 = 1123;

describe('benchmark guard', () => {
  const work = mkdtempSync(join(tmpdir(), 'parallax-bench-guard-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('indexes the expected number of paragraphs of the seeded corpus', async () => {
    const made = await generateCorpus(join(work, 'c100'), { documents: 100, seed: 7 });
    expect(made.documents).toBe(100);
    expect(made.paragraphs).toBe(PARAGRAPHS_100);
    const index = await buildIndex(await loadCorpus(made.dir));
    expect(index.postings.unitCount).toBe(PARAGRAPHS_100);
  }, 120_000);

  it('runs `npm run bench -- --quick` end to end, reporting every budget', () => {
    const out = execFileSync('npm', ['run', '--silent', 'bench', '--', '--quick'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 240_000 });
    const report = JSON.parse(out) as { areas: string[]; budgets: { what: string; met: boolean }[] };
    expect(report.areas).toEqual(['machine', 'quick', 'startup', 'explorer', 'search', 'keystroke', 'scale', 'diff', 'entities', 'detect', 'ner', 'align']);
    expect(report.budgets.length).toBeGreaterThanOrEqual(11);
  }, 240_000);
});
