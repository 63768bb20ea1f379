// Hostile inputs, built by the test itself: a file of a million lines, 20,000
// versions, FIFOs, devices and links out of the corpus under every name the
// loader reads, a pair of long one-paragraph versions for --check. Each run
// must end on its own (a time bound that only a hang reaches), exit 0, 1 or
// 2, say what it refused in lines of its own, and leave the corpus as it was.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI } from '../helpers/run-cli.js';

/** Far beyond any run's normal time, even on a loaded CI machine: only a hang reaches it. */
const HANG_MS = 90_000;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI with a hang bound; stdout is dropped unless asked for (some outputs are tens of MB). */
function run(args: readonly string[], keepStdout = false): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', XDG_CACHE_HOME: cacheHome },
    stdio: ['ignore', keepStdout ? 'pipe' : 'ignore', 'pipe'],
    timeout: HANG_MS,
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout ?? '', stderr: r.stderr };
}

/** What every run must be: ended by itself with 0, 1 or 2; every stderr line one of parallax's own; an error in exactly one line. */
function expectOrderly(r: Run, label: string): void {
  expect([0, 1, 2], `${label}: exit ${r.code} (null = killed after ${HANG_MS} ms)\n${r.stderr}`).toContain(r.code);
  const lines = r.stderr.split('\n').filter((l) => l !== '');
  for (const line of lines) expect(line, label).toMatch(/^parallax: /);
  expect(r.stderr, label).not.toMatch(/internal error|\n\s+at /);
  if (r.code === 2)
    expect(
      lines.filter((l) => !l.startsWith('parallax: warning:')),
      label,
    ).toHaveLength(1);
}

/** Every entry of a directory (links not followed) with its type and, for files, a hash of the content. */
function snapshot(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .map((name) => {
      const path = join(dir, name);
      const info = lstatSync(path);
      const what = info.isFile() ? createHash('sha1').update(readFileSync(path)).digest('hex') : info.isSymbolicLink() ? 'link' : info.isFIFO() ? 'fifo' : 'dir';
      return `${name} ${info.size} ${info.mtimeMs} ${what}`;
    });
}

const work = mkdtempSync(join(tmpdir(), 'parallax-hostile-'));
const cacheHome = join(work, 'cache');
const outside = join(work, 'outside.txt');
writeFileSync(outside, 'A file outside every corpus.\nIt must never be read.\n');

function corpus(name: string, files: Record<string, string>): string {
  const dir = join(work, name);
  mkdirSync(dir);
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  return dir;
}

const STORY = 'Grid operator\nThe grid operator said on Tuesday that demand rose 4% in March, led by Mayor Ilsa Varga of Vellmoor.\n';

