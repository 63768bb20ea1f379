import { UsageError } from '../errors.js';
import type { CliContext } from '../context.js';

/** `--matrix`: not built yet (placeholder until its engine lands). */
export async function runMatrix(_ctx: CliContext): Promise<number> {
  throw new UsageError('--matrix is not available in this build yet');
}
