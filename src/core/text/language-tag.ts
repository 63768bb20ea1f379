/**
 * The primary subtag of a language tag, lowercase: "en" for "en-GB",
 * "zh" for "zh-Hant", "pt" for "pt_BR". Rules per language (abbreviations,
 * number conventions, nouns written with capitals) and every "same language?"
 * question are keyed on it.
 */
export function primaryLanguage(tag: string): string {
  return tag.split(/[-_]/)[0]!.toLowerCase();
}
