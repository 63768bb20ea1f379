import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, runCli } from '../helpers/run-cli.js';
import { makeTempCorpus, removeTempCorpus } from '../helpers/temp-corpus.js';

let xdg: string;
const run = (args: string[], env: NodeJS.ProcessEnv = {}) => runCli(args, { XDG_CACHE_HOME: xdg, ...env });

beforeAll(() => {
  xdg = mkdtempSync(join(tmpdir(), 'parallax-xdg-'));
});
afterAll(() => rmSync(xdg, { recursive: true, force: true }));

describe('parallax --query', () => {
  it('entity:NAME finds every version that mentions the entity under any alias, the Indonesian one included', () => {
    const r = run(['--query', 'entity:"Department of Commerce"', '--json', '--limit', '50']);
    expect(r.code).toBe(0);
    const hits = JSON.parse(r.stdout).hits as { doc: string; paragraph: number }[];
    expect(new Set(hits.map((h) => h.doc))).toEqual(new Set(['asiae', 'ft-summary', 'ainews', 'ft-id', 'analysis']));
    const show = JSON.parse(run(['--show', 'ft-id', '--json']).stdout).paragraphs as string[];
    const indonesian = hits.filter((h) => h.doc === 'ft-id').map((h) => show[h.paragraph]);
    expect(indonesian.every((p) => p!.includes('Departemen Perdagangan'))).toBe(true);
  });

  it('prints ranked hits with snippets and exits 0', () => {
    const r = run(['--query', 'Meituan', '--limit', '2']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(/^\S+ ¶\d+ {2}.+ {2}score \d/);
    expect(lines[1]).toMatch(/^ {4}.*Meituan/);
    expect(lines[4]).toMatch(/^\d+ matching paragraphs in \d documents \(showing 2; raise --limit for more\)$/);
    expect(r.stdout).not.toContain('\u001b');
  });

  it('highlights matches only with color', () => {
    expect(run(['--query', 'Meituan', '--limit', '1'], { NO_COLOR: '', FORCE_COLOR: '1' }).stdout).toContain('\u001b[1;7mMeituan\u001b[0m');
  });

  it('--json has the documented shape, with paragraph indexes that --show --json agrees with', () => {
    const r = run(['--query', '"AI chips" lang:en', '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(['query', 'total', 'hits', 'suggestions']);
    expect(json.query).toBe('"AI chips" lang:en');
    expect(json.total).toBe(json.hits.length);
    for (const hit of json.hits) {
      expect(Object.keys(hit)).toEqual(['doc', 'title', 'lang', 'paragraph', 'score', 'snippet', 'terms']);
      expect(hit.lang).toBe('en');
      const shown = JSON.parse(run(['--show', hit.doc, '--json']).stdout);
      const paragraph: string = shown.paragraphs[hit.paragraph];
      expect(paragraph.toLowerCase()).toMatch(/\bai chips\b/);
      for (const t of hit.terms) expect(paragraph).toContain(t);
      expect(paragraph).toContain(hit.snippet.replace(/^…|…$/g, ''));
    }
  });

  it('exits 1 with no hits, suggesting a correction', () => {
    const text = run(['--query', 'Nbidai']);
    expect(text.code).toBe(1);
    expect(text.stdout).toBe('');
    expect(text.stderr).toMatch(/no matches for "Nbidai"; did you mean: nvidia/);
    const json = run(['--query', 'Nbidai', '--json']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toEqual({ query: 'Nbidai', total: 0, hits: [], suggestions: ['nvidia'] });
  });

  it('reads two swapped letters as one typing error', () => {
    const r = run(['--query', 'Nvidai', '--json', '--limit', '50']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).hits.every((h: { terms: string[] }) => h.terms.some((t) => t.toLowerCase() === 'nvidia'))).toBe(true);
  });

  it('searches flags and code as written, takes a query that starts with a dash, and exits as ripgrep does', () => {
    const dir = makeTempCorpus({
      'a.md': '# Shell\n\nStart scripts with `set -e` to stop on errors.\n\nUse find . -print0 with xargs -0.\n\nRedirect both: cmd >log 2>&1\n\nSet the editor here.\n',
    });
    try {
      const hitsOf = (...args: string[]) => {
        const r = run(['--corpus', dir, ...args, '--json']);
        return { code: r.code, stderr: r.stderr, total: (JSON.parse(r.stdout) as { total: number }).total };
      };
      expect(hitsOf('--query', 'set -e')).toMatchObject({ code: 0, total: 1, stderr: expect.stringMatching(/searched -e as written/) });
      expect(hitsOf('--query', '-print0')).toMatchObject({ code: 0, total: 1 });
      expect(hitsOf('--query', '2>&1')).toMatchObject({ code: 0, total: 1 });
      expect(hitsOf('-q', '--color')).toMatchObject({ code: 1, total: 0 });
      expect(hitsOf('--query', 'set -editor')).toMatchObject({ code: 0, total: 1 });
    } finally {
      removeTempCorpus(dir);
    }
  });

  it('exits 2 with one line for a query that cannot run', () => {
    for (const args of [
      ['--query', 'AI doc:nope'],
      ['--query', ''],
      ['--query', 'AI', '--limit', '0'],
    ]) {
      const r = run(args);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stdout).toBe('');
    }
  });

  it('warns about a repaired query on stderr and keeps JSON clean', () => {
    const r = run(['--query', '"AI chips', '--json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/warning: unbalanced quote/);
    expect(JSON.parse(r.stdout).total).toBeGreaterThan(0);
  });

  it('caches the index under XDG_CACHE_HOME, and --no-cache leaves the cache alone', () => {
    const fresh = mkdtempSync(join(tmpdir(), 'parallax-xdg-'));
    try {
      expect(run(['--query', 'Alibaba', '--no-cache'], { XDG_CACHE_HOME: fresh }).code).toBe(0);
      expect(readdirSync(fresh)).toEqual([]);
      expect(run(['--query', 'Alibaba'], { XDG_CACHE_HOME: fresh }).code).toBe(0);
      expect(readdirSync(join(fresh, 'parallax', 'index')).filter((n) => !n.endsWith('.stamp'))).toHaveLength(1);
      const again = run(['--query', 'Alibaba', '--json'], { XDG_CACHE_HOME: fresh });
      expect(again.code).toBe(0);
      expect(JSON.parse(again.stdout)).toEqual(JSON.parse(run(['--query', 'Alibaba', '--json', '--no-cache']).stdout));
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  });

  it('survives a corrupted cache file, saying so in one line', () => {
    const fresh = mkdtempSync(join(tmpdir(), 'parallax-xdg-'));
    try {
      run(['--query', 'Alibaba'], { XDG_CACHE_HOME: fresh });
      const [name] = readdirSync(join(fresh, 'parallax', 'index')).filter((n) => !n.endsWith('.stamp'));
      writeFileSync(join(fresh, 'parallax', 'index', name!, 'dict.json'), 'garbage');
      const r = run(['--query', 'Alibaba', '--json'], { XDG_CACHE_HOME: fresh });
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('parallax: warning: index cache damaged; rebuilding\n');
      expect(JSON.parse(r.stdout).total).toBeGreaterThan(0);
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  });

  it('two processes building the same cache at once both answer, and leave one good index', async () => {
    const fresh = mkdtempSync(join(tmpdir(), 'parallax-xdg-'));
    const once = () =>
      new Promise<{ code: number | null; stdout: string }>((resolve) => {
        const child = spawn(process.execPath, [CLI, '--query', 'Meituan', '--json'], { env: { ...process.env, NO_COLOR: '1', XDG_CACHE_HOME: fresh } });
        let stdout = '';
        child.stdout.on('data', (d) => (stdout += d));
        child.on('close', (code) => resolve({ code, stdout }));
      });
    try {
      const [a, b] = await Promise.all([once(), once()]);
      expect([a.code, b.code]).toEqual([0, 0]);
      expect(a.stdout).toBe(b.stdout);
      expect(readdirSync(join(fresh, 'parallax', 'index')).filter((n) => !n.endsWith('.stamp'))).toHaveLength(1);
      expect((await once()).stdout).toBe(a.stdout);
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  });

  it('prints no progress when stderr is not a terminal', () => {
    const fresh = mkdtempSync(join(tmpdir(), 'parallax-xdg-'));
    try {
      expect(run(['--query', 'Alibaba'], { XDG_CACHE_HOME: fresh }).stderr).toBe('');
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  });
});
