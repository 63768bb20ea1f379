// Reads CoNLL-style NER files (one token per line, tag in the last column,
// blank lines between sentences, `-DOCSTART-` between documents), rebuilds
// plain text from the tokens the way a news text is written, and scores
// predicted mentions against the gold ones with exact spans, the conlleval
// way: a mention counts only when its first token, last token and type all
// match; per-type and micro-averaged precision, recall and F1.
import type { Corpus, Document } from '../../src/core/corpus/types.js';

/** The scored types, as parallax names them. */
export type ScoredType = 'PERSON' | 'ORG' | 'PLACE';
export const SCORED: readonly ScoredType[] = ['PERSON', 'ORG', 'PLACE'];

/** One gold or predicted mention: sentence number (over the whole file) and token range [start, end). */
export interface Span {
  sentence: number;
  start: number;
  end: number;
  type: string;
}

/** One sentence: its tokens, gold tags, and where each token sits in the rebuilt text. */
export interface Sentence {
  tokens: string[];
  tags: string[];
  /** Rebuilt text of the sentence; `offsets[i]` is token i's [start, end). */
  text: string;
  offsets: [number, number][];
}

/** A file read: sentences grouped in documents. */
export interface NerSet {
  documents: Sentence[][];
}

const NO_SPACE_BEFORE = /^(?:[.,:;!?%)\]}]|'s|'S|n't|'|'re|'ll|'ve|'d|'m)$/;
const NO_SPACE_AFTER = /^[([{$]$/;

/** Joins tokens into text with spaces where a writer would put them. */
function rebuild(tokens: readonly string[]): { text: string; offsets: [number, number][] } {
  let text = '';
  const offsets: [number, number][] = [];
  tokens.forEach((t, i) => {
    if (i > 0 && !NO_SPACE_BEFORE.test(t) && !NO_SPACE_AFTER.test(tokens[i - 1]!)) text += ' ';
    offsets.push([text.length, text.length + t.length]);
    text += t;
  });
  return { text, offsets };
}

/**
 * Parses a CoNLL file. Files without `-DOCSTART-` lines (sentence-level sets)
 * are cut into documents of `sentencesPerDoc` sentences, as a corpus of short
 * articles.
 */
export function parseConll(source: string, sentencesPerDoc = 20): NerSet {
  const documents: Sentence[][] = [];
  let doc: Sentence[] = [];
  let tokens: string[] = [];
  let tags: string[] = [];
  let sawDocstart = false;
  const endSentence = () => {
    if (tokens.length > 0) doc.push({ tokens, tags, ...rebuild(tokens) });
    tokens = [];
    tags = [];
    if (!sawDocstart && doc.length >= sentencesPerDoc) endDoc();
  };
  const endDoc = () => {
    if (doc.length > 0) documents.push(doc);
    doc = [];
  };
  for (const raw of source.split('\n')) {
    const cols = raw.trim().split(/\s+/);
    if (cols[0] === '') endSentence();
    else if (cols[0] === '-DOCSTART-') {
      endSentence();
      endDoc();
      sawDocstart = true;
    } else {
      tokens.push(cols[0]!);
      tags.push(cols[cols.length - 1]!);
    }
  }
  endSentence();
  endDoc();
  return { documents };
}

const TYPE_OF: Record<string, string> = { PER: 'PERSON', PERSON: 'PERSON', ORG: 'ORG', ORGANISATION: 'ORG', ORGANIZATION: 'ORG', LOC: 'PLACE', PLACE: 'PLACE' };

/** Gold mentions of a set (IOB1 or IOB2), types mapped to parallax's; other types (MISC) kept under their own name. */
export function goldSpans(set: NerSet): Span[] {
  const spans: Span[] = [];
  let sentence = 0;
  for (const doc of set.documents) {
    for (const s of doc) {
      let open: Span | null = null;
      s.tags.forEach((tag, i) => {
        const [bio, raw] = tag.includes('-') ? [tag.slice(0, tag.indexOf('-')), tag.slice(tag.indexOf('-') + 1)] : ['O', ''];
        const type = TYPE_OF[raw] ?? raw;
        if (open && (bio !== 'I' || open.type !== type)) {
          spans.push(open);
          open = null;
        }
        if (bio === 'B' || (bio === 'I' && !open)) open = { sentence, start: i, end: i + 1, type };
        else if (open) open.end = i + 1;
      });
      if (open) spans.push(open);
      sentence++;
    }
  }
  return spans;
}

/** A corpus of the set as parallax loads one: one document per article, one paragraph per sentence. */
export function corpusOf(set: NerSet, lang: string): Corpus {
  const documents: Document[] = set.documents.map((sentences, d) => {
    let text = '';
    const paragraphs = sentences.map((s, index) => {
      if (index > 0) text += '\n\n';
      const start = text.length;
      text += s.text;
      return { index, start, end: text.length, text: s.text };
    });
    return { id: `d${d}`, file: `d${d}.txt`, title: `d${d}`, lang, source: null, relation: null, text, words: 0, paragraphs };
  });
  return { dir: '/nonexistent', name: 'ner', documents, warnings: [] };
}

/**
 * The token span of a character span of a sentence, or null when it does not
 * start and end on token boundaries (then it can never match exactly). A
 * set's token may carry punctuation a reader leaves out of a name ("(KPU)",
 * "Indonesia?"): a span that covers all of a token's letters and digits
 * starts or ends on it.
 */
export function tokenSpan(s: Sentence, start: number, end: number): [number, number] | null {
  const a = s.offsets.findIndex(([st, en]) => st <= start && start < en && !/[\p{L}\p{N}]/u.test(s.text.slice(st, start)));
  const b = s.offsets.findIndex(([st, en]) => st < end && end <= en && !/[\p{L}\p{N}]/u.test(s.text.slice(end, en)));
  return a >= 0 && b >= a ? [a, b + 1] : null;
}

/** Precision, recall and F1 of one type or of all. */
export interface Score {
  tp: number;
  fp: number;
  fn: number;
  p: number;
  r: number;
  f1: number;
}

function score(tp: number, fp: number, fn: number): Score {
  const p = tp + fp === 0 ? 0 : tp / (tp + fp);
  const r = tp + fn === 0 ? 0 : tp / (tp + fn);
  return { tp, fp, fn, p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

/**
 * Exact-span scores per scored type and micro overall. Gold mentions of
 * other types (MISC) are not scored; a prediction of a scored type on them
 * is a false positive, as in conlleval.
 */
export function scoreSpans(gold: readonly Span[], predicted: readonly Span[]): Record<ScoredType | 'ALL', Score> {
  const key = (s: Span) => `${s.sentence}:${s.start}:${s.end}:${s.type}`;
  const goldKeys = new Set(gold.filter((g) => (SCORED as string[]).includes(g.type)).map(key));
  const predKeys = new Set(predicted.filter((p) => (SCORED as string[]).includes(p.type)).map(key));
  const out = {} as Record<ScoredType | 'ALL', Score>;
  let [TP, FP, FN] = [0, 0, 0];
  for (const type of SCORED) {
    const g = [...goldKeys].filter((k) => k.endsWith(`:${type}`));
    const p = [...predKeys].filter((k) => k.endsWith(`:${type}`));
    const tp = p.filter((k) => goldKeys.has(k)).length;
    out[type] = score(tp, p.length - tp, g.length - tp);
    TP += tp;
    FP += p.length - tp;
    FN += g.length - tp;
  }
  out.ALL = score(TP, FP, FN);
  return out;
}
