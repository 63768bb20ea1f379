/**
 * Rules that find names no list holds: capitalized sequences (not a mere
 * capitalized first word of a sentence, not a heading in title case), typed
 * by their heads ("… Authority", "PT …", "… Island", "Pulau …") and by the
 * words around them (titles and roles for people, "in"/"di" for places).
 */
import { splitSentences } from '../text/segment.js';
import {
  ACRONYM_STOP,
  DEMONYM,
  NAME_CONNECTORS,
  NAME_STARTERS,
  NOT_PERSON_WORDS,
  OF_HEADS,
  ORG_HEADS,
  ORG_PREFIXES,
  ORG_PREPOSITIONS,
  PERSON_ROLES,
  PERSON_TITLES,
  PERSON_VERBS,
  PLACE_HEADS,
  PLACE_PREFIXES,
  PLACE_PREPOSITIONS,
  RELATIONAL_ROLES_ID,
  SPEAKER_BEFORE_ID,
  STOP_CAPS,
} from './cues.js';
import { isMonthName } from './numbers.js';
import { isGivenName } from './given-names.js';
import { nameTokens, type Token } from '../text/tokens/names.js';
import type { Lexicon } from './lexicon.js';
import type { EntityType } from './types.js';
import { primaryLanguage } from '../text/language-tag.js';

/** A name the rules propose, with how sure they are of its type (3 head, 2 role, 1 preposition, 0.5 guess). */
export interface Candidate {
  start: number;
  end: number;
  type: Exclude<EntityType, 'NUMBER'>;
  weight: number;
}

/** What the rules may ask about the rest of the corpus. */
export interface RuleContext {
  /** True when the word (lowercase) also occurs written in lowercase, so a capitalized copy may just start a sentence. */
  isCommonWord(lower: string): boolean;
  /** Place names of the world (world.ts), to cut a place off a title's name: "Prime Minister (of) Malaysia Najib Razak". */
  world?: Lexicon;
}

const ROLES = new Set(PERSON_ROLES);
const ROLE_AFTER = new RegExp(`^,\\s+(?:(?:the|a|an|its|salah|satu|seorang|former|new|deputy|mantan)\\s+)*(?:[\\p{L}-]+\\s+)?(?:${[...ROLES].join('|')})(?![\\p{L}])`, 'u');

/**
 * The role written just before a name, if any: "co-founder Wang Huiwen",
 * "pendiri, Wang Huiwen", "CEO of Meituan" (then `of` is true).
 */
function roleBefore(before: string): { role: string; comma: boolean; of: boolean } | null {
  const tail = /(,?)\s+(?:(of|at)\s+)?(?:the\s+)?$/u.exec(before);
  if (!tail) return null;
  const words = before.slice(0, tail.index).split(/\s+/).slice(-3);
  for (let k = Math.min(3, words.length); k >= 1; k--) {
    const role = words
      .slice(-k)
      .join(' ')
      .replace(/^[^\p{L}]+/u, '');
    if (ROLES.has(role)) return { role, comma: tail[1] === ',', of: tail[2] !== undefined };
  }
  return null;
}
const PRODUCT_BEFORE = /(?:^|[^\p{L}])(?:chatbot|app|model|engine|software|device|brand|called|named|dubbed|bernama|merek|aplikasi)\s+$/u;
const PRODUCT_AFTER = /^\s+(?:chatbot|app|(?:large )?language model|model|search engine|engine|software|device|smartphone|headset)(?![\p{L}])/u;
/** A cricket scorecard's catcher and bowler marks before a player: "c Vaas b Chandana", "st Kaluwitharana". */
const SCORECARD_BEFORE = /(?:^|\s)(?:c|b|st|lbw b|c &)\s$/u;
const ORG_BEFORE =
  /(?:^|[^\p{L}])(?:work(?:s|ed|ing)? (?:at|for)|joined|acquired|bekerja (?:di|untuk)|bergabung dengan|(?:companies|firms|groups|banks|rivals|makers|clubs|teams|parties|perusahaan) (?:such as|like|including|seperti|termasuk))\s+$/u;
