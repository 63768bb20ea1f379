import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const TOWN = join(import.meta.dirname, '..', 'fixtures', 'invented-town');

describe('parallax --check', () => {
  it('prints findings as JSON in the documented shape and exits 1', () => {
    const r = runCli(['--check', 'report', 'rewrite', '--corpus', TOWN, '--json']);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.a).toBe('report');
    expect(json.b).toBe('rewrite');
    expect(json.findings).toContainEqual({ kind: 'changed', type: 'NUMBER', a: '410 million euros', b: '455 million euros', where: { a: [3], b: [2] } });
    for (const f of json.findings) expect(Object.keys(f).sort()).toEqual(['a', 'b', 'kind', 'type', 'where']);
  });

  it('prints a table with paragraph locations', () => {
    const r = runCli(['--check', 'report', 'rewrite', '--corpus', TOWN]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^report → rewrite · \d+ findings$/m);
    expect(r.stdout).toMatch(/^¶3\s+¶2\s+changed\s+NUMBER\s+410 million euros → 455 million euros$/m);
    expect(r.stdout).toMatch(/^-\s+¶4\s+added\s+PERSON\s+Piet Annalund$/m);
  });

  it('exits 0 when the versions agree', () => {
    const r = runCli(['--check', 'report', 'report', '--corpus', TOWN, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).findings).toEqual([]);
  });

  it('checks the bundled translation against a rewrite: between languages, numbers only', () => {
    const r = runCli(['--check', 'ft-summary', 'ft-id', '--json']);
    expect(r.code).toBe(1);
    const findings = JSON.parse(r.stdout).findings as { kind: string; type: string; b: string }[];
    expect(findings.map((f) => `${f.kind} ${f.type} ${f.b}`)).toContain('added NUMBER 2017');
    expect(findings.every((f) => f.type === 'NUMBER')).toBe(true);
  });

  it('exits 2 on an unknown id or a missing second id', () => {
    const r = runCli(['--check', 'report', 'nope', '--corpus', TOWN]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown document id "nope"/);
    expect(runCli(['--check', 'report']).code).toBe(2);
  });
});
