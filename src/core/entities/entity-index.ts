import type { Corpus } from '../corpus/types.js';
import type { MarkRange } from '../text/spans.js';
import { detectEntities, vocabularyOf, type DetectContext } from './detect.js';
import { gazetteerKey, gazetteerLexicon, loadGazetteer, type Gazetteer } from './gazetteer.js';
import { learnNamesStepwise } from './learn.js';
import { mentionRanges } from './highlight.js';
import { Lexicon } from './lexicon.js';
import { MentionStore } from './mention-store.js';
import { runInSlices, runToEnd } from './stepwise.js';
import { foldName } from '../text/tokens/names.js';
import { worldPlacesStepwise } from './world.js';
import type { EntityType, Mention } from './types.js';

/** One entity of a corpus with where it is mentioned. */
export interface EntityRecord {
  /** Stable identity: the folded canonical name, or `#kind|value|unit` for a number. */
  key: string;
  /** Canonical name: the gazetteer's, else the form written most often. */
  name: string;
  type: EntityType;
  /** Other names: gazetteer aliases and every other form written in the corpus. */
  aliases: string[];
  /** Mentions per document id (documents that never mention it are absent). */
  counts: Record<string, number>;
  /** Paragraph indexes per document id, ascending, without repeats. */
  paragraphs: Record<string, number[]>;
}

/** Everything entity-related about one corpus, computed once (see {@link entityIndexFor}). */
export interface EntityIndex {
  readonly corpus: Corpus;
  /** Every entity mentioned at least once, in order of first mention. */
  readonly entities: readonly EntityRecord[];
  /** Problems with the gazetteer file; detection went on without the bad parts. */
  readonly warnings: readonly string[];
  /** The entity with this key. */
  get(key: string): EntityRecord | undefined;
  /** Mentions of one paragraph, offsets relative to `paragraph.text`; empty for unknown ids. */
  paragraphMentions(docId: string, paragraphIndex: number): readonly Mention[];
  /** Entities matching a name: any alias, case-insensitive; if none is exact, all whose names start with it. */
  find(name: string): EntityRecord[];
  /** Keys `"docId#paragraphIndex"` of the paragraphs that mention an entity matching `name` (see {@link find}). */
  paragraphsMentioning(name: string): Set<string>;
  /** Entity ranges of one paragraph of a corpus document (offsets into `paragraph.text`), already computed. */
  paragraphRanges(docId: string, paragraphIndex: number): MarkRange[];
  /** Entities of one paragraph in order of appearance (the search facet). */
  entitiesInParagraph(docId: string, paragraphIndex: number): EntityRecord[];
  /** Detects entities in any text with this corpus's names and types. */
  detect(text: string, lang: string): Mention[];
  /** Entity ranges of any text, ready for `toSpans` next to search and diff ranges. */
  highlight(text: string, lang: string): MarkRange[];
}

/** Options for {@link createEntityIndex}. */
export interface EntityIndexOptions {
  /** Use this gazetteer instead of the corpus's `entities.json` (an empty one tests detection alone). */
  gazetteer?: Gazetteer;
}

const paragraphKey = (docId: string, index: number) => `${docId}#${index}`;

/**
 * Detects the entities of a whole corpus: reads its gazetteer, learns the
 * names its texts use, then finds every mention of every entity and counts
 * them per version and paragraph.
 */
export function createEntityIndex(corpus: Corpus, options: EntityIndexOptions = {}): EntityIndex {
  return runToEnd(buildEntityIndex(corpus, options));
}

/**
 * {@link createEntityIndex} without freezing the caller: builds the same index
 * in slices of a few milliseconds between event-loop turns (or `pause`),
 * reporting the fraction done (0–1), and shares it like {@link entityIndexFor}.
 */
