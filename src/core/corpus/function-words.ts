/**
 * A first, cheap guess at the language of Latin-script prose from its most
 * frequent function words (articles, pronouns, prepositions, conjunctions,
 * auxiliaries): a version's sample is looked up word by word in one map, in
 * about 0.03 ms, where franc-min's trigram distances to every Latin-script
 * language take 0.6–3 ms (bench/lang.ts), which decided the cold `--list`
 * of a 10,000-version folder. Only a clear winner is answered; anything
 * else (few hits, two close languages) goes on to franc-min. Lists name
 * words that are frequent in the language and rare in its neighbours, so
 * that close pairs (Indonesian and Malay, Czech and Slovak, Slovenian and
 * Croatian, Spanish and Portuguese) are told apart by what differs.
 */

const WORDS: Record<string, string> = {
  en: 'the and of to is that for with are this you it on be as by from or not have can which will your an was at but if when they their there more these',
  de: 'der die und das ist nicht ein eine mit den auf für sich dem des auch wenn oder wird sind zu im von bei kann werden noch nach über wie einen',
  fr: 'le la les et des est une du pour que dans qui pas sur sont au avec ce il vous plus peut aux cette ou mais être par se',
  es: 'el los las del que es por una con para se como más pero su al lo puede está sus este son también cuando muy hay esta y',
  pt: 'os das dos que uma com para não por mais como ao pode são seu sua você também ou muito isso está quando em é nos',
  it: 'il di che è per una con non della gli sono da si le del nel può anche come più questo alla dei essere ma o se',
  nl: 'de het een en van is dat niet op te zijn voor met die ook aan als er maar om kan wordt worden bij dan je deze',
  id: 'yang dan di untuk dengan tidak ini itu dari dalam pada akan juga atau adalah tersebut bahwa karena bisa yaitu setelah saat harus tapi perusahaan berkas apakah misalnya sebuah menurut pemerintah tim uang kantor agar namun ujar',
  ms: 'yang dan di untuk dengan tidak ini itu dari dalam pada akan juga atau adalah bahawa kerana boleh iaitu selepas semasa mesti tak syarikat fail adakah sahaja daripada ialah kerajaan pasukan wang pejabat supaya kereta',
  pl: 'i w nie się na że jest do z to jak ale co są po dla lub może przez od tak jeśli tylko czy być także',
  cs: 'a je se na že v to s pro jsou z do jako ale nebo který jak také by jeho při může když být jen',
  sk: 'a je sa na že v to s pre sú z do ako ale alebo ktorý aj by jeho pri môže keď byť len tak',
  sl: 'in je se na da v za so ki ali tudi kot lahko če pa iz po to ne bo še z ter',
  hr: 'i je se na da u za su koji ili kao može ako iz po to ne će što biti od sa',
  ro: 'și de la în a este care cu un o pe nu să din pentru mai sunt sau ca fi dar poate acest',
  tr: 've bir bu için de da ile olarak daha çok ne gibi olan ama veya kadar sonra en her ancak',
  sv: 'och att det som en är på för av med till den inte har om ett kan men eller från också',
  da: 'og at det som en er på for af med til den ikke har om et kan men eller fra også efter hvad bliver nu mig dig',
  nb: 'og at det som en er på for av med til den ikke har om et kan men eller fra også etter hva blir nå meg deg',
  fi: 'ja on ei se että joka kun tai mutta myös ovat voi sen oli hän kuin jos niin',
  hu: 'a az és hogy nem egy is van meg de ha csak már el mint vagy ez ki',
  vi: 'và của là có được trong cho không một những các người với này để đã',
  tl: 'ang ng sa na at mga ay ito para hindi kung may siya nang',
  sw: 'na ya wa kwa ni katika za la hiyo kuwa cha au lakini hii',
};

const LANGS = Object.keys(WORDS);
/** Pairs whose lists share their common words and differ in the rest (franc-min tells them apart no better, or not at all). */
const NEIGHBOURS = new Set(['id ms', 'ms id', 'da nb', 'nb da', 'cs sk', 'sk cs', 'sl hr', 'hr sl']);
let index: Map<string, number> | undefined;

/** Word → the languages it counts for, as bits of LANGS (built on first use, not at start-up). */
function wordIndex(): Map<string, number> {
  if (index) return index;
  index = new Map();
  for (const [bit, lang] of LANGS.entries()) for (const word of WORDS[lang]!.split(' ')) index.set(word, (index.get(word) ?? 0) | (1 << bit));
  return index;
}

const WORD = /\p{L}+/gu;
/** Hits the winner needs, and how far it must lead the next language (in hits, and as a share of its own). */
const MIN_HITS = 12;
const MIN_LEAD = 4;
const MIN_LEAD_SHARE = 0.08;

/** How many function words of each language of LANGS `sample` has. */
function countHits(sample: string): number[] {
  const hits = new Array<number>(LANGS.length).fill(0);
  const words = wordIndex();
  const lower = sample.toLowerCase();
  WORD.lastIndex = 0;
  for (let m = WORD.exec(lower); m; m = WORD.exec(lower)) {
    let bits = words.get(m[0]);
    if (bits === undefined) continue;
    for (let bit = 0; bits !== 0; bit++, bits >>>= 1) if (bits & 1) hits[bit]!++;
  }
  return hits;
}

/** How many function words of `lang` (a primary subtag) a sample has; null for a language without a list. Enough to tell a short sentence's language between two known ones. */
export function functionWordHits(sample: string, lang: string): number | null {
  const bit = LANGS.indexOf(lang);
  return bit < 0 ? null : countHits(sample)[bit]!;
}

/** The language the function words of `sample` clearly show, or null. */
export function functionWordLanguage(sample: string): string | null {
  const hits = countHits(sample);
  let best = 0;
  let second = 0;
  for (let i = 1; i < hits.length; i++) {
    if (hits[i]! > hits[best]!) {
      second = best;
      best = i;
    } else if (hits[i]! > hits[second]! || second === best) second = i;
  }
  const top = hits[best]!;
  const lead = top - hits[second]!;
  if (top < MIN_HITS || lead <= 0) return null;
  // Between close neighbours sharing their common words, the words that differ decide, however few.
  if (NEIGHBOURS.has(`${LANGS[best]} ${LANGS[second]}`)) return LANGS[best]!;
  return lead >= MIN_LEAD && lead >= MIN_LEAD_SHARE * top ? LANGS[best]! : null;
}
