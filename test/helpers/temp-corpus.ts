import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Creates a corpus directory in the system temp dir from file name → contents; returns its path. */
export function makeTempCorpus(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-test-'));
  for (const [name, contents] of Object.entries(files)) writeFileSync(join(dir, name), contents);
  return dir;
}

/** Removes a directory made by {@link makeTempCorpus}. */
export function removeTempCorpus(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