export async function entityIndexInBackground(corpus: Corpus, onProgress?: (fraction: number) => void, pause?: () => Promise<void>): Promise<EntityIndex> {
  const ready = cache.get(corpus);
  if (ready) return ready;
  const index = await runInSlices(buildEntityIndex(corpus), { onProgress: (f) => onProgress?.(f as number), ...(pause ? { pause } : {}) });
  const raced = cache.get(corpus);
  if (raced) return raced;
  cache.set(corpus, index);
  return index;
}

/** The work of {@link createEntityIndex}, yielding the fraction done (0–1) after each document of each of its three passes. */
function* buildEntityIndex(corpus: Corpus, options: EntityIndexOptions = {}): Generator<number, EntityIndex> {
  const passes = 3 * Math.max(1, corpus.documents.length);
  let steps = 0;
  const gazetteer = options.gazetteer ?? loadGazetteer(corpus.dir);
  const gazetteerEntries = gazetteerLexicon(gazetteer);
  const vocab = new Set<string>();
  const texts = new ParagraphTexts();
  for (const doc of corpus.documents) {
    // Versions of one story share most paragraphs: each text is read once.
    for (const word of vocabularyOf(doc.paragraphs.filter((p) => texts.add(doc.lang, p)).map((p) => p.text))) vocab.add(word);
    yield ++steps / passes;
  }
  const loading = worldPlacesStepwise();
  let world = loading.next();
  for (; !world.done; world = loading.next()) yield steps / passes;
  const base = { isCommonWord: (w: string) => vocab.has(w), world: world.value };
  const learning = learnNamesStepwise(corpus, new Lexicon(gazetteerEntries), base, (lang, text) => texts.count(lang, text));
  let learnt = learning.next();
  for (; !learnt.done; learnt = learning.next()) yield steps++ / passes;
  const ctx: DetectContext = { ...base, lexicon: new Lexicon([...gazetteerEntries, ...learnt.value]) };

  const canonical = new Map(gazetteer.entities.map((e) => [gazetteerKey(e), e]));
  const records = new Map<string, EntityRecord & { forms: Map<string, number>; ordinal: number }>();
  const store = new MentionStore(corpus);
  const ordinalOf = (m: Mention) => records.get(m.key)!.ordinal;
  for (const [d, doc] of corpus.documents.entries()) {
    yield steps++ / passes;
    for (const [pi, p] of doc.paragraphs.entries()) {
      // Every name the rules find here was learned above, so the lexicon alone finds them again. Code names no one.
      const mentions = p.kind === 'code' ? [] : texts.detectOnce(doc.lang, p.text, () => detectEntities(p.text, doc.lang, ctx, false));
      for (const m of mentions) {
        let r = records.get(m.key);
        if (!r) records.set(m.key, (r = { key: m.key, name: '', type: m.type, aliases: [], counts: {}, paragraphs: {}, forms: new Map(), ordinal: records.size }));
        r.counts[doc.id] = (r.counts[doc.id] ?? 0) + 1;
        const paras = (r.paragraphs[doc.id] ??= []);
        if (paras[paras.length - 1] !== p.index) paras.push(p.index);
        r.forms.set(m.surface, (r.forms.get(m.surface) ?? 0) + 1);
      }
      store.add(d, pi, mentions, ordinalOf);
    }
  }
  store.finish();
  const entities: EntityRecord[] = [...records.values()].map(({ forms, ordinal: _ordinal, ...r }) => {
    const g = canonical.get(r.key);
    const written = [...forms].sort((a, b) => b[1] - a[1]).map(([f]) => f);
    const name = g?.name ?? written.find((f) => foldName(f) === r.key) ?? written[0]!;
    const names = [...new Set([name, ...(g?.aliases ?? []), ...written])];
    // "Co" as cut from "Co." at a sentence end is not another alias.
    const aliases = names.filter((a) => a !== name && !names.some((o) => o !== a && o.replace(/\.$/, '') === a));
    return { ...r, name, aliases };
  });
  const byKey = new Map(entities.map((e) => [e.key, e]));
  const paragraphMentions = (docId: string, i: number) => store.get(docId, i, (ordinal) => entities[ordinal]!.key);

  const find = (name: string): EntityRecord[] => {
    const q = foldName(name);
    if (q === '') return [];
    const names = (e: EntityRecord) => [e.name, ...e.aliases].map(foldName);
    const exact = entities.filter((e) => e.key === q || names(e).includes(q));
    return exact.length > 0 ? exact : entities.filter((e) => names(e).some((n) => n.startsWith(q)));
  };

  return {
    corpus,
    entities,
    warnings: gazetteer.warnings,
    get: (key) => byKey.get(key),
    paragraphMentions,
    paragraphRanges: (docId, i) => mentionRanges(paragraphMentions(docId, i)),
    find,
    paragraphsMentioning(name) {
      const keys = new Set<string>();
      for (const e of find(name)) for (const [docId, paras] of Object.entries(e.paragraphs)) for (const i of paras) keys.add(paragraphKey(docId, i));
      return keys;
    },
    entitiesInParagraph(docId, i) {
      const seen = new Set<string>();
      const out: EntityRecord[] = [];
      for (const m of paragraphMentions(docId, i)) {
        const e = byKey.get(m.key);
        if (e && !seen.has(m.key)) {
          out.push(e);
          seen.add(m.key);
        }
      }
      return out;
    },
    detect: (text, lang) => detectEntities(text, lang, ctx),
    highlight: (text, lang) => mentionRanges(detectEntities(text, lang, ctx)),
  };
}

