/** Runs the profile's checks over two versions and gives every finding its id and paragraph numbers. */
import type { Document } from '../corpus/types.js';
import { hashString } from '../text/hash.js';
import { checkConsistency } from './checks/consistency.js';
import { checkForm } from './checks/form.js';
import { checkLength } from './checks/length.js';
import { checkNumbers } from './checks/numbers.js';
import { checkPresence } from './checks/presence.js';
import { checkNames, checkTerms } from './checks/terms.js';
import { checkUntranslated } from './checks/untranslated.js';
import { defaultProfile, type Profile, type Thresholds } from './profile.js';
import { segmentPairs } from './segment-pairs.js';
import { droppedInRows, withoutDropped } from './dropped.js';
import { weakPairs } from './evidence.js';
import { usualLogRatio } from './lengths.js';
import { SEVERITIES, type CheckContext, type CheckName, type QaFinding, type RawFinding, type SegmentPair, type Severity, type Term } from './types.js';

type Check = (pairs: readonly SegmentPair[], ctx: CheckContext, t: Thresholds) => RawFinding[];

/** Each check function with the names of the checks it reports (a profile turns names on and off). */
const RUNNERS: { names: CheckName[]; run: Check }[] = [
  { names: ['omission', 'addition', 'empty'], run: checkPresence },
  { names: ['untranslated'], run: checkUntranslated },
  { names: ['length'], run: checkLength },
  { names: ['numbers'], run: checkNumbers },
  { names: ['terms'], run: checkTerms },
  { names: ['names'], run: checkNames },
  { names: ['consistency'], run: checkConsistency },
  { names: ['form'], run: checkForm },
];

/** The QA of one pair of versions. */
export interface QaReport {
  a: string;
  b: string;
  langA: string;
  langB: string;
  pairs: SegmentPair[];
  findings: QaFinding[];
}

export interface QaOptions {
  profile?: Profile;
  /** Glossary and gazetteer terms. */
  terms?: readonly Term[];
}

/** True when `s` is at or above `threshold`. */
export function atLeast(s: Severity, threshold: Severity): boolean {
  return SEVERITIES.indexOf(s) >= SEVERITIES.indexOf(threshold);
}

const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');

/**
 * A finding's id: its check and a hash of its detail and of the text of the
 * rows it is on. It stays the same as long as those segments read the same,
 * wherever they move, which is what review notes are kept by.
 */
function findingId(raw: RawFinding, pairs: readonly SegmentPair[]): string {
  let h = hashString(`${raw.check}\u0000${raw.detail}`);
  for (const r of raw.rows) h = hashString(`${pairs[r]!.a ?? ''}\u0001${pairs[r]!.b ?? ''}`, h);
  return `${raw.check}-${hex(h)}`;
}

/** Runs the checks on already aligned pairs (what the explorer has at hand). */
export function reviewPairs(pairs: SegmentPair[], langs: { langA: string; langB: string; terms: readonly Term[] }, profile: Profile = defaultProfile()): QaFinding[] {
  const weak = weakPairs(pairs, langs.langA, langs.langB, langs.terms);
  const base: CheckContext = { ...langs, weak, dropped: new Map(), usualLogRatio: usualLogRatio(pairs, weak) };
  const ctx: CheckContext = { ...base, dropped: droppedInRows(pairs, base, profile.thresholds) };
  // A sentence left out of a joined row is one omission: the other checks see the row without it (not its figures as lost, too).
  const checked = pairs.map((p) => withoutDropped(p, ctx.dropped.get(p.row)));
  const raw: RawFinding[] = [];
  for (const { names, run } of RUNNERS) {
    if (!names.some((n) => profile.checks[n].enabled)) continue;
    for (const f of run(run === checkPresence ? pairs : checked, ctx, profile.thresholds)) if (profile.checks[f.check].enabled) raw.push(f);
  }
  const seen = new Map<string, number>();
  const findings = raw.map((f): QaFinding => {
    let id = findingId(f, pairs);
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    if (n > 1) id += `-${n}`;
    const rows = f.rows.map((r) => pairs[r]!);
    const paragraphs = (side: 'paraA' | 'paraB') => [...new Set(rows.flatMap((p) => (p[side] === undefined ? [] : [p[side]])))].sort((x, y) => x - y);
    const first = rows[0]!;
    return {
      id,
      check: f.check,
      severity: profile.checks[f.check].severity ?? f.severity,
      message: f.message,
      a: first.a,
      b: first.b,
      where: { a: paragraphs('paraA'), b: paragraphs('paraB') },
      rows: f.rows,
    };
  });
  return findings.sort((x, y) => x.rows[0]! - y.rows[0]! || SEVERITIES.indexOf(y.severity) - SEVERITIES.indexOf(x.severity));
}

/** Aligns two versions and runs the profile's checks on every aligned pair. */
export function reviewDocuments(docA: Document, docB: Document, options: QaOptions = {}): QaReport {
  const pairs = segmentPairs(docA, docB);
  const findings = reviewPairs(pairs, { langA: docA.lang, langB: docB.lang, terms: options.terms ?? [] }, options.profile);
  return { a: docA.id, b: docB.id, langA: docA.lang, langB: docB.lang, pairs, findings };
}
