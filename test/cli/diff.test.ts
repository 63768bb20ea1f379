import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, runCli } from '../helpers/run-cli.js';
import { makeTempCorpus, removeTempCorpus } from '../helpers/temp-corpus.js';

const A = 'Title\n\nThe team hired ten engineers in March.\n\nChips were banned in 2023.\n\nNothing else changed here at all.\n';
const B = 'Title\n\nChips were banned in 2023.\n\nThe team hired twelve engineers in March.\n\nNothing else changed here at all.\n';

describe('parallax --diff', () => {
  let dir: string;
  beforeAll(() => {
    dir = makeTempCorpus({
      'a.txt': A,
      'b.txt': B,
      'c.txt': A.replace('ten engineers', 'twelve engineers'),
      'hostile.txt': 'Title\n\nThe team hired \u001b]52;c;aGk=\u0007ten engineers in March.\n',
      'corpus.json': JSON.stringify({
        documents: [
          { id: 'a', file: 'a.txt', lang: 'en' },
          { id: 'b', file: 'b.txt', lang: 'en' },
          { id: 'c', file: 'c.txt', lang: 'en' },
          { id: 'h', file: 'hostile.txt', lang: 'en' },
        ],
      }),
    });
  });
  afterAll(() => removeTempCorpus(dir));

  it('prints the JSON shape of the issue and exits 1 when versions differ', () => {
    const r = runCli(['--corpus', dir, '--diff', 'a', 'b', '--format', 'json']);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['a', 'b', 'mode', 'granularity', 'similarity', 'stats', 'rows']));
    expect(json.mode).toBe('diff');
    const moved = json.rows.filter((row: { kind: string }) => row.kind === 'moved');
    expect(moved.length).toBe(2);
    expect(moved[0]).toHaveProperty('from');
    expect(moved[0]).toHaveProperty('to');
    for (const row of json.rows) expect(Object.keys(row)).toEqual(expect.arrayContaining(['kind', 'left', 'right', 'spans']));
  });

  it('writes --format patch as a unified line diff that patch(1) applies to A to give B', () => {
    const r = runCli(['--corpus', dir, '--diff', 'a', 'b', '--format', 'patch']);
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n').slice(0, 3)).toEqual(['--- a/a.txt', '+++ b/b.txt', '@@ -1,7 +1,7 @@']);
    expect(runCli(['--corpus', dir, '--diff', 'a', 'a', '--format', 'patch'])).toMatchObject({ code: 0, stdout: '' });
    const work = makeTempCorpus({ 'a.txt': A });
    try {
      const applied = spawnSync('patch', ['-p1', '-s', '-d', work], { input: r.stdout, encoding: 'utf8' });
      if (applied.error) return; // no patch(1) here: jsdiff's applyPatch checks the same in test/core/diff/patch.test.ts
      expect(applied.status).toBe(0);
      expect(readFileSync(join(work, 'a.txt'), 'utf8')).toBe(B);
    } finally {
      removeTempCorpus(work);
    }
  });

  it('writes its JSON exactly as JSON.stringify(…, null, 2) would, moved rows and hostile text included', () => {
    for (const [x, y] of [
      ['a', 'b'],
      ['a', 'h'],
      ['a', 'a'],
    ]) {
      const r = runCli(['--corpus', dir, '--diff', x!, y!, '--format', 'json']);
      expect(r.stdout).toBe(JSON.stringify(JSON.parse(r.stdout), null, 2) + '\n');
    }
  });

  it('writes a long diff whole and in order to a reader slower than it (the writer waits for the pipe to drain)', async () => {
    const long = (edit: boolean) =>
      'Title\n\n' + Array.from({ length: 3000 }, (_, k) => `Paragraph ${k} says the team hired ${edit && k % 3 === 0 ? 'twelve' : 'ten'} engineers in March, and more.`).join('\n\n') + '\n';
    const big = makeTempCorpus({
      'x.txt': long(false),
      'y.txt': long(true),
      'corpus.json': JSON.stringify({
        documents: [
          { id: 'x', file: 'x.txt', lang: 'en' },
          { id: 'y', file: 'y.txt', lang: 'en' },
        ],
      }),
    });
    try {
      const args = [CLI, '--corpus', big, '--diff', 'x', 'y', '--format', 'unified'];
      const env = { ...process.env, NO_COLOR: '1' };
      // The same run written to a file (synchronous writes) is the reference.
      const file = join(big, 'out.txt');
      spawnSync('sh', ['-c', `"${process.execPath}" "$@" > "${file}"`, 'sh', ...args], { env });
      const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'ignore'] });
      const chunks: Buffer[] = [];
      child.stdout.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        child.stdout.pause();
        setTimeout(() => child.stdout.resume(), 2);
      });
      const code = await new Promise((resolve) => child.on('close', resolve));
      expect(code).toBe(1);
      const piped = Buffer.concat(chunks).toString('utf8');
      expect(piped.length).toBeGreaterThan(200_000);
      expect(piped).toBe(readFileSync(file, 'utf8'));
    } finally {
      removeTempCorpus(big);
    }
  });

  it('exits 1, not 0, when versions differ and the reader leaves after the first line (| head)', async () => {
    const long = (edit: boolean) => 'Title\n\n' + Array.from({ length: 3000 }, (_, k) => `Paragraph ${k} says the team hired ${edit && k % 3 === 0 ? 'twelve' : 'ten'} engineers.`).join('\n\n') + '\n';
    const big = makeTempCorpus({ 'x.txt': long(false), 'y.txt': long(true) });
    try {
      for (const format of ['unified', 'side', 'json']) {
        const child = spawn(process.execPath, [CLI, '--corpus', big, '--diff', 'x', 'y', '--format', format], { env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'ignore'] });
        child.stdout.once('data', () => child.stdout.destroy());
        expect(await new Promise((resolve) => child.on('close', resolve)), format).toBe(1);
      }
    } finally {
      removeTempCorpus(big);
    }
  });

  it('prints both sides of each aligned pair in unified format', () => {
    const r = runCli(['--diff', 'ft-summary', 'ft-id', '--format', 'unified'], { NO_COLOR: '1' });
    const pairs = r.stdout.split('\n').filter((l) => l.startsWith('~ '));
    expect(pairs.length).toBeGreaterThan(5);
    for (const line of pairs) expect(line).toMatch(/^~ \[-.+-\]\{\+.+\+\}$/);
    expect(r.stdout).toContain('[-Alibaba is recruiting an AI team in Sunnyvale');
  });

  it('exits 0 for identical versions', () => {
    expect(runCli(['--corpus', dir, '--diff', 'a', 'a']).code).toBe(0);
  });

  it('marks changes with [-…-]{+…+} when not on a terminal, in both formats', () => {
    const unified = runCli(['--corpus', dir, '--diff', 'a', 'c', '--format', 'unified']);
    expect(unified.stdout).toContain('~ The team hired [-ten-]{+twelve+} engineers');
    const moved = runCli(['--corpus', dir, '--diff', 'a', 'b', '--format', 'unified']);
    expect(moved.stdout).toContain('> {>The team hired [-ten-] engineers in March.<}');
    const side = runCli(['--corpus', dir, '--diff', 'a', 'b', '--width', '60']);
    expect(side.stdout).toContain('[-ten-]');
    expect(side.stdout).toContain('{+twelve+}');
    expect(side.stdout).not.toContain('\u001b[');
  });

  it('wraps inside each column at --width and never drops text', () => {
    const r = runCli(['--corpus', dir, '--diff', 'a', 'b', '--width', '30']);
    const body = r.stdout.split('\n').slice(1).filter(Boolean);
    for (const line of body) expect([...line].length).toBeLessThanOrEqual(30);
    const words = r.stdout.replace(/[[\]{}+\-│~>]/g, ' ');
    for (const w of 'The team hired ten twelve engineers in March. Nothing else changed here at all.'.split(' ')) expect(words).toContain(w);
  });

  it('shows a code block line by line on each side, the changed line marked', () => {
    const code = (dir: string) => `# Setup\n\nRun this:\n\n- in a list:\n  \`\`\`sh\n  ls -la\n  cd ${dir}\n      echo indented\n  \`\`\`\n\nEnd.\n`;
    const md = makeTempCorpus({
      'a.md': code('/tmp'),
      'b.md': code('/var/tmp'),
      'corpus.json': JSON.stringify({
        documents: [
          { id: 'a', file: 'a.md', lang: 'en' },
          { id: 'b', file: 'b.md', lang: 'en' },
        ],
      }),
    });
    try {
      const lines = runCli(['--corpus', md, '--diff', 'a', 'b', '--width', '80']).stdout.split('\n');
      // Each line: a two-column gutter, A's cell, the separator, B's cell.
      const cells = lines
        .filter((l) => l.includes(' │ '))
        .map((l) =>
          l
            .slice(2)
            .split(' │ ')
            .map((c) => c.trimEnd()),
        );
      expect(cells).toContainEqual(['ls -la', 'ls -la']);
      expect(cells).toContainEqual(['cd /tmp', 'cd /{+var/+}tmp']);
      // A line keeps its indentation inside the block; the list's indentation is not the code's.
      expect(cells).toContainEqual(['    echo indented', '    echo indented']);
    } finally {
      removeTempCorpus(md);
    }
  });

  it('colors changes when color is forced, and never lets escape sequences from the text through', () => {
    const r = runCli(['--corpus', dir, '--diff', 'a', 'h', '--format', 'unified'], { NO_COLOR: '', FORCE_COLOR: '1' });
    expect(r.stdout).toMatch(/\u001b\[[0-9;]*m/);
    expect(r.stdout).not.toContain('\u001b]52');
    expect(r.stdout).toContain('^[');
  });

  it('writes no control character from the text in plain unified output', () => {
    const r = runCli(['--corpus', dir, '--diff', 'a', 'h', '--format', 'unified']);
    expect(r.stdout).toContain('~ ');
    expect(r.stdout).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/);
    expect(r.stdout).toContain('^[');
  });

  it('exits 2 with one line for an unknown id', () => {
    const r = runCli(['--corpus', dir, '--diff', 'a', 'zzz']);
    expect(r.code).toBe(2);
    const errors = r.stderr
      .trim()
      .split('\n')
      .filter((l) => !l.includes('warning'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('unknown document id "zzz"; known ids: a, b, c, h');
  });

  it('reads only the two versions it compares: no warning about another file', () => {
    expect(runCli(['--corpus', dir, '--list']).stderr).toContain('hostile.txt');
    const r = runCli(['--corpus', dir, '--diff', 'a', 'c', '--format', 'unified']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
  });

  it('aligns the bundled English summary with the Indonesian translation by default', () => {
    const r = runCli(['--diff', 'ft-summary', 'ft-id', '--format', 'json']);
    const json = JSON.parse(r.stdout);
    expect(json.mode).toBe('align');
    expect(json.granularity).toBe('sentence');
    expect(runCli(['--diff', 'ft-summary', 'ft-id', '--mode', 'diff', '--format', 'json']).stdout).toContain('"mode": "diff"');
  });
});
