/**
 * Review notes: a reviewer's verdict (accepted / to fix) and one-line
 * comment on a finding, kept by the finding's id. The id hashes the text of
 * the segments the finding is on, so a note stays with that text when the
 * versions change around it; a note whose finding is gone (its segment was
 * edited, or the check no longer fires) is listed as orphaned, never dropped.
 */
import type { QaFinding } from './types.js';

export type Verdict = 'accepted' | 'fix';

export interface ReviewNote {
  verdict?: Verdict;
  comment?: string;
  /** What the finding said and was on when the note was made, to show an orphaned note. */
  check: string;
  message: string;
  a: string | null;
  b: string | null;
  /** ISO time of the last change. */
  updated: string;
}

/** The review of one pair of versions, as stored. */
export interface ReviewState {
  version: 1;
  a: string;
  b: string;
  notes: Record<string, ReviewNote>;
}

export const emptyReview = (a: string, b: string): ReviewState => ({ version: 1, a, b, notes: {} });

const MAX_COMMENT = 500;

/** A review read back from a file: anything malformed is dropped entry by entry, with a count, never thrown. */
export function parseReview(json: string, a: string, b: string): { state: ReviewState; skipped: number } {
  const state = emptyReview(a, b);
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { state, skipped: 1 };
  }
  const notes = (data as { notes?: unknown } | null)?.notes;
  if (typeof notes !== 'object' || notes === null) return { state, skipped: 1 };
  let skipped = 0;
  for (const [id, raw] of Object.entries(notes)) {
    const n = raw as Partial<ReviewNote> | null;
    const text = (v: unknown) => typeof v === 'string' || v === null;
    if (!/^[a-z]+-[0-9a-f]{8}(?:-\d+)?$/.test(id) || !n || typeof n.check !== 'string' || typeof n.message !== 'string' || !text(n.a) || !text(n.b)) {
      skipped++;
      continue;
    }
    const note: ReviewNote = { check: n.check, message: n.message, a: n.a ?? null, b: n.b ?? null, updated: typeof n.updated === 'string' ? n.updated : '' };
    if (n.verdict === 'accepted' || n.verdict === 'fix') note.verdict = n.verdict;
    if (typeof n.comment === 'string' && n.comment !== '') note.comment = n.comment.slice(0, MAX_COMMENT);
    state.notes[id] = note;
  }
  return { state, skipped };
}

/** A copy of the state with the finding's note changed (a verdict toggled off when set again; an empty comment removed). */
export function withNote(state: ReviewState, finding: QaFinding, change: { verdict?: Verdict; comment?: string }, now = new Date()): ReviewState {
  const old = state.notes[finding.id];
  const note: ReviewNote = { ...(old ?? {}), check: finding.check, message: finding.message, a: finding.a, b: finding.b, updated: now.toISOString() };
  if (change.verdict !== undefined) {
    if (old?.verdict === change.verdict) delete note.verdict;
    else note.verdict = change.verdict;
  }
  if (change.comment !== undefined) {
    const comment = change.comment.replace(/\s+/g, ' ').trim().slice(0, MAX_COMMENT);
    if (comment === '') delete note.comment;
    else note.comment = comment;
  }
  const notes = { ...state.notes };
  if (note.verdict === undefined && note.comment === undefined) delete notes[finding.id];
  else notes[finding.id] = note;
  return { ...state, notes };
}

/** Notes whose finding is not among these (see the module comment), with their ids. */
export function orphanedNotes(state: ReviewState, findings: readonly QaFinding[]): ({ id: string } & ReviewNote)[] {
  const ids = new Set(findings.map((f) => f.id));
  return Object.entries(state.notes)
    .filter(([id]) => !ids.has(id))
    .map(([id, n]) => ({ id, ...n }));
}
