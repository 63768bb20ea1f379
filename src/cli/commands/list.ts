import { sanitizeLine } from '../../core/text/sanitize.js';
import { chrome } from '../style.js';
import { EXIT } from '../errors.js';
import { corpusDirFor, loadCorpusFor, loadOptions, type CliContext } from '../context.js';
import { loadCorpus } from '../../core/corpus/load.js';

/** `--list`: the versions in the corpus, as a table or as JSON. */
export async function runList(ctx: CliContext): Promise<number> {
  const corpus = await loadCorpusFor(ctx);
  if (ctx.options.json) {
    const json = {
      corpus: corpus.dir,
      documents: corpus.documents.map((d) => ({
        id: d.id,
        title: d.title,
        lang: d.lang,
        source: d.source,
        author: d.author ?? null,
        date: d.date ?? null,
        words: d.words,
        paragraphs: d.paragraphs.length,
      })),
      warnings: corpus.warnings,
    };
    ctx.out(JSON.stringify(json, null, 2) + '\n');
    return EXIT.ok;
  }
  // The table measures cells with string-width, whose tables cost ~15 ms to load: only text output pays it.
  const { formatTable } = await import('../table.js');
  const langs = [...new Set(corpus.documents.map((d) => d.lang))].join(', ');
  ctx.out(chrome.bold(`${corpus.name}`, ctx.color) + chrome.dim(` · ${corpus.documents.length} documents · ${langs || 'no languages'}`, ctx.color) + '\n');
  const rows = corpus.documents.map((d) => [d.id, d.lang, String(d.words), String(d.paragraphs.length), sanitizeLine(d.source ?? '-'), d.title]);
  const lines = formatTable(
    [{ header: 'ID' }, { header: 'LANG' }, { header: 'WORDS', align: 'right' }, { header: 'PARAS', align: 'right' }, { header: 'SOURCE' }, { header: 'TITLE' }],
    rows,
    process.stdout.isTTY ? ctx.columns : undefined,
  );
  ctx.out(chrome.bold(lines[0]!, ctx.color) + '\n' + lines.slice(1).join('\n') + (lines.length > 1 ? '\n' : ''));
  return EXIT.ok;
}

/** `--list-ids` (hidden, for the shell completions): the version ids, one a line, and no warnings. */
export async function runListIds(ctx: CliContext): Promise<number> {
  const corpus = await loadCorpus(corpusDirFor(ctx), loadOptions(ctx));
  ctx.out(corpus.documents.map((d) => sanitizeLine(d.id) + '\n').join(''));
  return EXIT.ok;
}
