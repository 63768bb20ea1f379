import { UsageError } from '../errors.js';
import type { CliContext } from '../context.js';

/** `--check`: not built yet (placeholder until its engine lands). */
export async function runCheck(_ctx: CliContext): Promise<number> {
  throw new UsageError('--check is not available in this build yet');
}
