import { foldName, nameTokens, type Token } from '../text/tokens/names.js';
import type { EntityType, Mention } from './types.js';

/** A name the lexicon knows: one written form of an entity. */
export interface LexiconEntry {
  form: string;
  key: string;
  type: EntityType;
  source: 'gazetteer' | 'learned' | 'world';
}

/**
 * An entry's form cut into the words and gaps a match compares; null when it
 * has no word. Most forms are one plain word ("Paris"), the one token the
 * tokenizer would give, so they skip it (the world's places are thousands).
 */
function compile(entry: LexiconEntry, folded: string): (Compiled & { first: string }) | null {
  const exactCase = (core: string) => core === core.toUpperCase() && !/\p{L}{5}/u.test(core);
  if (PLAIN_WORD.test(entry.form)) return { core: entry.form, exactCase: exactCase(entry.form), words: [folded], gaps: [], entry, first: entry.form };
  const tokens = nameTokens(entry.form);
  if (tokens.length === 0) return null;
  const core = entry.form.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end);
  return {
    core,
    exactCase: exactCase(core),
    words: tokens.map((t) => foldName(t.text)),
    gaps: tokens.slice(1).map((t, i) => gapOf(entry.form.slice(tokens[i]!.end, t.start))),
    entry,
    first: tokens[0]!.text,
  };
}
const PLAIN_WORD = /^[\p{L}\p{N}][\p{L}\p{M}\p{N}]*$/u;

interface Compiled {
  /** The form from its first to its last token ("U.S" for "U.S."), as a match is cut. */
  core: string;
  /** An acronym ("AS", "FT") only matches as written, so "As" is not "AS"; a longer name in capitals ("LONDON") matches "London". */
  exactCase: boolean;
  words: string[];
  gaps: string[];
  entry: LexiconEntry;
}

const gapOf = (text: string) => text.replace(/\s+/g, ' ');
const startsWithDigit = (word: string) => {
  const c = word.charCodeAt(0);
  return c < 128 ? c >= 48 && c <= 57 : /^\p{N}/u.test(word);
};

/**
 * Finds known names in text by whole tokens, in one pass over the text.
 * Case is ignored (`NVIDIA` finds `Nvidia`) except that a match must start
 * with a capital unless it is written exactly as listed, so the name `Bay`
 * never matches the word "bay", and a short all-capital form ("AS") matches
 * only as written, so it never matches "As".
 */
export class Lexicon {
  private readonly byFirst = new Map<string, Compiled[]>();
  private readonly forms = new Map<string, LexiconEntry>();
  /** The first word of every name as written, for the one match a word that starts no name by its case can begin (see {@link find}). */
  private readonly firstsAsWritten = new Set<string>();

  constructor(entries: readonly LexiconEntry[] = []) {
    this.add(entries);
  }

  /** Adds entries (a spelling already known keeps its first entry); a large list can be added in parts between other work. */
  add(entries: readonly LexiconEntry[]): void {
    const touched = new Set<Compiled[]>();
    for (const entry of entries) {
      const folded = foldName(entry.form);
      if (this.forms.has(folded)) continue;
      const compiled = compile(entry, folded);
      if (!compiled) continue;
      this.forms.set(folded, entry);
      this.firstsAsWritten.add(compiled.first);
      let list = this.byFirst.get(compiled.words[0]!);
      if (!list) this.byFirst.set(compiled.words[0]!, (list = []));
      list.push(compiled);
      touched.add(list);
    }
    // Longest first, so a match is the longest known name at its token; stable, so equal lengths keep their order.
    for (const list of touched) if (list.length > 1) list.sort((a, b) => b.words.length - a.words.length);
  }

  /** The entry for a surface form, whatever its case. */
  lookup(surface: string): LexiconEntry | undefined {
    return this.forms.get(foldName(surface));
  }

  /** Every entry, in the order given (first form of each spelling wins). */
  entries(): LexiconEntry[] {
    return [...this.forms.values()];
  }

  /** The longest known name starting at each token of `text`. */
  find(text: string, tokens: readonly Token[] = nameTokens(text)): Mention[] {
    const found: Mention[] = [];
    for (let i = 0; i < tokens.length; i++) {
      // A match starts with a capital or a digit unless written exactly as listed: most words are lowercase and start none.
      const t = tokens[i]!;
      if (!t.cap && !this.firstsAsWritten.has(t.text) && !startsWithDigit(t.text)) continue;
      const candidates = this.byFirst.get(foldName(t.text));
      if (!candidates) continue;
      for (const c of candidates) {
        if (!this.matchesAt(text, tokens, i, c)) continue;
        const start = tokens[i]!.start;
        const end = tokens[i + c.words.length - 1]!.end;
        const surface = text.slice(start, end);
        if (surface !== c.core && (c.exactCase || !/^[\p{Lu}\p{N}]/u.test(surface))) continue;
        found.push({ start, end, type: c.entry.type, surface, key: c.entry.key, source: c.entry.source });
        break;
      }
    }
    return found;
  }

  private matchesAt(text: string, tokens: readonly Token[], i: number, c: Compiled): boolean {
    if (i + c.words.length > tokens.length) return false;
    for (let j = 1; j < c.words.length; j++) {
      const prev = tokens[i + j - 1]!;
      const tok = tokens[i + j]!;
      if (prev.closes || foldName(tok.text) !== c.words[j]) return false;
      if (gapOf(text.slice(prev.end, tok.start)) !== c.gaps[j - 1]) return false;
    }
    return true;
  }
}
