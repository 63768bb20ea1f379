import type { Corpus } from '../../core/corpus/types.js';
import { orphanedNotes, type ReviewState } from '../../core/review/notes.js';
import type { QaReport } from '../../core/review/run.js';
import type { Severity } from '../../core/review/types.js';
import type { StyledSpan } from '../../core/text/spans.js';
import { sanitizeLine } from '../../core/text/sanitize.js';
import { displayWidth, truncateToWidth } from '../../core/text/width.js';
import type { PaneModel, Row } from './pane-model.js';
import { plainRow } from './pane-model.js';

const VERDICT: Record<string, string> = { accepted: '✓', fix: '✗' };
const SEVERITY_MARK: Record<Severity, StyledSpan['marks']> = { error: ['removed'], warning: ['moved'], info: [] };
const paragraphs = (list: readonly number[]) => (list.length ? list.map((i) => `¶${i}`).join(',') : '-');

/**
 * The QA pane: one row per finding of the diff pane's pair (verdict,
 * severity, check, paragraphs, message, comment), then the orphaned notes.
 * Enter shows the finding's row in the diff pane; a, x and c review it.
 */
export function reviewModel(corpus: Corpus, pair: [number, number], report: QaReport, review: ReviewState | undefined, width: number): PaneModel {
  const a = corpus.documents[pair[0]]!;
  const b = corpus.documents[pair[1]]!;
  const notes = review?.notes ?? {};
  const rows: Row[] = report.findings.map((f) => {
    const note = notes[f.id];
    // The comment keeps up to half the width; the message is cut before it is.
    const comment = note?.comment ? truncateToWidth(` — ${sanitizeLine(note.comment)}`, Math.floor(width / 2)) : '';
    const text = ` ${f.severity.padEnd(7)} ${f.check.padEnd(12)} ${paragraphs(f.where.a).padEnd(6)} ${paragraphs(f.where.b).padEnd(6)} ${sanitizeLine(f.message)}`;
    return [
      { text: note?.verdict ? VERDICT[note.verdict]! : ' ', marks: note?.verdict === 'fix' ? ['removed'] : ['match'] },
      { text: truncateToWidth(text, Math.max(1, width - 2 - displayWidth(comment))), marks: SEVERITY_MARK[f.severity] },
      { text: comment, marks: [] },
    ];
  });
  const orphaned = review ? orphanedNotes(review, report.findings) : [];
  for (const n of orphaned)
    rows.push(
      plainRow(truncateToWidth(`${n.verdict ? VERDICT[n.verdict] : ' '} orphaned ${n.check}: ${sanitizeLine(n.message)}${n.comment ? ` — ${sanitizeLine(n.comment)}` : ''}`, Math.max(1, width))),
    );
  const reviewed = report.findings.filter((f) => notes[f.id]?.verdict).length;
  const summary = `${a.id} → ${b.id} · ${report.pairs.length} aligned rows · ${report.findings.length} findings · ${reviewed} reviewed${orphaned.length ? ` · ${orphaned.length} orphaned notes` : ''}`;
  const finding = (cursor: number) => report.findings[cursor];
  return {
    head: [plainRow(summary), plainRow('  severity check        A      B      message')],
    rows,
    mode: 'cursor',
    marked: report.findings.map((_, i) => i),
    markName: 'finding',
    empty: `no findings: ${a.id} and ${b.id} pass every check`,
    status: `${report.findings.length} findings · ${reviewed} reviewed`,
    handle: (action, cursor) => {
      const f = finding(cursor);
      if (!f) return null;
      if (action === 'open') return { type: 'showFinding', row: f.rows[0]! };
      if (action === 'markAccepted' || action === 'markFix') return { type: 'reviewNote', finding: f, change: { verdict: action === 'markAccepted' ? 'accepted' : 'fix' } };
      if (action === 'comment') return { type: 'editComment', finding: f, comment: notes[f.id]?.comment ?? '' };
      return null;
    },
  };
}