/**
 * The paragraph texts of a corpus per language, with how often each occurs
 * (code blocks left out), so that a text repeated across versions is read
 * once: its name votes count as many times as it occurs, and its mentions are
 * detected once and shared until its last occurrence, then dropped (only the
 * texts still to come stay in memory).
 */
class ParagraphTexts {
  private readonly counts = new Map<string, Map<string, number>>();
  private readonly detected = new Map<string, Map<string, readonly Mention[]>>();
  private readonly seen = new Set<string>();

  /** Counts a paragraph; true the first time its text is seen in any language. */
  add(lang: string, p: { text: string; kind?: string }): boolean {
    if (p.kind !== 'code') {
      const counts = this.counts.get(lang) ?? this.counts.set(lang, new Map()).get(lang)!;
      counts.set(p.text, (counts.get(p.text) ?? 0) + 1);
    }
    if (this.seen.has(p.text)) return false;
    this.seen.add(p.text);
    return true;
  }

  /** How often a text occurs in one language (0 for code and unknown texts). */
  count(lang: string, text: string): number {
    return this.counts.get(lang)?.get(text) ?? 0;
  }

  /** The mentions `detect` gives for a text, computed at its first occurrence and kept until its last (one call per occurrence, in any order). */
  detectOnce(lang: string, text: string, detect: () => readonly Mention[]): readonly Mention[] {
    const counts = this.counts.get(lang)!;
    const left = counts.get(text)!;
    counts.set(text, left - 1);
    const kept = this.detected.get(lang) ?? this.detected.set(lang, new Map()).get(lang)!;
    const mentions = kept.get(text) ?? detect();
    if (left <= 1) kept.delete(text);
    else if (kept.size < MAX_KEPT) kept.set(text, mentions);
    return mentions;
  }
}

/** Texts whose mentions are kept for their later copies at once, per language: a bound on the objects held (about 30 MB), past which a copy is detected again. */
const MAX_KEPT = 20_000;

const cache = new WeakMap<Corpus, EntityIndex>();

/** The entity index of a corpus, built on first use and then shared (the explorer asks often). */
export function entityIndexFor(corpus: Corpus): EntityIndex {
  let index = cache.get(corpus);
  if (!index) cache.set(corpus, (index = createEntityIndex(corpus)));
  return index;
}
