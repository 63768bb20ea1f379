/**
 * Name mode of the tokenizer: word tokens for entity detection, letters, marks and digits joined by inner
 * apostrophes, periods or ampersands ("O'Brien", "U.S", "AT&T"). A hyphen
 * joins capitalized parts of one name ("Jean-Michel", "Itar-Tass", "Bre-X",
 * "Chester-le-Street") but separates acronyms, so "US-China" is two names. A dotted abbreviation keeps
 * its last period ("U.S.", "D.C."), as it is part of the name. An elided
 * article or preposition before a capital is left out ("d'Allemagne" is
 * "Allemagne", "l'Europe" is "Europe"). A possessive `'s` or an
 * Indonesian clitic `-nya` is left out of the token and flagged instead.
 */

/** A word of the text with its offsets and the facts the rules ask about. */
export interface Token {
  start: number;
  end: number;
  text: string;
  /** Starts with an uppercase letter (or is an acronym such as "GN06"). */
  cap: boolean;
  /** All letters uppercase, at least two of them: "AI", "TSMC", "NVIDIA". */
  acronym: boolean;
  /** A possessive or clitic follows and ends any name here: "Alibaba’s", "LinkedIn-nya". */
  closes: boolean;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’.&][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;
const CLITIC = /^-nya(?![\p{L}\p{N}])/u;
const TWO_LETTERS = /\p{L}.*\p{L}/u;
const DOTTED = /^(?:\p{L}\.)+\p{L}$/u;
const HYPHENATED = /^-(?:\p{Ll}{1,3}-)?\p{Lu}[\p{L}\p{M}\p{N}]*/u;
const ACRONYM = /^\p{Lu}{2,}$/u;
const ELISION = /^(?:[dlDL]|[Qq]u|[Jj]usqu|[Ll]orsqu|dell|all|nell|sull)['’](?=\p{Lu})/u;

const isApostrophe = (ch: string | undefined) => ch === "'" || ch === '’';

/** Cuts text into word tokens (see the module comment). */
export function nameTokens(text: string): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    let word = m[0];
    let start = m.index;
    let closes = false;
    const apostrophe = word.indexOf("'") > 0 ? word.indexOf("'") : word.indexOf('’');
    const elided = apostrophe > 0 && apostrophe <= 6 ? ELISION.exec(word) : null;
    if (elided) {
      word = word.slice(elided[0].length);
      start += elided[0].length;
    }
    // "Jean-Michel", "Bre-X", "Ata-ur-Rehman": capitalized parts joined by hyphens are one name; "US-China" stays two.
    while (text.charCodeAt(start + word.length) === 45 && word[0] !== word[0]!.toLowerCase() && !ACRONYM.test(word)) {
      const part = HYPHENATED.exec(text.slice(start + word.length, start + word.length + 40));
      if (!part || ACRONYM.test(part[0].slice(1))) break;
      word += part[0];
      WORD.lastIndex = start + word.length;
    }
    if (text.charCodeAt(start + word.length) === 46 && word.length > 2 && word.charCodeAt(1) === 46 && DOTTED.test(word)) {
      word += '.';
      WORD.lastIndex++;
    }
    if (word.length > 2 && (word[word.length - 1] === 's' || word[word.length - 1] === 'S') && isApostrophe(word[word.length - 2])) {
      word = word.slice(0, -2);
      closes = true;
    } else if (text.charCodeAt(start + word.length) === 45 && CLITIC.test(text.slice(start + word.length, start + word.length + 5))) {
      closes = true;
    }
    const first = word[0]!;
    const cap = first !== first.toLowerCase();
    tokens.push({
      start,
      end: start + word.length,
      text: word,
      cap,
      acronym: cap && word === word.toUpperCase() && TWO_LETTERS.test(word),
      closes,
    });
  }
  return tokens;
}

/** The form under which surfaces are compared: lowercase, single spaces, NFC. */
export function foldName(surface: string): string {
  // Most surfaces are one ASCII word, for which lowercasing is all there is to do.
  if (ONE_ASCII_WORD.test(surface)) return surface.toLowerCase();
  return surface.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}
const ONE_ASCII_WORD = /^[\x21-\x7e]*$/;
