/**
 * Pairs of other shapes than the English one of generate-pair.ts, for the
 * diff benchmark: paragraphs in ten scripts each recurring about ten times
 * (boilerplate, repeated clauses), a pure Chinese text, and a Markdown
 * document of real size (headings, lists, code, tables; code fences left
 * alone by the edits). Every paragraph of
 * the edited version has about 5% of its words edited, and 1% of the
 * paragraphs are moved; the moved paragraphs are returned so that a test
 * can check how many the diff finds. Same seed, same files.
 */
import { createRng, pick } from './rng.js';
import { editWords, movePieces, type GeneratedPair } from './generate-pair.js';

/** How one language writes: its syllables, whether words are spaced, its sentence marks. */
interface Script {
  lang: string;
  syllables: readonly string[];
  spaced: boolean;
  stop: string;
  comma: string;
}

const chars = (from: number, count: number, step = 1) => Array.from({ length: count }, (_, k) => String.fromCodePoint(from + k * step));

/** The ten languages of the multilingual pair, as synthetic syllables in their scripts. */
export const SCRIPTS: readonly Script[] = [
  { lang: 'en', syllables: ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'ti', 'vo', 'ba', 'de', 'fi', 'go', 'ha', 'st', 'zen'], spaced: true, stop: '.', comma: ',' },
  { lang: 'id', syllables: ['ba', 'ka', 'ng', 'an', 'me', 'ber', 'ter', 'si', 'ku', 'la', 'pa', 'nya', 'tu', 'wa', 'se'], spaced: true, stop: '.', comma: ',' },
  { lang: 'fr', syllables: ['le', 'ré', 'ça', 'mé', 'tion', 'eau', 'qu', 'ai', 'è', 'ou', 'bon', 'gé', 'lui', 'pré', 'vê'], spaced: true, stop: '.', comma: ',' },
  { lang: 'es', syllables: ['ca', 'ño', 'la', 'ción', 'mi', 'es', 'tá', 'do', 'ra', 'pe', 'sú', 'que', 'ni', 'rí', 'zo'], spaced: true, stop: '.', comma: ',' },
  { lang: 'ru', syllables: ['ка', 'ло', 'ми', 'не', 'ру', 'са', 'ти', 'во', 'ба', 'де', 'ст', 'жи', 'шу', 'щи', 'ль'], spaced: true, stop: '.', comma: ',' },
  { lang: 'ar', syllables: ['كا', 'لم', 'بي', 'تو', 'سا', 'ني', 'دا', 'رو', 'عل', 'فه', 'قا', 'مي', 'ها', 'يو', 'شم'], spaced: true, stop: '.', comma: '،' },
  { lang: 'hi', syllables: ['का', 'की', 'नि', 'मा', 'रा', 'से', 'हो', 'गु', 'ते', 'पर', 'लि', 'दे', 'वा', 'सु', 'ने'], spaced: true, stop: '।', comma: ',' },
  { lang: 'zh', syllables: chars(0x4e00, 400, 37), spaced: false, stop: '。', comma: '，' },
  { lang: 'ja', syllables: [...chars(0x3042, 40, 2), ...chars(0x30a2, 40, 2), ...chars(0x5000, 120, 53)], spaced: false, stop: '。', comma: '、' },
  { lang: 'ko', syllables: chars(0xac00, 300, 37), spaced: true, stop: '.', comma: ',' },
];

/** One paragraph in `script`: words of one to three syllables, Zipf-skewed, with sentence and clause marks. */
function paragraphIn(rng: () => number, script: Script, vocab: readonly string[]): string[] {
  const words: string[] = [];
  const length = 30 + Math.floor(rng() * 90);
  for (let k = 0; k < length; k++) {
    let w = vocab[Math.floor(vocab.length * Math.pow(rng(), 3))]!;
    if (rng() < 0.07 || k === length - 1) w += script.stop;
    else if (rng() < 0.05) w += script.comma;
    words.push(w);
  }
  return words;
}

function vocabularyOf(rng: () => number, script: Script, size: number): string[] {
  const words = new Set<string>();
  while (words.size < size) {
    const n = 1 + Math.floor(rng() * (script.spaced ? 4 : 3));
    let w = '';
    for (let k = 0; k < n; k++) w += pick(rng, script.syllables);
    words.add(w);
  }
  return [...words];
}

/** A generated pair and the language tag of its manifest ('und' when several). */
export interface ShapedPair extends GeneratedPair {
  lang: string;
}

/** Options of {@link generateScriptPair}. */
export interface ScriptPairSpec {
  /** Approximate size of each version in UTF-8 bytes. */
  bytes: number;
  seed?: number;
  /** Languages of SCRIPTS to draw paragraphs from (all ten by default). */
  langs?: readonly string[];
  /** How many times each distinct paragraph occurs in the base version, on average (1: no repetition). */
  repeat?: number;
  /** Share of paragraphs moved (default 0.01). */
  moveRate?: number;
}

