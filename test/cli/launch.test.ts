import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import module from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI } from '../helpers/run-cli.js';

const DIST = dirname(CLI);
const CORPUS = join(DIST, '..', 'corpus');
/** Node 22.1+ keeps compiled code itself; the launcher's own cache is for Node 20. */
const nodeCachesItself = 'enableCompileCache' in module;

function run(program: string, args: readonly string[]) {
  const r = spawnSync(process.execPath, [program, ...args], { env: { ...process.env, NO_COLOR: '1', PARALLAX_DEBUG: '1' }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const copies: string[] = [];
/** A copy of the built program whose code cache `change` may remove or spoil. */
function copyOfDist(change: (cacheFile: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-launch-'));
  copies.push(dir);
  cpSync(DIST, join(dir, 'dist'), { recursive: true });
  for (const f of readdirSync(join(dir, 'dist')).filter((f) => f.endsWith('.v8cache'))) change(join(dir, 'dist', f));
  return join(dir, 'dist', 'parallax.js');
}
afterAll(() => copies.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe.skipIf(nodeCachesItself)('launcher (Node 20)', () => {
  it('runs the CLI from the code cache the build made for this Node', () => {
    const r = run(CLI, ['--corpus', CORPUS, '--diff', 'asiae', 'ainews', '--format', 'unified']);
    expect(r.stderr).toContain('code cache used');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^asiae ↔ ainews · diff by word/);
  });

  it('runs the same without a cache, or with one V8 rejects', () => {
    const want = run(CLI, ['--corpus', CORPUS, '--diff', 'asiae', 'ainews', '--format', 'json']).stdout;
    const cases = [
      ['absent', copyOfDist((f) => rmSync(f))],
      ['rejected', copyOfDist((f) => writeFileSync(f, Buffer.alloc(4096, 7)))],
    ] as const;
    for (const [state, program] of cases) {
      const r = run(program, ['--corpus', CORPUS, '--diff', 'asiae', 'ainews', '--format', 'json']);
      expect(r.stderr).toContain(`code cache ${state}`);
      expect(r.stdout).toBe(want);
    }
  });
});
