import { blockMarks, codeLines } from '../../core/corpus/block-layout.js';
import type { Document, Paragraph } from '../../core/corpus/types.js';
import { sanitize } from '../../core/text/sanitize.js';
import { chrome } from '../style.js';
import { EXIT } from '../errors.js';
import { loadCorpusFor, loadDocumentsFor, type CliContext } from '../context.js';
import { markMentions } from '../../core/entities/marks.js';
import { resolveDocument } from '../../core/corpus/resolve-id.js';
import type { Mention } from '../../core/entities/types.js';

/** A block as text: its marks (heading, bullet, quote bar, code rule), a code block on its own lines; entities marked when `mentions` are given. */
function blockText(doc: Document, p: Paragraph, mentions: readonly Mention[] | null): string {
  const marks = blockMarks(p);
  // Marks go in after sanitizing: the text is sanitized already (corpus loading), so offsets stay those of the paragraph.
  if (p.kind !== 'code') return marks.first + (mentions ? markMentions(sanitize(p.text), mentions) : sanitize(p.text));
  return codeLines(doc.text, p)
    .map((line) => marks.rest + sanitize(doc.text.slice(line.start, line.end)))
    .join('\n');
}

/** The version `--show` names with the mentions of each paragraph, from the whole corpus's entity index (names are learned from every version). */
async function withMentions(ctx: CliContext): Promise<{ doc: Document; mentions: (readonly Mention[])[] }> {
  const corpus = await loadCorpusFor(ctx);
  const doc = resolveDocument(corpus, ctx.options.id!);
  const { entityIndexWithWarnings } = await import('./entities.js');
  const index = entityIndexWithWarnings(ctx, corpus);
  return { doc, mentions: doc.paragraphs.map((p) => index.paragraphMentions(doc.id, p.index)) };
}

/**
 * `--show ID [--mark]`: one version in full, paragraph by paragraph (blocks
 * set out as block-layout.ts says), or as JSON. With `--mark` entities are
 * marked in brackets (`[PERSON:Wang Xing]`) and the JSON gains each
 * paragraph's mentions with their offsets.
 */
export async function runShow(ctx: CliContext): Promise<number> {
  const { doc, mentions } = ctx.options.mark ? await withMentions(ctx) : { doc: (await loadDocumentsFor(ctx, [ctx.options.id!]))[0]!, mentions: null };
  if (ctx.options.json) {
    const json = {
      id: doc.id,
      title: doc.title,
      lang: doc.lang,
      paragraphs: doc.paragraphs.map((p) => sanitize(p.text)),
      offsets: doc.paragraphs.map((p) => [p.start, p.end]),
      ...(mentions ? { mentions: mentions.map((list) => list.map((m) => ({ start: m.start, end: m.end, type: m.type, text: m.surface }))) } : {}),
    };
    ctx.out(JSON.stringify(json, null, 2) + '\n');
    return EXIT.ok;
  }
  const header = `${chrome.id(doc.id, ctx.color)}  ${chrome.bold(doc.title, ctx.color)}  ${chrome.dim(`[${doc.lang}] ${doc.source ?? ''}`.trim(), ctx.color)}`;
  const body = doc.paragraphs.map((p) => `${chrome.dim(`¶${p.index}`, ctx.color)}${p.kind === 'code' ? '\n' : ' '}${blockText(doc, p, mentions?.[p.index] ?? null)}`).join('\n\n');
  ctx.out(`${header}\n\n${body}\n`);
  return EXIT.ok;
}
