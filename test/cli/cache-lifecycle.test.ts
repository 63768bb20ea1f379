import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readdirSync, rmSync, statSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/lib/generate-corpus.js';
import { CLI, runCli } from '../helpers/run-cli.js';

/**
 * The cache under real processes: many at once on a cold cache, processes
 * killed or interrupted while writing it, output that cannot be written. The
 * corpus is generated (a few hundred versions), so that building and writing
 * its index takes a while.
 */

const QUERY = ['--query', 'the OR "in the" -zzz', '--json', '--limit', '50'];

let work: string;
let corpus: string;
let expected: string;
let xdg: string;
beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'parallax-lifecycle-'));
  corpus = (await generateCorpus(join(work, 'corpus'), { documents: 200, seed: 23 })).dir;
  const plain = runCli(['--corpus', corpus, ...QUERY, '--no-cache']);
  expect(plain.code).toBe(0);
  expected = plain.stdout;
});
afterAll(() => rmSync(work, { recursive: true, force: true }));
beforeEach(() => {
  xdg = mkdtempSync(join(work, 'xdg-'));
});

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Starts the CLI on the generated corpus; `started` is given the child once it runs. */
function start(args: readonly string[] = QUERY, started?: (child: ReturnType<typeof spawn>) => void): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, '--corpus', corpus, ...args], { env: { ...process.env, NO_COLOR: '1', XDG_CACHE_HOME: xdg }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d) => (stdout += d));
    child.stderr!.on('data', (d) => (stderr += d));
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
    started?.(child);
  });
}

const entries = () => readdirSync(join(xdg, 'parallax', 'index')).sort();
const leftovers = () => entries().filter((n) => /\.(tmp-|trash-|lock$)/.test(n));

/**
 * Runs the CLI and sends it `signal` as soon as an entry whose name holds
 * `when` appears in the cache: `.lock` when it starts building the index,
 * `.tmp-` when it starts writing it.
 */
function interrupt(signal: NodeJS.Signals, when: '.lock' | '.tmp-'): Promise<Run & { sent: boolean }> {
  const folder = join(xdg, 'parallax', 'index');
  mkdirSync(folder, { recursive: true });
  let sent = false;
  let watcher: ReturnType<typeof watch> | undefined;
  return start(QUERY, (child) => {
    watcher = watch(folder, (_, name) => {
      if (!sent && name?.includes(when)) {
        sent = true;
        child.kill(signal);
      }
    });
  }).then((run) => {
    watcher?.close();
    return { ...run, sent };
  });
}

describe('index cache under concurrent and interrupted processes', () => {
  for (const n of [2, 10]) {
    it(`${n} queries at once on a cold cache all answer as without the cache, and leave one index`, async () => {
      const runs = await Promise.all(Array.from({ length: n }, () => start()));
      for (const r of runs) {
        expect(r.code).toBe(0);
        expect(r.stderr).toBe('');
        expect(r.stdout).toBe(expected);
      }
      expect(leftovers()).toEqual([]);
      expect(entries().filter((name) => !name.endsWith('.stamp'))).toHaveLength(1);
      expect((await start()).stdout).toBe(expected);
    });
  }

  for (const [signal, when] of [
    ['SIGINT', '.tmp-'],
    ['SIGTERM', '.tmp-'],
    ['SIGHUP', '.tmp-'],
    ['SIGINT', '.lock'],
    ['SIGTERM', '.lock'],
  ] as const) {
    it(`${signal} while the index is ${when === '.lock' ? 'built' : 'written'} ends the process and leaves no temporary file`, async () => {
      const run = await interrupt(signal, when);
      expect(run.sent).toBe(true);
      expect(run.signal).toBe(signal);
      expect(leftovers()).toEqual([]);
      const rerun = await start();
      expect(rerun.stdout).toBe(expected);
      expect(rerun.stderr).toBe('');
    });
  }

  for (const when of ['.lock', '.tmp-'] as const) {
    it(`kill -9 while the index is ${when === '.lock' ? 'built' : 'written'}: the next run uses nothing half-written, and removes what was left`, async () => {
      const run = await interrupt('SIGKILL', when);
      expect(run.signal).toBe('SIGKILL');
      const rerun = await start();
      expect(rerun.stdout).toBe(expected);
      expect(leftovers()).toEqual([]);
      expect(entries().filter((name) => !name.endsWith('.stamp'))).toHaveLength(1);
    });
  }

  it('a texts.bin garbled to the same size: one warning, the right answer, no byte of it on stdout', async () => {
    await start();
    await start(); // stamps the corpus: the next run reads the snapshot
    const index = join(
      xdg,
      'parallax',
      'index',
      entries().find((n) => !n.endsWith('.stamp'))!,
    );
    writeFileSync(join(index, 'texts.bin'), Buffer.alloc(statSync(join(index, 'texts.bin')).size, 0x7f));
    for (const args of [QUERY, QUERY.filter((a) => a !== '--json')]) {
      const plain = runCli(['--corpus', corpus, ...args, '--no-cache']);
      const r = await start(args);
      expect(r.stdout).toBe(plain.stdout);
      expect(r.stdout).not.toContain('\u007f');
      expect(r.stderr).toBe(args === QUERY ? 'parallax: warning: index cache damaged; rebuilding\n' : '');
    }
  });

  it('output to a full disk ends with one line on stderr and exit 2', () => {
    const full = openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, [CLI, '--corpus', corpus, ...QUERY, '--no-cache'], { stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/^parallax: cannot write the output: ENOSPC[^\n]*\n$/);
    } finally {
      closeSync(full);
    }
  });

  it('a closed stdout (Node reopens it on /dev/null) or a reader that leaves early ends quietly, never with a stack trace', () => {
    for (const shell of [`"$0" "$1" --corpus "$2" --query the >&-`, `"$0" "$1" --corpus "$2" --query the --limit 500 | head -c 10 >/dev/null`]) {
      const r = spawnSync('sh', ['-c', shell, process.execPath, CLI, corpus], { env: { ...process.env, XDG_CACHE_HOME: xdg }, encoding: 'utf8' });
      expect(r.status).toBe(0);
      expect(r.stderr).toBe('');
    }
  });
});