describe('hostile inputs', () => {
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it(
    'a file of a million one-word lines: listing, showing and searching it work',
    () => {
      const dir = corpus('million', { 'big.txt': 'Lines\n' + 'river\n'.repeat(1_000_000), 'small.txt': STORY });
      const before = snapshot(dir);
      for (const args of [
        ['--list', '--json'],
        ['--query', 'river', '--no-cache', '--limit', '1'],
      ]) {
        expectOrderly(run(['--corpus', dir, ...args]), args.join(' '));
      }
      const show = run(['--corpus', dir, '--show', 'big', '--json'], true);
      expectOrderly(show, '--show');
      const json = JSON.parse(show.stdout) as { paragraphs: string[] };
      expect(json.paragraphs).toHaveLength(1_000_001);
      expect(json.paragraphs.at(-1)).toBe('river');
      expect(snapshot(dir)).toEqual(before);
    },
    4 * HANG_MS,
  );

  it(
    '150,000 one-line paragraphs: diff, alignment, the entity table and --check work (the stack once broke at ~125,000)',
    () => {
      const dir = corpus('lines', { 'a.txt': 'Lines\n' + 'Ilsa Varga met Orvane Logistics in 2019.\n'.repeat(150_000), 'b.txt': STORY });
      const before = snapshot(dir);
      for (const args of [
        ['--diff', 'a', 'b', '--mode', 'diff', '--format', 'unified'],
        ['--diff', 'a', 'b', '--mode', 'align', '--format', 'unified'],
        ['--entities', '--type', 'PERSON'],
        ['--check', 'a', 'b'],
      ]) {
        expectOrderly(run(['--corpus', dir, ...args]), args.join(' '));
      }
      expect(snapshot(dir)).toEqual(before);
    },
    4 * HANG_MS,
  );

  it(
    '20,000 versions: --matrix refuses at once in one line, --list works',
    () => {
      const files: Record<string, string> = {};
      const documents = [];
      for (let i = 0; i < 20_000; i++) {
        const file = `v${String(i).padStart(5, '0')}.txt`;
        files[file] = `Version ${i}\nThe river rose ${i} cm on Tuesday.\n`;
        documents.push({ file, lang: 'en' });
      }
      files['corpus.json'] = JSON.stringify({ name: 'many', documents });
      const dir = corpus('many', files);
      const matrix = run(['--corpus', dir, '--matrix']);
      expectOrderly(matrix, '--matrix');
      expect(matrix.code).toBe(2);
      expect(matrix.stderr).toMatch(/20000 versions.*--doc PREFIX/);
      expectOrderly(run(['--corpus', dir, '--matrix', '--doc', 'v0000']), '--matrix --doc');
      const list = run(['--corpus', dir, '--list', '--json'], true);
      expectOrderly(list, '--list');
      expect((JSON.parse(list.stdout) as { documents: unknown[] }).documents).toHaveLength(20_000);
    },
    3 * HANG_MS,
  );

  it(
    'FIFOs, devices, directories and links out of the corpus under every name the loader reads',
    () => {
      const makers: Record<string, (path: string) => void> = {
        fifo: (path) => execFileSync('mkfifo', [path]),
        zero: (path) => symlinkSync('/dev/zero', path),
        urandom: (path) => symlinkSync('/dev/urandom', path),
        outside: (path) => symlinkSync(outside, path),
        directory: (path) => mkdirSync(path),
      };
      for (const name of ['corpus.json', 'entities.json', 'v.txt', 'w.md']) {
        for (const [kind, make] of Object.entries(makers)) {
          const dir = corpus(`special-${name}-${kind}`, { 'story.txt': STORY });
          make(join(dir, name));
          const before = snapshot(dir);
          // Every command loads the corpus the same way; the gazetteer is read by the entity commands alone.
          const commands = name === 'entities.json' ? [['--entities'], ['--query', 'entity:Varga', '--no-cache'], ['--check', 'story', 'story']] : [['--list']];
          for (const args of commands) {
            const r = run(['--corpus', dir, ...args]);
            const label = `${name} as ${kind}: ${args.join(' ')}`;
            expectOrderly(r, label);
            // The file is named in a warning or an error; nothing of it is read.
            expect(r.stderr, label).toContain(name);
            expect(r.stderr, label).not.toContain('never be read');
          }
          expect(snapshot(dir)).toEqual(before);
        }
      }
    },
    2 * HANG_MS,
  );

  it(
    '--check on two long one-paragraph versions ends (it was quadratic: 1.6 MB took two minutes)',
    () => {
      const words = ['river', 'talent', 'export', 'market', 'grid', 'the', 'of', 'and'];
      const parts: string[] = [];
      for (let i = 0; parts.length < 300_000; i++) parts.push(i % 25 === 0 ? String(1000 + (i % 7919)) : words[i % words.length]!);
      const a = parts.join(' ');
      const b = parts.map((w, i) => (i % 500 === 0 ? String(20_000 + i) : w)).join(' ');
      const dir = corpus('long-paragraph', { 'a.txt': `Long\n${a}\n`, 'b.txt': `Long\n${b}\n` });
      const before = snapshot(dir);
      const r = run(['--corpus', dir, '--check', 'a', 'b', '--json'], true);
      expectOrderly(r, '--check long paragraphs');
      expect(r.code).toBe(1);
      expect((JSON.parse(r.stdout) as { findings: unknown[] }).findings.length).toBeGreaterThan(0);
      expect(snapshot(dir)).toEqual(before);
    },
    HANG_MS,
  );
});
