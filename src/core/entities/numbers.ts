/**
 * Numbers as entities: amounts with currencies and scales ("410 million
 * euros", "Rp1,2 triliun", "410 millions d'euros", "1,5 Milliarden Euro",
 * "3亿美元"), percentages, counts, years and dates. Each gets a key built from
 * its value, so "1,200" in English, "1.200" in Indonesian, "1 200" in French,
 * "1'200" in Swiss German and "１２００" in fullwidth digits are the same
 * number, as are "410 million euros" and "410 juta euro". Chinese and
 * Japanese numerals ("三十五", "一千二百") are read too.
 */
import type { Mention } from './types.js';
import { primaryLanguage } from '../text/language-tag.js';

/** What kind of figure a number is; only numbers of one kind and unit can be "changed" into each other. */
export type NumberKind = 'amount' | 'percent' | 'count' | 'year' | 'date' | 'time' | 'code' | 'score';

const COMMA_DECIMAL = new Set(['id', 'ms', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'tr', 'ru', 'pl', 'sv', 'da', 'no', 'nb', 'fi', 'cs', 'ro', 'hu', 'vi', 'el', 'uk']);

/**
 * Reads a written number with the conventions of `lang`: a separator used
 * twice, or before the last separator, groups thousands; a lone separator
 * followed by exactly three digits groups thousands only if it is the
 * language's grouping mark ("1,200" in English, "1.200" in Indonesian).
 */
export function parseLocaleNumber(written: string, lang: string): number | null {
  // Spaces, no-break spaces and apostrophes only ever group thousands.
  written = written.replace(THIN_GROUPING, '');
  if (!/^\d[\d.,]*$/.test(written) || /[.,]$/.test(written)) return null;
  const seps = written.replace(/\d/g, '');
  let grouping: string;
  if (seps === '') return Number(written);
  if (new Set(seps).size === 2) grouping = seps[0]!;
  else if (seps.length > 1) grouping = seps[0]!;
  else {
    const localeGrouping = COMMA_DECIMAL.has(primaryLanguage(lang)) ? '.' : ',';
    grouping = /[.,]\d{3}$/.test(written) && seps === localeGrouping ? seps : seps === '.' ? ',' : '.';
  }
  const normalized = written.split(grouping).join('').replace(',', '.');
  const n = Number(normalized);
  return Number.isFinite(n) ? n : null;
}

