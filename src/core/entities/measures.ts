/**
 * Measures: a figure with a unit of length, mass, temperature, speed,
 * volume or area, read in a metric value, so that a translation that
 * converts ("385 miles" → "620 km", "80 degrees" → "26 degrés", "550-pound"
 * → "250 kg") is seen to state the same measure. On NTREX-128's French news,
 * such conversions were a quarter of the number findings of `--check`.
 */
import { keyValue, parseLocaleNumber } from './numbers.js';

/** What a measure measures; values are in its metric unit (m, kg, °C, km/h, l, m²). */
type Dimension = 'length' | 'mass' | 'temperature' | 'speed' | 'volume' | 'area';

export interface Measure {
  /** The figure as written, in the form of a number key's value ("7.5" for "7,5"). */
  written: string;
  /** The unit's symbol ("mi", "km"): a conversion is between two units. */
  unit: string;
  dimension: Dimension;
  metric: number;
  /** How much the figure's last written place is worth in metric ("620 km": 10 km; "7,5 cm": 0.5 cm; "200 miles": 100 miles). */
  step: number;
}

/** A unit: its symbol, its spellings (any case, unless `exact`), what it measures and how to make its figure metric. */
interface Unit {
  symbol: string;
  names: string[];
  dimension: Dimension;
  metric: (x: number) => number;
  /** Short symbols whose case matters ("m" is not "M", "F" after a figure is Fahrenheit, "g" is not "G"). */
  exact?: boolean;
}

const times = (k: number) => (x: number) => x * k;
const fahrenheit = (x: number) => ((x - 32) * 5) / 9;

const UNITS: Unit[] = [
  {
    symbol: 'km/h',
    names: [
      'km/h',
      'kmh',
      'km/std',
      'km/heure',
      'kilomètres à l’heure',
      "kilomètres à l'heure",
      'kilomètres-heure',
      'stundenkilometer',
      'stundenkilometern',
      'kilometer per jam',
      '公里/小时',
      '公里每小时',
    ],
    dimension: 'speed',
    metric: times(1),
  },
  { symbol: 'mph', names: ['miles per hour', 'miles an hour', 'mph'], dimension: 'speed', metric: times(1.609344) },
  { symbol: 'mi', names: ['miles', 'mile', '英里'], dimension: 'length', metric: times(1609.344) },
  { symbol: 'yd', names: ['yards', 'yard', '码'], dimension: 'length', metric: times(0.9144) },
  { symbol: 'ft', names: ['feet', 'foot', '英尺'], dimension: 'length', metric: times(0.3048) },
  { symbol: 'ft', names: ['ft'], dimension: 'length', metric: times(0.3048), exact: true },
  { symbol: 'yd', names: ['yd'], dimension: 'length', metric: times(0.9144), exact: true },
  { symbol: 'in', names: ['inches', 'inch', '英寸'], dimension: 'length', metric: times(0.0254) },
  { symbol: 'km', names: ['kilometres', 'kilometre', 'kilometers', 'kilometer', 'kilomètres', 'kilomètre', 'kilometern', '公里', '千米'], dimension: 'length', metric: times(1000) },
  { symbol: 'km', names: ['km'], dimension: 'length', metric: times(1000), exact: true },
  {
    symbol: 'cm',
    names: ['centimetres', 'centimetre', 'centimeters', 'centimeter', 'centimètres', 'centimètre', 'zentimetern', 'zentimeter', 'sentimeter', '厘米'],
    dimension: 'length',
    metric: times(0.01),
  },
  { symbol: 'cm', names: ['cm'], dimension: 'length', metric: times(0.01), exact: true },
  { symbol: 'mm', names: ['millimetres', 'millimeters', 'millimètres', 'millimetern', 'millimeter', '毫米'], dimension: 'length', metric: times(0.001) },
  { symbol: 'mm', names: ['mm'], dimension: 'length', metric: times(0.001), exact: true },
  { symbol: 'm', names: ['metres', 'metre', 'meters', 'meter', 'mètres', 'mètre', 'metern', '米'], dimension: 'length', metric: times(1) },
  { symbol: 'm', names: ['m'], dimension: 'length', metric: times(1), exact: true },
  { symbol: 'lb', names: ['pounds', 'pound', '磅'], dimension: 'mass', metric: times(0.45359237) },
  { symbol: 'lb', names: ['lbs', 'lb'], dimension: 'mass', metric: times(0.45359237), exact: true },
  { symbol: 'oz', names: ['ounces', 'ounce'], dimension: 'mass', metric: times(0.028349523) },
  { symbol: 'oz', names: ['oz'], dimension: 'mass', metric: times(0.028349523), exact: true },
  { symbol: 'kg', names: ['kilograms', 'kilogram', 'kilogrammes', 'kilogramme', 'kilogramm', 'kilos', 'kilo', '公斤', '千克'], dimension: 'mass', metric: times(1) },
  { symbol: 'kg', names: ['kg'], dimension: 'mass', metric: times(1), exact: true },
  { symbol: 'g', names: ['grams', 'gram', 'grammes', 'gramme', 'gramm', '克'], dimension: 'mass', metric: times(0.001) },
  { symbol: 'g', names: ['g'], dimension: 'mass', metric: times(0.001), exact: true },
  { symbol: '°F', names: ['degrees fahrenheit', 'degrees', '华氏度', '华氏', '°f', '° f'], dimension: 'temperature', metric: fahrenheit },
  { symbol: '°F', names: ['F'], dimension: 'temperature', metric: fahrenheit, exact: true },
  { symbol: '°C', names: ['degrees celsius', 'degrés celsius', 'degrés', 'grad celsius', 'grad', 'derajat celsius', 'derajat', '摄氏度', '°c', '° c'], dimension: 'temperature', metric: times(1) },
  { symbol: 'gal', names: ['gallons', 'gallon'], dimension: 'volume', metric: times(3.785411784) },
  { symbol: 'l', names: ['litres', 'litre', 'liters', 'liter', 'litern', '升'], dimension: 'volume', metric: times(1) },
  { symbol: 'sq ft', names: ['square feet', 'sq ft'], dimension: 'area', metric: times(0.09290304) },
  { symbol: 'acre', names: ['acres', 'acre'], dimension: 'area', metric: times(4046.8564224) },
  { symbol: 'ha', names: ['hectares', 'hectare', 'hektar', '公顷'], dimension: 'area', metric: times(10000) },
  { symbol: 'm²', names: ['square metres', 'square meters', 'mètres carrés', 'quadratmetern', 'quadratmeter', 'm²', '平方米'], dimension: 'area', metric: times(1) },
];

