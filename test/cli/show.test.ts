import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

describe('parallax --show', () => {
  it('prints one document as JSON, paragraphs as normalized text', () => {
    const r = runCli(['--show', 'ft-i', '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.id).toBe('ft-id');
    expect(json.lang).toBe('id');
    expect(json.paragraphs[0]).toBe('Tetap terinformasi dengan pembaruan gratis');
    expect(json.paragraphs.some((p: string) => p.includes('Moonshot AI'))).toBe(true);
  });

  it('--mark marks entities in brackets, and --json gives their offsets in each paragraph', () => {
    const r = runCli(['--show', 'ft-s', '--mark']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Chief executive [PERSON:Wang Xing] has tapped co-founder [PERSON:Wang Huiwen]');
    expect(r.stdout).toContain('[PLACE:Silicon Valley]');
    const json = JSON.parse(runCli(['--show', 'ft-s', '--mark', '--json']).stdout);
    json.mentions.forEach((list: { start: number; end: number; text: string }[], i: number) => {
      for (const m of list) expect(json.paragraphs[i].slice(m.start, m.end)).toBe(m.text);
    });
    expect(json.mentions.flat().some((m: { type: string; text: string }) => m.type === 'ORG' && m.text === 'ByteDance')).toBe(true);
  });

  it('--mark goes with --show only', () => {
    const r = runCli(['--list', '--mark']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--mark goes with --show/);
  });

  it('exits 2 on an unknown id and lists the known ids', () => {
    const r = runCli(['--show', 'nope']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown document id "nope"; known ids: asiae, ft-summary, ainews, ft-id, analysis/);
  });

  it('exits 2 on an ambiguous prefix', () => {
    const r = runCli(['--show', 'a']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/ambiguous/);
  });
});

describe('parallax usage', () => {
  it('--help and --version exit 0', () => {
    expect(runCli(['--help']).stdout).toMatch(/Usage:/);
    expect(runCli(['--version']).stdout).toMatch(/^parallax \d+\.\d+\.\d+/);
  });

  it('an unknown flag exits 2 with one line', () => {
    const r = runCli(['--frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('without a terminal the explorer says to use the scripting flags and exits 2', () => {
    const r = runCli([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/needs a terminal/);
  });
});
