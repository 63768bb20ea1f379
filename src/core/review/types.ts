/**
 * The translation-QA model: aligned segment pairs in, findings out. Every
 * check is a pure function of the pairs and a profile.
 */
import type { Dropped } from './dropped.js';

/** How bad a finding is; a pipeline fails on findings at or above a chosen one. */
export type Severity = 'info' | 'warning' | 'error';

export const SEVERITIES: readonly Severity[] = ['info', 'warning', 'error'];

/** Names of the checks, as profiles and reports spell them. */
export const CHECKS = ['omission', 'addition', 'empty', 'untranslated', 'length', 'numbers', 'terms', 'names', 'consistency', 'form'] as const;
export type CheckName = (typeof CHECKS)[number];

/** One aligned row of a pair of versions: a segment of A, of B, or both. */
export interface SegmentPair {
  /** Row number in the alignment (0-based), what the explorer's diff pane shows. */
  row: number;
  a: string | null;
  b: string | null;
  /** Paragraph index (as `--show` prints it) of each side's segment. */
  paraA?: number;
  paraB?: number;
}

/** One finding of one check on one row (or on several rows: consistency). */
export interface QaFinding {
  /** Stable across runs and versions: the check, a detail and the text of the segments it was found on. */
  id: string;
  check: CheckName;
  severity: Severity;
  /** One line, plain text (not yet sanitized). */
  message: string;
  /** The segment texts the finding is about. */
  a: string | null;
  b: string | null;
  /** Paragraph indexes in each version. */
  where: { a: number[]; b: number[] };
  /** The rows of the alignment it is on; the first is where the explorer jumps. */
  rows: number[];
}

/** What each check needs besides the pairs. */
export interface CheckContext {
  langA: string;
  langB: string;
  /** Terms whose rendering is checked: a source form and the target forms accepted for it. */
  terms: readonly Term[];
  /** Rows whose two sides do not correspond (see evidence.ts): per-pair checks skip them. */
  weak: ReadonlySet<number>;
  /** Per row, a sentence one side leaves out of a joined row (see dropped.ts): reported as an omission or addition, and out of the other checks' view. */
  dropped: ReadonlyMap<number, Dropped>;
  /** The usual log ratio of B's length to A's (see evidence.ts), or null with too few rows to tell. */
  usualLogRatio: number | null;
}

/** A glossary or gazetteer term: forms in A and the forms B may render them as. */
export interface Term {
  source: string[];
  target: string[];
  /** Where it came from: "glossary" or "entities". */
  from: 'glossary' | 'entities';
}

/** What a check reports before the runner gives it an id and paragraph numbers. */
export interface RawFinding {
  check: CheckName;
  severity: Severity;
  message: string;
  /** Rows it is on (indexes into the pairs). */
  rows: number[];
  /** Makes the id unique among findings of one check on the same rows ("12.5%"). */
  detail: string;
}
