import type { Corpus } from '../corpus/types.js';
import { ENTITY_TYPES, type Mention, type MentionSource } from './types.js';

const SOURCES: readonly MentionSource[] = ['gazetteer', 'learned', 'world', 'rule', 'number'];

/**
 * The mentions of every paragraph of a corpus in flat typed arrays (start,
 * end, entity, type and source: 13 bytes a mention) rather than one object
 * each: at 10k versions a corpus has about 900k mentions, which as objects
 * with their key strings took ~280 MB. Mention objects are made again only
 * for the paragraphs asked for, which are the ones on screen.
 */
export class MentionStore {
  private readonly firstParagraph: Int32Array;
  private readonly docIndex = new Map<string, number>();
  /** Per paragraph (numbered across the corpus), where its mentions begin; one more entry for the end. */
  private readonly offsets: Int32Array;
  private starts = new Int32Array(1024);
  private ends = new Int32Array(1024);
  private entities = new Int32Array(1024);
  private codes = new Uint8Array(1024);
  private count = 0;
  /** Paragraphs whose first mention's place is known (offsets[0..filled] are set). */
  private filled = 0;
  /** The rare surfaces that are not simply the paragraph's text between start and end. */
  private readonly surfaces = new Map<number, string>();

  constructor(private readonly corpus: Corpus) {
    this.firstParagraph = new Int32Array(corpus.documents.length + 1);
    corpus.documents.forEach((d, i) => {
      this.docIndex.set(d.id, i);
      this.firstParagraph[i + 1] = this.firstParagraph[i]! + d.paragraphs.length;
    });
    this.offsets = new Int32Array(this.firstParagraph[corpus.documents.length]! + 1);
  }

  /** Records the mentions of a paragraph (document by index); paragraphs are added in corpus order. */
  add(doc: number, paragraph: number, mentions: readonly Mention[], entityOf: (m: Mention) => number): void {
    const g = this.firstParagraph[doc]! + paragraph;
    this.fillTo(g);
    if (this.count + mentions.length > this.starts.length) this.grow(this.count + mentions.length);
    const text = this.corpus.documents[doc]!.paragraphs[paragraph]!.text;
    for (const m of mentions) {
      const i = this.count++;
      this.starts[i] = m.start;
      this.ends[i] = m.end;
      this.entities[i] = entityOf(m);
      this.codes[i] = ENTITY_TYPES.indexOf(m.type) * SOURCES.length + SOURCES.indexOf(m.source);
      if (text.slice(m.start, m.end) !== m.surface) this.surfaces.set(i, m.surface);
    }
    this.offsets[g + 1] = this.count;
    this.filled = g + 1;
  }

  /** Paragraphs skipped up to `g` have no mentions. */
  private fillTo(g: number): void {
    while (this.filled < g) this.offsets[++this.filled] = this.count;
  }

  /** The mentions of one paragraph, with each entity's key from `keyOf`; empty for an unknown document or paragraph. */
  get(docId: string, paragraph: number, keyOf: (entity: number) => string): Mention[] {
    const doc = this.docIndex.get(docId);
    const text = doc === undefined ? undefined : this.corpus.documents[doc]!.paragraphs[paragraph]?.text;
    if (doc === undefined || text === undefined) return [];
    const g = this.firstParagraph[doc]! + paragraph;
    const out: Mention[] = [];
    for (let i = this.offsets[g]!; i < this.offsets[g + 1]!; i++) {
      const code = this.codes[i]!;
      out.push({
        start: this.starts[i]!,
        end: this.ends[i]!,
        type: ENTITY_TYPES[Math.floor(code / SOURCES.length)]!,
        surface: this.surfaces.get(i) ?? text.slice(this.starts[i], this.ends[i]),
        key: keyOf(this.entities[i]!),
        source: SOURCES[code % SOURCES.length]!,
      });
    }
    return out;
  }

  /** Drops the spare room the arrays grew into, once every paragraph is added. */
  finish(): void {
    this.fillTo(this.offsets.length - 1);
    this.resize(this.count);
  }

  private grow(needed: number): void {
    this.resize(Math.max(needed, this.starts.length * 2));
  }

  private resize(size: number): void {
    const copy = <T extends Int32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(size);
      b.set(a.subarray(0, Math.min(this.count, size)));
      return b;
    };
    this.starts = copy(this.starts, (n) => new Int32Array(n));
    this.ends = copy(this.ends, (n) => new Int32Array(n));
    this.entities = copy(this.entities, (n) => new Int32Array(n));
    this.codes = copy(this.codes, (n) => new Uint8Array(n));
  }
}