/** Thousands separators that are never decimal marks: space, no-break space, narrow no-break space, apostrophes. */
const THIN_GROUPING = /[ \u00A0\u202F'’]/g;

const SCALES: Record<string, number> = {
  thousand: 1e3,
  ribu: 1e3,
  million: 1e6,
  mn: 1e6,
  juta: 1e6,
  billion: 1e9,
  bn: 1e9,
  miliar: 1e9,
  milyar: 1e9,
  trillion: 1e12,
  triliun: 1e12,
  millions: 1e6,
  milliard: 1e9,
  milliards: 1e9,
  Million: 1e6,
  Millionen: 1e6,
  Mio: 1e6,
  'Mio.': 1e6,
  Milliarde: 1e9,
  Milliarden: 1e9,
  Mrd: 1e9,
  'Mrd.': 1e9,
  千: 1e3,
  万: 1e4,
  萬: 1e4,
  亿: 1e8,
  億: 1e8,
};

const CURRENCIES: Record<string, string> = {
  US$: 'USD',
  $: 'USD',
  USD: 'USD',
  dollar: 'USD',
  dollars: 'USD',
  dolar: 'USD',
  'US dollars': 'USD',
  'dolar AS': 'USD',
  '€': 'EUR',
  EUR: 'EUR',
  euro: 'EUR',
  euros: 'EUR',
  Euro: 'EUR',
  "d'euros": 'EUR',
  'd’euros': 'EUR',
  'de dollars': 'USD',
  Dollar: 'USD',
  美元: 'USD',
  欧元: 'EUR',
  元: 'CNY',
  人民币: 'CNY',
  日元: 'JPY',
  円: 'JPY',
  'pour cent': '%',
  Prozent: '%',
  '％': '%',
  '£': 'GBP',
  GBP: 'GBP',
  livres: 'GBP',
  'de livres': 'GBP',
  'livres sterling': 'GBP',
  'de livres sterling': 'GBP',
  Pfund: 'GBP',
  英镑: 'GBP',
  pound: 'GBP',
  pounds: 'GBP',
  '¥': 'JPY',
  yen: 'JPY',
  yuan: 'CNY',
  renminbi: 'CNY',
  RMB: 'CNY',
  CNY: 'CNY',
  '₩': 'KRW',
  won: 'KRW',
  Rp: 'IDR',
  'Rp.': 'IDR',
  IDR: 'IDR',
  rupiah: 'IDR',
  '%': '%',
  percent: '%',
  'per cent': '%',
  persen: '%',
};

const MONTHS: Record<string, number> = {};
[
  ['january', 'januari', 'jan'],
  ['february', 'februari', 'pebruari', 'feb', 'peb'],
  ['march', 'maret', 'mar'],
  ['april', 'apr'],
  ['may', 'mei'],
  ['june', 'juni', 'jun'],
  ['july', 'juli', 'jul'],
  ['august', 'agustus', 'aug', 'agu'],
  ['september', 'sep', 'sept'],
  ['october', 'oktober', 'oct', 'okt'],
  ['november', 'nopember', 'nov', 'nop'],
  ['december', 'desember', 'dec', 'des'],
].forEach((names, i) => names.forEach((n) => (MONTHS[n] = i + 1)));
/** French months, written in lowercase; then the German ones the lists above lack. */
const LOWERCASE_MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
LOWERCASE_MONTHS.forEach((n, i) => (MONTHS[n] = i + 1));
Object.assign(MONTHS, { januar: 1, februar: 2, märz: 3, mai: 5, oktober: 10, dezember: 12 });
/** Month names that may stand alone as a date: full names that are not also ordinary words ("may"). */
const STANDALONE_MONTHS = new Set(Object.keys(MONTHS).filter((m) => (m.length > 4 || /^ju[nl][eiy]$/.test(m)) && m !== 'march'));

/** Words before a month name that make a short or ambiguous one ("May", "mars", "Mei") a month: "in May", "mid-March", "début mai", "im März", "pada Mei". */
const MONTH_CONTEXT =
  /(?:^|[^\p{L}])(?:in|since|until|till|by|last|next|this|early|late|mid|from|through|during|en|début|fin|depuis|mi|im|seit|bis|Anfang|Ende|Mitte|pada|sejak|hingga|sampai|bulan|awal|akhir|pertengahan|mulai|selama)[\s-]$/u;

/** True for a month name in English or Indonesian, full or abbreviated ("Nov", "Januari"). */
export function isMonthName(word: string): boolean {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')] !== undefined;
}

/**
 * Small counts as words, 2 to 10 and 12, in English, Indonesian, French and
 * German ("one", "un", "ein" are also articles), each read in its own
 * language only (all four when the language is not one of them): English
 * news abbreviates September "Sept", which is French for seven.
 */
const COUNT_WORDS_BY_LANG: Record<string, Record<string, string>> = {
  en: { hundreds: 'hundreds', thousands: 'thousands', dozen: '12', twelve: '12' },
  id: { ratusan: 'hundreds', 'beberapa ratus': 'hundreds', ribuan: 'thousands' },
  fr: { douze: '12' },
  de: { zwölf: '12' },
};
(
  [
    ['en', ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']],
    ['id', ['dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh']],
    ['fr', ['deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix']],
    ['de', ['zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn']],
  ] as const
).forEach(([lang, words]) => words.forEach((w, i) => (COUNT_WORDS_BY_LANG[lang]![w] = String(i + 2))));

/**
 * Days of the week, Monday first: news dates events by the day ("on
 * Saturday", "samedi", "am Samstag", "hari Sabtu"), and a translation may
 * write the date instead ("le 29 septembre"), so a weekday is a date, keyed
 * `#date|w6|`. Indonesian "Minggu" is also "week" and is left out.
 */
const WEEKDAYS = [
  ['monday', 'lundi', 'montag', 'senin'],
  ['tuesday', 'mardi', 'dienstag', 'selasa'],
  ['wednesday', 'mercredi', 'mittwoch', 'rabu'],
  ['thursday', 'jeudi', 'donnerstag', 'kamis'],
  ['friday', 'vendredi', 'freitag', 'jumat'],
  ['saturday', 'samedi', 'samstag', 'sonnabend', 'sabtu'],
  ['sunday', 'dimanche', 'sonntag'],
];
const WEEKDAY_KEY = '#date|w';
const WORD_KEYS: Record<string, string> = {};
for (const words of Object.values(COUNT_WORDS_BY_LANG)) for (const [w, n] of Object.entries(words)) WORD_KEYS[w] = numberKey('count', n);
WEEKDAYS.forEach((names, i) => names.forEach((w) => (WORD_KEYS[w] = numberKey('date', `w${i + 1}`))));
/** Chinese weekdays: 星期六, 周六, 礼拜天; not 每周一次 ("once a week"). */
const CJK_WEEKDAY = /(?:星期|周|礼拜)([一二三四五六日天])(?!次)/gu;

/**
 * True when a number is written in words ("six", "May", "samedi", "周六"),
 * as opposed to figures ("6", "5月", "五月"): a translation may write it in
 * words of its own, as a figure, or leave it out.
 */
export function writtenInWords(m: Pick<Mention, 'surface' | 'key'>): boolean {
  return m.key.startsWith(WEEKDAY_KEY) || !/[\p{N}〇零一二两三四五六七八九十百千万亿]/u.test(m.surface);
}

const CUR = String.raw`US\$|[$€£¥₩]|Rp\.?|USD|EUR|GBP|IDR|RMB|CNY`;
// Thousands grouped by a mark: "1,200", "1.200", "1 200", "1 200" (no-break spaces), "1'200".
const NUM = String.raw`\d{1,3}(?:[.,\u00A0\u202F'’]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?`;
// A plain space groups thousands only where the language writes it so (French, German, Russian...).
const NUM_SPACED = String.raw`\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?:[.,]\d+)?|${NUM}`;
const SCALE = Object.keys(SCALES)
  .map((s) => s.replace('.', '\\.'))
  .sort((a, b) => b.length - a.length)
  .join('|');
const UNIT = String.raw`US dollars|dolar AS|dollars?|dolar|euros?|Euro|d['’]euros|de dollars|Dollar|pounds?|de livres sterling|de livres|livres sterling|livres|Pfund|yen|yuan|renminbi|won|rupiah`;
const CJK_UNIT = String.raw`美元|欧元|英镑|人民币|日元|元|円`;
const SPACE_GROUPING = new Set(['fr', 'de', 'ru', 'pl', 'sv', 'nb', 'no', 'da', 'fi', 'cs', 'sk', 'uk', 'hu', 'et', 'lv', 'lt', 'bg', 'pt', 'es', 'it', 'nl', 'ro']);
const MONTH = [...Object.keys(MONTHS).map((m) => m[0]!.toUpperCase() + m.slice(1)), ...LOWERCASE_MONTHS].sort((a, b) => b.length - a.length).join('|');
// Word edges, except that Chinese and Japanese characters sit right against numbers ("在2019年").
const B = String.raw`(?<![\p{N}\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}])`;
const E = String.raw`(?![\p{N}\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}])`;

/**
 * A date: "4 October 1918", "30th September", "4. Oktober", "1er octobre",
 * "Oct. 4th, 2018", a month alone (without the period that ends its
 * sentence); not "im Juli 2,7 Prozent" (a month, then a figure).
 */
const DATE = new RegExp(`${B}(?:(\\d{1,2})(?:\\.|er|re|st|nd|rd|th)?\\s(${MONTH})(?:\\s(\\d{4}))?|(${MONTH})(?:\\.?\\s(\\d{1,2})(?:st|nd|rd|th)?${E}(?![.,]\\d))?(?:\\.?,?\\s(\\d{4}))?)${E}`, 'gu');
// "89th", French "55e", "12ème", "1er", "43è", German "55. Minute" (a figure and a period before a word).
const ORDINAL = new RegExp(`${B}(\\d{1,3})(?:(?:st|nd|rd|th|e|è|ème|eme|er|re)${E}|\\.(?=\\s\\p{L}))`, 'gu');
/**
 * A time of day, each language's way: "4:40", "4.40 am", "3 p.m.", French
 * "19 h 00", "15 h", "04h20", "7 heures du soir" (not "48 heures", a
 * duration), German "7 Uhr", "13.00 Uhr", "7 Uhr abends" (not "4 am
 * Sonntag"), Chinese "5点", "13点10分", "晚上7点", Indonesian "pukul 5 pagi",
 * "pukul 19.00", "jam 7 malam". Keyed on the 24-hour clock, so "7 p.m.",
 * "19 h", "晚上7点" and "pukul 7 malam" are one.
 */
const TIME = new RegExp(
  `${B}(?:(\\d{1,2})(?::|\\.(?=\\d{2}\\s?(?:[ap]\\.?m|Uhr)))(\\d{2})(?:\\s?([ap])\\.?m\\.?)?|(\\d{1,2})\\s?([ap])\\.?m\\.?|(\\d{1,2})\\s?(?:h\\s?(\\d{2})?|Uhr|heures?(?=\\s(?:du matin|du soir|de l['’]après-midi)))(?:\\s(du matin|du soir|de l['’]après-midi|morgens|früh|nachmittags|abends))?|(上午|早上|早晨|凌晨|下午|晚上|傍晚|今晚)?\\s?(\\d{1,2})\\s?点(?:\\s?(\\d{1,2})\\s?分)?|(?:pukul|jam)\\s(\\d{1,2})(?:[.:](\\d{2}))?(?:\\s(pagi|siang|sore|malam))?)${E}`,
  'gu',
);

/** A decade ("1980s", German "1980er"), keyed as its first year, which French ("les années 1980") and Chinese ("1980年代") write. */
const DECADE = new RegExp(`${B}((?:1[89]|20)\\d0)(?:s|['’]s|er)${E}`, 'gu');

/**
 * A code of capitals and digits ("HER2", "F125", "SS19", "COVID-19", "MH17"):
 * its digits are no quantity, but a translation keeps the code as written,
 * so it is compared whole. Chinese and Japanese text writes it against its
 * characters ("HER2能够").
 */
const CODE = new RegExp(`${B}\\p{Lu}{1,5}-?\\d{1,5}${E}`, 'gu');

/**
 * A telephone number: a trunk prefix 0 or a country code, then groups of
 * figures ("0800 555 111", "+44 20 7946 0958"); read whole as a code, not
 * as several counts or one amount grouped by spaces ("555 111" in French).
 */
const PHONE = new RegExp(`${B}(?:\\+\\d{1,3}|0\\d{1,4})(?:[ \u00A0]\\d{2,4}){1,4}${E}`, 'gu');

/**
 * A score or result: "2-2", "10–6", "19:6" (not a time: {@link TIME} reads
 * "10:30" first), "14½-13½", match play's "2&1"; never part of a longer run
 * such as a date ("1996-12-06") or bowling figures ("10-0-41-2"). Keyed
 * higher figure first, as translations tell a result from either side
 * ("trailing 1-0", "bei 0:1-Rückstand").
 */
const SCORE = /(?<![\p{N}\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}.,:&–-])(\d{1,3}½?)\s?[-–:&]\s?(\d{1,3}½?)(?![\p{N}\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}½]|[.,:&–-]\d)/gu;
const scoreValue = (a: string, b: string) =>
  [a, b]
    .map((n) => Number(n.replace('½', '.5')))
    .sort((x, y) => y - x)
    .join('-');