const ORG_APPOSITION =
  /^(?:,\s+|\s*\(\s*)(?:a|an|the|its|sebuah|perusahaan)\s+(?:[\p{L}-]+\s+){0,3}?(?:company|firm|group|bank|fund|start-?up|maker|manufacturer|retailer|operator|agency|charity|trust|perusahaan|grup)(?![\p{L}])/u;
const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'with', 'by', 'from', 'as', 'vs', 'di', 'dan', 'ke', 'dari', 'untuk', 'yang']);

const lower = (t: Token) => t.text.toLowerCase();
const EVENT_HEADS = new Set([
  'cup',
  'open',
  'championship',
  'championships',
  'games',
  'olympics',
  'prix',
  'trophy',
  'series',
  'award',
  'awards',
  'prize',
  'war',
  'festival',
  'masters',
  'classic',
  'piala',
  'award',
]);
const QUOTE_OPEN = /["“«„]\s?$/u;
const QUOTE_CLOSE = /^\s?["”»“]/u;
/** Languages that capitalize every noun. */
const CAPITALIZES_NOUNS = new Set(['de', 'gsw', 'lb']);
const ROMAN = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})$/u;
/** A short acronym at the edge of a run is cut off ("Nvidia AI"), a Roman numeral is not ("PT Angkasa Pura II"). */
const isShortAcronym = (t: Token) => t.acronym && t.text.length <= 3 && !ROMAN.test(t.text);

function isSpaceGap(gap: string): boolean {
  return gap.length > 0 && gap.trim() === '' && !/\n\s*\n/.test(gap);
}

/** Splits a sentence's tokens into clauses at colons and dashes; remembers which clause reads like a heading. */
function clauses(text: string, tokens: Token[], sentenceEnd: number): { tokens: Token[]; heading: boolean }[] {
  const out: { tokens: Token[]; heading: boolean }[] = [];
  let cur: Token[] = [];
  const close = (terminator: string) => {
    if (cur.length === 0) return;
    const content = cur.filter((t) => /\p{L}/u.test(t.text) && !SMALL_WORDS.has(lower(t)));
    const caps = content.filter((t) => t.cap).length;
    const unpunctuated = terminator === ':' || !/[.?!…]["'”’)]*\s*$/u.test(terminator);
    const clauseText = text.slice(cur[0]!.start, cur[cur.length - 1]!.end);
    out.push({ tokens: cur, heading: unpunctuated && !isRecordLine(clauseText) && content.length > 0 && caps / content.length >= 0.75 });
    cur = [];
  };
  tokens.forEach((t, i) => {
    const next = tokens[i + 1];
    cur.push(t);
    const gap = text.slice(t.end, next ? next.start : sentenceEnd);
    if (!next) close(gap);
    else if (/[:—–]|\s-\s/.test(gap)) close(gap.includes(':') ? ':' : '-');
  });
  return out;
}

/** Groups capitalized tokens into name-shaped runs: single spaces between them, connectors allowed inside. */
function runs(text: string, tokens: Token[]): Token[][] {
  const out: Token[][] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!tokens[i]!.cap) {
      i++;
      continue;
    }
    const run = [tokens[i]!];
    let j = i + 1;
    while (j < tokens.length && !run[run.length - 1]!.closes) {
      const prev = run[run.length - 1]!;
      const t = tokens[j]!;
      const gap = text.slice(prev.end, t.start);
      // A middle initial stays in the name: "Stephen R. Covey", "George W. Bush".
      const initial = run.length > 1 && /^\p{Lu}$/u.test(prev.text) && gap === '. ' && t.cap;
      if (!isSpaceGap(gap) && !initial) break;
      if (t.cap && NAME_STARTERS.has(lower(t))) break;
      if (t.cap) {
        run.push(t);
        j++;
        continue;
      }
      // "of" or "of the" after a head that takes it: "Department of Commerce", "Bank of the West".
      // "for" only after an organization head: "Center for …", but not "ByteDance for TikTok".
      if ((lower(t) === 'of' && !OF_HEADS.has(lower(prev))) || (lower(t) === 'for' && !ORG_HEADS.has(lower(prev)))) break;
      const k = NAME_CONNECTORS.has(lower(t)) && tokens[j + 1] && lower(tokens[j + 1]!) === 'the' ? j + 2 : j + 1;
      const after = tokens[k];
      // A school's or company's number inside its name: "SMA Negeri 6 Jakarta".
      const numbered = /^\d{1,3}$/.test(t.text) && ORG_PREFIXES.has(lower(run[0]!));
      const connectorsOk = (NAME_CONNECTORS.has(lower(t)) || numbered) && after?.cap && isSpaceGap(text.slice(tokens[k - 1]!.end, after.start));
      if (!connectorsOk) break;
      for (let m = j; m <= k; m++) run.push(tokens[m]!);
      j = k + 1;
    }
    out.push(run);
    i = j;
  }
  return out;
}

