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
 * The names that begin with one word sequence, and the longer ones that
 * continue it, keyed by their next folded word: a trie over words, so a
 * text is matched in time proportional to the longest name at each token
 * however many names share a first word (the world's places hold hundreds
 * of `San …`, `Saint …` and `Port …`).
 */
interface Node {
  /** Names with exactly these words, in the order added (they differ by the gaps between words). */
  names: Compiled[];
  next: Map<string, Node> | null;
}

/**
 * Finds known names in text by whole tokens, in one pass over the text.
 * Case is ignored (`NVIDIA` finds `Nvidia`) except that a match must start
 * with a capital unless it is written exactly as listed, so the name `Bay`
 * never matches the word "bay", and a short all-capital form ("AS") matches
 * only as written, so it never matches "As".
 */
export class Lexicon {
  private readonly byFirst = new Map<string, Node>();
  private readonly forms = new Map<string, LexiconEntry>();
  /** The first word of every name as written, for the one match a word that starts no name by its case can begin (see {@link find}). */
  private readonly firstsAsWritten = new Set<string>();

  constructor(entries: readonly LexiconEntry[] = []) {
    this.add(entries);
  }

  /** Adds entries (a spelling already known keeps its first entry); a large list can be added in parts between other work. */
  add(entries: readonly LexiconEntry[]): void {
    for (const entry of entries) {
      const folded = foldName(entry.form);
      if (this.forms.has(folded)) continue;
      const compiled = compile(entry, folded);
      if (!compiled) continue;
      this.forms.set(folded, entry);
      this.firstsAsWritten.add(compiled.first);
      const [first, ...rest] = compiled.words;
      let node = this.byFirst.get(first!);
      if (!node) this.byFirst.set(first!, (node = { names: [], next: null }));
      for (const word of rest) {
        node.next ??= new Map();
        let child = node.next.get(word);
        if (!child) node.next.set(word, (child = { names: [], next: null }));
        node = child;
      }
      node.names.push(compiled);
    }
  }

  /** The entry for a surface form, whatever its case. */
  lookup(surface: string): LexiconEntry | undefined {
    return this.forms.get(foldName(surface));
  }

  /** Every entry, in the order given (first form of each spelling wins). */
  entries(): LexiconEntry[] {
    return [...this.forms.values()];
  }

  /**
   * The longest known name starting at each token of `text`: the trie is
   * walked along the tokens as far as their words go, then the names met are
   * tried longest first (gaps between words, then case) and the first that
   * fits is the match.
   */
  find(text: string, tokens: readonly Token[] = nameTokens(text)): Mention[] {
    const found: Mention[] = [];
    const folded: string[] = [];
    const fold = (k: number) => (folded[k] ??= foldName(tokens[k]!.text));
    const path: Node[] = [];
    for (let i = 0; i < tokens.length; i++) {
      // A match starts with a capital or a digit unless written exactly as listed: most words are lowercase and start none.
      const t = tokens[i]!;
      if (!t.cap && !this.firstsAsWritten.has(t.text) && !startsWithDigit(t.text)) continue;
      let node = this.byFirst.get(fold(i));
      path.length = 0;
      for (let k = i; node; k++) {
        path.push(node);
        if (tokens[k]!.closes || k + 1 >= tokens.length) break;
        node = node.next?.get(fold(k + 1));
      }
      const match = longestFitting(text, tokens, i, path);
      if (match) found.push(match);
    }
    return found;
  }
}

/** The first name on the walked path, longest first, whose gaps and case fit the text at token `i`. */
function longestFitting(text: string, tokens: readonly Token[], i: number, path: readonly Node[]): Mention | null {
  for (let depth = path.length - 1; depth >= 0; depth--) {
    for (const c of path[depth]!.names) {
      if (!gapsFit(text, tokens, i, c.gaps)) continue;
      const start = tokens[i]!.start;
      const end = tokens[i + depth]!.end;
      const surface = text.slice(start, end);
      if (surface !== c.core && (c.exactCase || !/^[\p{Lu}\p{N}]/u.test(surface))) continue;
      return { start, end, type: c.entry.type, surface, key: c.entry.key, source: c.entry.source };
    }
  }
  return null;
}

/** Whether the text between the tokens from `i` on is, whitespace folded, the name's gaps. */
function gapsFit(text: string, tokens: readonly Token[], i: number, gaps: readonly string[]): boolean {
  for (let j = 0; j < gaps.length; j++) if (gapOf(text.slice(tokens[i + j]!.end, tokens[i + j + 1]!.start)) !== gaps[j]) return false;
  return true;
}
