import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempCorpus, removeTempCorpus } from '../helpers/temp-corpus.js';
import { HOSTILE_FILES } from '../core/corpus/hostile-corpus.js';
import { CLI, runCli } from '../helpers/run-cli.js';

// Any C0/C1 control byte but newline would mean corpus text reached the terminal raw.
const RAW_CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/;

describe('parallax --list', () => {
  it('--json on the bundled corpus gives 5 documents with langs en,en,en,id,en', () => {
    const r = runCli(['--list', '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.documents).toHaveLength(5);
    expect(json.documents.map((d: { lang: string }) => d.lang)).toEqual(['en', 'en', 'en', 'id', 'en']);
    expect(Object.keys(json.documents[0])).toEqual(['id', 'title', 'lang', 'source', 'author', 'date', 'words', 'paragraphs']);
    expect(json.documents[0].paragraphs).toBe(11);
    expect(json.warnings).toEqual([]);
    expect(json.corpus).toMatch(/corpus$/);
  });

  it('prints a table with every id and no color in a pipe', () => {
    const r = runCli(['--list'], { NO_COLOR: '' });
    expect(r.code).toBe(0);
    for (const id of ['asiae', 'ft-summary', 'ainews', 'ft-id', 'analysis']) expect(r.stdout).toMatch(new RegExp(`^${id}\\s`, 'm'));
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('colors when FORCE_COLOR asks for it', () => {
    expect(runCli(['--list'], { NO_COLOR: '', FORCE_COLOR: '1' }).stdout).toContain('\u001b[');
  });

  it('exits 2 with a one-line error for a missing corpus', () => {
    const r = runCli(['--list', '--corpus', '/no/such/dir']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^parallax: corpus directory not found: \/no\/such\/dir/);
    expect(r.stdout).toBe('');
  });

  describe('on a hostile corpus', () => {
    let dir: string;
    beforeAll(() => {
      dir = makeTempCorpus(HOSTILE_FILES);
    });
    afterAll(() => removeTempCorpus(dir));

    it('prints clean output and one warning line per bad file', () => {
      const r = runCli(['--list', dir]);
      expect(r.code).toBe(0);
      expect(RAW_CONTROL.test(r.stdout)).toBe(false);
      expect(RAW_CONTROL.test(r.stderr)).toBe(false);
      const warnings = r.stderr.trim().split('\n');
      expect(warnings.every((l) => l.startsWith('parallax: warning: '))).toBe(true);
      expect(r.stderr).toMatch(/binary\.txt: looks binary/);
      expect(r.stderr).toMatch(/empty\.txt: is empty/);
      expect(r.stderr).toMatch(/invalid-utf8\.txt: is not valid UTF-8/);
      expect(r.stdout).toContain('escapes');
    });

    it('keeps the JSON clean too', () => {
      const r = runCli(['--list', '--json', '--corpus', dir, '--max-file-mb', '0.5']);
      expect(r.code).toBe(0);
      const json = JSON.parse(r.stdout);
      expect(json.warnings.some((w: { file: string; message: string }) => w.file === 'huge-line.txt' && /cap/.test(w.message))).toBe(true);
      expect(RAW_CONTROL.test(JSON.stringify(JSON.parse(r.stdout).documents.map((d: { title: string }) => d.title)))).toBe(false);
    });
  });

  it('lists a corpus of more files than the process may open at once', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 1500; i++) files[`d${String(i).padStart(4, '0')}.txt`] = `Title ${i}\nBody of version ${i}.\n`;
    const dir = makeTempCorpus(files);
    try {
      const r = spawnSync('bash', ['-c', `ulimit -n 256 && exec "${process.execPath}" "${CLI}" --list --json --corpus "${dir}"`], { encoding: 'utf8' });
      expect(r.stderr).toBe('');
      const json = JSON.parse(r.stdout);
      expect(json.documents).toHaveLength(1500);
      expect(json.documents[1499].title).toBe('Title 1499');
    } finally {
      removeTempCorpus(dir);
    }
  });
});

describe('parallax --list on a folder of formats without a manifest', () => {
  const old = new Date(Date.now() - 60_000);
  let dir: string;
  let cache: string;
  beforeAll(() => {
    dir = makeTempCorpus({
      'readme.md':
        '---\ntitle: From Front Matter\n---\n# Heading\n\nDie Kommandozeile ist ein Werkzeug, das nicht jeder kennt, aber das für die Arbeit mit Dateien und Prozessen auf einem Server sehr nützlich ist, wenn man sich die Zeit nimmt und es lernt.\n\n```sh\nls -la | grep the | sort -k5 -n\n```\n',
      'page.html': '<html lang="fr"><head><title>Une page</title></head><body><p>Un texte.</p></body></html>',
    });
    for (const f of ['readme.md', 'page.html']) utimesSync(join(dir, f), old, old);
    cache = mkdtempSync(join(tmpdir(), 'parallax-cli-cache-'));
  });
  afterAll(() => {
    removeTempCorpus(dir);
    rmSync(cache, { recursive: true, force: true });
  });

  it('takes titles and languages from the files, detects the rest, and keeps detections in the cache unless --no-cache', () => {
    const noCache = runCli(['--corpus', dir, '--list', '--json', '--no-cache'], { XDG_CACHE_HOME: cache });
    expect(noCache.code).toBe(0);
    expect(existsSync(join(cache, 'parallax', 'detect'))).toBe(false);
    const r = runCli(['--corpus', dir, '--list', '--json'], { XDG_CACHE_HOME: cache });
    expect(JSON.parse(r.stdout).documents.map((d: { id: string; title: string; lang: string }) => [d.id, d.title, d.lang])).toEqual([
      ['page', 'Une page', 'fr'],
      ['readme', 'From Front Matter', 'de'],
    ]);
    expect(readdirSync(join(cache, 'parallax', 'detect'))).toHaveLength(1);
  });
});
