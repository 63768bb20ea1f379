/**
 * Language detection for documents that no manifest or file describes.
 *
 * 1. Only prose counts: code blocks are left out by the format readers, and
 *    here inline code, URLs, link targets, HTML tags and e-mail addresses go
 *    too, so a Chinese README full of English commands is read as Chinese.
 * 2. Scripts are weighed before any trigram: a text whose letters are mostly
 *    Han, Kana or Hangul (a CJK character weighs as much as a Latin word of
 *    four letters) is Japanese when it has Kana, Korean when Hangul leads,
 *    else Chinese, marked zh-Hant or zh-Hans where characters found in only
 *    one of the two writings say which.
 * 3. Latin-script prose whose function words clearly show one language
 *    (function-words.ts) is that language: a map look-up per word, some 50
 *    times cheaper than trigrams.
 * 4. Anything else goes to franc-min on a bounded sample from the middle of
 *    the prose (openings are titles, badges and tables of contents). franc is
 *    loaded only when a document needs it, so runs on a corpus with a
 *    manifest never pay for its trigram tables.
 */

import { functionWordLanguage } from './function-words.js';

const ISO639_3_TO_BCP47: Record<string, string> = {
  eng: 'en', ind: 'id', zlm: 'ms', cmn: 'zh', jpn: 'ja', kor: 'ko', spa: 'es', fra: 'fr', deu: 'de',
  por: 'pt', ita: 'it', nld: 'nl', rus: 'ru', ukr: 'uk', pol: 'pl', tur: 'tr', arb: 'ar', pes: 'fa',
  hin: 'hi', ben: 'bn', urd: 'ur', vie: 'vi', tha: 'th', swe: 'sv', ces: 'cs', ron: 'ro', hun: 'hu',
  ell: 'el', heb: 'he', tgl: 'tl', swh: 'sw', tam: 'ta', tel: 'te', mar: 'mr', jav: 'jv', sun: 'su',
  slk: 'sk', slv: 'sl', hrv: 'hr', srp: 'sr', bos: 'bs', bul: 'bg', dan: 'da', nob: 'nb', fin: 'fi',
};

/** Characters of franc's sample: past about 600, time grows and answers do not get better on prose. */
export const SAMPLE_CHARS = 600;
/** Characters looked up word by word for function words (see function-words.ts). */
const WORD_SAMPLE_CHARS = 2000;
/** Prose looked at for scripts (a cheap scan). */
const SCRIPT_SCAN_CHARS = 20_000;
/** A CJK character carries about as much as a Latin word: weighed as this many letters. */
const CJK_WEIGHT = 4;

/** What is not prose, each with a substring every match of it holds, so text without that substring is not scanned for it. */
const NOT_PROSE: [string, string][] = [
  ['`', '`[^`\\n]*`'],
  ['](', '\\]\\([^)\\s]*\\)'],
  [']:', '\\[[^\\]\\n]*\\]:\\s*\\S+'],
  ['<', '<\\/?[A-Za-z][^>\\n]*>'],
  ['://', '\\b[a-z][\\w+.-]*:\\/\\/\\S+'],
  ['www.', '\\bwww\\.\\S+'],
  ['@', '\\b[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+'],
  ['&', '&[#\\w]+;'],
];
const notProseCache = new Map<number, RegExp>();

/** Pairs of characters written one way in Simplified and another in Traditional Chinese (common words only). */
const SIMPLIFIED = '这们个时来为说会对过还发后么里问开关见进动实现经间长点样机当学体从东头车门电话书认让给将无应气业网语写读图数码设统务请条单线录择项类变选级页显许简';
const TRADITIONAL = '這們個時來為說會對過還發後麼裡問開關見進動實現經間長點樣機當學體從東頭車門電話書認讓給將無應氣業網語寫讀圖數碼設統務請條單線錄擇項類變選級頁顯許簡';

/** Prose without inline code, URLs, link targets, tags and addresses. */
export function proseOnly(text: string): string {
  let mask = 0;
  NOT_PROSE.forEach(([needle], bit) => {
    if (text.includes(needle)) mask |= 1 << bit;
  });
  if (mask === 0) return text;
  let re = notProseCache.get(mask);
  if (!re) notProseCache.set(mask, (re = new RegExp(NOT_PROSE.filter((_, bit) => mask & (1 << bit)).map(([, source]) => source).join('|'), 'giu')));
  return text.replace(re, ' ');
}

function count(text: string, re: RegExp): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

const ANY_CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const HAN = /\p{Script=Han}/gu;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const HANGUL = /\p{Script=Hangul}/gu;
const LETTER = /\p{L}/gu;

/** The CJK language the scripts of `text` show, or null when most of its letters are of other scripts. */
export function cjkLanguage(text: string): string | null {
  if (!ANY_CJK.test(text)) return null;
  const han = count(text, HAN);
  const kana = count(text, KANA);
  const hangul = count(text, HANGUL);
  const cjk = han + kana + hangul;
  if (cjk === 0) return null;
  const other = count(text, LETTER) - cjk;
  if (cjk * CJK_WEIGHT <= other) return null;
  if (kana > 0 && kana * 20 >= cjk) return 'ja';
  if (hangul >= han) return 'ko';
  let simplified = 0;
  let traditional = 0;
  for (const ch of text) {
    if (SIMPLIFIED.includes(ch)) simplified++;
    else if (TRADITIONAL.includes(ch)) traditional++;
  }
  if (traditional > 2 * simplified + 2) return 'zh-Hant';
  if (simplified > 2 * traditional + 2) return 'zh-Hans';
  return 'zh';
}

/** `size` characters of prose from the middle, starting at a space. */
function middleSample(prose: string, size: number): string {
  if (prose.length <= size) return prose;
  let start = Math.floor((prose.length - size) / 2);
  const space = prose.indexOf(' ', start);
  if (space !== -1 && space - start < 40) start = space + 1;
  return prose.slice(start, start + size);
}

/** Detects the BCP 47 language of a document's prose ("en", "id", "zh-Hant"...); "und" when unsure. */
export async function detectLanguage(text: string): Promise<string> {
  const prose = proseOnly(text.length > SCRIPT_SCAN_CHARS ? text.slice(Math.max(0, (text.length - SCRIPT_SCAN_CHARS) >> 1), ((text.length + SCRIPT_SCAN_CHARS) >> 1)) : text);
  const cjk = cjkLanguage(prose);
  if (cjk) return cjk;
  const sample = middleSample(prose, WORD_SAMPLE_CHARS);
  const byWords = functionWordLanguage(sample);
  if (byWords) return byWords;
  const { franc } = await import('franc-min');
  const code = franc(middleSample(sample, SAMPLE_CHARS), { minLength: 3 });
  return ISO639_3_TO_BCP47[code] ?? 'und';
}
