import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import module from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI } from '../helpers/run-cli.js';

const DIST = dirname(CLI);
const CORPUS = join(DIST, '..', 'corpus');
/** Node 22.1+ has a compile cache of its own, which the launcher turns on. */
const nodeCaches = 'enableCompileCache' in module;

function run(env: NodeJS.ProcessEnv, args: readonly string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { env: { ...process.env, NO_COLOR: '1', ...env }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The files a module imports statically (dynamic `import()` is left out: it loads only when that code runs). */
function staticImports(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  const found = [...code.matchAll(/(?:^|[;}\n])\s*(?:import|export)\s*(?:[\w*${}\s,]*?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g)];
  return found.map((m) => resolve(dirname(file), m[1]!));
}

function closure(entry: string): Set<string> {
  const seen = new Set<string>();
  const todo = [entry];
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    todo.push(...staticImports(file));
  }
  return seen;
}

describe('the built program', () => {
  const caches: string[] = [];
  afterAll(() => caches.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('keeps Ink and React out of every command but the explorer', () => {
    const ui = (file: string) => readFileSync(file, 'utf8').includes('useInput');
    expect(ui(join(DIST, 'ui.js'))).toBe(true);
    const commands = readdirSync(join(DIST, 'chunks')).filter((f) => /^(list|show|query|diff|matrix|entities|check)-/.test(f));
    expect(commands.length).toBeGreaterThanOrEqual(7);
    for (const entry of [join(DIST, 'parallax.js'), join(DIST, 'cli.js'), ...commands.map((f) => join(DIST, 'chunks', f))]) {
      for (const file of closure(entry)) expect(ui(file), `${file} (from ${entry})`).toBe(false);
    }
  });

  it.skipIf(!nodeCaches)("turns on Node's compile cache, and runs the same without it", () => {
    const cache = mkdtempSync(join(tmpdir(), 'parallax-compile-cache-'));
    caches.push(cache);
    const args = ['--corpus', CORPUS, '--diff', 'asiae', 'ainews', '--format', 'json'];
    const cold = run({ NODE_COMPILE_CACHE: cache }, args);
    const warm = run({ NODE_COMPILE_CACHE: cache }, args);
    const off = run({ NODE_DISABLE_COMPILE_CACHE: '1' }, args);
    expect(readdirSync(cache).length).toBeGreaterThan(0);
    for (const r of [cold, warm, off]) {
      expect(r.code).toBe(1);
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe(off.stdout);
    }
  });
});
