import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('keepHeapNearLiveSize', () => {
  it('sets a V8 flag this Node knows, silently (an unknown flag would print an error into the explorer)', () => {
    const script = "import('./src/core/runtime/heap-growth.ts').then((m) => { m.keepHeapNearLiveSize(); console.log('ok'); })";
    const r = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], { encoding: 'utf8', cwd: new URL('../../../', import.meta.url).pathname });
    expect(r.stdout.trim()).toBe('ok');
    expect(r.stderr).not.toMatch(/unrecognized flag/);
  });
});