function trimConnectors(run: Token[]): Token[] {
  let a = 0;
  let b = run.length;
  while (a < b && !run[a]!.cap) a++;
  while (b > a && !run[b - 1]!.cap) b--;
  return run.slice(a, b);
}

/**
 * Strips leading titles and roles ("Mayor", "CEO", "Chief Executive") and
 * says what they announce: a person ("CEO Wang Xing") or, before "of", an
 * organization ("CEO of Meituan").
 */
function stripTitles(run: Token[]): { run: Token[]; cue: Candidate['type'] | null } {
  let cue: Candidate['type'] | null = null;
  for (;;) {
    const two = run.length > 2 ? `${lower(run[0]!)} ${lower(run[1]!)}` : '';
    if (two && PERSON_ROLES.includes(two)) run = run.slice(2);
    else if (run.length > 1 && PERSON_TITLES.has(lower(run[0]!))) run = run.slice(1);
    else return { run, cue };
    // "CEO of Meituan", "Ketua DPR": a title's organization, not a person.
    cue = run[0] && (!run[0].cap || (run.length === 1 && run[0].acronym)) ? 'ORG' : 'PERSON';
    run = trimConnectors(run);
  }
}

function headType(run: Token[]): { type: Candidate['type']; weight: number } | null {
  if (run.length < 2) return null;
  const ofAt = run.findIndex((t) => lower(t) === 'of');
  const first = lower(run[0]!);
  const last = lower(run[run.length - 1]!);
  if (ofAt > 0) {
    const head = lower(run[ofAt - 1]!);
    if (ORG_HEADS.has(head) || ORG_PREFIXES.has(head)) return { type: 'ORG', weight: 3 };
    if (PLACE_HEADS.has(head) || PLACE_PREFIXES.has(head)) return { type: 'PLACE', weight: 3 };
  }
  if (ORG_HEADS.has(last)) return { type: 'ORG', weight: 3 };
  if (PLACE_HEADS.has(last)) return { type: 'PLACE', weight: 3 };
  if (ORG_PREFIXES.has(first)) return { type: 'ORG', weight: 3 };
  if (PLACE_PREFIXES.has(first)) return { type: 'PLACE', weight: 3 };
  return null;
}

function contextType(text: string, lang: string, start: number, end: number, run: Token[], commonWord: (w: string) => boolean): { type: Candidate['type']; weight: number } | null {
  const before = text.slice(Math.max(0, start - 48), start).toLowerCase();
  const after = text.slice(end, end + 64).toLowerCase();
  const role = roleBefore(before);
  const indonesian = lang.startsWith('id');
  if (role?.of) return { type: 'ORG', weight: 2 };
  if (role && !role.comma && indonesian && RELATIONAL_ROLES_ID.includes(role.role)) return { type: 'ORG', weight: 1 };
  if (role || ROLE_AFTER.test(after)) return { type: 'PERSON', weight: 2 };
  if (ORG_APPOSITION.test(after)) return { type: 'ORG', weight: 2 };
  if (ORG_BEFORE.test(before)) return { type: 'ORG', weight: 2 };
  if (PRODUCT_BEFORE.test(before) || PRODUCT_AFTER.test(after)) return { type: 'PRODUCT', weight: 2 };
  const nextWord = /^\s+(\p{L}+)/u.exec(after)?.[1];
  if (run.length >= 2 && nextWord && PERSON_VERBS.has(nextWord)) return { type: 'PERSON', weight: 2 };
  const prevWord = /(\p{L}+)\s+(?:the\s+)?$/u.exec(before)?.[1];
  if (indonesian && prevWord && SPEAKER_BEFORE_ID.has(prevWord) && !run.every((t) => t.acronym || commonWord(lower(t)))) return { type: 'PERSON', weight: 2 };
  // Indonesian "di" goes before institutions as often as places ("di DPR", "di KPK"): it does not type an acronym.
  if (prevWord && PLACE_PREPOSITIONS.has(prevWord) && !(indonesian && run.length === 1 && run[0]!.acronym)) return { type: 'PLACE', weight: 1 };
  if (SCORECARD_BEFORE.test(text.slice(Math.max(0, start - 8), start))) return { type: 'PERSON', weight: 2 };
  if (prevWord && ORG_PREPOSITIONS.has(prevWord)) return { type: 'ORG', weight: 1 };
  return null;
}

