import { CorpusError } from '../../core/corpus/types.js';
import { MATRIX_MAX_VERSIONS, similarityMatrix } from '../../core/diff/matrix.js';
import { chrome } from '../style.js';
import { EXIT } from '../errors.js';
import { corpusDirFor, loadCorpusFor, type CliContext } from '../context.js';
import { countVersions } from '../../core/corpus/load.js';

/**
 * `--matrix`: similarity of every pair of versions, as a table or as JSON;
 * `~` marks cross-language alignments. `--doc PREFIX` keeps the versions
 * whose id starts with PREFIX; more than {@link MATRIX_MAX_VERSIONS} is an
 * error that says so, before any comparison starts.
 */
export async function runMatrix(ctx: CliContext): Promise<number> {
  const prefix = ctx.options.id;
  const only = prefix === undefined ? undefined : [prefix];
  const n = await countVersions(corpusDirFor(ctx), only ? { only } : {});
  if (n > MATRIX_MAX_VERSIONS) {
    throw new CorpusError(
      `--matrix compares every pair: ${n} versions would be ${((n * (n - 1)) / 2).toLocaleString('en')} comparisons (at most ${MATRIX_MAX_VERSIONS} versions)`,
      'narrow it with --doc PREFIX, the versions whose id starts with PREFIX',
    );
  }
  const corpus = await loadCorpusFor(ctx, only);
  if (prefix !== undefined && corpus.documents.length === 0) throw new CorpusError(`no version id starts with ${JSON.stringify(prefix)}`, 'run parallax --list to see every id');
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
