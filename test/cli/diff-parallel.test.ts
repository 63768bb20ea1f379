import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writePairCorpus } from '../../bench/lib/generate-pair.js';
import { loadCorpus } from '../../src/core/corpus/load.js';
import { diffDocuments } from '../../src/core/diff/diff-documents.js';
import { PARALLEL_MIN_CHARS } from '../../src/core/diff/parallel.js';
import { CLI } from '../helpers/run-cli.js';

describe('parallax --diff on long versions (second version tokenized in a worker thread)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'parallax-diff-parallel-'));
    writePairCorpus(dir, { bytes: PARALLEL_MIN_CHARS * 1.1, seed: 7 });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives the rows and statistics of the in-process engine', async () => {
    const corpus = await loadCorpus(dir);
    const [a, b] = corpus.documents;
    expect(a!.text.length).toBeGreaterThan(PARALLEL_MIN_CHARS);
    const expected = diffDocuments(a!, b!, { ignoreCase: true });
    // Several MB of JSON: more than runCli's default pipe buffer.
    const r = spawnSync(process.execPath, [CLI, '--corpus', dir, '--diff', 'a', 'b', '--format', 'json', '--ignore-case'], { encoding: 'utf8', maxBuffer: 2 ** 28 });
    expect(r.status).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.stats).toEqual(expected.stats);
    expect(json.rows.length).toBe(expected.rows.length);
    expect(json.rows).toEqual(
      expected.rows.map((row) => ({
        kind: row.kind,
        left: row.left,
        right: row.right,
        spans: row.spans,
        ...(row.from !== undefined ? { from: row.from } : {}),
        ...(row.to !== undefined ? { to: row.to } : {}),
      })),
    );
  });
});