/** Two or three words each written as a personal name is: "Tim O'Gorman", "Glenn McGrath", "Jean-Marc Bosman". */
const personShaped = (run: Token[]) => run.length >= 2 && run.length <= 4 && run.every((t) => PERSON_WORD.test(t.text));
const PERSON_WORD = /^(?:\p{Lu}\p{Ll}{0,2}['’]?)?\p{Lu}\p{Ll}+$/u;

/** A person-shaped name that starts with a given name is a person by evidence: "Phil Simmons". */
function givenNameType(run: Token[]): { type: Candidate['type']; weight: number } | null {
  return personShaped(run) && isGivenName(run[0]!.text) && !NOT_PERSON_WORDS.has(lower(run[1]!)) ? { type: 'PERSON', weight: 1.5 } : null;
}

/**
 * Indonesian news writes a role, its organization and the person in one run
 * of capitals: "(Ketua Umum) Partai Golkar Aburizal Bakrie", "(Menteri) Agama
 * Suryadharma Ali", "PDIP Ahmad Basarah". Finds where the person starts: the
 * longest tail of person-shaped words that are neither common words nor
 * places; an organization prefix ending the head takes the tail's first word
 * as its name ("Partai Golkar"). Returns the head (empty when it is only
 * common words, a portfolio) and the person, or null when the run is one name.
 */
function splitRolePerson(run: Token[], cue: Candidate['type'] | null, ctx: RuleContext): { head: Token[]; person: Token[] } | null {
  const personWord = (t: Token) =>
    PERSON_WORD.test(t.text) && !ctx.isCommonWord(lower(t)) && !NOT_PERSON_WORDS.has(lower(t)) && !ORG_PREFIXES.has(lower(t)) && !PERSON_TITLES.has(lower(t)) && !ctx.world?.lookup(t.text);
  // A place ("Desa Long Lunuk") or a name with connectors ("Abdurrachman bin Ali") is one name.
  if (PLACE_PREFIXES.has(lower(run[0]!)) || NOT_PERSON_WORDS.has(lower(run[0]!)) || run.some((t) => !t.cap)) return null;
  let k = run.length;
  while (k > 0 && personWord(run[k - 1]!) && !STOP_CAPS.has(lower(run[k - 1]!))) k--;
  if (k > 0 && STOP_CAPS.has(lower(run[k - 1]!))) return null;
  if (k === 0 || k === run.length) return null;
  let head = run.slice(0, k);
  let person = run.slice(k);
  const last = head[head.length - 1]!;
  if (ORG_PREFIXES.has(lower(last)) || (head.length === 1 && last.acronym && !person[0]!.acronym && ORG_PREFIXES.has(lower(person[0]!)))) {
    head = [...head, person[0]!];
    person = person.slice(1);
  }
  if (person.length === 0 || (person.length < 2 && cue !== 'PERSON')) return null;
  // The organization starts at its prefix or first proper word: "(Politisi) Partai Golkar".
  const from = head.findIndex((t) => t.acronym || ORG_PREFIXES.has(lower(t)) || !ctx.isCommonWord(lower(t)));
  return { head: from < 0 ? [] : trimConnectors(head.slice(from)), person };
}

/**
 * The type of a name nothing types, by its shape alone: two or three
 * capitalized words are a person unless one of them is a word of places or
 * institutions ("West Indies", "Real Madrid"); anything else an organization.
 */
function guessType(run: Token[]): Candidate['type'] {
  return personShaped(run) && !run.some((t) => NOT_PERSON_WORDS.has(lower(t))) ? 'PERSON' : 'ORG';
}

/**
 * A team in a result or table line: a name followed by a score or a row of
 * figures ("Puchon 2 Chonbuk 1", "Haitai 64 2 43 .596"), not by a date
 * ("LONDON 1996-08-30") or bowling figures ("Muralitharan 10-0-41-2").
 */
const SCORE_AFTER = /^\s+\d{1,3}(?![\d./:-])/u;

/** A person written with an initial: "C. Lewis", "S. Waugh", "R. Ponting"; never "U.S. Army". */
const INITIAL_NAME = /(?<![\p{L}\p{N}.])\p{Lu}\.\s\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}]+)?(?:\s\p{Lu}[\p{Ll}'’]+)?(?![\p{L}.])/gu;

/** A clause set in capitals (a headline): read for known names only, never for names by shape. */
function inCapitals(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => /\p{L}{2}/u.test(t.text));
  return words.length >= 3 && words.filter((t) => t.acronym).length / words.length >= 0.6;
}

/**
 * A line of a record rather than a heading, though it has no closing
 * punctuation: a dateline, byline with a place, result, line-up or table row
 * ("LONDON 1996-08-30", "Puchon 2 Chonbuk 1", "Lisa Raymond (U.S.) beat
 * Kimberly Po (U.S.) 6-3 6-2", "Romesh Kaluwitharana, Asanka Gurusinha").
 * Its names are names, so the rules read it.
 */
function isRecordLine(text: string): boolean {
  return /\d|[(),]|\t/u.test(text);
}

/**
 * A paragraph with no closing punctuation and few words is a title, heading
 * or caption, written in title case, unless it is a record line
 * ({@link isRecordLine}) or set in capitals (read as text: its names are
 * found by the lexicon, never by shape).
 */
function isHeadingLine(text: string): boolean {
  const t = text.trim();
  const closed = /[.?!…:;,"”'’)]$/u.test(t) && !/(?:^|\s)(?:\p{Lu}\.){2,}$/u.test(t);
  return !closed && t.split(/\s+/).length <= 14 && !isRecordLine(t);
}

/** Proposes typed names for one text (a paragraph or any snippet) by the rules in the module comment; `tokens` saves tokenizing it again. */
export function findNameCandidates(text: string, lang: string, ctx: RuleContext, allTokens: readonly Token[] = nameTokens(text)): Candidate[] {
  const out: Candidate[] = [];
  if (isHeadingLine(text)) return out;
  const indonesian = lang.startsWith('id');
  for (const m of text.matchAll(INITIAL_NAME)) out.push({ start: m.index, end: m.index + m[0].length, type: 'PERSON', weight: 2 });
  // The initial names, in order: a run inside one ("C. Lewis") is that name already. A pointer, not a search of `out` per run (a long paragraph has thousands).
  const initials = out.slice();
  let initial = 0;
  const record = isRecordLine(text) && !/[.?!…]["'”’)]*$/u.test(text.trim());
  let next = 0;
  for (const sentence of splitSentences(text, lang)) {
    const tokens: Token[] = [];
    while (next < allTokens.length && allTokens[next]!.start < sentence.end) {
      if (allTokens[next]!.start >= sentence.start) tokens.push(allTokens[next]!);
      next++;
    }
    for (const clause of clauses(text, tokens, sentence.end)) {
      if (clause.heading || inCapitals(clause.tokens)) continue;
      for (const raw of runs(text, clause.tokens)) {
        let run = raw;
        const atStart = run[0] === clause.tokens[0];
        // A common word starting a sentence is no part of a name, unless it is the name's head ("Desa Kedungbulus adalah…", "Lake Orin is…").
        const prefix = run.length > 1 && (PLACE_PREFIXES.has(lower(run[0]!)) || ORG_PREFIXES.has(lower(run[0]!)));
        // A title or role starting a longer name is left for stripTitles, which says what it announces ("Ketua Umum Partai Golkar …").
        const titled = run.length > 1 && (PERSON_TITLES.has(lower(run[0]!)) || ROLES.has(lower(run[0]!)));
        if (atStart && !prefix && !titled && (STOP_CAPS.has(lower(run[0]!)) || ROLES.has(lower(run[0]!)) || ctx.isCommonWord(lower(run[0]!)))) run = trimConnectors(run.slice(1));
        // "Russian President Boris Yeltsin": the nationality goes with the title.
        if (run.length > 2 && DEMONYM.test(lower(run[0]!)) && (PERSON_TITLES.has(lower(run[1]!)) || ROLES.has(lower(run[1]!)))) run = run.slice(1);
        const stripped = stripTitles(run);
        run = stripped.run;
        // "Perdana Menteri Malaysia Najib Tun Razak": the title's country is a place of its own.
        if (stripped.cue === 'PERSON' && run.length > 2 && ctx.world?.lookup(run[0]!.text)) run = run.slice(1);
        if (indonesian && run.length > 1) {
          const split = splitRolePerson(run, stripped.cue, ctx);
          if (split) {
            const head = split.head;
            if (head.length > 0) out.push({ start: head[0]!.start, end: head[head.length - 1]!.end, type: 'ORG', weight: headType(head)?.type === 'ORG' ? 3 : 1 });
            run = split.person;
            stripped.cue = 'PERSON';
          }
        }
        while (run.length > 1 && isShortAcronym(run[run.length - 1]!)) run = run.slice(0, -1);
        while (run.length > 1 && isShortAcronym(run[0]!) && !ORG_PREFIXES.has(lower(run[0]!))) run = trimConnectors(run.slice(1));
        run = trimConnectors(run);
        const first = run[0];
        if (!first) continue;
        const start = first.start;
        const end = run[run.length - 1]!.end;
        const head = headType(run);
        while (initial < initials.length && initials[initial]!.end < end) initial++;
        if (initial < initials.length && initials[initial]!.start <= start) continue;
        // A title of a work in quotes (a song, a book, a show) is none of the types named here.
        if (QUOTE_OPEN.test(text.slice(Math.max(0, start - 2), start)) && QUOTE_CLOSE.test(text.slice(end, end + 2))) continue;
        if (run.length === 1 && PERSON_TITLES.has(lower(first))) continue;
        // Events and nationalities are not among the types here: "World Cup", "Texas Open", "South Korean".
        const last = lower(run[run.length - 1]!);
        if (EVENT_HEADS.has(last) || (DEMONYM.test(last) && raw.slice(0, -1).every((t) => NOT_PERSON_WORDS.has(lower(t))))) continue;
        if (run.length === 1 && !stripped.cue) {
          if (atStart && first === raw[0] && !(record && SCORE_AFTER.test(text.slice(end))) && !first.acronym) continue;
          if ((first.acronym && ACRONYM_STOP.has(lower(first))) || /\d/.test(first.text) || DEMONYM.test(lower(first)) || STOP_CAPS.has(lower(first))) continue;
          if (isMonthName(first.text)) continue;
          if (text[start - 1] === '(' && text[end] === ')') continue;
        }
        const team = record && SCORE_AFTER.test(text.slice(end)) ? { type: 'ORG' as const, weight: 3 } : null;
        // A team in a results table is one even when named for its town ("Manchester City 2 Arsenal 1").
        const typed = stripped.cue ? { type: stripped.cue, weight: 2 } : (team ?? head ?? contextType(text, lang, start, end, run, ctx.isCommonWord) ?? givenNameType(run));
        // German capitalizes every noun ("Besucher", "Millionen Euro"): there a capital is no evidence, and only names typed by more than a preposition count ("in Zukunft", "zu Ende").
        if ((!typed || typed.weight < 2) && CAPITALIZES_NOUNS.has(primaryLanguage(lang))) continue;
        // Words the corpus also writes in lowercase make a title ("Prison Break", "Aktor Terbaik"), not a person, when nothing says person.
        const guess = run.some((t) => ctx.isCommonWord(lower(t))) ? 'ORG' : guessType(run);
        out.push({ start, end, type: typed?.type ?? guess, weight: typed?.weight ?? 0.5 });
      }
    }
  }
  return out;
}
