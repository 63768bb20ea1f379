import { checkConsistency, type Finding } from '../../core/entities/check.js';
import { sanitizeLine } from '../../core/text/sanitize.js';
import { displayWidth, padToWidth } from '../../core/text/width.js';
import { EXIT } from '../errors.js';
import { loadCorpusFor, type CliContext } from '../context.js';
import { chrome } from '../style.js';
import { entityIndexWithWarnings, paintEntity } from './entities.js';

const paragraphs = (list: readonly number[]) => (list.length ? list.map((i) => `¶${i}`).join(',') : '-');

function describe(f: Finding, color: boolean): string {
  const a = f.a === null ? '' : paintEntity(sanitizeLine(f.a), f.type, color);
  const b = f.b === null ? '' : paintEntity(sanitizeLine(f.b), f.type, color);
  return f.kind === 'changed' ? `${a} → ${b}` : a || b;
}

/**
 * `--check A B`: entities and numbers one version has and the other lacks,
 * and numbers that changed. Exit 1 when there are findings (to gate a
 * pipeline), 0 when none, 2 on error.
 */
export async function runCheck(ctx: CliContext): Promise<number> {
  const [aId, bId] = ctx.options.pair!;
  const corpus = await loadCorpusFor(ctx);
  const result = checkConsistency(entityIndexWithWarnings(ctx, corpus), aId, bId);
  const status = ctx.willExit(result.findings.length > 0 ? EXIT.notFound : EXIT.ok);
  if (result.notice) ctx.err(`parallax: note: ${sanitizeLine(result.notice)}\n`);
  if (ctx.options.json) {
    ctx.out(JSON.stringify(result, null, 2) + '\n');
    return status;
  }
  const count = result.findings.length;
  ctx.out(chrome.bold(`${result.a} → ${result.b}`, ctx.color) + chrome.dim(` · ${count} finding${count === 1 ? '' : 's'}`, ctx.color) + '\n');
  if (count === 0) return status;
  const { formatTable } = await import('../table.js');
  const lines = formatTable(
    [{ header: `IN ${sanitizeLine(result.a)}` }, { header: `IN ${sanitizeLine(result.b)}` }, { header: 'KIND' }, { header: 'TYPE' }, { header: 'WHAT' }],
    result.findings.map((f) => [paragraphs(f.where.a), paragraphs(f.where.b), f.kind, f.type, '']),
  );
  // The WHAT column is written after layout, in color, where the header puts it.
  const whatAt = displayWidth(lines[0]!) - displayWidth('WHAT');
  const body = lines.slice(1).map((line, i) => padToWidth(line, whatAt) + describe(result.findings[i]!, ctx.color));
  ctx.out(chrome.bold(lines[0]!, ctx.color) + '\n' + body.join('\n') + '\n');
  return status;
}
