import type { Corpus } from '../corpus/types.js';
import { candidatesBeside, type DetectContext } from './detect.js';
import type { Lexicon, LexiconEntry } from './lexicon.js';
import { PERSON_TITLES, STOP_CAPS } from './cues.js';
import { isMonthName } from './numbers.js';
import { findNameCandidates } from './rules.js';
import { foldName, nameTokens } from '../text/tokens/names.js';
import type { EntityType } from './types.js';

type NameType = Exclude<EntityType, 'NUMBER'>;
const TIE_ORDER: NameType[] = ['PERSON', 'ORG', 'PLACE', 'PRODUCT'];

const ACRONYM = /^\p{Lu}{2,6}$/u;

/** A rule's weight below this is a guess by shape, not evidence. */
const CUE = 1;

interface Votes {
  /** Votes of evidence: heads, roles, prepositions, a known place, a person's name part. */
  weights: Partial<Record<NameType, number>>;
  /** Votes of shape alone, which count only when no evidence was seen. */
  guesses: Partial<Record<NameType, number>>;
  forms: Map<string, number>;
}

/** Records `times` mentions of `surface` voting `type` with `weight` each. */
function vote(votes: Map<string, Votes>, surface: string, type: NameType, weight: number, times = 1): void {
  const key = foldName(surface);
  let v = votes.get(key);
  if (!v) votes.set(key, (v = { weights: {}, guesses: {}, forms: new Map() }));
  const into = weight >= CUE ? v.weights : v.guesses;
  into[type] = (into[type] ?? 0) + weight * times;
  v.forms.set(surface, (v.forms.get(surface) ?? 0) + times);
}

/** The type with the most evidence; the most guesses only when there is none, so a cue seen once beats any number of guesses. */
function winner(v: Votes): NameType {
  const from = total(v.weights) > 0 ? v.weights : v.guesses;
  let best: NameType = 'ORG';
  let bestWeight = -1;
  for (const t of TIE_ORDER) {
    const w = from[t] ?? 0;
    if (w > bestWeight) [best, bestWeight] = [t, w];
  }
  return best;
}

function total(weights: Partial<Record<NameType, number>>): number {
  return Object.values(weights).reduce((a, b) => a + b, 0);
}

/** The form written most often, preferring one not in capitals: "London" over the datelines' "LONDON", which the lexicon would match only as written. */
function mostFrequent(forms: Map<string, number>): string {
  const caps = (f: string) => (f === f.toUpperCase() && /\p{L}{4}/u.test(f) ? 1 : 0);
  return [...forms].sort((a, b) => caps(a[0]) - caps(b[0]) || b[1] - a[1])[0]![0];
}

/**
 * Learns the names a corpus uses beyond its gazetteer: every name the rules
 * find, typed by the evidence of all its mentions together (a head or role in
 * one place types the name everywhere), plus the first and last names of every
 * person ("Varga" after "Mayor Ilsa Varga"), counted as that person when
 * no other person shares them. Returns them as lexicon entries. Yields after
 * each document, so a large corpus can be learned between key presses.
 * A paragraph text is read once and its votes count as often as it occurs
 * in its language (`occurrences`): the same votes as reading every copy,
 * since votes only add up, for a fraction of the work when versions share
 * paragraphs.
 */
export function* learnNamesStepwise(corpus: Corpus, gazetteer: Lexicon, ctx: Omit<DetectContext, 'lexicon'>, occurrences: (lang: string, text: string) => number): Generator<void, LexiconEntry[]> {
  const place = (surface: string) => ctx.world?.lookup(surface);
  const votes = new Map<string, Votes>();
  const read = new Map<string, Set<string>>();
  for (const doc of corpus.documents) {
    yield;
    const readHere = read.get(doc.lang) ?? read.set(doc.lang, new Set()).get(doc.lang)!;
    for (const p of doc.paragraphs) {
      if (p.kind === 'code') continue;
      if (readHere.has(p.text)) continue;
      readHere.add(p.text);
      const times = occurrences(doc.lang, p.text);
      const tokens = nameTokens(p.text);
      const known = gazetteer.find(p.text, tokens);
      for (const c of candidatesBeside(known, findNameCandidates(p.text, doc.lang, ctx, tokens))) {
        const surface = p.text.slice(c.start, c.end);
        vote(votes, surface, c.type, c.weight, times);
        // A known place is evidence, outweighed only by a head ("Madrid Stock Exchange" is not one).
        if (c.weight < 3 && place(surface)) vote(votes, surface, 'PLACE', 2.5, times);
      }
    }
  }
  // People by evidence (sure), or by shape alone when nothing else was seen of them.
  const people: [string, string, boolean][] = [
    ...[...votes]
      .filter(([, v]) => winner(v) === 'PERSON' && ((v.weights.PERSON ?? 0) >= 1.5 || total(v.weights) === 0))
      .map(([key, v]): [string, string, boolean] => [key, mostFrequent(v.forms), (v.weights.PERSON ?? 0) >= 1.5]),
    ...gazetteer
      .entries()
      .filter((e) => e.type === 'PERSON')
      .map((e): [string, string, boolean] => [e.key, e.form, true]),
  ];
  // Words of organisations' names typed by evidence ("Partai Demokrat"): such a word opening or closing a person's name is the organisation's.
  const orgWords = new Set([...votes].filter(([key, v]) => key.includes(' ') && (v.weights.ORG ?? 0) > 0 && winner(v) === 'ORG').flatMap(([key]) => key.split(' ')));
  const owners = new Map<string, Set<string>>();
  for (const [key, name, sure] of people) {
    const words = name.split(' ');
    if (words.length < 2) continue;
    // A person known by shape only lends the surname, and only where it is written alone ("Rios" of "Marcelo Rios").
    const parts = sure ? [words[0]!, words[words.length - 1]!] : votes.has(foldName(words[words.length - 1]!)) ? [words[words.length - 1]!] : [];
    // An initial ("C." of "C. Lewis"), a stop word, a title or a date word names nobody alone; nor a common word for a person known by shape.
    const nameWord = (part: string) =>
      /^\p{L}[\p{L}\p{M}'’-]+$/u.test(part) &&
      !STOP_CAPS.has(part.toLowerCase()) &&
      !PERSON_TITLES.has(part.toLowerCase()) &&
      !isMonthName(part) &&
      !orgWords.has(foldName(part)) &&
      (sure || !ctx.isCommonWord(part.toLowerCase()));
    for (const w of parts.filter(nameWord)) {
      vote(votes, w, 'PERSON', 2);
      const set = owners.get(foldName(w)) ?? new Set();
      owners.set(foldName(w), set.add(key));
    }
  }
  return (
    [...votes]
      // A lone capitalized word seen once, with nothing to type it ("Digest"), is more often a stray capital than a name; an acronym
      // seen once ("BPK", "OJK") is more often a name (the rules have left out the acronyms that name nothing).
      .filter(([key, v]) => !gazetteer.lookup(key) && (key.includes(' ') || total(v.weights) + total(v.guesses) > 0.5 || ACRONYM.test(mostFrequent(v.forms))))
      .map(([key, v]) => {
        const type = winner(v);
        const owner = owners.get(key);
        // A name part that belongs to one person only is that person ("Varga" is "Ilsa Varga").
        // A place the world knows takes its key, shared across languages ("Jerman" is "germany").
        const entityKey = type === 'PERSON' && owner?.size === 1 ? [...owner][0]! : type === 'PLACE' ? (place(key)?.key ?? key) : key;
        return { form: mostFrequent(v.forms), key: entityKey, type, source: 'learned' as const };
      })
  );
}
