/**
 * Names and terms: glossary and gazetteer terms rendered as their
 * counterpart and the same way throughout, and names of the source spelled
 * slightly differently in the target ("Ilsa Varga" → "Ilza Varga").
 */
import { nameTokens } from '../../text/tokens/names.js';
import { lengthFits } from '../lengths.js';
import { nearbyB } from '../segment-pairs.js';
import { versionScript } from './untranslated.js';
import type { CheckContext, RawFinding, SegmentPair, Term } from '../types.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const patterns = new Map<string, RegExp>();
/** A whole-word, case-sensitive pattern for a glossary form (case-insensitive when written in lower case). */
function formPattern(form: string): RegExp {
  let re = patterns.get(form);
  if (!re) {
    re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(form)}(?![\\p{L}\\p{N}])`, form === form.toLowerCase() ? 'iu' : 'u');
    patterns.set(form, re);
  }
  return re;
}
/** Whether one of a term's forms is in a text. */
export const termIn = (forms: readonly string[], text: string) => forms.some((f) => formPattern(f).test(text));
const firstForm = (forms: readonly string[], text: string) => forms.filter((f) => formPattern(f).test(text)).sort((x, y) => y.length - x.length)[0];

/**
 * For each term whose source form a segment of A holds: B's segment (or a
 * neighbour, for an alignment slip) must hold one of its target forms; and
 * across the document B should render it one way (a form that contains
 * another, "Departemen Perdagangan AS" and "Departemen Perdagangan", is the
 * same rendering).
 */
export function checkTerms(pairs: readonly SegmentPair[], ctx: CheckContext): RawFinding[] {
  const out: RawFinding[] = [];
  ctx.terms.forEach((term, t) => {
    const used = new Map<string, number[]>();
    for (const p of pairs) {
      if (p.a === null || p.b === null || ctx.weak.has(p.row)) continue;
      const source = firstForm(term.source, p.a);
      if (!source) continue;
      const rendered = firstForm(term.target, p.b);
      if (rendered) {
        const rows = used.get(rendered) ?? [];
        used.set(rendered, rows.concat(p.row));
      } else if (lengthFits(p, ctx.usualLogRatio) && !firstForm(term.target, nearbyB(pairs, p.row))) {
        // A row far longer or shorter than the usual translation is a passage restructured or aligned by need: the term may be in text beside it.
        const severity = term.from === 'glossary' ? 'warning' : 'info';
        out.push({
          check: 'terms',
          severity,
          message: `"${source}" not rendered as ${term.target
            .slice(0, 3)
            .map((f) => `"${f}"`)
            .join(' or ')}`,
          rows: [p.row],
          detail: `${t}`,
        });
      }
    }
    const distinct = [...used.keys()].filter((f, _, all) => !all.some((g) => g !== f && (g.includes(f) || f.includes(g)) && g.length > f.length));
    if (distinct.length > 1) {
      const rows = distinct.flatMap((f) => used.get(f)!).sort((x, y) => x - y);
      out.push({ check: 'terms', severity: 'warning', message: `"${term.source[0]}" rendered ${distinct.length} ways: ${distinct.map((f) => `"${f}"`).join(', ')}`, rows, detail: `${t}*` });
    }
  });
  return out;
}

/** Restricted Damerau–Levenshtein distance, stopping early above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let low = i;
    for (let j = 1; j <= b.length; j++) {
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      cur.push(d);
      low = Math.min(low, d);
    }
    if (low > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length]!;
}

const capitalized = (text: string) =>
  nameTokens(text)
    .filter((t) => t.cap && t.text.length >= 4 && !t.acronym)
    .map((t) => t.text);

/**
 * Names of A (capitalized words of four letters or more) that B writes as A
 * does elsewhere but, in this segment, as a word one or two edits away that
 * A never uses: one name rendered two ways. Only between versions
 * written in the same script.
 */
export function checkNames(pairs: readonly SegmentPair[], ctx: CheckContext): RawFinding[] {
  const scriptA = versionScript(
    ctx.langA,
    pairs.map((p) => p.a),
  );
  const scriptB = versionScript(
    ctx.langB,
    pairs.map((p) => p.b),
  );
  if (scriptA !== scriptB) return [];
  const vocabularyA = new Set(pairs.flatMap((p) => (p.a ? capitalized(p.a) : [])));
  const vocabularyB = new Set(pairs.flatMap((p) => (p.b ? capitalized(p.b) : [])));
  const out: RawFinding[] = [];
  for (const p of pairs) {
    if (p.a === null || p.b === null || ctx.weak.has(p.row)) continue;
    const inA = capitalized(p.a);
    const inB = capitalized(p.b);
    const count = (list: string[], w: string) => list.filter((x) => x === w).length;
    for (const name of new Set(inA)) {
      // B spells the name as A does elsewhere, and here (once more than A's count allows) otherwise: one name rendered two ways.
      if (count(inB, name) >= count(inA, name) || !vocabularyB.has(name)) continue;
      const max = name.length >= 7 ? 2 : 1;
      const near = inB.find((w) => w !== name && !vocabularyA.has(w) && editDistance(name.toLowerCase(), w.toLowerCase(), max) <= max);
      if (near) out.push({ check: 'names', severity: 'error', message: `name spelled "${near}" in B, "${name}" in A`, rows: [p.row], detail: `${name}>${near}` });
    }
  }
  return out;
}

/** Terms from a corpus gazetteer: every name and alias of an entity stands for every other (aliases mix languages). */
export function gazetteerTerms(entities: readonly { name: string; aliases: readonly string[] }[]): Term[] {
  return entities.map((e) => {
    const forms = [e.name, ...e.aliases].filter((f) => f.length >= 2);
    return { source: forms, target: forms, from: 'entities' as const };
  });
}
