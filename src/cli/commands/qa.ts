import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Document } from '../../core/corpus/types.js';
import { loadGazetteer } from '../../core/entities/gazetteer.js';
import { gazetteerTerms } from '../../core/review/checks/terms.js';
import { GlossaryError, parseGlossary } from '../../core/review/glossary.js';
import { defaultProfile, parseProfile, ProfileError, type Profile } from '../../core/review/profile.js';
import { reportCsv, reportJson } from '../../core/review/report.js';
import { atLeast, reviewDocuments, type QaReport } from '../../core/review/run.js';
import { readReview, reviewFileFor } from '../../core/review/store.js';
import type { Term } from '../../core/review/types.js';
import type { ReviewState } from '../../core/review/notes.js';
import { sanitizeLine } from '../../core/text/sanitize.js';
import { EXIT, UsageError } from '../errors.js';
import { corpusDirFor, loadDocumentsFor, maxFileBytes, type CliContext } from '../context.js';
import { chrome } from '../style.js';

/** A file the user named (profile, glossary), read whole and capped; a failure is a usage error. */
function readUserFile(ctx: CliContext, file: string, what: string): string {
  try {
    const bytes = readFileSync(file);
    if (bytes.length > maxFileBytes(ctx)) throw new Error(`larger than ${ctx.options.maxFileMb ?? 50} MB`);
    return bytes.toString('utf8');
  } catch (err) {
    throw new UsageError(`cannot read ${what} ${JSON.stringify(file)}: ${(err as Error).message}`);
  }
}

/** The profile, glossary and gazetteer terms the options name. */
export function qaSettings(ctx: CliContext, corpusDir: string, langA: string, langB: string): { profile: Profile; terms: Term[] } {
  let profile = defaultProfile();
  let glossary = ctx.options.glossary;
  if (ctx.options.profile) {
    try {
      profile = parseProfile(readUserFile(ctx, ctx.options.profile, 'profile'));
    } catch (err) {
      if (err instanceof ProfileError) throw new UsageError(`${ctx.options.profile}: ${err.message}`);
      throw err;
    }
    if (!glossary && profile.glossary) glossary = resolve(dirname(ctx.options.profile), profile.glossary);
  }
  const gazetteer = loadGazetteer(corpusDir, maxFileBytes(ctx));
  for (const w of gazetteer.warnings) ctx.err(`parallax: warning: ${sanitizeLine(w)}\n`);
  const terms = gazetteerTerms(gazetteer.entities);
  if (glossary) {
    try {
      terms.unshift(...parseGlossary(readUserFile(ctx, glossary, 'glossary'), langA, langB));
    } catch (err) {
      if (err instanceof GlossaryError) throw new UsageError(`${glossary}: ${err.message}`);
      throw err;
    }
  }
  return { profile, terms };
}

/** The review notes of the pair: `--review FILE`, else the user's data directory. */
export function reviewFor(ctx: CliContext, corpusDir: string, a: string, b: string): { file: string; state: ReviewState } {
  const file = ctx.options.review ?? reviewFileFor(corpusDir, a, b);
  const { state, warning } = readReview(file, a, b);
  if (warning) ctx.err(`parallax: warning: ${sanitizeLine(warning)}\n`);
  return { file, state };
}

const VERDICT_MARK = { accepted: '✓', fix: '✗' } as const;

function printText(ctx: CliContext, report: QaReport, review: ReviewState): void {
  const count = report.findings.length;
  ctx.out(chrome.bold(`${report.a} → ${report.b}`, ctx.color) + chrome.dim(` · ${report.pairs.length} aligned rows · ${count} finding${count === 1 ? '' : 's'}`, ctx.color) + '\n');
  const para = (list: readonly number[]) => (list.length ? list.map((i) => `¶${i}`).join(',') : '-');
  for (const f of report.findings) {
    const note = review.notes[f.id];
    const mark = note?.verdict ? ` ${VERDICT_MARK[note.verdict]}` : '';
    const comment = note?.comment ? chrome.dim(` — ${sanitizeLine(note.comment)}`, ctx.color) : '';
    ctx.out(`${para(f.where.a).padEnd(6)} ${para(f.where.b).padEnd(6)} ${f.severity.padEnd(7)} ${f.check.padEnd(12)} ${sanitizeLine(f.message)}${mark}${comment}\n`);
  }
}

/**
 * `--qa A B`: translation QA on every aligned pair of segments (see
 * core/review), with the reviewer's notes. Exit 1 when a finding is at or
 * above `--fail-on` (default: any), 0 when none, 2 on error.
 */
export async function runQa(ctx: CliContext): Promise<number> {
  const [aId, bId] = ctx.options.pair!;
  // Only the two versions are read (a corpus of thousands reads two files), as --diff does.
  const [docA, docB] = (await loadDocumentsFor(ctx, [aId, bId])) as [Document, Document];
  const dir = corpusDirFor(ctx);
  const { profile, terms } = qaSettings(ctx, dir, docA.lang, docB.lang);
  const report = reviewDocuments(docA, docB, { profile, terms });
  const { state } = reviewFor(ctx, dir, docA.id, docB.id);
  const failOn = ctx.options.failOn ?? 'info';
  const status = ctx.willExit(report.findings.some((f) => atLeast(f.severity, failOn)) ? EXIT.notFound : EXIT.ok);
  const format = ctx.options.json ? 'json' : ctx.options.format;
  if (format === 'json') ctx.out(JSON.stringify(reportJson(report, state), null, 2) + '\n');
  else if (format === 'csv') ctx.out(reportCsv(reportJson(report, state)));
  else if (format === 'html') {
    const { reportHtml } = await import('../../core/review/html.js');
    ctx.out(reportHtml(report, reportJson(report, state)));
  } else printText(ctx, report, state);
  return status;
}
