import { similarityMatrix } from '../../core/diff/matrix.js';
import { chrome } from '../style.js';
import { EXIT } from '../errors.js';
import { loadCorpusFor, type CliContext } from '../context.js';

/** `--matrix`: similarity of every pair of versions, as a table or as JSON; `~` marks cross-language alignments. */
export async function runMatrix(ctx: CliContext): Promise<number> {
  const corpus = await loadCorpusFor(ctx);
  const m = similarityMatrix(corpus.documents);
  if (ctx.options.json) {
    const round = (x: number) => Math.round(x * 1000) / 1000;
    ctx.out(JSON.stringify({ ids: m.ids, langs: m.langs, similarity: m.values.map((r) => r.map(round)), modes: m.modes }, null, 2) + '\n');
    return EXIT.ok;
  }
  const { formatTable } = await import('../table.js');
  const rows = m.ids.map((id, i) => [id, ...m.values[i]!.map((v, j) => (i === j ? '-' : `${m.modes[i]![j] === 'align' ? '~' : ''}${v.toFixed(2)}`))]);
  const lines = formatTable([{ header: '' }, ...m.ids.map((id) => ({ header: id, align: 'right' as const }))], rows);
  ctx.out(chrome.bold(lines[0]!, ctx.color) + '\n' + lines.slice(1).join('\n') + '\n');
  ctx.out(chrome.dim('similarity 0–1: share of words unchanged (diff); ~ share of words in aligned sentences (other language)', ctx.color) + '\n');
  return EXIT.ok;
}
