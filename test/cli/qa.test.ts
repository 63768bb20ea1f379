import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { makeTempCorpus, removeTempCorpus } from '../helpers/temp-corpus.js';

const SEEDED = join(import.meta.dirname, '..', 'fixtures', 'seeded-qa');
const scratch = makeTempCorpus({});
afterAll(() => removeTempCorpus(scratch));
/** A review file in a scratch directory, so no test writes the user's data directory. */
const env = { XDG_DATA_HOME: join(scratch, 'data') };

describe('parallax --qa', () => {
  it('prints the findings as JSON in the documented shape and exits 1', () => {
    const r = runCli(['--qa', 'original', 'defects', '--corpus', SEEDED, '--json'], env);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.a).toBe('original');
    expect(json.b).toBe('defects');
    expect(json.findings).toHaveLength(5);
    const number = json.findings.find((f: { check: string }) => f.check === 'numbers');
    expect(number).toEqual({
      id: expect.stringMatching(/^numbers-[0-9a-f]{8}$/),
      check: 'numbers',
      severity: 'error',
      message: 'number changed: 42,000 → 24.000',
      a: 'About 42,000 vehicles cross the bridge every day.',
      b: 'Sekitar 24.000 kendaraan melintasi jembatan itu setiap hari.',
      where: { a: [3], b: [3] },
    });
    expect(json.orphaned).toEqual([]);
  });

  it('exits 0 on a clean translation, and by --fail-on', () => {
    expect(runCli(['--qa', 'original', 'clean', '--corpus', SEEDED], env).code).toBe(0);
    const profile = join(scratch, 'lenient.json');
    writeFileSync(
      profile,
      JSON.stringify({ checks: { omission: { severity: 'warning' }, names: { severity: 'warning' }, numbers: { severity: 'warning' }, untranslated: false, form: { severity: 'info' } } }),
    );
    const r = runCli(['--qa', 'original', 'defects', '--corpus', SEEDED, '--profile', profile, '--fail-on', 'error'], env);
    expect(r.stdout).toMatch(/4 findings/);
    expect(r.code).toBe(0);
    expect(runCli(['--qa', 'original', 'defects', '--corpus', SEEDED, '--profile', profile, '--fail-on', 'warning'], env).code).toBe(1);
  });

  it('gives one line and exit 2 for a bad profile, glossary, format or severity', () => {
    const bad = join(scratch, 'bad.json');
    writeFileSync(bad, '{"checks": {"lenght": false}}');
    const cases = [
      ['--profile', bad],
      ['--profile', join(scratch, 'missing.json')],
      ['--glossary', join(scratch, 'missing.csv')],
      ['--format', 'side'],
      ['--fail-on', 'fatal'],
    ];
    for (const extra of cases) {
      const r = runCli(['--qa', 'original', 'defects', '--corpus', SEEDED, ...extra], env);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(runCli(['--diff', 'original', 'clean', '--corpus', SEEDED, '--format', 'html']).code).toBe(2);
  });

  it('checks a glossary named on the command line', () => {
    const glossary = join(scratch, 'terms.csv');
    writeFileSync(glossary, 'en,id\nferry landing,dermaga penyeberangan\n');
    const r = runCli(['--qa', 'original', 'clean', '--corpus', SEEDED, '--glossary', glossary, '--json'], env);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings.map((f: { message: string }) => f.message)).toEqual(['"ferry landing" not rendered as "dermaga penyeberangan"']);
  });

  it('writes CSV and a self-contained HTML report carrying the review notes', () => {
    const review = join(scratch, 'review.json');
    const json = JSON.parse(runCli(['--qa', 'original', 'defects', '--corpus', SEEDED, '--json'], env).stdout);
    const id = json.findings[0].id;
    writeFileSync(
      review,
      JSON.stringify({
        version: 1,
        a: 'original',
        b: 'defects',
        notes: { [id]: { verdict: 'fix', comment: '<b>restore</b>, "the" sentence', check: 'omission', message: 'x', a: 'a', b: null, updated: '' } },
      }),
    );
    const csv = runCli(['--qa', 'original', 'defects', '--corpus', SEEDED, '--format', 'csv', '--review', review], env).stdout;
    expect(csv.split('\r\n')[0]).toBe('id,check,severity,paragraphs_a,paragraphs_b,message,a,b,verdict,comment');
    expect(csv).toContain(`${id},omission,error,1,1,`);
    expect(csv).toContain(',fix,"<b>restore</b>, ""the"" sentence"\r\n');
    const html = runCli(['--qa', 'original', 'defects', '--corpus', SEEDED, '--format', 'html', '--review', review], env).stdout;
    expect(html).toContain('&#60;b&#62;restore&#60;/b&#62;');
    expect(html).not.toMatch(/<script|https?:\/\/(?!roads\.caldmere)/);
    expect(readFileSync(review, 'utf8')).toContain('"fix"');
  });

  it('escapes markup from the corpus in the HTML report', () => {
    const dir = makeTempCorpus({
      'a.txt': 'The <script>alert(1)</script> council met on Friday and voted for the plan.\n',
      'b.txt': 'Dewan <img src=x onerror=alert(1)> bertemu pada hari Jumat dan memilih rencana itu.\n',
      'corpus.json': JSON.stringify({
        documents: [
          { id: 'a', file: 'a.txt', lang: 'en' },
          { id: 'b', file: 'b.txt', lang: 'id' },
        ],
      }),
    });
    try {
      const html = runCli(['--qa', 'a', 'b', '--corpus', dir, '--format', 'html'], env).stdout;
      expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
      expect(html).not.toContain('<img');
      expect(html).not.toContain('<script');
    } finally {
      removeTempCorpus(dir);
    }
  });
});
