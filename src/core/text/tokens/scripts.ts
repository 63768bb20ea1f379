/**
 * The one script check of the tokenizers: which letters belong to scripts
 * written without spaces between words (Han, Kana, Thai, Lao, Khmer,
 * Myanmar). Words of these scripts cannot be found by a letter pattern:
 * search and word counts cut them with Intl.Segmenter, the diff takes each
 * letter as a word.
 */

/** One letter of a script written without spaces (by Script_Extensions, so shared marks such as 々 count too). */
export const SPACELESS_LETTER = /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Thai}\p{scx=Lao}\p{scx=Khmer}\p{scx=Myanmar}]/u;

/** Whether any part of `text` is written in a script without spaces. */
export function hasSpacelessScript(text: string): boolean {
  return SPACELESS_LETTER.test(text);
}
