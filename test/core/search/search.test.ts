import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/core/corpus/load.js';
import type { Corpus } from '../../../src/core/corpus/types.js';
import { createSearchEngine, type SearchEngine } from '../../../src/core/search/engine.js';
import { ELLIPSIS } from '../../../src/core/search/snippet.js';
import { spansText } from '../../../src/core/text/spans.js';
import { makeTempCorpus, removeTempCorpus } from '../../helpers/temp-corpus.js';

const BUNDLED = new URL('../../../corpus', import.meta.url).pathname;
let cacheDir: string;
let corpus: Corpus;
let engine: SearchEngine;

beforeAll(async () => {
  cacheDir = mkdtempSync(join(tmpdir(), 'parallax-cache-'));
  corpus = await loadCorpus(BUNDLED);
  engine = await createSearchEngine(corpus, { cacheRoot: cacheDir });
});
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

/** "doc#paragraph" of every paragraph whose text passes `test`. */
function scan(test: (text: string) => boolean): Set<string> {
  const out = new Set<string>();
  for (const d of corpus.documents) for (const p of d.paragraphs) if (test(p.text)) out.add(`${d.id}#${p.index}`);
  return out;
}

function hitKeys(query: string): Set<string> {
  return new Set(engine.search(query, { limit: 10_000 }).hits.map((h) => `${h.doc}#${h.paragraph}`));
}

function docsOf(keys: Set<string>): Set<string> {
  return new Set([...keys].map((k) => k.split('#')[0]!));
}

/** Lower-cased words of a paragraph, the way a reader would split them. */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

