import { UsageError } from '../errors.js';
import type { CliContext } from '../context.js';

/** `--query`: not built yet (placeholder until its engine lands). */
export async function runQuery(_ctx: CliContext): Promise<number> {
  throw new UsageError('--query is not available in this build yet');
}
