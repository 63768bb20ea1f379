import { spawnSync } from 'node:child_process';
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
