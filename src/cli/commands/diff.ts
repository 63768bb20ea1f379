import { UsageError } from '../errors.js';
import type { CliContext } from '../context.js';

/** `--diff`: not built yet (placeholder until its engine lands). */
export async function runDiff(_ctx: CliContext): Promise<number> {
  throw new UsageError('--diff is not available in this build yet');
}