describe('search over the bundled corpus', () => {
  it('Nvidia finds every paragraph and every version that mentions it', () => {
    const expected = scan((t) => t.toLowerCase().includes('nvidia'));
    const got = hitKeys('Nvidia');
    for (const key of expected) expect(got).toContain(key);
    expect(docsOf(got)).toEqual(docsOf(expected));
    expect(docsOf(expected).size).toBeGreaterThan(3);
  });

  it('Departemen Perdagangan finds only the Indonesian version', () => {
    const got = hitKeys('Departemen Perdagangan');
    expect(got.size).toBeGreaterThan(0);
    expect(docsOf(got)).toEqual(new Set(['ft-id']));
  });

  it('"Silicon Valley" lang:en excludes the Indonesian version', () => {
    expect(docsOf(hitKeys('"Silicon Valley"'))).toContain('ft-id');
    const got = hitKeys('"Silicon Valley" lang:en');
    expect(got.size).toBeGreaterThan(0);
    expect(docsOf(got)).not.toContain('ft-id');
  });

  it('Alibab finds Alibaba by prefix and marks the whole word', () => {
    const r = engine.search('Alibab');
    expect(r.total).toBe(scan((t) => /alibaba/i.test(t)).size);
    expect(r.hits[0]!.terms).toContain('Alibaba');
    expect(r.hits[0]!.snippet.some((s) => s.marks.includes('match') && s.text === 'Alibaba')).toBe(true);
  });

  it('Bytedanse finds ByteDance by fuzzy matching', () => {
    const r = engine.search('Bytedanse ');
    expect(r.total).toBeGreaterThan(0);
    expect(r.hits.every((h) => h.terms.includes('ByteDance'))).toBe(true);
    expect(r.hits.every((h) => !h.exact)).toBe(true);
  });

  it('ranks exact matches above fuzzy ones', () => {
    const r = engine.search('chips ', { limit: 10_000 });
    const firstInexact = r.hits.findIndex((h) => !h.exact);
    const lastExact = r.hits.map((h) => h.exact).lastIndexOf(true);
    expect(lastExact).toBeGreaterThanOrEqual(0);
    if (firstInexact !== -1) expect(lastExact).toBeLessThan(firstInexact);
  });

  it('ranks paragraphs that show the word above a first paragraph only its title matched', () => {
    for (const query of ['recruit', 'giants', 'ambitions']) {
      const r = engine.search(query, { limit: 50 });
      const shows = r.hits.map((h) => h.ranges.length > 0);
      expect(shows[0], query).toBe(true);
      // Once a hit shows no match (a title-only first paragraph), no later exact hit shows one.
      const firstHidden = shows.indexOf(false);
      if (firstHidden >= 0)
        expect(
          shows.slice(firstHidden).every((v, k) => !v || !r.hits[firstHidden + k]!.exact),
          query,
        ).toBe(true);
    }
  });

  it('Meituan -Alibaba excludes paragraphs with Alibaba', () => {
    const got = hitKeys('Meituan -Alibaba');
    expect(got.size).toBeGreaterThan(0);
    const withAlibaba = scan((t) => /alibaba/i.test(t));
    for (const key of got) expect(withAlibaba.has(key)).toBe(false);
    const expected = scan((t) => /meituan/i.test(t) && !/alibaba/i.test(t));
    expect(got).toEqual(expected);
  });

  it('a quoted phrase returns exactly the paragraphs with its words adjacent and in order', () => {
    const adjacent = (a: string, b: string) => (t: string) => {
      const w = words(t);
      return w.some((x, i) => x === a && w[i + 1] === b);
    };
    const aiChips = scan(adjacent('ai', 'chips'));
    expect(aiChips.size).toBeGreaterThan(0);
    expect(hitKeys('"AI chips"')).toEqual(aiChips);
    expect(hitKeys('"chips AI"')).toEqual(scan(adjacent('chips', 'ai')));
  });

  it('OR widens and doc: narrows by unique prefix', () => {
    const either = hitKeys('Meituan OR Alibaba');
    expect(either).toEqual(scan((t) => /meituan|alibaba/i.test(t)));
    expect(docsOf(hitKeys('Alibaba doc:ft-s'))).toEqual(new Set(['ft-summary']));
    expect(engine.search('Alibaba doc:zzz').notice).toMatchObject({ level: 'error', message: expect.stringMatching(/unknown document id/) });
    expect(engine.search('Alibaba doc:ft').notice).toMatchObject({ level: 'error', message: expect.stringMatching(/ambiguous/) });
  });

  it('source: filters by source name, and a filter alone lists paragraphs', () => {
    expect(docsOf(hitKeys('AI source:"AiNews"'))).toEqual(new Set(['ainews']));
    const indonesian = engine.search('lang:id', { limit: 1000 });
    expect(indonesian.total).toBe(corpus.documents.find((d) => d.id === 'ft-id')!.paragraphs.length);
  });

  it('entity: filters use the resolver the caller passes, and are explained without one', () => {
    const resolveEntity = (name: string) => (name === 'Nvidia' ? new Set(['ft-id#4', 'asiae#9']) : new Set<string>());
    const r = engine.search('AI entity:Nvidia', { resolveEntity, limit: 100 });
    const allowed = new Set(['ft-id#4', 'asiae#9']);
    const expected = new Set([...scan((t) => words(t).includes('ai'))].filter((k) => allowed.has(k)));
    expect(expected).toContain('ft-id#4');
    expect(new Set(r.hits.map((h) => `${h.doc}#${h.paragraph}`))).toEqual(expected);
    expect(engine.search('AI entity:Nobody', { resolveEntity }).notice?.message).toMatch(/no paragraph mentions entity "Nobody"/);
    const without = engine.search('AI entity:Nvidia');
    expect(without.total).toBeGreaterThan(0);
    expect(without.notice?.message).toMatch(/entities engine/);
  });

  it('suggests a correction when nothing matches', () => {
    const r = engine.search('Nvidiaa Meituann ');
    expect(r.total).toBe(0);
    expect(r.suggestions.length).toBeGreaterThan(0);
  });

  it('aggregates hits per document', () => {
    const r = engine.search('Alibaba', { limit: 1 });
    expect(r.byDocument.reduce((n, d) => n + d.hits, 0)).toBe(r.total);
    expect(r.byDocument.map((d) => d.score)).toEqual([...r.byDocument.map((d) => d.score)].sort((a, b) => b - a));
  });

  it('lists the best documents up to documentLimit, in the order of the whole list, and counts them all', () => {
    for (const q of ['the', 'a', 'Alibaba OR talent', 'A']) {
      const all = engine.search(q, { documentLimit: 1000 });
      expect(all.documentCount).toBe(all.byDocument.length);
      for (const k of [0, 1, 2, 3, 4]) {
        const some = engine.search(q, { documentLimit: k });
        expect(some.documentCount).toBe(all.documentCount);
        expect(some.byDocument).toEqual(all.byDocument.slice(0, k));
      }
    }
  });

  it('answers hostile queries without throwing', () => {
    for (const q of ['"', '-', '--', 'OR', '"a', '.*(', '((((', 'a'.repeat(10_000), '\u0000\u001b[31m', 'lang:', 'doc:', ' ', '-"x y"', 'entity:']) {
      const r = engine.search(q);
      // A consistent answer: hits within the total, and the per-document counts adding up to it.
      expect(r.hits.length).toBeLessThanOrEqual(r.total);
      expect(r.byDocument.reduce((n, d) => n + d.hits, 0)).toBe(r.total);
    }
    expect(engine.search('?!…').notice?.message).toMatch(/nothing to search for/);
  });

  it('property: every term of every hit is in its paragraph, every snippet is a piece of it', () => {
    const vocabulary = [...new Set(corpus.documents.flatMap((d) => d.paragraphs.flatMap((p) => p.text.split(/\s+/))))].filter((w) => w.length > 1);
    const word = fc.constantFrom(...vocabulary);
    const typo = word.map((w) => (w.length > 4 ? w.slice(0, -2) + w.slice(-1) : w));
    const query = fc
      .array(
        fc.oneof(
          word,
          typo,
          word.map((w) => `-${w}`),
          fc.constant('OR'),
          word.map((w) => `"${w}`),
        ),
        { minLength: 1, maxLength: 4 },
      )
      .map((ws) => ws.join(' '));
    fc.assert(
      fc.property(query, (q) => {
        for (const hit of engine.search(q, { limit: 50 }).hits) {
          const text = corpus.documents.find((d) => d.id === hit.doc)!.paragraphs[hit.paragraph]!.text;
          for (const t of hit.terms) expect(text).toContain(t);
          const snippet = spansText(hit.snippet).replace(new RegExp(`^${ELLIPSIS}|${ELLIPSIS}$`, 'g'), '');
          expect(text).toContain(snippet);
        }
      }),
      { numRuns: 150 },
    );
  });
});