const BY_NAME = new Map<string, Unit>();
for (const unit of UNITS) for (const name of unit.names) BY_NAME.set(unit.exact ? name : name.toLowerCase(), unit);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const NAMES = [...BY_NAME.keys()].sort((a, b) => b.length - a.length).map(escape);
// A figure (thousands grouped by a mark or a space, a decimal part), then the unit after a space, a no-break space or a
// hyphen ("6-foot"), and no letter after it ("5 million", "Metro"). Latin units need a word boundary before; CJK ones do not.
const MEASURE = new RegExp(String.raw`(?<![\p{L}\p{N}.,])(\d{1,3}(?:[.,\u00A0\u202F ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)[\s\u00A0\u202F-]?(${NAMES.join('|')})(?![\p{L}\p{N}])`, 'giu');

/** The unit a matched name is, minding case where it matters. */
function unitNamed(name: string): Unit | undefined {
  return BY_NAME.get(name) ?? (BY_NAME.get(name.toLowerCase())?.exact ? undefined : BY_NAME.get(name.toLowerCase()));
}

/**
 * What the last written place of a figure is worth: its last digit's place,
 * times five when that digit is a 5 ("135", "7,5": rounded to a half), the
 * trailing zeros of a whole number counting as rounding ("300": to the hundred).
 */
function placeOf(figure: string): number {
  const digits = figure.replace(/[^\d.,]/g, '');
  const decimal = /[.,](\d{1,2})$/.exec(digits);
  const five = digits.endsWith('5') ? 5 : 1;
  if (decimal) return five * 10 ** -decimal[1]!.length;
  const zeros = /0*$/.exec(digits.replace(/[.,]/g, ''))![0].length;
  return zeros > 0 ? 10 ** zeros : five;
}

/** The measures of a text, in order. */
export function findMeasures(text: string, lang: string): Measure[] {
  const out: Measure[] = [];
  for (const m of text.matchAll(MEASURE)) {
    const unit = unitNamed(m[2]!);
    const value = unit ? parseLocaleNumber(m[1]!, lang) : null;
    if (!unit || value === null) continue;
    const metric = unit.metric(value);
    out.push({ written: keyValue(value), unit: unit.symbol, dimension: unit.dimension, metric, step: Math.abs(unit.metric(value + placeOf(m[1]!)) - metric) });
  }
  return out;
}

/**
 * Whether measure `b` states measure `a` converted: another unit of the same
 * dimension (the same unit with another figure is a changed figure), and
 * metric values within half the last place of the finer of the two figures
 * (what rounding to it moves), plus 2% (0.5 °C for temperatures). A
 * translation rounds what it converts: in NTREX's French, 200 miles became
 * "300 km", 3 inches "7,5 cm" and 80 °F "26 degrés"; "650 km" for 385 miles
 * (620 km) is a changed figure, and so is "6 cm" for 2 inches.
 */
export function isConversion(a: Measure, b: Measure): boolean {
  if (a.dimension !== b.dimension || a.unit === b.unit) return false;
  const slack = Math.min(a.step, b.step) / 2 + (a.dimension === 'temperature' ? 0.5 : 0.02 * Math.max(Math.abs(a.metric), Math.abs(b.metric)));
  return Math.abs(a.metric - b.metric) <= slack;
}

/**
 * How many times one side writes a figure (a number key's value) as a
 * measure that the other side states converted, each of the other side's
 * measures standing for one (`mine` and `theirs` are the two texts'
 * measures). A figure written more often than that is not all explained by
 * conversions ("25 cm" for 10 inches, and another "25 cm" that was "15 cm").
 * A side that writes the measure's own unit is taken to write its figure
 * too: "300 km" against "306公里（190英里）" is a changed figure, not a
 * conversion of the 190 miles.
 */
export function conversionsOf(value: string, mine: readonly Measure[], theirs: readonly Measure[]): number {
  const used = new Set<Measure>();
  let n = 0;
  for (const a of mine) {
    if (a.written !== value || theirs.some((b) => b.unit === a.unit)) continue;
    const partner = theirs.find((b) => !used.has(b) && isConversion(a, b));
    if (partner === undefined) continue;
    used.add(partner);
    n++;
  }
  return n;
}
