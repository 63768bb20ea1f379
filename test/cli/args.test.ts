import { describe, expect, it } from 'vitest';
import { parseCli } from '../../src/cli/args.js';
import { UsageError } from '../../src/cli/errors.js';

describe('parseCli', () => {
  it('takes a directory argument as the corpus of the explorer', () => {
    expect(parseCli(['some/dir'])).toMatchObject({ command: 'explore', corpus: 'some/dir' });
  });

  it('takes the two ids of --diff and --check from the arguments', () => {
    expect(parseCli(['--diff', 'asiae', 'ft-id', '--width', '120'])).toMatchObject({ command: 'diff', pair: ['asiae', 'ft-id'], width: 120 });
    expect(() => parseCli(['--check', 'asiae'])).toThrow(/needs two document ids/);
  });

  it('rejects combined commands, bad numbers and bad choices with a UsageError', () => {
    expect(() => parseCli(['--list', '--matrix'])).toThrow(UsageError);
    expect(() => parseCli(['--query', 'x', '--limit', '0'])).toThrow(/--limit takes a positive whole number/);
    expect(() => parseCli(['--diff', 'a', 'b', '--mode', 'fuzzy'])).toThrow(/--mode must be one of diff, align/);
    expect(() => parseCli(['--tui', '--list'])).toThrow(/--tui/);
  });

  it('reads --no-cache and --tui', () => {
    expect(parseCli(['--query', '--color']).query).toBe('--color');
    expect(parseCli(['-q', '-Alibaba', '--json'])).toMatchObject({ query: '-Alibaba', json: true });
    expect(parseCli(['--tui', '--query', 'AI', '--no-cache'])).toMatchObject({ command: 'query', tui: true, cache: false, query: 'AI' });
  });

  it('watches and takes the mouse by default in the explorer; --no-watch and --no-mouse turn them off, and go with the explorer only', () => {
    expect(parseCli([])).toMatchObject({ watch: true, mouse: true });
    expect(parseCli(['--no-watch', '--no-mouse'])).toMatchObject({ command: 'explore', watch: false, mouse: false });
    expect(parseCli(['--tui', '--query', 'x', '--no-watch'])).toMatchObject({ tui: true, watch: false });
    expect(() => parseCli(['--list', '--no-watch'])).toThrow(/--no-watch goes with the explorer, not --list/);
    expect(() => parseCli(['--watch', '--no-watch'])).toThrow(/cannot be combined/);
  });

  it('takes the QA files with --qa, and the review file in the explorer too', () => {
    expect(parseCli(['--qa', 'a', 'b', '--profile', 'p.json', '--glossary', 'g.csv', '--review', 'r.json'])).toMatchObject({ command: 'qa', profile: 'p.json', glossary: 'g.csv', review: 'r.json' });
    expect(parseCli(['--review', 'r.json'])).toMatchObject({ command: 'explore', review: 'r.json' });
    expect(() => parseCli(['--profile', 'p.json'])).toThrow(/^--profile goes with --qa$/);
    expect(() => parseCli(['--list', '--review', 'r.json'])).toThrow(/^--review goes with --qa or the explorer$/);
  });
});