/** An engine over a temporary corpus of these files, made before the enclosing block's tests and removed after them. */
function tempEngine(files: Record<string, string>): () => SearchEngine {
  let dir = '';
  let engine: SearchEngine | null = null;
  beforeAll(async () => {
    dir = makeTempCorpus(files);
    engine = await createSearchEngine(await loadCorpus(dir), { cache: false });
  });
  afterAll(() => removeTempCorpus(dir));
  return () => engine!;
}

describe('search in other scripts', () => {
  const other = tempEngine({
    'zh.txt': '阿里巴巴在硅谷招聘\n\n阿里巴巴正在硅谷招聘人工智能人才，以追赶美国同行。\n',
    'ja.txt': '東京の会社\n\nメイトゥアンは東京でエンジニアを採用している。\n',
    'fr.txt': 'Équipe à Zürich\n\nLes sociétés chinoises recrutent des ingénieurs à Zürich et à Genève.\n',
  });

  it('finds a two-character Chinese word inside a sentence', () => {
    const r = other().search('招聘 ');
    expect(r.hits.map((h) => h.paragraph).sort()).toEqual([0, 1]);
    expect(r.hits.every((h) => h.terms.includes('招聘'))).toBe(true);
    expect(other().search('硅谷 ').total).toBe(2);
  });

  it('finds Japanese words', () => {
    expect(other().search('東京 ').total).toBe(2);
  });

  it('folds diacritics both ways', () => {
    expect(other().search('Zurich ').hits[0]!.terms).toContain('Zürich');
    expect(other().search('genève ').hits[0]!.terms).toContain('Genève');
    expect(other().search('ingenieurs ').total).toBe(1);
  });
});

describe('words of several parts', () => {
  const other = tempEngine({
    'notes.txt': 'Editor notes\n\nTurn on vi-style keys in the shell.\n\nA vi style guide for new staff.\n\nAI‐powered tools, with a Unicode hyphen.\n\nPowered by AI, powered tools.\n',
  });

  it('finds a hyphenated word where it stands as written, not where its parts stand apart', () => {
    expect(
      other()
        .search('vi-style', { finished: true })
        .hits.map((h) => h.paragraph),
    ).toEqual([1]);
    expect(
      other()
        .search('vi style', { finished: true })
        .hits.map((h) => h.paragraph)
        .sort(),
    ).toEqual([1, 2]);
  });

  it('takes any hyphen for the ASCII one', () => {
    expect(
      other()
        .search('AI-powered', { finished: true })
        .hits.map((h) => h.paragraph),
    ).toEqual([3]);
  });
});

describe('words of scripts without spaces that the segmenter cut otherwise', () => {
  // The segmenter cuts 更深 whole in one paragraph and as 更|深入 in another, 索引 as its own word and inside 搜索|引擎.
  const other = tempEngine({ 'zh.txt': '标题\n\n我们需要更深入的研究。\n\n这个湖比那个湖更深。\n\n数据库的索引很重要。\n\n搜索引擎的原理。\n\n雨下得更大，深夜才停。\n' });

  it('finds the word across two corpus words, after the paragraphs that hold it whole', () => {
    const r = other().search('更深', { finished: true });
    expect(r.hits.map((h) => h.paragraph)).toEqual([2, 1]);
    expect(r.hits[1]!.terms).toEqual(['更', '深入']);
    expect(
      other()
        .search('索引', { finished: true })
        .hits.map((h) => h.paragraph),
    ).toEqual([3, 4]);
  });

  it('confirms the pair by the text: words in a row across punctuation do not make the word', () => {
    expect(other().search('大深', { finished: true }).total).toBe(0);
    expect(
      other()
        .search('湖更', { finished: true })
        .hits.map((h) => h.paragraph),
    ).toEqual([2]);
  });
});

describe('numbers', () => {
  const other = tempEngine({ 'notes.txt': 'Release notes\n\nOAuth 2.0 is supported.\n\nVersion 2 ships today.\n\nPython 3.12.2 and 1,200 users.\n\nIt costs 12 dollars.\n' });

  it('finds a number where it is a part of a dotted one, after the number itself', () => {
    expect(
      other()
        .search('2', { finished: true })
        .hits.map((h) => h.paragraph),
    ).toEqual([2, 1, 3]);
    expect(
      other()
        .search('12', { finished: true })
        .hits.map((h) => h.paragraph),
    ).toEqual([4, 3]);
    expect(
      other()
        .search('1200', { finished: true })
        .hits.map((h) => h.paragraph),
    ).toEqual([3]);
  });
});
