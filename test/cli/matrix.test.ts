import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

describe('parallax --matrix', () => {
  it('prints a symmetric matrix as JSON for every bundled version', () => {
    const r = runCli(['--matrix', '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.ids).toEqual(['asiae', 'ft-summary', 'ainews', 'ft-id', 'analysis']);
    json.similarity.forEach((row: number[], i: number) => row.forEach((v, j) => expect(v).toBe(json.similarity[j][i])));
    expect(json.modes[0][3]).toBe('align');
  });

  it('prints a table with one row per version', () => {
    const r = runCli(['--matrix']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toContain('ft-summary');
    expect(r.stdout).toMatch(/^ft-id\s+~0\.\d\d/m);
  });
});
