/** `--help`, `--man` and `--completions` come from one set of tables; the bash script is run for real. */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { allFlags, flagChoices, helpText, OPTIONS, USAGE } from '../../src/cli/help.js';
import { manPage } from '../../src/cli/man.js';
import { CLI, runCli } from '../helpers/run-cli.js';

const has = (program: string) => spawnSync('sh', ['-c', `command -v ${program}`]).status === 0;

// A `parallax` on PATH that runs the built program, for the completion scripts to call.
const bin = mkdtempSync(join(tmpdir(), 'parallax-bin-'));
writeFileSync(join(bin, 'parallax'), `#!/bin/sh\nexec '${process.execPath}' '${CLI}' "$@"\n`);
chmodSync(join(bin, 'parallax'), 0o755);
afterAll(() => rmSync(bin, { recursive: true, force: true }));

/** What bash completes for a command line ending in `line` (the last word is the one being completed). */
function bashComplete(line: string): string[] {
  const script = runCli(['--completions', 'bash']).stdout;
  const words = line.split(' ');
  const program = `${script}\nCOMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _parallax; printf '%s\\n' "\${COMPREPLY[@]}"`;
  const r = spawnSync('bash', ['-c', program], { encoding: 'utf8', env: { ...process.env, PATH: `${bin}:${process.env.PATH}` } });
  return r.stdout.split('\n').filter(Boolean);
}

describe('one source for --help, --man and --completions', () => {
  it('--help prints every usage line and option of the tables', () => {
    const help = runCli(['--help']).stdout;
    expect(help).toBe(helpText());
    for (const u of USAGE) for (const s of u.synopsis) expect(help).toContain(s);
    for (const o of OPTIONS) expect(help).toContain(o.flags);
    expect(allFlags()).toEqual(expect.arrayContaining(['--no-watch', '--no-mouse', '--completions', '--man', '--diff', '--corpus']));
    expect(flagChoices().get('--mode')).toEqual(['diff', 'align']);
  });

  it('--man is a roff page with every usage line and option, and renders without warnings', () => {
    const page = runCli(['--man']).stdout;
    expect(page).toBe(manPage(page.match(/"parallax (\S+)"/)![1]!.replace(/\\-/g, '-')));
    expect(page).toMatch(/^\.TH PARALLAX 1 /);
    for (const o of OPTIONS) expect(page).toContain(`.B ${o.flags.replace(/-/g, '\\-')}`);
    if (!has('groff')) return;
    const r = spawnSync('groff', ['-man', '-Tutf8', '-ww', '-z'], { input: page, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('the bash script completes flags, choices and version ids from the corpus', () => {
    expect(bashComplete('parallax --gran')).toEqual(['--granularity']);
    expect(bashComplete('parallax --mode ')).toEqual(['diff', 'align']);
    expect(bashComplete('parallax --show ft')).toEqual(['ft-summary', 'ft-id']);
    // The second id of --diff, and ids of the corpus named by --corpus.
    expect(bashComplete('parallax --diff asiae a')).toEqual(['asiae', 'ainews', 'analysis']);
    const other = mkdtempSync(join(tmpdir(), 'parallax-ids-'));
    try {
      writeFileSync(join(other, 'zeta-one.txt'), 'Some text.\n');
      expect(bashComplete(`parallax --corpus ${other} --show z`)).toEqual(['zeta-one']);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  it('the zsh and fish scripts ask the corpus for ids and are valid where the shell is installed', () => {
    for (const shell of ['zsh', 'fish'] as const) {
      const script = runCli(['--completions', shell]).stdout;
      expect(script).toContain('--list-ids');
      expect(script).toContain('granularity');
      if (has(shell)) expect(spawnSync(shell, shell === 'zsh' ? ['-n', '-c', script] : ['--no-execute', '-c', script]).status).toBe(0);
    }
    expect(runCli(['--completions', 'tcsh']).stderr).toMatch(/--completions must be one of bash, zsh, fish/);
  });
});