/** A month (and day) in Chinese or Japanese numerals: "五月" (May, as "5月"), "十二月二十日"; not inside a longer numeral. */
const CJK_NUMERAL_DATE = /(?<![〇零一二两三四五六七八九十百千万亿\d])(十[一二]?|[一二三四五六七八九])月(?:([一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[日号])?/gu;
/** A Chinese or Japanese date: "2018年9月29日", "10月1日", "2017年9月". */
const CJK_DATE = /(?<!\d)(?:(\d{4})\s?年\s?)?(\d{1,2})\s?月(?:\s?(\d{1,2})\s?日)?/gu;

/** The key of a {@link TIME} match on the 24-hour clock ("19:00"), or null when it is no time of day ("25:10" is a score). */
function clockKey(m: RegExpMatchArray): string | null {
  let hour = Number(m[1] ?? m[4] ?? m[6] ?? m[10] ?? m[12]);
  const half = m[3] ?? m[5];
  // Indonesian: "siang" (midday) from 1 on, "sore" (afternoon) and "malam" (evening) are after noon; "12 malam" is midnight.
  const period = m[14];
  const afternoon = (period === 'siang' && hour < 11) || period === 'sore' || (period === 'malam' && hour >= 6 && hour < 12) || /soir|après-midi|nachmittags|abends/.test(m[8] ?? '');
  if (half === 'p' || afternoon || /下午|晚上|傍晚|今晚/.test(m[9] ?? '')) hour = hour < 12 ? hour + 12 : hour;
  else if ((half === 'a' || period === 'malam') && hour === 12) hour = 0;
  const minutes = Number(m[2] ?? m[7] ?? m[11] ?? m[13] ?? 0);
  return hour <= 24 && minutes < 60 ? `${hour}:${String(minutes).padStart(2, '0')}` : null;
}

const amount = (num: string) =>
  new RegExp(`${B}(?:(${CUR})\\s?)?(${num})(?:\\s?([%％])|\\s(percent|per cent|persen|pour cent|Prozent))?(?:\\s?(${SCALE}))?(?:\\s(${UNIT})|(${CJK_UNIT}))?${E}(?![.,]\\d)`, 'gu');
const AMOUNT = amount(NUM);
const AMOUNT_SPACED = amount(NUM_SPACED);
/** Chinese and Japanese numerals: "三十五", "一千二百", "两万"; a lone character ("一", "十") is a word, not a figure. */
const CJK_NUMERAL = /[〇零一二两三四五六七八九][〇零一二两三四五六七八九十百千]+(?:[万萬亿億][〇零一二两三四五六七八九十百千]*)*|十[一二三四五六七八九]/gu;
/** Two numeral characters alone are a range ("三四个", three or four) or a word ("一一", one by one), never a number: 34 is "三十四". */
const CJK_TWO_DIGITS = /^[〇零一二两三四五六七八九]{2}$/u;
const CJK_DIGIT: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CJK_UNIT_VALUE: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const CJK_BIG: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

/** The value of a Chinese or Japanese numeral: digits times 十/百/千, sections times 万/亿. */
export function parseCjkNumeral(written: string): number {
  let total = 0;
  let section = 0;
  let digit = 0;
  let digitsOnly = '';
  for (const ch of written) {
    if (ch in CJK_DIGIT) {
      digit = CJK_DIGIT[ch]!;
      digitsOnly += String(digit);
    } else if (ch in CJK_UNIT_VALUE) {
      section += (digit || 1) * CJK_UNIT_VALUE[ch]!;
      digit = 0;
      digitsOnly = '';
    } else if (ch in CJK_BIG) {
      total = (total + section + digit) * CJK_BIG[ch]!;
      section = 0;
      digit = 0;
      digitsOnly = '';
    }
  }
  // "二〇一九" is written digit by digit.
  if (total === 0 && section === 0 && digitsOnly.length > 1) return Number(digitsOnly);
  return total + section + digit;
}

/** The text with fullwidth digits and marks ("２０１９", "１，２００", "５０％") as ASCII; one code unit each, so offsets hold. */
function asciiDigits(text: string): string {
  return text.replace(/[０-９，．％]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}
/** The pattern of the numbers in words a text in `lang` is read for: its own count words (every language's when it has none listed) and every weekday. */
const wordsPattern = (counts: readonly string[]) => new RegExp(`${B}(${[...counts, ...WEEKDAYS.flat()].join('|')})${E}`, 'giu');
const WORDS_BY_LANG = new Map(Object.entries(COUNT_WORDS_BY_LANG).map(([lang, words]) => [lang, wordsPattern(Object.keys(words))]));
const WORDS_ANY = wordsPattern(Object.values(COUNT_WORDS_BY_LANG).flatMap((words) => Object.keys(words)));

/** The key of a number: `#kind|value|unit`. */
function numberKey(kind: NumberKind, value: string, unit = ''): string {
  return `#${kind}|${value}|${unit}`;
}

/** The kind and unit part of a number key: numbers that differ only in value share it. */
export function numberFamily(key: string): string {
  const [kind, , unit] = key.split('|');
  return `${kind}|${unit ?? ''}`;
}

/** True when an entity key is a number's. */
export function isNumberKey(key: string): boolean {
  return key.startsWith('#');
}

/** A figure as number keys write it: rounded to 12 significant digits, no trailing zeros ("7.5", "2800000000"). */
export function keyValue(n: number): string {
  return String(Number(n.toPrecision(12)));
}

/** Finds the numbers of a text (see the module comment); `lang` decides what "1.200" means. */
export function findNumbers(original: string, lang: string): Mention[] {
  const text = asciiDigits(original);
  const out: Mention[] = [];
  const taken: boolean[] = [];
  const add = (start: number, end: number, key: string) => {
    for (let i = start; i < end; i++) if (taken[i]) return;
    for (let i = start; i < end; i++) taken[i] = true;
    out.push({ start, end, type: 'NUMBER', surface: original.slice(start, end), key, source: 'number' });
  };
  for (const m of text.matchAll(DATE)) {
    const monthName = (m[2] ?? m[4])!;
    const day = m[1] ?? m[5];
    const year = m[3] ?? m[6];
    if (!day && !year && !STANDALONE_MONTHS.has(monthName.toLowerCase()) && !MONTH_CONTEXT.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    add(m.index, m.index + m[0].length, numberKey('date', `${year ?? ''}-${MONTHS[monthName.toLowerCase()]}-${day ? Number(day) : ''}`));
  }
  if (!/\d/.test(text)) return finishWords(text, lang, out, add);
  for (const m of text.matchAll(DECADE)) add(m.index, m.index + m[0].length, numberKey('year', m[1]!));
  for (const m of text.matchAll(PHONE)) add(m.index, m.index + m[0].length, numberKey('code', m[0].replace(/[^\d+]/g, '')));
  for (const m of text.matchAll(CODE)) add(m.index, m.index + m[0].length, numberKey('code', m[0].replace('-', '')));
  for (const m of text.matchAll(CJK_DATE)) add(m.index, m.index + m[0].length, numberKey('date', `${m[1] ?? ''}-${Number(m[2])}-${m[3] ? Number(m[3]) : ''}`));
  // German "am" after a figure is the preposition ("Radio 4 am Sonntag"), not a.m.
  const german = primaryLanguage(lang) === 'de';
  for (const m of text.matchAll(TIME)) {
    const clock = clockKey(m);
    if (clock !== null && !(german && /\dam$/.test(m[0].replace(' ', '')))) add(m.index, m.index + m[0].length, numberKey('time', clock));
  }
  for (const m of text.matchAll(SCORE)) add(m.index, m.index + m[0].length, numberKey('score', scoreValue(m[1]!, m[2]!)));
  for (const m of text.matchAll(ORDINAL)) add(m.index, m.index + m[0].length, numberKey('date', `--${Number(m[1])}`));
  for (const m of text.matchAll(SPACE_GROUPING.has(primaryLanguage(lang)) ? AMOUNT_SPACED : AMOUNT)) {
    const value = parseLocaleNumber(m[2]!, lang);
    if (value === null) continue;
    const scaled = value * (m[5] ? SCALES[m[5]]! : 1);
    const unit = CURRENCIES[m[1] ?? m[3] ?? m[4] ?? m[6] ?? m[7] ?? ''] ?? '';
    const plainYear = unit === '' && !m[5] && /^(?:1[89]|20)\d\d$/.test(m[2]!);
    const kind: NumberKind = plainYear ? 'year' : unit === '%' ? 'percent' : unit ? 'amount' : 'count';
    add(m.index, m.index + m[0].length, numberKey(kind, keyValue(scaled), unit === '%' ? '' : unit));
  }
  return finishWords(text, lang, out, add);
}

/** Adds the numbers written as words ("three", "tiga", "三十五") and weekdays, and sorts the result. */
function finishWords(text: string, lang: string, out: Mention[], add: (start: number, end: number, key: string) => void): Mention[] {
  for (const m of text.matchAll(CJK_WEEKDAY)) add(m.index, m.index + m[0].length, numberKey('date', `w${'一二三四五六'.indexOf(m[1]!) + 1 || 7}`));
  if (/[一二三四五六七八九两〇零十]/u.test(text)) {
    for (const m of text.matchAll(CJK_NUMERAL_DATE)) add(m.index, m.index + m[0].length, numberKey('date', `-${parseCjkNumeral(m[1]!)}-${m[2] ? parseCjkNumeral(m[2]) : ''}`));
    for (const m of text.matchAll(CJK_NUMERAL)) if (!CJK_TWO_DIGITS.test(m[0])) add(m.index, m.index + m[0].length, numberKey('count', keyValue(parseCjkNumeral(m[0]))));
  }
  for (const m of text.matchAll(WORDS_BY_LANG.get(primaryLanguage(lang)) ?? WORDS_ANY)) if (m[1] !== 'Lima') add(m.index, m.index + m[0].length, WORD_KEYS[m[1]!.toLowerCase()]!);
  return out.sort((a, b) => a.start - b.start);
}
