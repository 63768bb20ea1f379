/** The report of one pair's QA with its review notes, as JSON and CSV give it (the HTML report draws the same). */
import { orphanedNotes, type ReviewNote, type ReviewState, type Verdict } from './notes.js';
import type { QaReport } from './run.js';
import { CHECKS, SEVERITIES, type QaFinding, type Severity } from './types.js';

export interface ReportFinding extends Omit<QaFinding, 'rows'> {
  /** The reviewer's verdict and comment, when there are any. */
  review?: { verdict?: Verdict; comment?: string };
}

export interface ReportJson {
  a: string;
  b: string;
  findings: ReportFinding[];
  /** Notes whose finding is gone: its segment changed, or the check no longer fires. */
  orphaned: ({ id: string } & ReviewNote)[];
}

const reviewOf = (note: ReviewNote | undefined) => (note ? { ...(note.verdict ? { verdict: note.verdict } : {}), ...(note.comment ? { comment: note.comment } : {}) } : undefined);

/** The JSON report: the shape (`a`, `b`, `findings` with `check`, `severity`, `message`, `a`, `b`, `where`), each finding's id and review, and orphaned notes. */
export function reportJson(report: QaReport, review: ReviewState): ReportJson {
  return {
    a: report.a,
    b: report.b,
    findings: report.findings.map(({ rows: _rows, ...f }) => {
      const r = reviewOf(review.notes[f.id]);
      return r ? { ...f, review: r } : f;
    }),
    orphaned: orphanedNotes(review, report.findings),
  };
}

/** Counts of findings per check and severity, in the order of CHECKS and SEVERITIES; checks with none left out. */
export function summary(findings: readonly QaFinding[]): { check: string; counts: Record<Severity, number> }[] {
  return CHECKS.map((check) => {
    const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
    for (const f of findings) if (f.check === check) counts[f.severity]++;
    return { check: check as string, counts };
  }).filter((row) => SEVERITIES.some((s) => row.counts[s] > 0));
}

/** A CSV field: quoted when it holds a comma, quote or line break; a leading =, +, - or @ is prefixed with ' so a spreadsheet never runs it as a formula. */
function field(value: string | number | null | undefined): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The report as CSV (RFC 4180), one finding a line, orphaned notes after with an empty severity. */
export function reportCsv(json: ReportJson): string {
  const head = ['id', 'check', 'severity', 'paragraphs_a', 'paragraphs_b', 'message', 'a', 'b', 'verdict', 'comment'];
  const lines = [head.join(',')];
  for (const f of json.findings) {
    lines.push([f.id, f.check, f.severity, f.where.a.join(' '), f.where.b.join(' '), f.message, f.a, f.b, f.review?.verdict, f.review?.comment].map(field).join(','));
  }
  for (const n of json.orphaned) lines.push([n.id, n.check, 'orphaned', '', '', n.message, n.a, n.b, n.verdict, n.comment].map(field).join(','));
  return lines.join('\r\n') + '\r\n';
}
