import { UsageError } from '../errors.js';
import type { CliContext } from '../context.js';

/** `--entities`: not built yet (placeholder until its engine lands). */
export async function runEntities(_ctx: CliContext): Promise<number> {
  throw new UsageError('--entities is not available in this build yet');
}
