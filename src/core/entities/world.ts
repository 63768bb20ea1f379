/**
 * Place names of the world, from maintained data packages rather than lists
 * written here: country names in several languages from `i18n-iso-countries`
 * (ISO 3166-1, so "Jerman", "Germany" and "Allemagne" share one entity key,
 * the English name), and cities with their provinces and states from
 * `city-timezones` (7,300 populated places of Natural Earth). Read from
 * node_modules on first need, never bundled, so start-up does not pay for
 * them; kept as one compact list of lexicon entries.
 */
import { createRequire } from 'node:module';
import { Lexicon, type LexiconEntry } from './lexicon.js';
import { foldName } from '../text/tokens/names.js';

/** Languages whose country names are loaded (the corpus languages parallax is used with most). */
const COUNTRY_LANGS = ['en', 'id', 'ms', 'fr', 'de', 'es', 'it', 'nl', 'pt', 'zh', 'ja'];

/**
 * Places no ISO list or city table holds but news names every day: the
 * nations of the United Kingdom, continents and regions; `Name=Key` gives a
 * translation the key of its English name.
 */
const REGIONS = [
  'England',
  'Scotland',
  'Wales',
  'Northern Ireland',
  'Britain=United Kingdom',
  'Holland',
  'Europe',
  'Asia',
  'Africa',
  'America',
  'North America',
  'South America',
  'Latin America',
  'Central America',
  'Oceania',
  'Antarctica',
  'Middle East',
  'Gulf',
  'Balkans',
  'Caribbean',
  'Scandinavia',
  'Siberia',
  'Chechnya',
  'Kashmir',
  'Kurdistan',
  'West Bank',
  'Gaza',
  'Gaza Strip',
  'Tibet',
  'Bosnia',
  'Kosovo',
  'Eropa=Europe',
  'Asia Tenggara',
  'Timur Tengah=Middle East',
  'Amerika=America',
  'Jawa',
  'Sumatra',
  'Kalimantan',
  'Sulawesi',
  'Papua',
  'Bali',
  'Maluku',
  'Nusa Tenggara',
  'Inggris=England',
  'Skotlandia=Scotland',
  // Indonesian news writes China as Tiongkok; the ISO list has only "China".
  'Tiongkok=China',
  'Irlandia Utara=Northern Ireland',
  // French and German names the ISO list gives only in a longer official form, and capitals news names daily.
  'États-Unis=United States of America',
  'Grande-Bretagne=United Kingdom',
  'Angleterre=England',
  'Écosse=Scotland',
  'Pays de Galles=Wales',
  'Irlande du Nord=Northern Ireland',
  'Schottland=Scotland',
  'Nordirland=Northern Ireland',
  'Europa=Europe',
  'Afrique=Africa',
  'Afrika=Africa',
  'Asie=Asia',
  'Asien=Asia',
  'Amérique=America',
  'Amerique=America',
  'Moyen-Orient=Middle East',
  'Nahost=Middle East',
  'Londres=London',
  'Moscou=Moscow',
  'Moskau=Moscow',
  'Pékin=Beijing',
  'Peking=Beijing',
  'Bruxelles=Brussels',
  'Brüssel=Brussels',
  'Genève=Geneva',
  'Genf=Geneva',
  'Wien=Vienna',
  'Varsovie=Warsaw',
  'Warschau=Warsaw',
];

/** Short official forms that are ordinary words or codes in running text ("US" in "let us", "AS" for Amerika Serikat). */
const NOT_NAMES = new Set(['us', 'as', 'ao']);

let cached: Lexicon | null = null;

/** Entries added to the lexicon between two pauses. */
const PART = 500;

/**
 * Every known place name in one lexicon of type PLACE, source `world`;
 * names of one entity (a country in several languages) share its key.
 * Built once per process, yielding after each file read and each few hundred
 * entries, so the explorer's background build never holds a key press for
 * long; empty when the packages cannot be read, and detection goes on by
 * rules.
 */
export function* worldPlacesStepwise(): Generator<void, Lexicon> {
  if (cached) return cached;
  const lexicon = new Lexicon();
  const addAll = function* (entries: LexiconEntry[]): Generator<void> {
    for (let i = 0; i < entries.length; i += PART) {
      lexicon.add(entries.slice(i, i + PART));
      yield;
    }
  };
  const place = (form: string, key: string): LexiconEntry[] => (form.length >= 2 && !NOT_NAMES.has(form.toLowerCase()) ? [{ form, key, type: 'PLACE', source: 'world' }] : []);
  try {
    // Loaded by package name with Node's require from node_modules (esbuild leaves them out of the bundle), each through its
    // public API. Node's entry of i18n-iso-countries registers all its locales itself (about 50 ms, once, on the first build).
    const require = createRequire(import.meta.url);
    const countries = require('i18n-iso-countries') as { getNames(lang: string, options: { select: 'all' }): Record<string, string[]> };
    const names = (lang: string) => countries.getNames(lang, { select: 'all' });
    const english = names('en');
    const keyOf = (code: string) => foldName([english[code] ?? code].flat().find((n) => !n.includes(',')) ?? code);
    for (const lang of COUNTRY_LANGS) {
      const forms = Object.entries(names(lang)).flatMap(([code, name]) =>
        [name]
          .flat()
          .filter((f) => !f.includes(','))
          .flatMap((f) => place(f, keyOf(code))),
      );
      yield* addAll(forms);
    }
    yield* addAll(
      REGIONS.flatMap((r) => {
        const [name, inEnglish] = r.split('=') as [string, string | undefined];
        return place(name, foldName(inEnglish ?? name));
      }),
    );
    const cities = (require('city-timezones') as { cityMapping: { city: string; city_ascii: string; province: string }[] }).cityMapping;
    yield;
    yield* addAll(
      cities.flatMap((c) => {
        // "Washington, D.C." is written "Washington" as often.
        const [city, ascii] = [c.city.split(',')[0]!, c.city_ascii.split(',')[0]!];
        return [...place(city, foldName(ascii)), ...(ascii !== city ? place(ascii, foldName(ascii)) : []), ...(c.province ? place(c.province, foldName(c.province)) : [])];
      }),
    );
  } catch {
    // A missing or unreadable package leaves the rules to do the work.
  }
  cached = lexicon;
  return lexicon;
}
