/**
 * Language detection for documents that no manifest describes. franc-min is
 * loaded only when a document needs it, so scripted runs on a corpus with a
 * manifest never pay for its trigram tables.
 */

const ISO639_3_TO_BCP47: Record<string, string> = {
  eng: 'en', ind: 'id', zlm: 'ms', cmn: 'zh', jpn: 'ja', kor: 'ko', spa: 'es', fra: 'fr', deu: 'de',
  por: 'pt', ita: 'it', nld: 'nl', rus: 'ru', ukr: 'uk', pol: 'pl', tur: 'tr', arb: 'ar', pes: 'fa',
  hin: 'hi', ben: 'bn', urd: 'ur', vie: 'vi', tha: 'th', swe: 'sv', ces: 'cs', ron: 'ro', hun: 'hu',
  ell: 'el', heb: 'he', tgl: 'tl', swh: 'sw', tam: 'ta', tel: 'te', mar: 'mr', jav: 'jv', sun: 'su',
};

const SAMPLE_CHARS = 4000;

/** Detects the BCP 47 language of a text ("en", "id", "zh"...); "und" when unsure. */
export async function detectLanguage(text: string): Promise<string> {
  const { franc } = await import('franc-min');
  const code = franc(text.slice(0, SAMPLE_CHARS), { minLength: 3 });
  return ISO639_3_TO_BCP47[code] ?? 'und';
}