/**
 * Two versions of a text whose paragraphs are in the given scripts, each
 * distinct paragraph recurring about `repeat` times in shuffled order; every
 * copy edited on its own in b (5% of words), 1% of paragraphs moved.
 */
export function generateScriptPair(spec: ScriptPairSpec): ShapedPair {
  const rng = createRng(spec.seed ?? 42);
  const scripts = SCRIPTS.filter((s) => !spec.langs || spec.langs.includes(s.lang));
  const vocabs = scripts.map((s) => vocabularyOf(rng, s, 3000));
  const repeat = spec.repeat ?? 1;
  const join = (script: Script, words: readonly string[]) => words.join(script.spaced ? ' ' : '');
  const distinct: Array<{ script: Script; words: string[]; bytes: number }> = [];
  let size = 0;
  while (size < spec.bytes / repeat) {
    const k = Math.floor(rng() * scripts.length);
    const words = paragraphIn(rng, scripts[k]!, vocabs[k]!);
    const bytes = Buffer.byteLength(join(scripts[k]!, words)) + 2;
    distinct.push({ script: scripts[k]!, words, bytes });
    size += bytes;
  }
  // Each distinct paragraph `repeat` times (rounded at random), in shuffled order.
  const order: number[] = [];
  distinct.forEach((_, d) => {
    const copies = Math.max(1, Math.round(repeat * (0.5 + rng())));
    for (let c = 0; c < copies; c++) order.push(d);
  });
  for (let k = order.length - 1; k > 0; k--) {
    const r = Math.floor(rng() * (k + 1));
    [order[k], order[r]] = [order[r]!, order[k]!];
  }
  const base = order.map((d) => join(distinct[d]!.script, distinct[d]!.words));
  const edited = order.map((d) => {
    const { script, words } = distinct[d]!;
    const vocab = vocabs[scripts.indexOf(script)]!;
    return join(
      script,
      editWords(rng, words, 0.05, () => vocab[Math.floor(vocab.length * Math.pow(rng(), 3))]!),
    );
  });
  const moved = movePieces(rng, edited, spec.moveRate ?? 0.01);
  return { a: base.join('\n\n') + '\n', b: edited.join('\n\n') + '\n', moved, lang: scripts.length === 1 ? scripts[0]!.lang : 'und' };
}

/**
 * Two versions of a Markdown document of about `bytes` (40 kB in the
 * bench): sections with headings, prose paragraphs, bullet lists, fenced
 * code and tables, edited as the other pairs are.
 */
export function generateMarkdownPair(bytes: number, seed = 42): ShapedPair {
  const rng = createRng(seed);
  const en = SCRIPTS[0]!;
  const vocab = vocabularyOf(rng, en, 2000);
  const sentence = (min: number, spread: number) => {
    const words = paragraphIn(rng, en, vocab).slice(0, min + Math.floor(rng() * spread));
    return words.join(' ').replace(/^./u, (c) => c.toUpperCase());
  };
  const blocks: string[] = [];
  let size = 0;
  let section = 0;
  while (size < bytes) {
    const r = rng();
    let block: string;
    if (r < 0.12) block = `${'#'.repeat(2 + (section++ % 2))} ${sentence(2, 5)}`;
    else if (r < 0.27) block = Array.from({ length: 2 + Math.floor(rng() * 5) }, () => `- ${sentence(4, 12)}`).join('\n');
    else if (r < 0.37) {
      const lines = Array.from({ length: 3 + Math.floor(rng() * 8) }, () => `  ${pick(rng, vocab)}(${pick(rng, vocab)}, ${Math.floor(rng() * 100)});`);
      block = ['```ts', `function ${pick(rng, vocab)}() {`, ...lines, '}', '```'].join('\n');
    } else if (r < 0.45) {
      const row = () => `| ${pick(rng, vocab)} | ${Math.floor(rng() * 1000)} ms | ${sentence(2, 4)} |`;
      block = ['| name | time | note |', '| --- | ---: | --- |', ...Array.from({ length: 2 + Math.floor(rng() * 6) }, row)].join('\n');
    } else
      block = paragraphIn(rng, en, vocab)
        .join(' ')
        .replace(/^./u, (c) => c.toUpperCase());
    blocks.push(block);
    size += block.length + 2;
  }
  const edited = blocks.map((block) =>
    block
      .split('\n')
      .map((line) => (line.startsWith('```') ? line : editWords(rng, line.split(' '), 0.05, () => pick(rng, vocab)).join(' ')))
      .join('\n'),
  );
  const moved = movePieces(rng, edited, 0.01);
  return { a: blocks.join('\n\n') + '\n', b: edited.join('\n\n') + '\n', moved, lang: 'en' };
}
