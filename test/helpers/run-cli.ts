import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The built program; `npm test` builds it first. */
export const CLI = fileURLToPath(new URL('../../dist/parallax.js', import.meta.url));

/** Result of one run of the built CLI. */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI without a TTY (stdin closed), with NO_COLOR unless `env` says otherwise. */
export function runCli(args: readonly string[], env: NodeJS.ProcessEnv = {}): CliRun {
  const base: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete base.FORCE_COLOR;
  const r = spawnSync(process.execPath, [CLI, ...args], { env: { ...base, ...env }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
